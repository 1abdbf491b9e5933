#pragma once

#include "config/unitfilewriter.h"

#include <QCoreApplication>
#include <QStringList>

namespace tp {

struct ExportDiscoveryResult {
    bool ok = false;
    QString error;            ///< translated, naming the file (and sheet)
    UnitDraft draft;          ///< the unit file to write
    qint64 values = 0;        ///< values read from the file
};

/**
 * A unit from an export (.xlsx or .csv): its tags from the header (PI paths `\\server\tag`
 * stripped), the file as the unit's source, and per tag the first and last time and the number
 * of digital states, as comments. The file is read exactly as the unit will read it (the
 * importer, into a scratch store that is deleted afterwards), so what discovery shows is what
 * the unit will store. Blocks: a pool thread's or the command line's work.
 */
class ExportDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(tp::ExportDiscovery)
public:
    /** @p sourcePathText: how the file is written in the unit file (relative to the
     *  configuration folder where it can be); empty for the absolute path. */
    static ExportDiscoveryResult discover(const QString &file, const QString &unitId, const QString &plant,
                                          const QByteArray &timeZone, const QString &sheet,
                                          const QString &sourcePathText = {});
};

} // namespace tp
