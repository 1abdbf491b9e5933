#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace tp {

/**
 * PI Web API timestamps. The server writes UTC ISO 8601 with a `Z` and up to seven fractional
 * digits ("2026-03-01T00:06:57.1230000Z"); a time with an offset ("+08:00") is accepted too.
 * Fractions below a millisecond are cut, not rounded, so a sample never moves to a later
 * millisecond. Returns nullopt for anything else, including a time without a zone (the server
 * would read that in its own zone: never guess).
 */
std::optional<qint64> parsePiTimestamp(QByteArrayView text);

/** A UTC time as the client sends it: "2026-03-01T00:06:57.123Z" (always UTC, always `Z`). */
QByteArray formatPiTimestamp(qint64 utcMs);

} // namespace tp
