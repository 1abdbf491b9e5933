#include "runtime/alarmjournal.h"

#include "runtime/snapshotjson.h"
#include "runtime/storequery.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace tp {

namespace {
constexpr JournalKind kKinds[] = {JournalKind::Raised, JournalKind::Acknowledged, JournalKind::Shelved,
                                  JournalKind::Unshelved, JournalKind::Returned, JournalKind::Cleared};
} // namespace

QString journalKindId(JournalKind kind)
{
    switch (kind) {
    case JournalKind::Raised: return QStringLiteral("raised");
    case JournalKind::Acknowledged: return QStringLiteral("acknowledged");
    case JournalKind::Shelved: return QStringLiteral("shelved");
    case JournalKind::Unshelved: return QStringLiteral("unshelved");
    case JournalKind::Returned: return QStringLiteral("returned");
    case JournalKind::Cleared: return QStringLiteral("cleared");
    }
    return QString();
}

std::optional<JournalKind> journalKindFromId(QStringView id)
{
    for (JournalKind k : kKinds)
        if (journalKindId(k) == id)
            return k;
    return std::nullopt;
}

QString journalKindText(JournalKind kind)
{
    switch (kind) {
    case JournalKind::Raised: return AlarmJournal::tr("Raised");
    case JournalKind::Acknowledged: return AlarmJournal::tr("Acknowledged");
    case JournalKind::Shelved: return AlarmJournal::tr("Shelved");
    case JournalKind::Unshelved: return AlarmJournal::tr("Unshelved");
    case JournalKind::Returned: return AlarmJournal::tr("Returned to normal");
    case JournalKind::Cleared: return AlarmJournal::tr("Cleared");
    }
    return QString();
}

std::optional<JournalKind> journalKindOf(const AlarmLogEntry &e)
{
    if (e.reason == u"condition")
        return e.condition ? JournalKind::Raised : JournalKind::Returned;
    if (e.reason == u"acknowledge")
        return JournalKind::Acknowledged;
    if (e.reason == u"shelve")
        return JournalKind::Shelved;
    if (e.reason == u"unshelve" || e.reason == u"expired")
        return JournalKind::Unshelved;
    if (e.reason == u"suppressed" && (e.fromState == u"active_unack" || e.fromState == u"active_ack"))
        return JournalKind::Cleared;
    return std::nullopt;
}

bool JournalFilter::accepts(const JournalEntry &e) const
{
    return e.ts >= from && e.ts < to && (unitId.isEmpty() || e.unitId == unitId)
        && (!priority || e.priority == *priority) && (!kind || e.kind == *kind);
}

QList<JournalEntry> AlarmJournal::fromLog(const UnitConfig &unit, const QList<AlarmLogEntry> &log)
{
    QList<JournalEntry> result;
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        const auto kind = journalKindOf(*it);
        if (!kind)
            continue;
        JournalEntry e;
        e.unitId = unit.unitId;
        e.plant = unit.plant;
        e.ts = it->ts;
        e.key = it->alarm;
        e.kind = *kind;
        e.priority = alarmPriorityFromId(it->priority).value_or(AlarmPriority::Medium);
        e.value = it->value;
        e.user = it->actor;
        e.comment = it->comment;
        e.message = it->message;
        e.contributors = it->contributors;
        result.append(e);
    }
    return result;
}

QList<JournalEntry> AlarmJournal::read(const QString &dataDir, const QList<UnitConfig> &units,
                                       const JournalFilter &filter, QStringList *errors)
{
    QList<JournalEntry> result;
    for (const UnitConfig &unit : units) {
        if (!filter.unitId.isEmpty() && unit.unitId != filter.unitId)
            continue;
        if (!QFileInfo::exists(UnitStore::unitFilePath(dataDir, unit.unitId)))
            continue; // nothing stored yet: no journal
        QString error;
        const auto entries = withUnitStore(dataDir, unit.unitId, [&](UnitStore &store) {
            return fromLog(unit, store.alarmLog(filter.from, filter.to));
        }, &error);
        if (!entries && errors)
            errors->append(error);
        for (const JournalEntry &e : entries.value_or(QList<JournalEntry>{}))
            if (filter.accepts(e))
                result.append(e);
    }
    std::stable_sort(result.begin(), result.end(), [](const JournalEntry &a, const JournalEntry &b) { return a.ts > b.ts; });
    return result;
}

QJsonObject AlarmJournal::toJson(const JournalEntry &e)
{
    return QJsonObject{{QStringLiteral("time"), timeToJson(e.ts)},
                       {QStringLiteral("time_ms"), double(e.ts)},
                       {QStringLiteral("unit"), e.unitId},
                       {QStringLiteral("key"), e.key},
                       {QStringLiteral("kind"), journalKindId(e.kind)},
                       {QStringLiteral("priority"), alarmPriorityId(e.priority)},
                       {QStringLiteral("value"), e.value && std::isfinite(*e.value) ? QJsonValue(*e.value) : QJsonValue()},
                       {QStringLiteral("user"), e.user},
                       {QStringLiteral("comment"), e.comment},
                       {QStringLiteral("message"), e.message},
                       {QStringLiteral("contributors"), e.contributors}};
}

} // namespace tp
