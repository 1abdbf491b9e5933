#include "trendchart.h"

#include "presentation.h"
#include "preferences.h"
#include "timeaxis.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSet>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace tp {

namespace {
// Distinguishable on the light and the dark theme, and by line style as well (dashes repeat
// every six colours).
const QList<QColor> kPalette = {QColor(0x1f, 0x4e, 0x9a), QColor(0x2e, 0x8b, 0x57), QColor(0x8b, 0x45, 0x13),
                                QColor(0x6a, 0x3d, 0x9a), QColor(0x00, 0x80, 0x80), QColor(0x4d, 0x4d, 0x4d)};
const QList<QColor> kDarkPalette = {QColor(0x6f, 0xa8, 0xff), QColor(0x5f, 0xd0, 0x8f), QColor(0xe0, 0xa0, 0x60),
                                    QColor(0xc0, 0x90, 0xf0), QColor(0x40, 0xd0, 0xd0), QColor(0xc0, 0xc0, 0xc0)};
// Plot areas of all panes line up: the value labels and the axis title to the left, the time
// axis's two-line labels and its title under the last pane.
constexpr int LeftMargin = 84, RightMargin = 14, TopMargin = 6, GapMargin = 6, BottomMargin = 62;

QList<QPointF> toList(const std::vector<QPointF> &v)
{
    return QList<QPointF>(v.cbegin(), v.cend());
}

QPen seriesPen(int i)
{
    const QList<QColor> &palette = Theme::isDark() ? kDarkPalette : kPalette;
    QPen pen(palette[i % palette.size()], 1.6);
    if (i >= palette.size())
        pen.setStyle(Qt::DashLine);
    return pen;
}

QLineSeries *horizontalLine(qint64 from, qint64 to, double value)
{
    auto *l = new QLineSeries;
    l->append({{double(from), value}, {double(to), value}});
    return l;
}

QAreaSeries *band(qint64 from, qint64 to, double low, double high)
{
    auto *upper = horizontalLine(from, to, high);
    auto *lower = horizontalLine(from, to, low);
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area); // QAreaSeries does not own its boundaries
    lower->setParent(area);
    area->setPen(Qt::NoPen);
    return area;
}

const std::array<std::pair<const std::optional<AlarmLimit> TagConfig::*, const char *>, 4> kLimits{
    {{&TagConfig::lolo, QT_TRANSLATE_NOOP("tp::TrendChart", "LOLO")},
     {&TagConfig::lo, QT_TRANSLATE_NOOP("tp::TrendChart", "LO")},
     {&TagConfig::hi, QT_TRANSLATE_NOOP("tp::TrendChart", "HI")},
     {&TagConfig::hihi, QT_TRANSLATE_NOOP("tp::TrendChart", "HIHI")}}};
} // namespace

TrendChart::TrendChart(QString dataDir, UnitConfig unit, QWidget *parent)
    : QWidget(parent)
    , m_dataDir(std::move(dataDir))
    , m_unit(std::move(unit))
{
    setObjectName(QStringLiteral("trendChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("trendMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_message);
    m_paneArea = new QWidget(this); // panes placed by stretchPanes()
    m_paneArea->installEventFilter(this);
    layout->addWidget(m_paneArea, 1);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(120);
    connect(m_reloadTimer, &QTimer::timeout, this, &TrendChart::reload);
    m_liveTimer = new QTimer(this);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(1000 * Preferences::load().liveRefreshSeconds);
    connect(m_liveTimer, &QTimer::timeout, this, &TrendChart::reload);
    connect(&m_watcher, &QFutureWatcher<TrendData>::finished, this, [this] {
        const TrendData d = m_watcher.result();
        if (m_pendingView == m_view)
            apply(d); // a live refresh of the same view applies even if another is queued
        if (m_reloadQueued) {
            m_reloadQueued = false;
            reload();
        }
    });
    setMinimumHeight(180);
    ensurePanes(1);
    m_message->setText(tr("Check tags in the list to trend them"));
}

TrendChart::~TrendChart()
{
    m_watcher.waitForFinished();
}

void TrendChart::setTags(const QStringList &tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    ++m_view;
    reload();
}

void TrendChart::setPaneMode(PaneMode mode)
{
    if (mode == m_paneMode)
        return;
    m_paneMode = mode;
    apply(m_data);
}

void TrendChart::setSpan(qint64 spanMs)
{
    m_span = spanMs;
    m_live = true;
    ++m_view;
    reload();
}

void TrendChart::setRange(qint64 from, qint64 to)
{
    if (to <= from)
        return;
    m_from = from;
    m_to = to;
    m_live = false;
    ++m_view;
    reload();
}

void TrendChart::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (live) {
        ++m_view;
        reload();
    }
}

