#include "rulpanel.h"

#include "analysis/analysisconfig.h"
#include "presentation.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace tp {

namespace {
constexpr double kDayMs = 86'400'000.0;

void clear(QChart *c)
{
    c->removeAllSeries();
    Presentation::styleChart(c);
    for (QAbstractAxis *a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
}
} // namespace

RulPanel::RulPanel(QString dataDir, UnitConfig unit, QWidget *parent)
    : QWidget(parent), m_dataDir(std::move(dataDir)), m_unit(std::move(unit))
{
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 7, split);
    m_table->setObjectName(QStringLiteral("rulTable"));
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("State"), tr("P10"), tr("P50"), tr("P90"),
                                        tr("Limit"), tr("Model")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    split->addWidget(m_table);
    auto *charts = new QWidget(split);
    auto *cv = new QVBoxLayout(charts);
    cv->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(charts);
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("rulState"));
    cv->addWidget(m_state);
    auto *row = new QSplitter(Qt::Horizontal, charts);
    m_fan = new QChartView(row);
    m_fan->setObjectName(QStringLiteral("rulFan"));
    m_past = new QChartView(row);
    m_past->setObjectName(QStringLiteral("rulHistory"));
    row->addWidget(m_fan);
    row->addWidget(m_past);
    row->setStretchFactor(0, 3);
    row->setStretchFactor(1, 2);
    cv->addWidget(row, 1);
    split->addWidget(charts);
    split->setStretchFactor(1, 3);
    layout->addWidget(split);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int r = m_table->currentRow();
        if (r >= 0 && r < m_rul.size() && m_rul[r].indicator != m_selected) {
            m_selected = m_rul[r].indicator;
            load();
        }
    });
    connect(&m_watcher, &QFutureWatcher<RulHistory>::finished, this, [this] {
        const RulHistory h = m_watcher.result();
        if (std::exchange(m_loadQueued, false) && h.indicator != m_selected) {
            load(); // a newer selection: draw that one instead
            return;
        }
        draw(h);
    });
}

RulPanel::~RulPanel()
{
    m_watcher.waitForFinished();
}

QString RulPanel::widenedBandText(double inflation)
{
    return tr("The band is %1 times as wide as the trend's own: fits of this trend from earlier in "
              "its window missed the data that followed")
        .arg(QLocale().toString(inflation, 'f', 1));
}

void RulPanel::setSnapshot(const UnitSnapshot &s)
{
    m_now = s.now;
    const bool changed = s.rul.size() != m_rul.size()
        || std::any_of(s.rul.cbegin(), s.rul.cend(), [&](const RulSummary &r) {
               const auto it = std::find_if(m_rul.cbegin(), m_rul.cend(), [&](const RulSummary &o) { return o.indicator == r.indicator; });
               return it == m_rul.cend() || it->at != r.at;
           });
    if (!changed)
        return;
    m_rul = s.rul;
    m_table->setRowCount(int(m_rul.size()));
    for (int i = 0; i < m_rul.size(); ++i) {
        const RulSummary &r = m_rul[i];
        const QString name = Presentation::rulIndicator(r, true);
        const QString limit = Presentation::rulLimit(r);
        // Numbers only for a forecast; the honest states stand in words on their own.
        const bool forecast = r.state == u"forecast";
        const bool widened = forecast && r.bandInflation > 1.05;
        const QString model = widened ? tr("%1, band x%2").arg(r.model, QLocale().toString(r.bandInflation, 'f', 1)) : r.model;
        const QStringList cells = {name, r.stateText,
                                   forecast && r.p10Days ? Presentation::days(*r.p10Days) : QString(),
                                   forecast ? (r.p50Days ? Presentation::days(*r.p50Days) : tr("beyond horizon")) : QString(),
                                   forecast ? (r.p90Days ? Presentation::days(*r.p90Days) : tr("beyond horizon")) : QString(),
                                   limit, forecast ? model : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2 && c <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(widened && c == cells.size() - 1 ? widenedBandText(r.bandInflation) : r.indicator);
            m_table->setItem(i, c, item);
        }
    }
    const auto it = std::find_if(m_rul.cbegin(), m_rul.cend(), [&](const RulSummary &r) { return r.indicator == m_selected; });
    if (it == m_rul.cend() && !m_rul.isEmpty()) {
        select(0);
    } else if (it != m_rul.cend()) {
        const QSignalBlocker block(m_table);
        m_table->selectRow(int(it - m_rul.cbegin()));
        load(); // the newest forecast of the selected indicator
    }
}

void RulPanel::select(int row)
{
    m_table->selectRow(row);
    if (row >= 0 && row < m_rul.size()) {
        m_selected = m_rul[row].indicator;
        load();
    }
}

QString RulPanel::stateText() const
{
    return m_state->text();
}

