#pragma once

#include <QString>
#include <QStringView>

#include <chrono>
#include <optional>

namespace tp {

/**
 * Parses a duration as the configuration files write it: a positive integer followed by a
 * unit, "500ms", "30s", "5m", "1h", "7d" (no spaces inside). Returns nullopt for anything else,
 * including zero and values that overflow.
 */
std::optional<std::chrono::milliseconds> parseDuration(QStringView text);

/** Writes a duration in the largest unit that divides it exactly: 300000 ms -> "5m". */
QString formatDuration(std::chrono::milliseconds duration);

} // namespace tp