void TrendChart::setSnapshot(const UnitSnapshot &snapshot)
{
    m_now = snapshot.now;
    for (const TagSnapshot &t : snapshot.tags)
        if (t.bandLow && t.bandHigh)
            m_bands.insert(t.name, {*t.bandLow, *t.bandHigh});
    // Live: new data is read at most once a second, whatever the snapshot rate.
    if (m_live && !m_tags.isEmpty() && !m_liveTimer->isActive())
        m_liveTimer->start();
}

void TrendChart::scheduleReload()
{
    ++m_view; // the view changed: what is being read for the old one is not shown
    m_reloadTimer->start();
}

void TrendChart::zoom(double factor, qint64 centre)
{
    const qint64 span = std::max<qint64>(60'000, qint64(double(m_to - m_from) * factor));
    const double at = m_to > m_from ? double(centre - m_from) / double(m_to - m_from) : 0.5;
    m_from = centre - qint64(at * double(span));
    m_to = m_from + span;
    m_live = false;
    Q_EMIT rangeChangedByUser(m_from, m_to);
    scheduleReload();
    // Show the new range at once with what is loaded; the read at full resolution follows.
    setTimeRange(m_from, m_to);
}

void TrendChart::resetZoom()
{
    setSpan(m_span > 0 ? m_span : 24 * 3'600'000LL);
}

void TrendChart::addReference(const QString &tag, double value, const QString &label)
{
    m_references.append({tag, value, label});
}

void TrendChart::setValueRange(const QString &tag, double low, double high)
{
    m_fixedRanges.insert(tag, {low, high});
}

void TrendChart::setClipAboveReference(const QString &tag, double factor)
{
    m_clipFactors.insert(tag, factor);
}

void TrendChart::setLiveRefreshSeconds(int seconds)
{
    m_liveTimer->setInterval(1000 * std::max(1, seconds));
}

void TrendChart::setReference(const QString &tag, double value, const QString &label)
{
    const auto same = std::find_if(m_references.cbegin(), m_references.cend(),
                                   [&](const Reference &r) { return r.tag == tag && r.value == value && r.label == label; });
    if (same != m_references.cend())
        return;
    m_references.erase(std::remove_if(m_references.begin(), m_references.end(), [&](const Reference &r) { return r.tag == tag; }),
                       m_references.end());
    m_references.append({tag, value, label});
    scheduleReload();
}

QTimeZone TrendChart::zone() const
{
    return Presentation::displayZone(m_unit.timeZone);
}

void TrendChart::reload()
{
    if (!m_watcher.isFinished()) {
        m_reloadQueued = true; // one read at a time; the newest request follows
        return;
    }
    const qint64 now = m_now > 0 ? m_now : QDateTime::currentMSecsSinceEpoch();
    qint64 from = m_from, to = m_to;
    const bool all = m_live && m_span <= 0;
    if (m_live && !all) {
        to = now;
        from = now - m_span;
    }
    const QChartView *first = m_panes.value(0).view;
    const int plotWidth = first ? first->width() - LeftMargin - RightMargin : 0;
    const int width = std::max(100, plotWidth > 10 ? plotWidth : this->width());
    const QString dataDir = m_dataDir, unitId = m_unit.unitId;
    const QStringList tags = m_tags;
    m_pendingView = m_view;
    m_watcher.setFuture(QtConcurrent::run([=]() {
        TrendData d;
        d.from = from;
        d.to = to;
        QString error;
        const bool ok = withUnitStore(dataDir, unitId, [&](UnitStore &store) {
            if (all) {
                d.from = store.oldestSampleTime();
                d.to = std::max(store.newestSampleTime(), d.from + 60'000);
            }
            for (const QString &tag : tags) {
                PlotSeries p;
                p.tag = tag;
                if (const auto id = store.tagId(tag)) {
                    p.tagId = *id;
                    if (const auto dec = store.readDecimated(*id, d.from, d.to + 1, width))
                        p = plotSeries(*dec, 0), p.tag = tag, p.tagId = *id;
                }
                d.series.append(std::move(p));
            }
            // When a tag has nothing in the range, say when its newest sample is (not read
            // on every live refresh of a trend that has data).
            if (std::any_of(d.series.cbegin(), d.series.cend(), [](const PlotSeries &p) { return p.segments.empty(); }))
                for (const LatestValue &v : store.latestValues())
                    if (tags.contains(v.tagName))
                        d.newest.insert(v.tagName, v.sample.ts);
            // Not running: from each change away from running to the next change back.
            qint64 stopStart = -1;
            const QList<StoredEvent> events = store.events(0, d.to + 1);
            bool running = true;
            for (const StoredEvent &e : events) {
                if (e.kind != QLatin1StringView("mode"))
                    continue;
                const bool nowRunning = e.state == QLatin1StringView("running") || e.state == QLatin1StringView("unknown");
                if (running && !nowRunning)
                    stopStart = e.ts;
                else if (!running && nowRunning && e.ts > d.from)
                    d.stopped.append({std::max(stopStart, d.from), e.ts});
                running = nowRunning;
            }
            if (!running)
                d.stopped.append({std::max(stopStart, d.from), d.to});
            d.annotations = store.annotations(d.from, d.to + 1);
            return true;
        }, &error).has_value();
        if (!ok)
            d.error = error;
        return d;
    }));
}

void TrendChart::ensurePanes(int count)
{
    while (m_panes.size() > count) {
        Pane p = m_panes.takeLast();
        delete p.box;
    }
    while (m_panes.size() < count) {
        Pane p;
        p.box = new QWidget(m_paneArea);
        auto *v = new QVBoxLayout(p.box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(0);
        p.legend = new QLabel(p.box);
        p.legend->setObjectName(QStringLiteral("paneLegend"));
        p.legend->setWordWrap(true); // a legend that never cuts: it wraps
        p.legend->setTextFormat(Qt::RichText);
        p.legend->setContentsMargins(LeftMargin - 8, 2, RightMargin, 0);
        v->addWidget(p.legend);
        p.view = new QChartView(new QChart, p.box); // the view owns this chart
        p.view->setObjectName(QStringLiteral("trendPane"));
        p.view->setRenderHint(QPainter::Antialiasing, false); // thousands of points: crisp and fast
        p.view->setRubberBand(QChartView::HorizontalRubberBand);
        p.view->setMouseTracking(true);
        p.view->setMinimumHeight(90);
        p.view->viewport()->installEventFilter(this);
        v->addWidget(p.view, 1);
        QChart *c = p.view->chart();
        c->legend()->hide();
        c->setMargins(QMargins(0, 0, 0, 0));
        p.time = new QCategoryAxis;
        p.time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        c->addAxis(p.time, Qt::AlignBottom);
        connect(p.time, &QValueAxis::rangeChanged, this, [this](qreal min, qreal max) {
            if (m_applying)
                return;
            // Rubber band by a pane: adopt the range for all and read it at full resolution.
            m_from = qint64(min);
            m_to = qint64(max);
            m_live = false;
            Q_EMIT rangeChangedByUser(m_from, m_to);
            setTimeRange(m_from, m_to);
            scheduleReload();
        });
        p.crossLine = new QGraphicsLineItem(c);
        p.crossLine->setZValue(20);
        p.crossLine->hide();
        p.crossBox = new QGraphicsRectItem(c);
        p.crossBox->setZValue(21);
        p.crossBox->hide();
        p.crossText = new QGraphicsSimpleTextItem(p.crossBox);
        p.crossText->setZValue(22);
        p.box->show();
        m_panes.append(p);
    }
}

void TrendChart::setTimeRange(qint64 from, qint64 to)
{
    const bool applying = m_applying;
    m_applying = true;
    const QTimeZone z = zone();
    for (int i = 0; i < m_panes.size(); ++i) {
        QCategoryAxis *axis = m_panes[i].time;
        const int width = std::max(100, m_panes[i].view->width() - LeftMargin - RightMargin);
        for (const QString &label : axis->categoriesLabels())
            axis->remove(label);
        const QList<TimeTick> ticks = TimeAxis::ticks(from, to, width, z);
        // A first category as wide as the range: a category axis fits a label into the width
        // of its category, and the first tick's label carries the year.
        axis->setStartValue(double(from - (to - from)));
        for (const TimeTick &t : ticks)
            axis->append(t.label, double(t.ms));
        axis->setRange(double(from), double(to));
        const bool bottom = i == m_panes.size() - 1;
        axis->setLabelsVisible(bottom);
        axis->setTitleVisible(bottom);
        axis->setTitleText(TimeAxis::title(z, to));
    }
    m_applying = applying;
}

void TrendChart::apply(const TrendData &d)
{
    m_applying = true;
    m_data = d;
    m_from = d.from;
    m_to = d.to;
    hideCrosshair();
    // Panes: one per engineering unit (a tag without one gets its own) or one per tag.
    QList<QList<int>> groups;
    QHash<QString, int> groupOf;
    for (int i = 0; i < d.series.size(); ++i) {
        const TagConfig *tag = m_unit.findTag(d.series[i].tag);
        const QString unit = tag ? tag->engineeringUnit : QString();
        const QString key = m_paneMode == PaneMode::PerTag || unit.isEmpty() ? u'\x1f' + d.series[i].tag : unit;
        if (!groupOf.contains(key)) {
            groupOf.insert(key, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[groupOf.value(key)].append(i);
    }
    ensurePanes(std::max<int>(1, int(groups.size())));
    stretchPanes();
    QStringList legend;
    for (int i = 0; i < m_panes.size(); ++i) {
        m_panes[i].series = groups.value(i);
        fillPane(m_panes[i], i == m_panes.size() - 1, legend);
    }
    setTimeRange(d.from, d.to);
    // What the panes cannot say: an error, nothing asked, or nothing stored in the range.
    const QTimeZone z = zone();
    QString message;
    if (!d.error.isEmpty())
        message = d.error;
    else if (d.series.isEmpty())
        message = tr("Check tags in the list to trend them");
    else if (std::all_of(d.series.cbegin(), d.series.cend(), [](const PlotSeries &p) { return p.segments.empty(); })) {
        qint64 newest = 0;
        for (const qint64 t : d.newest)
            newest = std::max(newest, t);
        message = newest > 0 ? tr("No data between %1 and %2; the newest sample is from %3.")
                                   .arg(Presentation::dateTime(d.from, z), Presentation::dateTime(d.to, z),
                                        Presentation::dateTime(newest, z))
                             : tr("No data between %1 and %2; nothing is stored for these tags yet.")
                                   .arg(Presentation::dateTime(d.from, z), Presentation::dateTime(d.to, z));
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    for (const Pane &p : std::as_const(m_panes))
        p.box->setVisible(d.error.isEmpty() && !d.series.isEmpty());
    m_legend = legend;
    m_applying = false;
    layout()->activate(); // sizes now, not at the next event: what is grabbed is what is shown
    stretchPanes();
    layoutPanes();
    Q_EMIT loaded();
}

void TrendChart::fillPane(Pane &pane, bool bottom, QStringList &legendOut)
{
    const TrendData &d = m_data;
    QChart *c = pane.view->chart();
    c->removeAllSeries();
    pane.lineLabels.clear(); // their text items belong to the chart's scene: removed below
    for (QGraphicsItem *item : c->childItems())
        if (item->data(0).toString() == u"tpLineLabel")
            delete item;
    Presentation::styleChart(c);
    // The view paints the background: a chart with a fixed plot area keeps its first size
    // for its own background.
    pane.view->setBackgroundBrush(c->backgroundBrush());
    c->setBackgroundVisible(false);
    for (QAbstractAxis *a : c->axes(Qt::Vertical)) {
        c->removeAxis(a);
        delete a;
    }
    const bool dark = Theme::isDark();
    const QColor muted = dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x60, 0x60, 0x60);
    pane.crossLine->setPen(QPen(muted, 1, Qt::DotLine));
    pane.crossBox->setBrush(dark ? QColor(0x2e, 0x30, 0x34, 235) : QColor(255, 255, 255, 235));
    pane.crossBox->setPen(QPen(muted));
    pane.crossText->setBrush(dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x10, 0x10, 0x10));
    auto *axis = new QValueAxis;
    c->addAxis(axis, Qt::AlignLeft);
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    auto grow = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    auto add = [&](QAbstractSeries *s) {
        c->addSeries(s);
        s->attachAxis(pane.time);
        s->attachAxis(axis);
    };
    const QTimeZone z = zone();
    QStringList entries, lineTexts, bandTexts, notes;
    QString unitName;
    std::optional<std::pair<double, double>> fixed;
    std::optional<double> clipAt;
    QString clippedTag;
    for (const int i : std::as_const(pane.series)) {
        const PlotSeries &p = d.series[i];
        const TagConfig *tag = m_unit.findTag(p.tag);
        const QString name = Presentation::shortTag(p.tag, tag ? tag->description : QString());
        const QString eu = tag ? tag->engineeringUnit : QString();
        unitName = eu;
        const QPen pen = seriesPen(i);
        for (const auto &segment : p.segments) {
            auto *s = new QLineSeries;
            s->setPen(pen);
            s->replace(toList(segment));
            s->setName(name);
            add(s);
            for (const QPointF &pt : segment)
                grow(pt.y());
        }
        QString entry = QStringLiteral("<span style='color:%1'><b>%2</b></span>&nbsp;%3%4")
                            .arg(pen.color().name(), pen.style() == Qt::DashLine ? QStringLiteral("- - -") : QStringLiteral("&#9472;&#9472;"),
                                 name.toHtmlEscaped(), eu.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(eu.toHtmlEscaped()));
        if (p.segments.empty()) {
            auto *s = new QLineSeries; // keeps the pane's axes and the crosshair working
            s->setName(name);
            add(s);
            const qint64 newest = d.newest.value(p.tag);
            entry += QStringLiteral(" <i>%1</i>").arg(
                (newest > 0 ? tr("no data in this range; newest sample %1").arg(Presentation::dateTime(newest, z))
                            : tr("nothing stored yet")).toHtmlEscaped());
        }
        entries.append(entry);
        if (const auto f = m_fixedRanges.constFind(p.tag); f != m_fixedRanges.cend())
            fixed = *f;
        const QString prefix = pane.series.size() > 1 ? name + u' ' : QString();
        // The normal band: the configured normal range, else the baseline's median +- k sigma;
        // only in a pane of its own tag (bands of several tags overlap into grey).
        std::optional<std::pair<double, double>> normal;
        if (tag && tag->normalLow && tag->normalHigh)
            normal = std::pair{*tag->normalLow, *tag->normalHigh};
        else if (const auto b = m_bands.constFind(p.tag); b != m_bands.cend())
            normal = *b;
        if (normal && pane.series.size() == 1) {
            QAreaSeries *area = band(d.from, d.to, normal->first, normal->second);
            QColor fill = pen.color();
            fill.setAlpha(dark ? 40 : 28);
            area->setBrush(fill);
            area->setName(tr("%1 normal band").arg(name));
            add(area);
            grow(normal->first);
            grow(normal->second);
            bandTexts.append(tr("shaded: normal %1 - %2").arg(Presentation::value(normal->first, eu), Presentation::value(normal->second, eu)));
        }
        struct Line {
            double value;
            QString text;
            QColor colour;
            bool alwaysShown;
        };
        QList<Line> lines;
        for (const Reference &r : std::as_const(m_references)) {
            if (r.tag != p.tag)
                continue;
            lines.append({r.value, prefix + r.label, muted, true});
            if (const auto k = m_clipFactors.constFind(p.tag); k != m_clipFactors.cend() && r.value > 0)
                clipAt = r.value * *k, clippedTag = name;
        }
        if (tag)
            for (const auto &[member, label] : kLimits)
                if (const std::optional<AlarmLimit> &limit = tag->*member)
                    lines.append({limit->value, prefix + tr("%1 %2").arg(tr(label), Presentation::value(limit->value, eu)),
                                  Presentation::priorityColor(limit->priority), false});
        for (const Line &line : lines) {
            QLineSeries *l = horizontalLine(d.from, d.to, line.value);
            l->setPen(QPen(line.colour, 1.2, Qt::DashLine));
            l->setName(line.text);
            l->setProperty("tpLimit", !line.alwaysShown);
            add(l);
            auto *text = new QGraphicsSimpleTextItem(line.text, c);
            text->setData(0, QStringLiteral("tpLineLabel"));
            text->setBrush(line.colour);
            text->setZValue(15);
            pane.lineLabels.append(LineLabel{l, text, line.value});
            lineTexts.append(line.text);
            if (line.alwaysShown)
                grow(line.value);
        }
        // Limits far outside the data would flatten it: within reach they are in the range,
        // else the label says where they are.
        for (const Line &line : lines) {
            if (line.alwaysShown)
                continue;
            const double reach = std::max(1e-9, hi - lo);
            if (lo <= hi && line.value > lo - reach && line.value < hi + reach)
                grow(line.value);
        }
    }
    // The value range: data and limits within reach, zero as the floor of values that are
    // never negative, a fixed range where one is set, spikes clipped where asked.
    if (fixed) {
        axis->setRange(fixed->first, fixed->second);
    } else if (lo <= hi) {
        const bool clip = clipAt && hi > *clipAt;
        const double top = clip ? *clipAt : hi;
        const double pad = std::max(1e-9, (top - lo) * 0.05);
        const double low = lo >= 0 ? std::max(0.0, lo - pad) : lo - pad;
        axis->setRange(low, top + pad);
        axis->applyNiceNumbers();
        if (lo >= 0 && axis->min() < 0)
            axis->setMin(0);
        if (clip) {
            notes.append(tr("%1: values above %2 are off the chart (start-up spikes); the crosshair shows them")
                             .arg(clippedTag, QLocale().toString(axis->max(), 'g', 4)));
        }
    } else {
        axis->setRange(0, 1);
    }
    pane.value = axis;
    axis->setTitleText(unitName);
    // Lines outside the range: the label says so (drawn at the edge by layoutPanes()).
    for (const LineLabel &l : std::as_const(pane.lineLabels))
        if (l.value > axis->max() || l.value < axis->min())
            l.text->setText(l.value > axis->max() ? tr("%1 (above the chart)").arg(l.text->text())
                                                   : tr("%1 (below the chart)").arg(l.text->text()));
    // Stops shaded, bad-quality stretches marked, annotations as flags.
    const double ymin = axis->min(), ymax = axis->max();
    for (const auto &[a, b] : d.stopped) {
        QAreaSeries *area = band(a, b, ymin, ymax);
        area->setBrush(QBrush(QColor(0x80, 0x80, 0x80, 60), Qt::BDiagPattern));
        area->setName(tr("Not running"));
        add(area);
    }
    bool anyBad = false;
    for (const int i : std::as_const(pane.series))
        for (const auto &[a, b] : d.series[i].bad) {
            QAreaSeries *area = band(a, b, ymin, ymin + (ymax - ymin) * 0.05);
            area->setBrush(QBrush(QColor(0xc0, 0x30, 0x30), Qt::Dense4Pattern));
            area->setName(tr("Bad quality"));
            add(area);
            anyBad = true;
        }
    for (const Annotation &a : d.annotations) {
        auto *l = new QLineSeries;
        l->append({{double(a.ts), ymin}, {double(a.ts), ymax}});
        l->setPen(QPen(dark ? QColor(0xe0, 0xc0, 0x40) : QColor(0x80, 0x60, 0x00), 1.5, Qt::DashDotLine));
        l->setName(tr("Annotation"));
        add(l);
        auto *flag = new QScatterSeries;
        flag->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        flag->setMarkerSize(12);
        flag->setColor(l->pen().color());
        flag->setBorderColor(l->pen().color());
        flag->append(double(a.ts), ymax - (ymax - ymin) * 0.04);
        flag->setName(tr("Annotation"));
        add(flag);
        connect(flag, &QScatterSeries::hovered, this, [this, z, a](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tr("Annotation %1, %2:\n%3").arg(Presentation::dateTime(a.ts, z), a.author, a.text), this);
            else
                QToolTip::hideText();
        });
    }
    for (const QString &b : std::as_const(bandTexts))
        entries.append(b.toHtmlEscaped());
    if (!lineTexts.isEmpty())
        entries.append(tr("dashed: %1").arg(lineTexts.join(QStringLiteral(", "))).toHtmlEscaped());
    if (!d.stopped.isEmpty())
        entries.append(tr("hatched: not running").toHtmlEscaped());
    if (anyBad)
        entries.append(tr("red marks: bad quality").toHtmlEscaped());
    if (!d.annotations.isEmpty())
        entries.append(tr("flags: annotations (hover to read)").toHtmlEscaped());
    for (const QString &n : std::as_const(notes))
        entries.append(QStringLiteral("<b>%1</b>").arg(n.toHtmlEscaped()));
    pane.legend->setText(QStringLiteral("<small>%1</small>").arg(entries.join(QStringLiteral(" &nbsp; "))));
    pane.time->setTitleVisible(bottom);
    legendOut += entries;
}

void TrendChart::stretchPanes()
{
    // Plots of equal height, one under the other; the last pane is taller by the time axis.
    const int n = int(m_panes.size());
    const int width = m_paneArea->width();
    int legends = 0;
    for (const Pane &p : std::as_const(m_panes))
        legends += p.legend->heightForWidth(width);
    const int plot = std::max(40, (m_paneArea->height() - legends - n * (TopMargin + GapMargin) - (BottomMargin - GapMargin)) / std::max(1, n));
    int y = 0;
    for (int i = 0; i < n; ++i) {
        const int h = m_panes[i].legend->heightForWidth(width) + TopMargin + plot + (i == n - 1 ? BottomMargin : GapMargin);
        m_panes[i].box->setGeometry(0, y, width, h);
        y += h;
    }
}

void TrendChart::layoutPanes()
{
    for (int i = 0; i < m_panes.size(); ++i) {
        Pane &p = m_panes[i];
        const bool bottom = i == m_panes.size() - 1;
        const QSizeF size = p.view->size();
        const QRectF plot(LeftMargin, TopMargin, std::max(10.0, size.width() - LeftMargin - RightMargin),
                          std::max(10.0, size.height() - TopMargin - (bottom ? BottomMargin : GapMargin)));
        p.view->chart()->setPlotArea(plot);
        // Value ticks at round numbers, as many as the pane's height has room for, in plain
        // numbers with as many decimals as their spacing needs.
        if (QValueAxis *axis = p.value) {
            const double raw = (axis->max() - axis->min()) / std::max(2.0, plot.height() / 40.0);
            const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-12))));
            double step = magnitude * 10;
            for (const double f : {1.0, 2.0, 5.0})
                if (raw <= f * magnitude) {
                    step = f * magnitude;
                    break;
                }
            axis->setTickType(QValueAxis::TicksDynamic);
            axis->setTickAnchor(0);
            axis->setTickInterval(step);
            const int decimals = std::clamp(int(-std::floor(std::log10(step) + 1e-9)), 0, 6);
            axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
        }
        if (QGraphicsLayout *chartLayout = p.view->chart()->layout())
            chartLayout->activate();
        // Each limit and reference line is labelled at its right end, above the line; a line
        // outside the range is labelled at the edge it is beyond.
        QList<QRectF> taken;
        for (const LineLabel &l : std::as_const(p.lineLabels)) {
            const QPointF at = p.view->chart()->mapToPosition(QPointF(double(m_to), l.value), l.line);
            const QRectF text = l.text->boundingRect();
            // Above the line, or under it when the line is at the top.
            double y = at.y() - text.height() < plot.top() ? at.y() + 1 : at.y() - text.height();
            y = std::clamp(y, plot.top(), plot.bottom() - text.height());
            QRectF r(plot.right() - text.width() - 4, y, text.width(), text.height());
            for (const QRectF &t : std::as_const(taken))
                if (r.intersects(t))
                    r.moveLeft(t.left() - r.width() - 12);
            taken.append(r);
            l.text->setPos(r.topLeft());
        }
    }
}

