#include "alarmmanager.h"

#include <algorithm>
#include <cmath>

namespace tp {

namespace {

constexpr qint64 kTenMinutes = 10 * 60'000;
constexpr qint64 kDay = 24 * 3'600'000LL;
constexpr int kFloodRaises = 10;

} // namespace

QString alarmStateId(AlarmState state)
{
    switch (state) {
    case AlarmState::Normal: return QStringLiteral("normal");
    case AlarmState::ActiveUnacknowledged: return QStringLiteral("active_unack");
    case AlarmState::ActiveAcknowledged: return QStringLiteral("active_ack");
    case AlarmState::ReturnedUnacknowledged: return QStringLiteral("returned_unack");
    case AlarmState::Shelved: return QStringLiteral("shelved");
    case AlarmState::Suppressed: return QStringLiteral("suppressed");
    }
    return QString();
}

std::optional<AlarmState> alarmStateFromId(QStringView id)
{
    for (AlarmState s : {AlarmState::Normal, AlarmState::ActiveUnacknowledged,
                         AlarmState::ActiveAcknowledged, AlarmState::ReturnedUnacknowledged,
                         AlarmState::Shelved, AlarmState::Suppressed}) {
        if (alarmStateId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString alarmStateText(AlarmState state)
{
    switch (state) {
    case AlarmState::Normal: return AlarmManager::tr("Normal");
    case AlarmState::ActiveUnacknowledged: return AlarmManager::tr("Active, unacknowledged");
    case AlarmState::ActiveAcknowledged: return AlarmManager::tr("Active, acknowledged");
    case AlarmState::ReturnedUnacknowledged: return AlarmManager::tr("Returned, unacknowledged");
    case AlarmState::Shelved: return AlarmManager::tr("Shelved");
    case AlarmState::Suppressed: return AlarmManager::tr("Suppressed (unit not running)");
    }
    return QString();
}

AlarmManager::AlarmManager(const UnitConfig &unit, const AlarmDefaults &defaults)
    : m_unitId(unit.unitId)
{
    for (const TagConfig &tag : unit.tags) {
        const double span = tag.normalLow && tag.normalHigh ? *tag.normalHigh - *tag.normalLow : 0.0;
        struct Slot {
            const char *id;
            const std::optional<AlarmLimit> *limit;
            bool high;
        };
        for (const Slot &slot : {Slot{"lolo", &tag.lolo, false}, Slot{"lo", &tag.lo, false},
                                 Slot{"hi", &tag.hi, true}, Slot{"hihi", &tag.hihi, true}}) {
            if (!slot.limit->has_value())
                continue;
            Alarm a;
            a.status.tag = tag.name;
            a.status.limitId = QLatin1StringView(slot.id);
            a.status.key = tag.name + u':' + a.status.limitId;
            a.status.limit = (*slot.limit)->value;
            a.status.priority = (*slot.limit)->priority;
            a.status.engineeringUnit = tag.engineeringUnit;
            a.description = tag.description.isEmpty() ? tag.name : tag.description;
            a.high = slot.high;
            a.deadband = tag.deadband.value_or(defaults.deadbandPercent / 100.0
                                               * (span > 0 ? span : std::abs(a.status.limit)));
            a.onDelay = tag.onDelay.value_or(defaults.onDelay);
            a.status.message = messageFor(a);
            const QString lower = tag.name.toLower();
            if (!m_byTag.contains(lower)) {
                m_byTag.insert(lower, static_cast<int>(m_tagAlarms.size()));
                m_tagAlarms.append(QList<int>());
            }
            m_tagAlarms[m_byTag.value(lower)].append(static_cast<int>(m_alarms.size()));
            m_byKey.insert(a.status.key, static_cast<int>(m_alarms.size()));
            m_alarms.push_back(std::move(a));
        }
    }
}

QString AlarmManager::messageFor(const Alarm &a) const
{
    const QString limit = a.status.limitId.toUpper();
    const QString value = QString::number(a.status.limit, 'g', 6);
    const QString text = a.high ? tr("%1 above %2 limit %3 %4").arg(a.description, limit, value, a.status.engineeringUnit).trimmed()
                                : tr("%1 below %2 limit %3 %4").arg(a.description, limit, value, a.status.engineeringUnit).trimmed();
    return a.context.isEmpty() ? text : tr("%1: %2").arg(text, a.context);
}

void AlarmManager::setContext(int handle, const QString &context)
{
    if (handle < 0 || handle >= m_tagAlarms.size())
        return;
    for (int index : std::as_const(m_tagAlarms[handle]))
        m_alarms[index].context = context; // taken into the next raise record
}

void AlarmManager::restore(const QList<AlarmLogEntry> &latest, const QList<AlarmLogEntry> &raises)
{
    for (const AlarmLogEntry &e : latest) {
        const auto it = m_byKey.constFind(e.alarm);
        const auto state = alarmStateFromId(e.toState);
        if (it == m_byKey.cend() || !state)
            continue; // an alarm that left the configuration keeps its history only
        Alarm &a = m_alarms[*it];
        a.status.state = *state;
        a.status.condition = e.condition;
        a.status.since = e.ts;
        a.status.comment = e.comment;
        if (e.reason == u"acknowledge") {
            a.status.acknowledgedBy = e.actor;
            a.status.acknowledgedAt = e.ts;
        }
        if (*state == AlarmState::Shelved) {
            a.status.shelvedBy = e.actor;
            a.status.shelvedUntil = e.shelvedUntil.value_or(0);
        }
        a.count = 0;
    }
    for (const AlarmLogEntry &r : raises) {
        const auto it = m_byKey.constFind(r.alarm);
        if (it == m_byKey.cend())
            continue;
        AlarmStatus &s = m_alarms[*it].status;
        s.raisedAt = r.ts;
        s.value = r.value.value_or(0.0);
        s.contributors = r.contributors;
        if (!r.message.isEmpty())
            s.message = r.message;
    }
}

void AlarmManager::change(Alarm &a, AlarmState to, qint64 ts, const QString &reason,
                          std::optional<double> value, const QString &actor, const QString &comment)
{
    AlarmLogEntry e;
    e.alarm = a.status.key;
    e.ts = ts;
    e.fromState = alarmStateId(a.status.state);
    e.toState = alarmStateId(to);
    e.condition = a.status.condition;
    e.value = value;
    e.limit = a.status.limit;
    e.priority = alarmPriorityId(a.status.priority);
    e.reason = reason;
    e.actor = actor;
    e.comment = comment;
    if (to == AlarmState::Shelved)
        e.shelvedUntil = a.status.shelvedUntil;
    e.message = a.status.message;
    if (reason == u"condition" && a.status.condition)
        e.contributors = a.status.contributors;
    m_log.append(e);
    a.status.state = to;
    a.status.since = ts;
}

int AlarmManager::tagHandle(const QString &tag) const
{
    return m_byTag.value(tag.toLower(), -1);
}

void AlarmManager::evaluate(const QString &tag, qint64 ts, double value, bool good, bool running)
{
    evaluate(tagHandle(tag), ts, value, good, running);
}

void AlarmManager::evaluate(int handle, qint64 ts, double value, bool good, bool running)
{
    if (handle < 0 || handle >= m_tagAlarms.size())
        return;
    m_newest = std::max(m_newest, ts);
    for (int index : std::as_const(m_tagAlarms[handle])) {
        Alarm &a = m_alarms[index];
        if (!running) {
            // Suppressed by design: a stopped machine's values are not process alarms. An
            // alarm nobody acknowledged yet (often the one that tripped the machine) stays in
            // view as returned-unacknowledged instead of disappearing.
            a.count = 0;
            a.status.condition = false;
            if (a.status.state == AlarmState::ActiveUnacknowledged && ts >= m_historyBefore)
                change(a, AlarmState::ReturnedUnacknowledged, ts, QStringLiteral("suppressed"));
            else if (a.status.state == AlarmState::ActiveUnacknowledged)
                change(a, AlarmState::Suppressed, ts, QStringLiteral("suppressed"));
            else if (a.status.state == AlarmState::Normal || a.status.state == AlarmState::ActiveAcknowledged)
                change(a, AlarmState::Suppressed, ts, QStringLiteral("suppressed"));
            continue;
        }
        if (a.status.state == AlarmState::Suppressed) {
            a.status.condition = false;
            change(a, AlarmState::Normal, ts, QStringLiteral("released"));
        }
        if (!good || !std::isfinite(value))
            continue; // a historian state neither raises nor clears an alarm
        const bool beyond = a.high ? value > a.status.limit : value < a.status.limit;
        const bool cleared = a.high ? value < a.status.limit - a.deadband
                                    : value > a.status.limit + a.deadband;
        if (!a.status.condition) {
            a.count = beyond ? a.count + 1 : 0;
            if (a.count < a.onDelay)
                continue;
            // A new raise record; a raise while shelved is logged but not annunciated.
            a.status.condition = true;
            a.status.value = value;
            a.status.raisedAt = ts;
            a.status.contributors = a.context;
            a.status.message = messageFor(a);
            if (a.status.state == AlarmState::Normal || a.status.state == AlarmState::ReturnedUnacknowledged) {
                a.status.acknowledgedBy.clear();
                a.status.acknowledgedAt = 0;
                a.status.comment.clear();
                change(a, AlarmState::ActiveUnacknowledged, ts, QStringLiteral("condition"), value);
                m_raises.push_back(ts);
            } else if (a.status.state == AlarmState::Shelved) {
                change(a, AlarmState::Shelved, ts, QStringLiteral("condition"), value);
            }
        } else if (cleared) {
            a.status.condition = false;
            a.count = 0;
            if (a.status.state == AlarmState::ActiveUnacknowledged && ts >= m_historyBefore)
                change(a, AlarmState::ReturnedUnacknowledged, ts, QStringLiteral("condition"), value);
            else if (a.status.state == AlarmState::ActiveUnacknowledged || a.status.state == AlarmState::ActiveAcknowledged)
                change(a, AlarmState::Normal, ts, QStringLiteral("condition"), value);
            else if (a.status.state == AlarmState::Shelved)
                change(a, AlarmState::Shelved, ts, QStringLiteral("condition"), value);
        }
    }
}

AlarmManager::Alarm *AlarmManager::find(const QString &key, QString *error)
{
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.cend()) {
        if (error)
            *error = tr("unit %1 has no alarm %2").arg(m_unitId, key);
        return nullptr;
    }
    return &m_alarms[*it];
}

bool AlarmManager::acknowledge(const QString &key, const QString &user, const QString &comment,
                               qint64 now, QString *error)
{
    Alarm *a = find(key, error);
    if (!a)
        return false;
    if (!a->status.needsAcknowledgement()) {
        if (error)
            *error = tr("alarm %1 is %2 and needs no acknowledgement")
                         .arg(key, alarmStateText(a->status.state).toLower());
        return false;
    }
    a->status.acknowledgedBy = user;
    a->status.acknowledgedAt = now;
    a->status.comment = comment;
    change(*a,
           a->status.state == AlarmState::ActiveUnacknowledged ? AlarmState::ActiveAcknowledged
                                                               : AlarmState::Normal,
           now, QStringLiteral("acknowledge"), {}, user, comment);
    return true;
}

int AlarmManager::acknowledgeAll(const QString &user, const QString &comment, qint64 now)
{
    int n = 0;
    for (Alarm &a : m_alarms) {
        if (a.status.needsAcknowledgement() && acknowledge(a.status.key, user, comment, now, nullptr))
            ++n;
    }
    return n;
}

bool AlarmManager::shelve(const QString &key, const QString &user, const QString &comment,
                          qint64 until, qint64 now, QString *error)
{
    Alarm *a = find(key, error);
    if (!a)
        return false;
    if (until <= now) {
        if (error)
            *error = tr("a shelving must end in the future");
        return false;
    }
    if (user.trimmed().isEmpty()) {
        if (error)
            *error = tr("shelving needs the name of the person who shelves");
        return false;
    }
    a->status.shelvedBy = user;
    a->status.shelvedUntil = until;
    a->status.comment = comment;
    change(*a, AlarmState::Shelved, now, QStringLiteral("shelve"), {}, user, comment);
    return true;
}

bool AlarmManager::unshelve(const QString &key, const QString &user, const QString &comment,
                            qint64 now, QString *error)
{
    Alarm *a = find(key, error);
    if (!a)
        return false;
    if (a->status.state != AlarmState::Shelved) {
        if (error)
            *error = tr("alarm %1 is not shelved").arg(key);
        return false;
    }
    a->status.shelvedUntil = 0;
    change(*a, a->status.condition ? AlarmState::ActiveUnacknowledged : AlarmState::Normal, now,
           QStringLiteral("unshelve"), {}, user, comment);
    return true;
}

void AlarmManager::expireShelving(qint64 now)
{
    for (Alarm &a : m_alarms) {
        if (a.status.state != AlarmState::Shelved || a.status.shelvedUntil > now)
            continue;
        a.status.shelvedUntil = 0;
        change(a, a.status.condition ? AlarmState::ActiveUnacknowledged : AlarmState::Normal, now,
               QStringLiteral("expired"));
    }
}

QList<AlarmStatus> AlarmManager::alarms() const
{
    QList<AlarmStatus> result;
    result.reserve(static_cast<qsizetype>(m_alarms.size()));
    for (const Alarm &a : m_alarms)
        result.append(a.status);
    return result;
}

QList<AlarmStatus> AlarmManager::standing() const
{
    QList<AlarmStatus> result;
    for (const Alarm &a : m_alarms) {
        if (a.status.isStanding())
            result.append(a.status);
    }
    // Most urgent first, then newest.
    std::sort(result.begin(), result.end(), [](const AlarmStatus &x, const AlarmStatus &y) {
        if (x.priority != y.priority)
            return x.priority < y.priority;
        return x.since > y.since;
    });
    return result;
}

std::optional<AlarmStatus> AlarmManager::alarm(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.cend())
        return std::nullopt;
    return m_alarms[*it].status;
}

AlarmRate AlarmManager::rate() const
{
    AlarmRate r;
    std::vector<qint64> t;
    for (qint64 ts : m_raises) {
        if (ts > m_newest - kDay)
            t.push_back(ts);
    }
    std::sort(t.begin(), t.end());
    for (qint64 ts : t) {
        if (ts > m_newest - kTenMinutes)
            ++r.lastTenMinutes;
    }
    size_t lo = 0;
    qint64 floodUntil = -1;
    for (size_t hi = 0; hi < t.size(); ++hi) {
        while (t[hi] - t[lo] >= kTenMinutes)
            ++lo;
        const int n = static_cast<int>(hi - lo + 1);
        r.peakTenMinutes = std::max(r.peakTenMinutes, n);
        if (n >= kFloodRaises && t[hi] > floodUntil) { // a new flood episode
            ++r.floodsLastDay;
            floodUntil = t[hi] + kTenMinutes;
        } else if (n >= kFloodRaises) {
            floodUntil = t[hi] + kTenMinutes;
        }
    }
    r.flood = r.lastTenMinutes >= kFloodRaises;
    return r;
}

QList<AlarmLogEntry> AlarmManager::takeLog()
{
    std::erase_if(m_raises, [&](qint64 t) { return t <= m_newest - kDay; });
    return std::exchange(m_log, {});
}

void AlarmManager::returnLog(const QList<AlarmLogEntry> &entries)
{
    m_log = entries + m_log;
}

double AlarmManager::deadbandOf(const QString &tag) const
{
    const int handle = tagHandle(tag);
    return handle < 0 ? 0.0 : m_alarms[m_tagAlarms[handle].first()].deadband;
}

int AlarmManager::onDelayOf(const QString &tag) const
{
    const int handle = tagHandle(tag);
    return handle < 0 ? 0 : m_alarms[m_tagAlarms[handle].first()].onDelay;
}

} // namespace tp
