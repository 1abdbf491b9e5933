#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace tp {

/** What a tag measures, after ISA-5.1 first letters (DOMAIN.md section 2). */
enum class TagKind {
    Flow,
    Pressure,
    DifferentialPressure,
    Temperature,
    Level,
    Speed,
    Vibration,
    Position,
    Analyser,
    Current,
    Power,
    Voltage,
    Calculated,
    ControllerOutput,
    Other,
};

/** The role a tag plays for operating-mode detection. */
enum class TagRole { None, Speed, MainFlow };

/**
 * Derives the kind from a historian tag name `PLANT.UNIT.TAG.ATTR` (or a bare instrument tag):
 * `.MV` outputs are controller outputs, MARGIN/TTLSMRG/SUMT tags are calculated, otherwise the
 * first ISA letters of the instrument tag decide (`PD` before `P`). Unknown letters give Other.
 */
TagKind deriveTagKind(QStringView tagName);

/** Stable lower-case identifier used in configuration files ("differential_pressure"). */
QString tagKindId(TagKind kind);
std::optional<TagKind> tagKindFromId(QStringView id);

QString tagRoleId(TagRole role);
std::optional<TagRole> tagRoleFromId(QStringView id);

} // namespace tp