int TrendChart::paneAt(QObject *viewport) const
{
    for (int i = 0; i < m_panes.size(); ++i)
        if (m_panes[i].view->viewport() == viewport)
            return i;
    return -1;
}

qint64 TrendChart::timeAt(const Pane &pane, const QPointF &viewPos) const
{
    const QRectF plot = pane.view->chart()->plotArea();
    const QPointF scene = pane.view->mapToScene(viewPos.toPoint());
    const double at = plot.width() > 0 ? (scene.x() - plot.left()) / plot.width() : 0.5;
    return m_from + qint64(at * double(m_to - m_from));
}

bool TrendChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_paneArea && event->type() == QEvent::Resize)
        stretchPanes();
    const int index = paneAt(watched);
    if (index < 0)
        return QWidget::eventFilter(watched, event);
    const Pane &pane = m_panes[index];
    switch (event->type()) {
    case QEvent::Resize:
        layoutPanes();
        setTimeRange(m_from, m_to);
        if (!m_tags.isEmpty())
            scheduleReload(); // a wider plot reads more points
        break;
    case QEvent::Wheel: {
        auto *e = static_cast<QWheelEvent *>(event);
        const double steps = e->angleDelta().y() / 120.0;
        if (steps == 0)
            break;
        zoom(std::pow(0.8, steps), timeAt(pane, e->position()));
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && e->modifiers().testFlag(Qt::ControlModifier))) {
            m_panFrom = e->position().toPoint();
            m_panPane = index;
            pane.view->setCursor(Qt::ClosedHandCursor);
            return true;
        }
        break;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (m_panFrom && m_panPane == index) {
            const QPoint now = e->position().toPoint();
            const qint64 dt = timeAt(pane, *m_panFrom) - timeAt(pane, now);
            m_panFrom = now;
            m_from += dt;
            m_to += dt;
            m_live = false;
            setTimeRange(m_from, m_to);
            Q_EMIT rangeChangedByUser(m_from, m_to);
            scheduleReload();
            return true;
        }
        updateCrosshair(index, e->position());
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (m_panFrom) {
            m_panFrom.reset();
            pane.view->unsetCursor();
            return true;
        }
        if (e->button() == Qt::RightButton)
            return true; // the context menu; QChartView would zoom out
        break;
    }
    case QEvent::ContextMenu: {
        auto *e = static_cast<QContextMenuEvent *>(event);
        showContextMenu(timeAt(pane, e->pos()), e->globalPos());
        return true;
    }
    case QEvent::Leave:
        hideCrosshair();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void TrendChart::showContextMenu(qint64 ts, const QPoint &globalPos)
{
    const QString at = Presentation::dateTime(ts, zone());
    QMenu menu(this);
    if (m_explainable)
        menu.addAction(tr("Explain %1").arg(at), this, [this, ts] { Q_EMIT explainRequested(ts); });
    menu.addAction(tr("Add annotation at %1...").arg(at), this, [this, ts] { Q_EMIT annotateRequested(ts); });
    menu.addSeparator();
    menu.addAction(tr("Reset zoom"), this, &TrendChart::resetZoom);
    menu.addAction(tr("Export visible range to CSV..."), this, &TrendChart::exportCsvRequested);
    menu.addAction(tr("Save chart as PNG..."), this, &TrendChart::savePngRequested);
    menu.exec(globalPos);
}

