#include "trendchart.h"

#include "presentation.h"
#include "preferences.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QMenu>
#include <QSet>
#include <QTimer>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QDateTimeAxis>
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

QList<QPointF> toList(const std::vector<QPointF> &v)
{
    return QList<QPointF>(v.cbegin(), v.cend());
}

QPen seriesPen(int i)
{
    QPen pen(kPalette[i % kPalette.size()], 1.6);
    if (i >= kPalette.size())
        pen.setStyle(Qt::DashLine);
    return pen;
}
} // namespace

TrendChart::TrendChart(QString dataDir, UnitConfig unit, QWidget *parent)
    : QChartView(new QChart, parent) // the view owns this chart (setChart() would orphan a default one)
    , m_dataDir(std::move(dataDir))
    , m_unit(std::move(unit))
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing, false); // thousands of points: crisp and fast
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    QChart *c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("MM-dd HH:mm"));
    m_timeAxis->setTickCount(7);
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, [this](const QDateTime &min, const QDateTime &max) {
        if (m_applying)
            return;
        // Rubber band or pan by the view: adopt the range and read it at full resolution.
        m_from = min.toMSecsSinceEpoch();
        m_to = max.toMSecsSinceEpoch();
        m_live = false;
        Q_EMIT rangeChangedByUser(m_from, m_to);
        scheduleReload();
    });
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
    m_crossLine = new QGraphicsLineItem(c);
    m_crossLine->setPen(QPen(QColor(0x40, 0x40, 0x40), 1, Qt::DotLine));
    m_crossLine->setZValue(20);
    m_crossLine->hide();
    m_crossBox = new QGraphicsRectItem(c);
    m_crossBox->setBrush(QColor(255, 255, 255, 230));
    m_crossBox->setPen(QPen(QColor(0x80, 0x80, 0x80)));
    m_crossBox->setZValue(21);
    m_crossBox->hide();
    m_crossText = new QGraphicsSimpleTextItem(m_crossBox);
    m_crossText->setZValue(22);
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
    m_applying = true;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
    m_applying = false;
}

void TrendChart::resetZoom()
{
    setSpan(m_span > 0 ? m_span : 24 * 3'600'000LL);
}