void RulPanel::load()
{
    if (m_selected.isEmpty())
        return;
    if (!m_watcher.isFinished()) {
        m_loadQueued = true; // the newest selection follows the running read
        return;
    }
    const QString dataDir = m_dataDir, unitId = m_unit.unitId, indicator = m_selected;
    const AnalysisConfig analysis = AnalysisConfig::fromUnit(m_unit);
    QString tag = indicator == u"health_index" ? derivedTagName(m_unit, DerivedTag::Health) : indicator;
    for (const LearnedRulConfig &l : analysis.learnedRul)
        if (l.indicator() == indicator)
            tag = l.tags.value(0); // a learned life: its first sensor's history
    const qint64 now = m_now;
    const qint64 window = analysis.rulWindow.count();
    const int width = std::max(200, m_fan->width());
    m_watcher.setFuture(QtConcurrent::run([=] {
        RulHistory h;
        h.indicator = indicator;
        h.tag = tag;
        withUnitStore(dataDir, unitId, [&](UnitStore &store) {
            if (const auto id = store.tagId(tag))
                if (const auto d = store.readDecimated(*id, now - window, now + 1, width))
                    h.series = plotSeries(*d, 0);
            h.forecasts = store.forecasts(indicator, now - 4 * window, now + 1);
            return true;
        }, &h.error);
        return h;
    }));
}

