#pragma once

#include "config/fleetconfig.h"
#include "runtime/datasource.h"
#include "runtime/fleetclock.h"
#include "storage/unitstore.h"

#include <chrono>
#include <memory>
#include <optional>

namespace tp {

/** What every unit's runtime shares: where the stores are, the clock, the source factory. */
struct RuntimeOptions {
    QString dataDir;                      ///< `<data>/units/<UNIT_ID>/<UNIT_ID>.sqlite`
    StoreOptions store;
    AlarmDefaults alarms;
    std::shared_ptr<const FleetClock> clock = std::make_shared<FleetClock>();
    DataSourceFactory sourceFactory = createDataSource; ///< tests inject failing sources here
    int heartbeatMs = 1000;               ///< a worker's heartbeat; stalled after two missed
    bool autoRefresh = true;              ///< refresh at each unit's refresh_interval
    /** Overrides every simulator unit's back-filled history (tests, quick demos). */
    std::optional<std::chrono::milliseconds> simulatorHistory;
};

} // namespace tp