void TrendChart::addReference(const QString &tag, double value, const QString &label)
{
    m_references.append({tag, value, label});
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
    const int width = std::max(100, int(chart()->plotArea().width() > 10 ? chart()->plotArea().width() : viewport()->width()));
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

void TrendChart::apply(const TrendData &d)
{
    m_applying = true;
    m_data = d;
    m_from = d.from;
    m_to = d.to;
    QChart *c = chart();
    c->removeAllSeries();
    Presentation::styleChart(c);
    for (QAbstractAxis *a : c->axes(Qt::Vertical)) {
        c->removeAxis(a);
        delete a;
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(d.from), QDateTime::fromMSecsSinceEpoch(d.to));
    const qint64 span = d.to - d.from;
    m_timeAxis->setFormat(span > 400LL * 86'400'000 ? QStringLiteral("yyyy-MM")
                          : span > 3LL * 86'400'000 ? QStringLiteral("MM-dd")
                                                     : QStringLiteral("MM-dd HH:mm"));
    c->setTitle(d.error.isEmpty() && d.series.isEmpty() ? tr("Check tags in the list to trend them") : d.error);

    // One value axis per engineering unit, alternating left and right.
    QHash<QString, QValueAxis *> axes;
    QHash<QValueAxis *, std::pair<double, double>> extent;
    auto axisFor = [&](const QString &unitName) {
        if (QValueAxis *a = axes.value(unitName))
            return a;
        auto *a = new QValueAxis;
        a->setTitleText(unitName.isEmpty() ? tr("(no unit)") : unitName);
        a->setLabelFormat(QStringLiteral("%.4g"));
        c->addAxis(a, axes.size() % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
        axes.insert(unitName, a);
        extent.insert(a, {std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()});
        return a;
    };
    auto grow = [&](QValueAxis *a, double v) {
        auto &e = extent[a];
        e.first = std::min(e.first, v);
        e.second = std::max(e.second, v);
    };
    for (int i = 0; i < d.series.size(); ++i) {
        const PlotSeries &p = d.series[i];
        const TagConfig *tag = m_unit.findTag(p.tag);
        QValueAxis *axis = axisFor(tag ? tag->engineeringUnit : Presentation::shortTag(p.tag));
        const QString name = Presentation::shortTag(p.tag);
        const QPen pen = seriesPen(i);
        for (const auto &segment : p.segments) {
            auto *s = new QLineSeries;
            s->setPen(pen);
            s->replace(toList(segment));
            s->setName(name);
            c->addSeries(s);
            s->attachAxis(m_timeAxis);
            s->attachAxis(axis);
            for (const QPointF &pt : segment)
                grow(axis, pt.y());
        }
        if (p.segments.empty()) { // a legend entry that says there is nothing
            auto *s = new QLineSeries;
            s->setPen(pen);
            s->setName(tr("%1 (no data in range)").arg(name));
            c->addSeries(s);
            s->attachAxis(m_timeAxis);
            s->attachAxis(axis);
        }
        // The normal band (baseline median +- k sigma) as a muted area, limits as dashed lines.
        // The configured normal range, else the baseline's median +- k sigma.
        std::optional<std::pair<double, double>> normal;
        if (tag && tag->normalLow && tag->normalHigh)
            normal = std::pair{*tag->normalLow, *tag->normalHigh};
        else if (const auto b = m_bands.constFind(p.tag); b != m_bands.cend())
            normal = *b;
        if (const auto band = normal; band && d.series.size() <= 3) {
            auto *upper = new QLineSeries, *lower = new QLineSeries;
            upper->append({{double(d.from), band->second}, {double(d.to), band->second}});
            lower->append({{double(d.from), band->first}, {double(d.to), band->first}});
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area); // QAreaSeries does not own its boundaries
            lower->setParent(area);
            QColor fill = pen.color();
            fill.setAlpha(28);
            area->setBrush(fill);
            area->setPen(Qt::NoPen);
            area->setName(tr("%1 normal band").arg(name));
            c->addSeries(area);
            area->attachAxis(m_timeAxis);
            area->attachAxis(axis);
            grow(axis, band->first);
            grow(axis, band->second);
        }
        for (const Reference &r : std::as_const(m_references)) {
            if (r.tag != p.tag)
                continue;
            auto *l = new QLineSeries;
            l->setPen(QPen(QColor(0x60, 0x60, 0x60), 1, Qt::DashLine));
            l->append({{double(d.from), r.value}, {double(d.to), r.value}});
            l->setName(r.label);
            c->addSeries(l);
            l->attachAxis(m_timeAxis);
            l->attachAxis(axis);
            grow(axis, r.value);
        }
        if (tag) {
            const std::pair<const std::optional<AlarmLimit> *, QString> limits[] = {
                {&tag->lolo, tr("LOLO")}, {&tag->lo, tr("LO")}, {&tag->hi, tr("HI")}, {&tag->hihi, tr("HIHI")}};
            for (const auto &[limit, label] : limits) {
                if (!*limit)
                    continue;
                auto *l = new QLineSeries;
                QPen lp(Presentation::priorityColor((*limit)->priority), 1, Qt::DashLine);
                l->setPen(lp);
                l->append({{double(d.from), (*limit)->value}, {double(d.to), (*limit)->value}});
                l->setName(tr("%1 %2 %3").arg(name, label, Presentation::value((*limit)->value, tag->engineeringUnit)));
                c->addSeries(l);
                l->attachAxis(m_timeAxis);
                l->attachAxis(axis);
                l->setProperty("tpLimit", true);
                // Limits far outside the data would flatten it: include them only when near.
                auto &e = extent[axis];
                const double range = std::max(1e-9, e.second - e.first);
                if ((*limit)->value > e.first - range && (*limit)->value < e.second + range)
                    grow(axis, (*limit)->value);
            }
        }
    }
    for (auto it = extent.cbegin(); it != extent.cend(); ++it) {
        if (it->first > it->second)
            continue;
        const double pad = std::max(1e-9, (it->second - it->first) * 0.05);
        // Values that are never negative (speeds, flows, pressures) keep zero as the floor.
        const double low = it->first >= 0 ? std::max(0.0, it->first - pad) : it->first - pad;
        it.key()->setRange(low, it->second + pad);
        it.key()->applyNiceNumbers();
        if (it->first >= 0 && it.key()->min() < 0)
            it.key()->setMin(0);
        // Plain numbers, with as many decimals as the tick spacing needs.
        const double step = (it.key()->max() - it.key()->min()) / std::max(1, it.key()->tickCount() - 1);
        const int decimals = step >= 1 ? 0 : std::min(6, int(std::ceil(-std::log10(step))));
        it.key()->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    }
    // Stops shaded, bad-quality stretches marked and annotations as markers on the first axis.
    if (QValueAxis *first = axes.isEmpty() ? nullptr : axes.cbegin().value(); first) {
        const double lo = first->min(), hi = first->max();
        for (const auto &[a, b] : d.stopped) {
            auto *upper = new QLineSeries, *lower = new QLineSeries;
            upper->append({{double(a), hi}, {double(b), hi}});
            lower->append({{double(a), lo}, {double(b), lo}});
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area); // QAreaSeries does not own its boundaries
            lower->setParent(area);
            area->setBrush(QBrush(QColor(0x80, 0x80, 0x80, 60), Qt::BDiagPattern));
            area->setPen(Qt::NoPen);
            area->setName(tr("Not running"));
            c->addSeries(area);
            area->attachAxis(m_timeAxis);
            area->attachAxis(first);
        }
        for (const PlotSeries &p : d.series) {
            for (const auto &[a, b] : p.bad) {
                auto *upper = new QLineSeries, *lower = new QLineSeries;
                upper->append({{double(a), lo + (hi - lo) * 0.04}, {double(b), lo + (hi - lo) * 0.04}});
                lower->append({{double(a), lo}, {double(b), lo}});
                auto *area = new QAreaSeries(upper, lower);
                upper->setParent(area); // QAreaSeries does not own its boundaries
                lower->setParent(area);
                area->setBrush(QBrush(QColor(0xa0, 0x30, 0x30), Qt::Dense4Pattern));
                area->setPen(Qt::NoPen);
                area->setName(tr("Bad quality"));
                c->addSeries(area);
                area->attachAxis(m_timeAxis);
                area->attachAxis(first);
            }
        }
        if (!d.annotations.isEmpty()) {
            auto *marks = new QScatterSeries;
            marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            marks->setMarkerSize(9);
            marks->setColor(QColor(0x20, 0x20, 0x20));
            marks->setName(tr("Annotations"));
            for (const Annotation &a : d.annotations)
                marks->append(double(a.ts), hi - (hi - lo) * 0.03);
            c->addSeries(marks);
            marks->attachAxis(m_timeAxis);
            marks->attachAxis(first);
            connect(marks, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
                if (!state) {
                    setToolTip(QString());
                    return;
                }
                QStringList lines;
                for (const Annotation &a : std::as_const(m_data.annotations))
                    if (std::abs(double(a.ts) - point.x()) < 1.0)
                        lines.append(tr("%1, %2: %3").arg(Presentation::dateTime(a.ts), a.author, a.text));
                setToolTip(lines.join(u'\n'));
            });
        }
    }
    // The legend as rich text in the title: one entry per tag (a tag broken by gaps is several
    // series), with its line style, unit and the shading used.
    QStringList entries;
    for (int i = 0; i < d.series.size(); ++i) {
        const TagConfig *tag = m_unit.findTag(d.series[i].tag);
        const QPen pen = seriesPen(i);
        entries.append(QStringLiteral("<span style='color:%1'><b>%2</b></span>&nbsp;%3%4")
                           .arg(pen.color().name(), pen.style() == Qt::DashLine ? QStringLiteral("- - -") : QStringLiteral("&#9472;&#9472;"),
                                Presentation::shortTag(d.series[i].tag).toHtmlEscaped(),
                                tag && !tag->engineeringUnit.isEmpty() ? QStringLiteral(" [%1]").arg(tag->engineeringUnit.toHtmlEscaped()) : QString()));
    }
    // Limit and reference lines by name, not by colour alone.
    for (const PlotSeries &p : d.series) {
        const TagConfig *tag = m_unit.findTag(p.tag);
        QStringList lines;
        if (tag) {
            const std::pair<const std::optional<AlarmLimit> *, QString> limits[] = {
                {&tag->lolo, tr("LOLO")}, {&tag->lo, tr("LO")}, {&tag->hi, tr("HI")}, {&tag->hihi, tr("HIHI")}};
            for (const auto &[limit, name] : limits)
                if (*limit)
                    lines.append(tr("%1 %2").arg(name, Presentation::value((*limit)->value, tag->engineeringUnit)));
        }
        for (const Reference &r : std::as_const(m_references))
            if (r.tag == p.tag)
                lines.append(r.label);
        if (!lines.isEmpty())
            entries.append(tr("%1 dashed: %2").arg(Presentation::shortTag(p.tag), lines.join(QStringLiteral(", "))).toHtmlEscaped());
    }
    if (!d.stopped.isEmpty())
        entries.append(tr("hatched: not running").toHtmlEscaped());
    if (std::any_of(d.series.cbegin(), d.series.cend(), [](const PlotSeries &p) { return !p.bad.empty(); }))
        entries.append(tr("red marks: bad quality").toHtmlEscaped());
    if (!d.annotations.isEmpty())
        entries.append(tr("squares: annotations").toHtmlEscaped());
    c->legend()->hide();
    if (!entries.isEmpty() && d.error.isEmpty())
        c->setTitle(QStringLiteral("<small>%1</small>").arg(entries.join(QStringLiteral(" &nbsp; "))));
    m_legend = entries;
    m_applying = false;
    Q_EMIT loaded();
}