QList<qint64> TrendChart::plottedPoints() const
{
    QList<qint64> out;
    for (const PlotSeries &p : m_data.series)
        out.append(p.points());
    return out;
}

QString TrendChart::crosshairText(qint64 ts) const
{
    QStringList lines{Presentation::dateTime(ts, zone(), true)};
    for (const PlotSeries &p : m_data.series) {
        const TagConfig *tag = m_unit.findTag(p.tag);
        const QString name = Presentation::shortTag(p.tag);
        QString text = tr("%1: no data").arg(name);
        for (const auto &[a, b] : p.bad)
            if (ts >= a && ts < b)
                text = tr("%1: bad quality").arg(name);
        double best = std::numeric_limits<double>::max();
        for (const auto &segment : p.segments) {
            if (segment.empty() || double(ts) < segment.front().x() - 1 || double(ts) > segment.back().x() + 1)
                continue;
            auto it = std::lower_bound(segment.cbegin(), segment.cend(), double(ts),
                                       [](const QPointF &q, double x) { return q.x() < x; });
            if (it == segment.cend())
                --it;
            const double distance = std::abs(it->x() - double(ts));
            if (distance < best) {
                best = distance;
                text = tr("%1: %2 (good)").arg(name, Presentation::value(it->y(), tag ? tag->engineeringUnit : QString()));
            }
        }
        lines.append(text);
    }
    return lines.join(u'\n');
}

