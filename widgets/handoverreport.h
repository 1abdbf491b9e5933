#pragma once

#include "config/fleetconfig.h"
#include "runtime/storequery.h"
#include "runtime/unitsnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tp {

/** What a shift-handover report shows of one unit, read from its store (pool thread). */
struct HandoverUnit {
    UnitConfig unit;
    UnitSnapshot snapshot;
    QList<AlarmLogEntry> log;          ///< the shift's alarm changes (acknowledgements, comments)
    QList<Annotation> annotations;     ///< the shift's notes
    QList<PlotSeries> trends;          ///< alarming tags over the shift, then the health index
    QString error;
};

struct HandoverData {
    qint64 from = 0, to = 0;
    QList<HandoverUnit> units;
};

/**
 * The shift-handover report the users used to mail by hand: per unit its status, standing
 * alarms with acknowledgements and comments, the shift's alarm log and annotations, trends of
 * the alarming tags and the health index, and the RUL forecasts; for the fleet, a summary
 * table first. collect() reads the stores (call it on a pool thread); writePdf() lays out and
 * renders (GUI thread: charts are painted, nothing is read).
 */
class HandoverReport
{
    Q_DECLARE_TR_FUNCTIONS(tp::HandoverReport)
public:
    static HandoverData collect(const QString &dataDir, const QList<std::pair<UnitConfig, UnitSnapshot>> &units,
                                qint64 from, qint64 to, int width = 900);
    static bool writePdf(const HandoverData &data, const QString &path, QString *error = nullptr);
    /** The report's text (what the PDF says, without the charts): for tests and e-mail. */
    static QString html(const HandoverData &data, bool withImages = false);
};

} // namespace tp
