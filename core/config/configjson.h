#pragma once

#include "config/fleetconfig.h"

#include <QJsonObject>

#include <optional>

namespace tp {

/**
 * A unit's configuration as JSON (GET /api/v1/units/{id}/config): what a control room needs to
 * show a remote unit as its own (tags with kinds, limits and normal ranges, the analysis and
 * RUL settings). Sources are not included: they are the site's business.
 */
QJsonObject unitConfigToJson(const UnitConfig &unit);

/** The reverse; nullopt and a translated reason in @p error for what is not a unit. */
std::optional<UnitConfig> unitConfigFromJson(const QJsonObject &json, QString *error);

} // namespace tp
