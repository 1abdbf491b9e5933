#pragma once

#include "config/fleetconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tp {

/** A unit found by discovery (in PI or in an export), before it is written as YAML. */
struct UnitDraft {
    struct Tag {
        QString name;
        QString description;
        QString engineeringUnit;
        TagRole role = TagRole::None;
        QStringList notes;        ///< written as comments above the tag (first/last time ...)
    };
    QString unitId;
    QString plant;
    QString description;
    QByteArray timeZone;          ///< empty: the fleet's default
    SourceConfig source;          ///< written with file references, never a secret
    QString sourcePathText;       ///< as written in the file (relative to the configuration folder)
    QStringList notes;            ///< comments at the top (how it was made)
    QList<Tag> tags;
};

/**
 * Writes a unit file that `check-config` accepts as written: the source block, and each tag
 * with its description, engineering unit, its kind derived from the ISA letters (as a comment:
 * the loader derives it again), the guessed role, and commented placeholders for limits and
 * the normal range. Scalars are quoted by yaml-cpp where YAML needs it.
 */
class UnitFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(tp::UnitFileWriter)
public:
    static QString yaml(const UnitDraft &draft);
    /** Guesses the main speed and main flow tags (roles) where the draft gives none: the
     *  first speed indicator (S..I, rpm) and the first flow indicator (F..I, not a recycle or
     *  controller output) by name. */
    static void guessRoles(UnitDraft &draft);
    /** A unit id as a file name allows: letters, digits, '-', '_' and '.'. */
    static bool isValidUnitId(const QString &id);
};

} // namespace tp
