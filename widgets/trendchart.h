#pragma once

#include "config/fleetconfig.h"
#include "runtime/storequery.h"
#include "runtime/unitsnapshot.h"

#include <QFutureWatcher>
#include <QtCharts/QChartView>

class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QGraphicsRectItem;
class QTimer;
class QDateTimeAxis;
class QValueAxis;

namespace tp {

/** What one load of a trend read from the store (on a pool thread). */
struct TrendData {
    qint64 from = 0, to = 0;
    QList<PlotSeries> series;                    ///< in the order of the tags asked for
    QList<std::pair<qint64, qint64>> stopped;    ///< not-running intervals (stopped, transient)
    QList<Annotation> annotations;
    QString error;
};

/**
 * A unit's trend: several tags with an axis per engineering unit, time presets, wheel and
 * rubber-band zoom, pan (middle button or Ctrl+drag), live follow, a crosshair with every
 * tag's value and quality, limit lines and the normal band, shaded stops, annotations, and
 * gaps and bad-quality stretches never bridged. Points come decimated from core
 * (UnitStore::readDecimated: min/max per pixel column) and are set with replace().
 */
class TrendChart : public QChartView
{
    Q_OBJECT
public:
    TrendChart(QString dataDir, UnitConfig unit, QWidget *parent = nullptr);
    ~TrendChart() override;

    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    /** A span ending now (live follow), or 0 for all stored data. */
    void setSpan(qint64 spanMs);
    void setRange(qint64 from, qint64 to);
    std::pair<qint64, qint64> range() const { return {m_from, m_to}; }
    void setLive(bool live);
    bool isLive() const { return m_live; }
    /** The fleet clock's now and the baseline bands, from the unit's snapshot. */
    void setSnapshot(const UnitSnapshot &snapshot);
    void reload();
    /** A dashed reference line (e.g. the anomaly limit 1) drawn with @p tag's axis. */
    void addReference(const QString &tag, double value, const QString &label);
    /** Replaces @p tag's reference lines by this one (a limit that can change). */
    void setReference(const QString &tag, double value, const QString &label);
    /** Offers "Explain this time" in the context menu (explainRequested). */
    void setExplainable(bool on) { m_explainable = on; }
    /** Live follow reads new data at most this often. */
    void setLiveRefreshSeconds(int seconds);
    /** Zooms in (factor < 1) or out around @p centre (ms). */
    void zoom(double factor, qint64 centre);
    void resetZoom();
    /** Points currently plotted per tag. */
    QList<qint64> plottedPoints() const;
    const TrendData &data() const { return m_data; }
    /** The value and quality text at a time, as the crosshair shows it. */
    QString crosshairText(qint64 ts) const;
    QString crosshairLabel() const;
    /** The legend's entries (rich text), one per plotted tag, then the shadings used. */
    const QStringList &legend() const { return m_legend; }

Q_SIGNALS:
    void loaded();
    void rangeChangedByUser(qint64 from, qint64 to);
    void annotateRequested(qint64 ts);
    void explainRequested(qint64 ts);
    void exportCsvRequested();
    void savePngRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void apply(const TrendData &data);
    qint64 timeAt(const QPointF &viewPos) const;
    void updateCrosshair(const QPointF &viewPos);
    void scheduleReload();

    QString m_dataDir;
    UnitConfig m_unit;
    QStringList m_tags;
    qint64 m_span = 24 * 3'600'000LL;
    qint64 m_from = 0, m_to = 0;
    qint64 m_now = 0;
    bool m_live = true;
    bool m_applying = false;
    bool m_explainable = false;
    QHash<QString, std::pair<double, double>> m_bands;
    struct Reference {
        QString tag;
        double value;
        QString label;
    };
    QList<Reference> m_references;
    QFutureWatcher<TrendData> m_watcher;
    quint64 m_view = 0, m_pendingView = 0; ///< counts view changes (tags, range, width)
    bool m_reloadQueued = false;
    TrendData m_data;
    QStringList m_legend;
    QDateTimeAxis *m_timeAxis = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_liveTimer = nullptr;
    QGraphicsLineItem *m_crossLine = nullptr;
    QGraphicsRectItem *m_crossBox = nullptr;
    QGraphicsSimpleTextItem *m_crossText = nullptr;
    std::optional<QPoint> m_panFrom;
};

} // namespace tp