QList<qint64> TrendChart::plottedPoints() const
{
    QList<qint64> out;
    for (const PlotSeries &p : m_data.series)
        out.append(p.points());
    return out;
}

qint64 TrendChart::timeAt(const QPointF &viewPos) const
{
    return qint64(chart()->mapToValue(mapToScene(viewPos.toPoint()), chart()->series().value(0)).x());
}

QString TrendChart::crosshairText(qint64 ts) const
{
    QStringList lines{Presentation::dateTime(ts) + QDateTime::fromMSecsSinceEpoch(ts).toString(QStringLiteral(":ss"))};
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
    return m_crossText->isVisible() && m_crossBox->isVisible() ? m_crossText->text() : QString();
}

void TrendChart::updateCrosshair(const QPointF &viewPos)
{
    const QRectF plot = chart()->plotArea();
    const QPointF scenePos = mapToScene(viewPos.toPoint());
    if (!plot.contains(scenePos) || m_data.series.isEmpty() || chart()->series().isEmpty()) {
        m_crossLine->hide();
        m_crossBox->hide();
        return;
    }
    m_crossLine->setLine(scenePos.x(), plot.top(), scenePos.x(), plot.bottom());
    m_crossLine->show();
    m_crossText->setText(crosshairText(timeAt(viewPos)));
    const QRectF text = m_crossText->boundingRect().adjusted(-4, -3, 4, 3);
    double x = scenePos.x() + 12;
    if (x + text.width() > plot.right())
        x = scenePos.x() - 12 - text.width();
    m_crossBox->setRect(0, 0, text.width(), text.height());
    m_crossBox->setPos(x, plot.top() + 6);
    m_crossText->setPos(4, 3);
    m_crossBox->show();
}