QString TrendChart::crosshairLabel() const
{
    for (const Pane &p : m_panes)
        if (p.crossBox->isVisible())
            return p.crossText->text();
    return QString();
}

void TrendChart::hideCrosshair()
{
    for (const Pane &p : std::as_const(m_panes)) {
        p.crossLine->hide();
        p.crossBox->hide();
    }
}

void TrendChart::updateCrosshair(int index, const QPointF &viewPos)
{
    const Pane &pane = m_panes[index];
    const QRectF plot = pane.view->chart()->plotArea();
    const QPointF scenePos = pane.view->mapToScene(viewPos.toPoint());
    if (!plot.contains(scenePos) || m_data.series.isEmpty()) {
        hideCrosshair();
        return;
    }
    // One time line through every pane; the values in the pane under the mouse.
    for (const Pane &p : std::as_const(m_panes)) {
        const QRectF r = p.view->chart()->plotArea();
        p.crossLine->setLine(scenePos.x(), r.top(), scenePos.x(), r.bottom());
        p.crossLine->show();
        p.crossBox->hide();
    }
    pane.crossText->setText(crosshairText(timeAt(pane, viewPos)));
    const QRectF text = pane.crossText->boundingRect().adjusted(-4, -3, 4, 3);
    double x = scenePos.x() + 12;
    if (x + text.width() > plot.right())
        x = scenePos.x() - 12 - text.width();
    pane.crossBox->setRect(0, 0, text.width(), text.height());
    pane.crossBox->setPos(x, plot.top() + 4);
    pane.crossText->setPos(4, 3);
    pane.crossBox->show();
}

