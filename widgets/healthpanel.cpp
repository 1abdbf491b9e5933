#include "healthpanel.h"

#include "runtime/remotesite.h"

#include "presentation.h"
#include "runtime/storequery.h"
#include "trendchart.h"

#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace tp {

HealthPanel::HealthPanel(QString dataDir, UnitConfig unit, QWidget *parent)
    : QWidget(parent), m_dataDir(std::move(dataDir)), m_unit(std::move(unit))
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *charts = new QSplitter(Qt::Vertical, split);
    m_history = new TrendChart(m_dataDir, m_unit, charts);
    m_history->setObjectName(QStringLiteral("healthHistory"));
    m_history->addReference(derivedTagName(m_unit, DerivedTag::Anomaly), 1.0, tr("Anomaly limit (1)"));
    m_history->addReference(derivedTagName(m_unit, DerivedTag::Health), 40.0, tr("Critical below 40"));
    m_history->setValueRange(derivedTagName(m_unit, DerivedTag::Health), 0, 100);
    m_history->setSpan(30LL * 86'400'000);
    m_history->setTags({derivedTagName(m_unit, DerivedTag::Health), derivedTagName(m_unit, DerivedTag::Anomaly)});
    m_statistics = new TrendChart(m_dataDir, m_unit, charts);
    m_statistics->setObjectName(QStringLiteral("statisticsHistory"));
    m_statistics->setClipAboveReference(derivedTagName(m_unit, DerivedTag::T2), 4.0);
    m_statistics->setClipAboveReference(derivedTagName(m_unit, DerivedTag::Spe), 4.0);
    m_statistics->setSpan(30LL * 86'400'000);
    m_statistics->setTags({derivedTagName(m_unit, DerivedTag::T2), derivedTagName(m_unit, DerivedTag::Spe)});
    m_statistics->setExplainable(true);
    charts->addWidget(m_history);
    charts->addWidget(m_statistics);
    auto *right = new QWidget(split);
    auto *rv = new QVBoxLayout(right);
    auto *pick = new QHBoxLayout;
    auto *atLabel = new QLabel(tr("Contributions &at:"), right);
    m_at = new QDateTimeEdit(right);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    atLabel->setBuddy(m_at);
    m_explain = new QPushButton(tr("&Explain"), right);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    pick->addWidget(atLabel);
    pick->addWidget(m_at, 1);
    pick->addWidget(m_explain);
    rv->addLayout(pick);
    m_explainState = new QLabel(right);
    m_explainState->setWordWrap(true);
    rv->addWidget(m_explainState);
    m_bars = new QChartView(right);
    m_bars->setMinimumWidth(320);
    m_bars->chart()->legend()->hide();
    rv->addWidget(m_bars, 1);
    m_alarms = new QLabel(right);
    m_alarms->setWordWrap(true);
    rv->addWidget(m_alarms);
    split->addWidget(charts);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});
    layout->addWidget(split, 1);
    connect(m_explain, &QPushButton::clicked, this, [this] { explain(m_at->dateTime().toMSecsSinceEpoch()); });
    m_history->setExplainable(true);
    for (TrendChart *chart : {m_history, m_statistics})
        connect(chart, &TrendChart::explainRequested, this, [this](qint64 ts) {
            m_at->setDateTime(QDateTime::fromMSecsSinceEpoch(ts));
            explain(ts);
        });
    connect(&m_watcher, &QFutureWatcher<Explanation>::finished, this, [this] {
        showExplanation(m_watcher.result());
        if (const auto next = std::exchange(m_queued, std::nullopt))
            explain(*next);
    });
}

HealthPanel::~HealthPanel()
{
    m_watcher.waitForFinished();
}

