#pragma once

#include "runtime/explain.h"
#include "runtime/unitsnapshot.h"

#include <QJsonObject>

namespace tp {

/**
 * The HTTP API's wire format of a unit's snapshot, shared by the server (which writes it) and
 * a remote unit's mirror (which reads it), so that both ends agree by construction. Times are
 * ISO 8601 UTC strings plus, where a client computes with them, milliseconds since 1970
 * (`*_ms`). Readers ignore what they do not know and tolerate what is missing.
 */
QJsonObject unitStatusToJson(const UnitSnapshot &s);
/** The alarm's raise record (raised_at, value, contributors, message) and its state now;
 *  `unit` is the unit's id, `engineering_unit` the value's. */
QJsonObject alarmToJson(const AlarmStatus &a, const QString &unitId);
QJsonObject rulToJson(const RulSummary &r);
QJsonObject tagSnapshotToJson(const TagSnapshot &t);

QJsonObject explanationToJson(const Explanation &e);
Explanation explanationFromJson(const QJsonObject &o);

AlarmStatus alarmFromJson(const QJsonObject &o);
RulSummary rulFromJson(const QJsonObject &o);
TagSnapshot tagSnapshotFromJson(const QJsonObject &o);
/** Fills what a status carries (state, mode, health, limits, refresh facts) into @p s. */
void applyUnitStatusJson(const QJsonObject &o, UnitSnapshot &s);

/** An ISO 8601 time or milliseconds since 1970 (0 for neither). */
qint64 timeFromJson(const QJsonValue &v);
QJsonValue timeToJson(qint64 ms); ///< null for 0

} // namespace tp