QList<QChartView *> TrendChart::panes() const
{
    QList<QChartView *> out;
    for (const Pane &p : m_panes)
        out.append(p.view);
    return out;
}

QStringList TrendChart::paneTags(int index) const
{
    QStringList out;
    for (const int i : m_panes.value(index).series)
        out.append(m_data.series.value(i).tag);
    return out;
}

QStringList TrendChart::timeLabels() const
{
    return m_panes.isEmpty() ? QStringList() : m_panes.last().time->categoriesLabels();
}

QString TrendChart::timeTitle() const
{
    return m_panes.isEmpty() ? QString() : m_panes.last().time->titleText();
}

QString TrendChart::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString TrendChart::caption() const
{
    QStringList names;
    for (const QString &t : m_tags)
        names.append(Presentation::shortTag(t));
    const QTimeZone z = zone();
    return tr("%1 %2 - %3 - %4 to %5 (%6)")
        .arg(m_unit.unitId, m_unit.description, names.join(QStringLiteral(", ")), Presentation::dateTime(m_from, z),
             Presentation::dateTime(m_to, z), QString::fromUtf8(z.id()));
}

QImage TrendChart::exportImage()
{
    const QPixmap chart = grab();
    QFont font = this->font();
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int header = metrics.height() * 2 + 8;
    QImage image(chart.width(), chart.height() + header, QImage::Format_RGB32);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(8, 4, chart.width() - 16, header - 4), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, caption());
    painter.drawPixmap(0, header, chart);
    return image;
}

} // namespace tp
