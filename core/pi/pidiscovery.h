#pragma once

#include "config/unitfilewriter.h"
#include "pi/piwebapiclient.h"

#include <QList>
#include <QString>

#include <functional>

namespace tp {

/** One point of a PI data server, as its point list describes it. */
struct PiPoint {
    QString webId;
    QString name;
    QString descriptor;
    QString engineeringUnits;
    QString pointType;        ///< Float32, Float64, Int32, Digital, String ...
    QString digitalSetName;
};

struct PiPointList {
    bool ok = false;
    QString error;            ///< translated, naming the URL
    QString dataServer;       ///< as the server spells it
    QList<PiPoint> points;    ///< by name
};

/**
 * Discovery on a PI Web API: the data server's points that match a name filter, paged with
 * startIndex/maxCount until a page comes back short. Blocks (a pool thread's or the command
 * line's work), never on the GUI thread.
 */
class PiDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(tp::PiDiscovery)
public:
    /** @p progress gets the number of points read so far; returning false cancels. */
    static PiPointList listPoints(const PiConnection &connection, const QString &dataServer,
                                  const QString &nameFilter,
                                  const std::function<bool(qsizetype)> &progress = {});
    /** A unit file for the chosen points (numeric and Digital; String points are left out). */
    static UnitDraft draft(const PiPointList &list, const SourceConfig &source, const QString &unitId,
                           const QString &plant, const QByteArray &timeZone);
};

} // namespace tp
