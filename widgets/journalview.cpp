#include "journalview.h"

#include "journalmodel.h"
#include "presentation.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QtConcurrent>

namespace tp {

namespace {
constexpr qint64 kDay = 24 * 3'600'000LL;
} // namespace

JournalView::JournalView(QString dataDir, QList<UnitConfig> units, bool withFigures,
                         std::shared_ptr<const FleetClock> clock, QWidget *parent)
    : QWidget(parent), m_dataDir(std::move(dataDir)), m_clock(std::move(clock))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("journalUnit"));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("journalPriority"));
    m_priority->addItem(tr("All priorities"));
    for (AlarmPriority p : {AlarmPriority::Critical, AlarmPriority::High, AlarmPriority::Medium, AlarmPriority::Low})
        m_priority->addItem(Presentation::priorityText(p), int(p));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("journalKind"));
    m_kind->addItem(tr("All entries"));
    for (JournalKind k : {JournalKind::Raised, JournalKind::Acknowledged, JournalKind::Shelved,
                          JournalKind::Unshelved, JournalKind::Returned, JournalKind::Cleared})
        m_kind->addItem(journalKindText(k), int(k));
    m_span = new QComboBox(this);
    m_span->setObjectName(QStringLiteral("journalSpan"));
    m_span->addItem(tr("Last 24 hours"), kDay);
    m_span->addItem(tr("Last 7 days"), 7 * kDay);
    m_span->addItem(tr("Last 30 days"), 30 * kDay);
    m_span->addItem(tr("From - to"), 0);
    m_from = new QDateTimeEdit(this);
    m_to = new QDateTimeEdit(this);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setEnabled(false);
    }
    bar->addWidget(m_unit);
    bar->addWidget(m_priority);
    bar->addWidget(m_kind);
    bar->addWidget(m_span);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    auto *reload = new QToolButton(this);
    reload->setText(tr("&Refresh"));
    connect(reload, &QToolButton::clicked, this, &JournalView::refresh);
    bar->addWidget(reload);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_figuresLabel = new QLabel(this);
    m_figuresLabel->setObjectName(QStringLiteral("journalFigures"));
    m_figuresLabel->setWordWrap(true);
    m_figuresLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figuresLabel->setVisible(withFigures);
    layout->addWidget(m_figuresLabel);
    m_model = new JournalModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(JournalModel::Alarm, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    connect(m_span, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_span->currentData().toLongLong() == 0;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        refresh();
    });
    for (QComboBox *c : {m_unit, m_priority, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &JournalView::refresh);
    for (QDateTimeEdit *e : {m_from, m_to})
        connect(e, &QDateTimeEdit::editingFinished, this, &JournalView::refresh);
    setUnits(units);
}

void JournalView::setUnits(const QList<UnitConfig> &units)
{
    m_units = units;
    const QSignalBlocker block(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("All units"));
    for (const UnitConfig &u : units)
        m_unit->addItem(u.unitId, u.unitId);
    m_unit->setVisible(units.size() > 1);
    const qint64 now = m_clock->now();
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(now - kDay));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(now));
    refresh();
}

JournalFilter JournalView::filter() const
{
    JournalFilter f;
    const qint64 span = m_span->currentData().toLongLong();
    f.to = span > 0 ? m_clock->now() + 1 : m_to->dateTime().toMSecsSinceEpoch();
    f.from = span > 0 ? f.to - 1 - span : m_from->dateTime().toMSecsSinceEpoch();
    f.unitId = m_unit->currentData().toString();
    if (m_priority->currentIndex() > 0)
        f.priority = AlarmPriority(m_priority->currentData().toInt());
    if (m_kind->currentIndex() > 0)
        f.kind = JournalKind(m_kind->currentData().toInt());
    return f;
}

void JournalView::refresh()
{
    const JournalFilter shown = filter();
    JournalFilter all = shown; // the figures need every kind of entry
    all.kind.reset();
    QHash<QString, QTimeZone> zones;
    for (const UnitConfig &u : std::as_const(m_units))
        zones.insert(u.unitId, Presentation::displayZone(u.timeZone));
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation, zones] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer refresh is on its way
        const Result r = watcher->result();
        m_figures = r.figures;
        m_figuresLabel->setText(figuresText());
        m_model->setEntries(r.entries, zones);
        Q_EMIT refreshed();
    });
    watcher->setFuture(QtConcurrent::run([dataDir = m_dataDir, units = m_units, all, shown] {
        Result r;
        const QList<JournalEntry> entries = AlarmJournal::read(dataDir, units, all);
        r.figures = AlarmFigures::compute(entries, all.from, all.to);
        for (const JournalEntry &e : entries)
            if (shown.accepts(e))
                r.entries.append(e);
        return r;
    }));
}

QString JournalView::figuresText() const
{
    const AlarmFigures &f = m_figures;
    auto list = [](const QList<AlarmCount> &alarms) {
        QStringList parts;
        for (const AlarmCount &a : alarms)
            parts.append(tr("%1 %2 (%3)").arg(a.unitId, a.key).arg(a.count));
        return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
    };
    auto duration = [](const std::optional<qint64> &ms) { return ms ? Presentation::age(*ms) : tr("none"); };
    return tr("%n alarm(s) raised. Per 10 minutes: max %1, average %2. Per day per operator position: %3 (%4 position(s)). "
              "Floods (10 minutes with more than 10 alarms): %5. Time to acknowledge: median %6, max %7.", nullptr, f.raised)
               .arg(f.maxPerWindow)
               .arg(f.averagePerWindow, 0, 'f', 2)
               .arg(f.perDayPerPosition, 0, 'f', 1)
               .arg(f.positions)
               .arg(f.floods)
               .arg(duration(f.medianAckMs), duration(f.maxAckMs))
        + u'\n' + tr("Most frequent: %1").arg(list(f.top))
        + u'\n' + tr("Chattering (3 or more raises within 60 s): %1").arg(list(f.chattering))
        + u'\n' + tr("Stale (standing longer than 24 h): %1").arg(list(f.stale));
}

} // namespace tp
