#pragma once

#include "config/fleetconfig.h"
#include "runtime/explain.h"
#include "runtime/unitsnapshot.h"

#include <QFutureWatcher>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QChartView;

namespace tp {

class TrendChart;

/**
 * A unit's health: the health index and the multivariate anomaly index (1 = its limit) over
 * time, and the contributions of the top tags at a chosen time (explainAt, on a pool thread),
 * with the active statistical alarms.
 */
class HealthPanel : public QWidget
{
    Q_OBJECT
public:
    HealthPanel(QString dataDir, UnitConfig unit, QWidget *parent = nullptr);
    ~HealthPanel() override;
    void setSnapshot(const UnitSnapshot &snapshot);
    /** Explains @p ts (contribution bars). */
    void explain(qint64 ts);
    TrendChart *history() const { return m_history; }
    /** T^2 and SPE over time with the model's limits. */
    TrendChart *statistics() const { return m_statistics; }
    const Explanation &explanation() const { return m_explanation; }

Q_SIGNALS:
    void explained();

private:
    void showExplanation(const Explanation &e);

    QString m_dataDir;
    UnitConfig m_unit;
    QLabel *m_summary = nullptr;
    QLabel *m_alarms = nullptr;
    TrendChart *m_history = nullptr;
    TrendChart *m_statistics = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QPushButton *m_explain = nullptr;
    QChartView *m_bars = nullptr;
    QLabel *m_explainState = nullptr;
    QFutureWatcher<Explanation> m_watcher;
    Explanation m_explanation;
    qint64 m_now = 0;
    std::optional<qint64> m_queued;
    bool m_explainedOnce = false;
};

} // namespace tp
