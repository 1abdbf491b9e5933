#pragma once

#include "config/fleetconfig.h"
#include "runtime/storequery.h"
#include "runtime/unitsnapshot.h"

#include <QFutureWatcher>
#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace tp {

/** What the RUL panel reads for one indicator (on a pool thread). */
struct RulHistory {
    QString indicator;
    QString tag;                       ///< whose history `series` is
    PlotSeries series;                 ///< the indicator over the forecast window
    QList<StoredForecast> forecasts;   ///< the forecast history
    QString error;
};

/**
 * Remaining useful life: every forecast of the unit (indicator, state, P10/P50/P90, model) in
 * a table; for the chosen one the indicator's history, the forecast fan (P10-P90 band, P50
 * line) to the limit, the forecast crossing date, and the history of earlier forecasts. The
 * honest states ("no significant trend", "beyond horizon") are shown as such.
 */
class RulPanel : public QWidget
{
    Q_OBJECT
public:
    RulPanel(QString dataDir, UnitConfig unit, QWidget *parent = nullptr);
    ~RulPanel() override;
    void setSnapshot(const UnitSnapshot &snapshot);
    void select(int row);
    QTableWidget *table() const { return m_table; }
    QChartView *fan() const { return m_fan; }
    QString stateText() const;

Q_SIGNALS:
    void loaded();

private:
    static QString widenedBandText(double inflation);
    void load();
    void draw(const RulHistory &history);

    QString m_dataDir;
    UnitConfig m_unit;
    QList<RulSummary> m_rul;
    qint64 m_now = 0;
    QTableWidget *m_table = nullptr;
    QChartView *m_fan = nullptr;
    QChartView *m_past = nullptr;
    QLabel *m_state = nullptr;
    QFutureWatcher<RulHistory> m_watcher;
    QString m_selected;
    bool m_loadQueued = false;
};

} // namespace tp
