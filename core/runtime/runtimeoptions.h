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
    /**
     * Samples a source delivers (FetchContext::deliver) are analysed at once but committed at
     * most this often (or per 50,000 rows, and when the unit stops): live 1 Hz data then costs
     * one transaction a minute instead of one a second. What a crash loses is only what the
     * source delivers again on restart (the simulator regenerates from the stored state).
     */
    std::chrono::milliseconds commitInterval{60'000};
    /** Overrides every simulator unit's back-filled history (tests, quick demos). */
    std::optional<std::chrono::milliseconds> simulatorHistory;
};

} // namespace tp
