#pragma once

#include "config/fleetconfig.h"
#include "runtime/storequery.h"
#include "runtime/unitsnapshot.h"

#include <QFutureWatcher>
#include <QTimeZone>
#include <QWidget>

class QChartView;
class QCategoryAxis;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QValueAxis;
class QTimer;

namespace tp {

/** What one load of a trend read from the store (on a pool thread). */
struct TrendData {
    qint64 from = 0, to = 0;
    QList<PlotSeries> series;                    ///< in the order of the tags asked for
    QHash<QString, qint64> newest;               ///< tag -> its newest stored sample (0: none)
    QList<std::pair<qint64, qint64>> stopped;    ///< not-running intervals (stopped, transient)
    QList<Annotation> annotations;
    QString error;
};

/**
 * A unit's trend as PI Vision users read one: stacked panes sharing one time axis, one pane
 * per engineering unit (or one per tag), so that each tag's limit lines and normal band sit on
 * its own scale and are drawn only for it, labelled on the line. The time axis ticks at round
 * times of the display zone (Presentation::displayZone: the plant's by default) and names the
 * zone. Time presets, wheel and rubber-band zoom, pan (middle button or Ctrl+drag), live
 * follow, a crosshair with every tag's value and quality, shaded stops, annotations as flags,
 * and gaps and bad-quality stretches never bridged. Points come decimated from core
 * (UnitStore::readDecimated: min/max per pixel column).
 */
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    enum class PaneMode { PerUnit, PerTag };

    TrendChart(QString dataDir, UnitConfig unit, QWidget *parent = nullptr);
    ~TrendChart() override;

    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    void setPaneMode(PaneMode mode);
    PaneMode paneMode() const { return m_paneMode; }
    /** A span ending now (live follow), or 0 for all stored data. */
    void setSpan(qint64 spanMs);
    void setRange(qint64 from, qint64 to);
    std::pair<qint64, qint64> range() const { return {m_from, m_to}; }
    void setLive(bool live);
    bool isLive() const { return m_live; }
    /** The fleet clock's now and the baseline bands, from the unit's snapshot. */
    void setSnapshot(const UnitSnapshot &snapshot);
    void reload();
    /** A dashed reference line (e.g. the anomaly limit 1) drawn in @p tag's pane. */
    void addReference(const QString &tag, double value, const QString &label);
    /** Replaces @p tag's reference lines by this one (a limit that can change). */
    void setReference(const QString &tag, double value, const QString &label);
    /** A fixed value range for @p tag's pane (a 0-100 index). */
    void setValueRange(const QString &tag, double low, double high);
    /** Values of @p tag above @p factor times its reference line are clipped (and said so),
     *  so that start-up spikes never flatten the chart until its limit is invisible. */
    void setClipAboveReference(const QString &tag, double factor);
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
    /** The zone times are shown in. */
    QTimeZone zone() const;
    /** The panes, top to bottom; the last one carries the time axis's labels. */
    QList<QChartView *> panes() const;
    /** The tags drawn in pane @p index. */
    QStringList paneTags(int index) const;
    /** The labels of the time axis, left to right, and its title (with the zone). */
    QStringList timeLabels() const;
    QString timeTitle() const;
    /** What is shown, in words: unit, tags, range and zone (the exported image's title). */
    QString caption() const;
    /** The chart as an image with the caption above it. */
    QImage exportImage();
    QSize sizeHint() const override { return {640, 420}; }
    /** The message shown instead of or above the panes ("" when none). */
    QString message() const;

Q_SIGNALS:
    void loaded();
    void rangeChangedByUser(qint64 from, qint64 to);
    void annotateRequested(qint64 ts);
    void explainRequested(qint64 ts);
    void exportCsvRequested();
    void savePngRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct LineLabel {
        QLineSeries *line = nullptr;
        QGraphicsSimpleTextItem *text = nullptr;
        double value = 0;
    };
    struct Pane {
        QWidget *box = nullptr;
        QLabel *legend = nullptr;
        QChartView *view = nullptr;
        QCategoryAxis *time = nullptr;
        QValueAxis *value = nullptr; ///< rebuilt by fillPane()
        QList<int> series; ///< indices into m_data.series
        QList<LineLabel> lineLabels;
        QGraphicsLineItem *crossLine = nullptr;
        QGraphicsRectItem *crossBox = nullptr;
        QGraphicsSimpleTextItem *crossText = nullptr;
    };

    void apply(const TrendData &data);
    void fillPane(Pane &pane, bool bottom, QStringList &legendOut);
    void ensurePanes(int count);
    void layoutPanes();
    void stretchPanes();
    void setTimeRange(qint64 from, qint64 to);
    int paneAt(QObject *viewport) const;
    qint64 timeAt(const Pane &pane, const QPointF &viewPos) const;
    void updateCrosshair(int pane, const QPointF &viewPos);
    void hideCrosshair();
    void showContextMenu(qint64 ts, const QPoint &globalPos);
    void scheduleReload();

    QString m_dataDir;
    UnitConfig m_unit;
    QStringList m_tags;
    PaneMode m_paneMode = PaneMode::PerUnit;
    qint64 m_span = 24 * 3'600'000LL;
    qint64 m_from = 0, m_to = 0;
    qint64 m_now = 0;
    bool m_live = true;
    bool m_applying = false;
    bool m_explainable = false;
    QHash<QString, std::pair<double, double>> m_bands;
    QHash<QString, std::pair<double, double>> m_fixedRanges;
    QHash<QString, double> m_clipFactors;
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
    QList<Pane> m_panes;
    QWidget *m_paneArea = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_liveTimer = nullptr;
    std::optional<QPoint> m_panFrom;
    int m_panPane = -1;
};

} // namespace tp