void RulPanel::draw(const RulHistory &h)
{
    const auto it = std::find_if(m_rul.cbegin(), m_rul.cend(), [&](const RulSummary &r) { return r.indicator == h.indicator; });
    if (it == m_rul.cend())
        return;
    const RulSummary &r = *it;
    QChart *c = m_fan->chart();
    clear(c);
    const bool learned = r.indicator.startsWith(u"learned:");
    c->setTitle(learned ? tr("%1: history of %2").arg(Presentation::rulIndicator(r), Presentation::shortTag(h.tag))
                        : tr("%1: history and forecast").arg(Presentation::rulIndicator(r)));
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MM-dd"));
    auto *value = new QValueAxis;
    c->addAxis(time, Qt::AlignBottom);
    c->addAxis(value, Qt::AlignLeft);
    double lo = learned ? std::numeric_limits<double>::max() : r.limit;
    double hi = learned ? std::numeric_limits<double>::lowest() : r.limit;
    qint64 from = m_now, to = m_now;
    bool first = true;
    for (const auto &segment : h.series.segments) {
        auto *s = new QLineSeries;
        s->setName(tr("Indicator"));
        s->setPen(QPen(QColor(0x1f, 0x4e, 0x9a), 1.4));
        s->replace(QList<QPointF>(segment.cbegin(), segment.cend()));
        c->addSeries(s);
        s->attachAxis(time);
        s->attachAxis(value);
        if (!first)
            c->legend()->markers(s).value(0)->setVisible(false);
        first = false;
        for (const QPointF &p : segment) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
            from = std::min(from, qint64(p.x()));
        }
    }
    // The fan: from the trend's value now to the limit at P10, P50 and P90.
    QString state;
    auto date = [&](double days) {
        return QDateTime::fromMSecsSinceEpoch(qint64(double(r.at > 0 ? r.at : m_now) + days * kDayMs)).toString(QStringLiteral("yyyy-MM-dd"));
    };
    if (learned && r.state == u"forecast" && r.p50Days) {
        // No limit to cross: the end of life the library's runs suggest, in dates.
        state = tr("End of life learned from %1: P50 %2 (%3), P10 %4, P90 %5")
                    .arg(r.description, date(*r.p50Days), Presentation::days(*r.p50Days), date(r.p10Days.value_or(0)),
                         r.p90Days ? date(*r.p90Days) : tr("beyond horizon"));
        to = m_now;
    } else if (r.state == u"forecast" && r.p50Days && r.current) {
        const double now = double(r.at > 0 ? r.at : m_now); // the forecast's own "now"
        const double p10 = now + *r.p10Days * kDayMs;
        const double p50 = now + *r.p50Days * kDayMs;
        const double p90 = now + (r.p90Days ? *r.p90Days : *r.p50Days * 2) * kDayMs;
        auto *upper = new QLineSeries, *lower = new QLineSeries;
        upper->append({{now, *r.current}, {p10, r.limit}, {p90, r.limit}});
        lower->append({{now, *r.current}, {p90, r.limit}});
        auto *band = new QAreaSeries(upper, lower);
        upper->setParent(band); // QAreaSeries does not own its boundaries
        lower->setParent(band);
        band->setName(tr("P10-P90"));
        band->setBrush(QColor(0xf0, 0x80, 0x00, 70));
        band->setPen(QPen(QColor(0xf0, 0x80, 0x00), 1));
        c->addSeries(band);
        band->attachAxis(time);
        band->attachAxis(value);
        auto *median = new QLineSeries;
        median->setName(tr("P50"));
        median->setPen(QPen(QColor(0xb0, 0x50, 0x00), 2));
        median->append({{now, *r.current}, {p50, r.limit}});
        c->addSeries(median);
        median->attachAxis(time);
        median->attachAxis(value);
        lo = std::min(lo, *r.current);
        hi = std::max(hi, *r.current);
        to = qint64(p90);
        state = tr("Forecast crossing of %1: P50 %2 (%3), P10 %4, P90 %5; %6 trend")
                    .arg(Presentation::rulLimit(r),
                         QDateTime::fromMSecsSinceEpoch(qint64(p50)).toString(QStringLiteral("yyyy-MM-dd")),
                         Presentation::days(*r.p50Days),
                         QDateTime::fromMSecsSinceEpoch(qint64(p10)).toString(QStringLiteral("yyyy-MM-dd")),
                         r.p90Days ? QDateTime::fromMSecsSinceEpoch(qint64(p90)).toString(QStringLiteral("yyyy-MM-dd")) : tr("beyond horizon"),
                         r.model);
        if (r.bandInflation > 1.05)
            state = tr("%1. %2").arg(state, widenedBandText(r.bandInflation));
    } else {
        // Honest states are shown as such, in words, not as a fan.
        state = tr("%1: %2").arg(Presentation::rulIndicator(r), r.stateText);
        to = m_now + (m_now - from) / 4;
    }
    if (!learned) {
        auto *limit = new QLineSeries;
        limit->setName(tr("Limit %1").arg(QLocale().toString(r.limit, 'g', 4)));
        limit->setPen(QPen(Presentation::priorityColor(AlarmPriority::Critical), 1, Qt::DashLine));
        limit->append({{double(from), r.limit}, {double(to), r.limit}});
        c->addSeries(limit);
        limit->attachAxis(time);
        limit->attachAxis(value);
    } else if (!(lo <= hi)) {
        lo = 0; // no history yet
        hi = 1;
    }
    const double pad = std::max(1e-9, (hi - lo) * 0.08);
    value->setRange(lo - pad, hi + pad);
    value->applyNiceNumbers();
    time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(std::max(to, from + 86'400'000)));
    if (!h.error.isEmpty())
        state += u' ' + h.error;
    m_state->setText(state);

    // The forecast history: each stored forecast's P50 (and band) in days, over its time.
    QChart *p = m_past->chart();
    clear(p);
    p->setTitle(tr("Earlier forecasts (remaining days)"));
    auto *ptime = new QDateTimeAxis;
    ptime->setFormat(QStringLiteral("MM-dd HH:mm"));
    auto *pdays = new QValueAxis;
    pdays->setTitleText(tr("days"));
    p->addAxis(ptime, Qt::AlignBottom);
    p->addAxis(pdays, Qt::AlignLeft);
    auto *p50 = new QScatterSeries;
    auto *p10 = new QLineSeries, *p90 = new QLineSeries;
    p50->setName(tr("P50"));
    p50->setMarkerSize(6);
    p10->setName(tr("P10"));
    p90->setName(tr("P90"));
    p10->setPen(QPen(QColor(0x90, 0x90, 0x90), 1, Qt::DashLine));
    p90->setPen(QPen(QColor(0x90, 0x90, 0x90), 1, Qt::DotLine));
    double maxDays = 1;
    qint64 first50 = m_now, last50 = m_now;
    int noTrend = 0;
    for (const StoredForecast &f : h.forecasts) {
        if (!f.p50Days) {
            ++noTrend;
            continue;
        }
        p50->append(double(f.ts), *f.p50Days);
        if (f.p10Days)
            p10->append(double(f.ts), *f.p10Days);
        if (f.p90Days)
            p90->append(double(f.ts), *f.p90Days);
        maxDays = std::max(maxDays, f.p90Days.value_or(*f.p50Days));
        first50 = std::min(first50, f.ts);
        last50 = std::max(last50, f.ts);
    }
    for (QXYSeries *s : {static_cast<QXYSeries *>(p10), static_cast<QXYSeries *>(p90), static_cast<QXYSeries *>(p50)}) {
        p->addSeries(s);
        s->attachAxis(ptime);
        s->attachAxis(pdays);
    }
    pdays->setRange(0, maxDays * 1.1);
    pdays->applyNiceNumbers();
    ptime->setRange(QDateTime::fromMSecsSinceEpoch(first50 - 3'600'000), QDateTime::fromMSecsSinceEpoch(last50 + 3'600'000));
    ptime->setTickCount(4);
    // Labels that fit four ticks: hours under a day (the date in the axis title), else dates.
    if (last50 - first50 > 3 * 86'400'000) {
        ptime->setFormat(QStringLiteral("MM-dd"));
    } else if (last50 - first50 <= 86'400'000) {
        ptime->setFormat(QStringLiteral("HH:mm"));
        ptime->setTitleText(QDateTime::fromMSecsSinceEpoch(last50).toString(QStringLiteral("yyyy-MM-dd")));
    } else {
        ptime->setTickCount(3);
    }
    if (noTrend > 0)
        p->setTitle(tr("Earlier forecasts (remaining days); %n without a crossing", nullptr, noTrend));
    Q_EMIT loaded();
}

} // namespace tp