void HealthPanel::setSnapshot(const UnitSnapshot &s)
{
    m_now = s.now;
    m_history->setSnapshot(s);
    m_statistics->setSnapshot(s);
    if (s.t2Limit)
        m_statistics->setReference(derivedTagName(m_unit, DerivedTag::T2), *s.t2Limit,
                                   tr("T^2 limit %1").arg(QLocale().toString(*s.t2Limit, 'g', 4)));
    if (s.speLimit)
        m_statistics->setReference(derivedTagName(m_unit, DerivedTag::Spe), *s.speLimit,
                                   tr("SPE limit %1").arg(QLocale().toString(*s.speLimit, 'g', 4)));
    QString text;
    if (s.healthIndex)
        text = tr("<b>Health %1</b> (%2)").arg(qRound(*s.healthIndex)).arg(s.healthGrade.toHtmlEscaped());
    else
        text = tr("<b>No health index yet</b>");
    if (s.anomaly)
        text += u' ' + tr("- anomaly index %1 (limit 1)").arg(QLocale().toString(*s.anomaly, 'f', 2));
    if (!s.contributors.isEmpty())
        text += u' ' + tr("- top contributors now: %1").arg(s.contributors.join(QStringLiteral(", ")).toHtmlEscaped());
    text += QStringLiteral("<br><small>%1</small>").arg(s.modelInfo.toHtmlEscaped());
    m_summary->setText(text);
    QStringList statistical;
    for (const AlarmStatus &a : s.alarms)
        if (a.tag.contains(u"TP-ANOMALY") || a.tag.contains(u"TP-HEALTH"))
            statistical.append(tr("%1 %2 [%3]").arg(Presentation::prioritySymbol(a.priority), a.message, alarmStateText(a.state)));
    m_alarms->setText(statistical.isEmpty() ? tr("No active statistical alarm")
                                            : tr("Statistical alarms:\n%1").arg(statistical.join(u'\n')));
    if (!m_explainedOnce && s.anomaly) {
        m_explainedOnce = true;
        m_at->setDateTime(QDateTime::fromMSecsSinceEpoch(s.now));
        explain(s.now);
    }
}

void HealthPanel::explain(qint64 ts)
{
    if (!m_watcher.isFinished()) {
        m_queued = ts; // the newest request follows the running one
        return;
    }
    m_explainState->setText(tr("Explaining %1...").arg(Presentation::dateTime(ts)));
    const QString dataDir = m_dataDir;
    const UnitConfig unit = m_unit;
    m_watcher.setFuture(QtConcurrent::run([=] {
        if (unit.isRemote()) // the model is the site's: it explains
            return RemoteSites::explain(unit, ts);
        QString error;
        auto e = withUnitStore(dataDir, unit.unitId, [&](UnitStore &store) { return explainAt(store, unit, ts, 8); }, &error);
        if (!e) {
            Explanation failed;
            failed.message = error;
            return failed;
        }
        return *e;
    }));
}

void HealthPanel::showExplanation(const Explanation &e)
{
    m_explanation = e;
    QChart *c = m_bars->chart();
    c->removeAllSeries();
    Presentation::styleChart(c);
    for (QAbstractAxis *a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    if (!e.ok || e.contributors.isEmpty()) {
        m_explainState->setText(e.message.isEmpty() ? tr("Nothing to explain at this time") : e.message);
        c->setTitle(QString());
        Q_EMIT explained();
        return;
    }
    m_explainState->setText(tr("At %1: anomaly index %2 (limit 1); T^2 %3 (limit %4), SPE %5 (limit %6). %7")
                                .arg(Presentation::dateTime(e.frameTs), QLocale().toString(e.anomaly, 'f', 2),
                                     QLocale().toString(e.t2, 'g', 4), QLocale().toString(e.t2Limit, 'g', 4),
                                     QLocale().toString(e.spe, 'g', 4), QLocale().toString(e.speLimit, 'g', 4), e.message));
    auto *set = new QBarSet(tr("Share of the anomaly, %"));
    set->setColor(QColor(0x50, 0x60, 0x78));
    QStringList names;
    // Largest at the top: a horizontal bar chart draws its first category at the bottom.
    for (auto it = e.contributors.crbegin(); it != e.contributors.crend(); ++it) {
        *set << 100.0 * it->second;
        names.append(Presentation::shortTag(it->first));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    c->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    c->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d %"));
    c->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    c->setTitle(tr("Top contributing tags"));
    Q_EMIT explained();
}

} // namespace tp
