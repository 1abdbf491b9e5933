#pragma once

#include "runtime/alarmjournal.h"

#include <QList>
#include <QString>

#include <optional>

namespace tp {

/** An alarm of the fleet and how often something happened to it. */
struct AlarmCount {
    QString unitId;
    QString key;
    int count = 0;
    bool operator==(const AlarmCount &) const = default;
};

/**
 * ISA-18.2 / EEMUA 191 alarm-system figures over a time range [from, to) of a journal, with
 * the definitions of README "Alarms". Pure: no store, no clock.
 */
struct AlarmFigures {
    static constexpr qint64 WindowMs = 10 * 60'000;   ///< the 10-minute windows, from `from`
    static constexpr int FloodAbove = 10;             ///< a flood: more than 10 raises in a window
    static constexpr int ChatterRaises = 3;           ///< chattering: 3 raises ...
    static constexpr qint64 ChatterMs = 60'000;       ///< ... within 60 s
    static constexpr qint64 StaleMs = 24 * 3'600'000LL; ///< stale: standing longer than 24 h

    int raised = 0;
    int maxPerWindow = 0;          ///< raises in the busiest 10-minute window
    double averagePerWindow = 0.0; ///< raises per 10-minute window
    int positions = 1;             ///< operator positions
    double perDayPerPosition = 0.0;
    int floods = 0;                ///< windows with more than FloodAbove raises
    QList<AlarmCount> top;         ///< the ten most frequent alarms, most raises first
    QList<AlarmCount> chattering;  ///< count: the most raises within ChatterMs
    QList<AlarmCount> stale;       ///< count: raises that stood longer than StaleMs
    std::optional<qint64> medianAckMs, maxAckMs; ///< time from raise to acknowledgement

    /** @p entries in any order; @p positions 0: one operator position per plant. */
    static AlarmFigures compute(const QList<JournalEntry> &entries, qint64 from, qint64 to, int positions = 0);
};

} // namespace tp
