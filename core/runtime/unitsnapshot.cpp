#include "unitsnapshot.h"

#include "storage/unitstore.h"

#include <QCoreApplication>

namespace tp {

StoredForecast storedForecast(const RulSummary &r)
{
    StoredForecast s;
    s.ts = r.at;
    s.target = r.indicator;
    s.state = r.state;
    s.p10Days = r.p10Days;
    s.p50Days = r.p50Days;
    s.p90Days = r.p90Days;
    s.current = r.current;
    if (!r.indicator.startsWith(u"learned:"))
        s.limit = r.limit; // a learned life has none
    return s;
}

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tp::UnitSnapshot)
};
} // namespace

QString unitStateId(UnitState state)
{
    switch (state) {
    case UnitState::Starting: return QStringLiteral("starting");
    case UnitState::BackFilling: return QStringLiteral("backfilling");
    case UnitState::Ok: return QStringLiteral("ok");
    case UnitState::Refreshing: return QStringLiteral("refreshing");
    case UnitState::Error: return QStringLiteral("error");
    case UnitState::Stalled: return QStringLiteral("stalled");
    case UnitState::Stopped: return QStringLiteral("stopped");
    case UnitState::Offline: return QStringLiteral("offline");
    }
    return QString();
}

QString unitStateText(UnitState state)
{
    switch (state) {
    case UnitState::Starting: return Tr::tr("Starting");
    case UnitState::BackFilling: return Tr::tr("Back-filling history");
    case UnitState::Ok: return Tr::tr("OK");
    case UnitState::Refreshing: return Tr::tr("Refreshing");
    case UnitState::Error: return Tr::tr("Error");
    case UnitState::Stalled: return Tr::tr("Stalled");
    case UnitState::Stopped: return Tr::tr("Stopped");
    case UnitState::Offline: return Tr::tr("Offline");
    }
    return QString();
}

int UnitSnapshot::alarmCount(AlarmPriority priority) const
{
    int n = 0;
    for (const AlarmStatus &a : alarms)
        n += a.priority == priority && a.state != AlarmState::Shelved ? 1 : 0;
    return n;
}

int UnitSnapshot::unacknowledgedCount() const
{
    int n = 0;
    for (const AlarmStatus &a : alarms)
        n += a.needsAcknowledgement() ? 1 : 0;
    return n;
}

} // namespace tp