void TrendChart::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    zoom(std::pow(0.8, steps), timeAt(event->position()));
    event->accept();
}

void TrendChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ControlModifier))) {
        m_panFrom = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TrendChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panFrom) {
        const QPoint now = event->position().toPoint();
        const qint64 dt = timeAt(*m_panFrom) - timeAt(now);
        m_panFrom = now;
        m_from += dt;
        m_to += dt;
        m_live = false;
        m_applying = true;
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
        m_applying = false;
        Q_EMIT rangeChangedByUser(m_from, m_to);
        scheduleReload();
        event->accept();
        return;
    }
    updateCrosshair(event->position());
    QChartView::mouseMoveEvent(event);
}

void TrendChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panFrom) {
        m_panFrom.reset();
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept(); // the context menu; QChartView would zoom out
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TrendChart::contextMenuEvent(QContextMenuEvent *event)
{
    const qint64 ts = timeAt(event->pos());
    QMenu menu(this);
    if (m_explainable)
        menu.addAction(tr("Explain %1").arg(Presentation::dateTime(ts)), this, [this, ts] { Q_EMIT explainRequested(ts); });
    menu.addAction(tr("Add annotation at %1...").arg(Presentation::dateTime(ts)), this, [this, ts] { Q_EMIT annotateRequested(ts); });
    menu.addSeparator();
    menu.addAction(tr("Reset zoom"), this, &TrendChart::resetZoom);
    menu.addAction(tr("Export visible range to CSV..."), this, &TrendChart::exportCsvRequested);
    menu.addAction(tr("Save chart as PNG..."), this, &TrendChart::savePngRequested);
    menu.exec(event->globalPos());
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (!m_tags.isEmpty())
        scheduleReload(); // a wider plot reads more points
}

void TrendChart::leaveEvent(QEvent *event)
{
    m_crossLine->hide();
    m_crossBox->hide();
    QChartView::leaveEvent(event);
}

} // namespace tp
