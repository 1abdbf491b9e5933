#include "fleetoverview.h"

#include "presentation.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace tp {

namespace {
constexpr int kCardWidth = 290;

QString styleFor(const QColor &accent)
{
    return QStringLiteral("tp--UnitCard { border: 1px solid palette(mid); border-left: 6px solid %1;"
                          " border-radius: 3px; background: palette(base); }")
        .arg(accent.name());
}
} // namespace

UnitCard::UnitCard(const UnitConfig &unit, QWidget *parent) : QFrame(parent), m_unitId(unit.unitId), m_timeZone(unit.timeZone)
{
    setObjectName(QStringLiteral("card-%1").arg(unit.unitId));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFixedWidth(kCardWidth);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum); // never squeezed below its text
    setAccessibleName(tr("Unit %1").arg(unit.unitId));
    setToolTip(tr("Open the tab of %1").arg(unit.unitId));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 6, 8, 6);
    grid->setVerticalSpacing(2);
    m_title = new QLabel(QStringLiteral("<b>%1</b> <span style='color:palette(mid)'>%2</span>")
                             .arg(unit.unitId.toHtmlEscaped(), unit.description.toHtmlEscaped()), this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    grid->addWidget(m_title, 0, 0, 1, 2);
    m_health = new QLabel(QStringLiteral("--"), this);
    QFont big = m_health->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_health->setFont(big);
    m_health->setMinimumWidth(64);
    m_health->setToolTip(tr("Health index, 0-100"));
    grid->addWidget(m_health, 1, 0, 2, 1);
    m_grade = new QLabel(tr("No model yet"), this);
    m_grade->setWordWrap(true); // "as of ..." of a stale unit
    grid->addWidget(m_grade, 1, 1);
    m_mode = new QLabel(operatingModeText(OperatingMode::Unknown), this);
    m_mode->setWordWrap(true);
    grid->addWidget(m_mode, 2, 1);
    m_alarm = new QLabel(tr("No standing alarm"), this);
    m_alarm->setWordWrap(true);
    grid->addWidget(m_alarm, 3, 0, 1, 2);
    m_rul = new QLabel(tr("RUL: -"), this);
    m_rul->setWordWrap(true);
    grid->addWidget(m_rul, 4, 0, 1, 2);
    m_fresh = new QLabel(this);
    m_fresh->setWordWrap(true);
    grid->addWidget(m_fresh, 5, 0, 1, 2);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    grid->addWidget(m_error, 6, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    setStyleSheet(styleFor(Presentation::healthColor(std::nullopt)));
    fitHeight();
}

void UnitCard::fitHeight()
{
    // Wrapped labels: the height the text needs at the card's width, never less.
    layout()->activate();
    setMinimumHeight(std::max(layout()->minimumSize().height(), heightForWidth(kCardWidth)));
}

void UnitCard::setSnapshot(const UnitSnapshot &s)
{
    m_snapshot = s;
    // Old data is never shown as current: mode, health and RUL say which time they describe.
    const QTimeZone zone = Presentation::displayZone(m_timeZone);
    const QString asOf = Presentation::asOf(s, zone);
    auto dated = [&](const QString &text) { return asOf.isEmpty() ? text : tr("%1 (%2)").arg(text, asOf); };
    m_health->setText(s.healthIndex ? QString::number(qRound(*s.healthIndex)) : QStringLiteral("--"));
    m_grade->setText(s.healthIndex ? dated(tr("Health: %1").arg(s.healthGrade)) : tr("No model yet"));
    m_grade->setToolTip(s.modelInfo);
    QString mode = tr("Mode: %1").arg(operatingModeText(s.mode));
    if (s.stale)
        mode = dated(mode);
    else if (s.modeSince > 0 && s.now > s.modeSince)
        mode += u' ' + tr("(%1)").arg(Presentation::age(s.now - s.modeSince));
    m_mode->setText(mode);
    if (s.alarms.isEmpty()) {
        m_alarm->setText(tr("No standing alarm"));
    } else {
        const AlarmStatus &worst = s.alarms.first();
        // The card says which alarm; the alarm table and tooltip say everything.
        QString message = worst.message;
        if (message.size() > 70)
            message = message.left(68) + QChar(0x2026);
        m_alarm->setText(tr("%1 %2 (%3; %4)")
                             .arg(Presentation::prioritySymbol(worst.priority), message,
                                  tr("%n standing", nullptr, int(s.alarms.size())),
                                  tr("%n unacknowledged", nullptr, s.unacknowledgedCount())));
        m_alarm->setToolTip(worst.message);
    }
    // An indicator already beyond its limit first, else the most urgent crossing forecast.
    auto urgent = std::find_if(s.rul.cbegin(), s.rul.cend(), [](const RulSummary &r) { return r.state == u"beyond_limit"; });
    if (urgent == s.rul.cend())
        urgent = std::find_if(s.rul.cbegin(), s.rul.cend(), [](const RulSummary &r) { return r.state == u"forecast" && r.p50Days; });
    if (urgent != s.rul.cend())
        m_rul->setText(dated(tr("RUL of %1: %2").arg(Presentation::rulIndicator(*urgent),
                                                    Presentation::rulText(*urgent))));
    else
        m_rul->setText(s.rul.isEmpty() ? tr("RUL: no forecast yet") : tr("RUL: %1").arg(s.rul.first().stateText));
    m_fresh->setText(tr("%1, refreshed %2")
                         .arg(Presentation::freshness(s, zone),
                              s.lastRefreshAt > 0 ? tr("%1 ago").arg(Presentation::age(s.now - s.lastRefreshAt))
                                                  : tr("not yet")));
    QFont freshFont = m_fresh->font();
    freshFont.setBold(s.stale);
    m_fresh->setFont(freshFont);
    const bool failed = s.state == UnitState::Error || s.state == UnitState::Stalled || s.state == UnitState::Offline;
    m_error->setVisible(failed || s.state == UnitState::BackFilling);
    if (failed)
        m_error->setText(tr("%1: %2").arg(unitStateText(s.state), s.lastError.isEmpty() ? s.message : s.lastError));
    else if (s.state == UnitState::BackFilling)
        m_error->setText(tr("%1 (%2 %)").arg(unitStateText(s.state)).arg(qRound(std::max(0.0, s.progress) * 100)));
    QColor accent = Presentation::healthColor(s.healthIndex);
    if (!s.alarms.isEmpty() && s.alarms.first().isActive())
        accent = Presentation::priorityColor(s.alarms.first().priority);
    if (s.stale && !failed)
        accent = QColor(0x60, 0x60, 0x68); // old data: no current colour
    if (failed)
        accent = s.state == UnitState::Offline ? QColor(0x60, 0x60, 0x68) // last known data, not an alarm
                                               : Presentation::priorityColor(AlarmPriority::Critical);
    setStyleSheet(styleFor(accent));
    setAccessibleDescription(tr("Health %1, %2, %3").arg(m_health->text(), m_mode->text(), m_alarm->text()));
    fitHeight();
}

void UnitCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated(m_unitId);
    QFrame::mouseReleaseEvent(event);
}

void UnitCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated(m_unitId);
        return;
    }
    QFrame::keyPressEvent(event);
}

FleetOverview::FleetOverview(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Order:"), this);
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("overviewOrder"));
    m_order->addItem(tr("By plant"), int(Order::ByPlant));
    m_order->addItem(tr("Worst health first"), int(Order::WorstHealth));
    m_order->addItem(tr("Shortest remaining life first"), int(Order::ShortestRul));
    label->setBuddy(m_order);
    bar->addWidget(label);
    bar->addWidget(m_order);
    bar->addStretch(1);
    layout->addLayout(bar);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_canvas = new QWidget(scroll);
    m_canvasLayout = new QVBoxLayout(m_canvas);
    m_canvasLayout->setAlignment(Qt::AlignTop);
    scroll->setWidget(m_canvas);
    layout->addWidget(scroll, 1);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] { relayout(); });
}

void FleetOverview::setFleet(const FleetConfig &fleet)
{
    m_fleet = fleet;
    qDeleteAll(m_cards);
    m_cards.clear();
    for (const UnitConfig &u : fleet.units) {
        auto *card = new UnitCard(u, m_canvas);
        connect(card, &UnitCard::activated, this, &FleetOverview::unitActivated);
        m_cards.insert(u.unitId, card);
    }
    relayout();
}

void FleetOverview::setSnapshot(const UnitSnapshot &snapshot)
{
    if (UnitCard *c = m_cards.value(snapshot.unitId)) {
        auto rulKey = [](const UnitSnapshot &s) {
            QList<std::pair<QString, std::optional<double>>> k;
            for (const RulSummary &r : s.rul)
                k.append({r.state, r.p50Days});
            return k;
        };
        const bool reorder = m_order->currentData().toInt() != int(Order::ByPlant)
            && (!c->snapshot() || c->snapshot()->healthIndex != snapshot.healthIndex || c->snapshot()->state != snapshot.state
                || rulKey(*c->snapshot()) != rulKey(snapshot));
        c->setSnapshot(snapshot);
        if (reorder)
            relayout();
    }
}

void FleetOverview::setOrder(Order order)
{
    m_order->setCurrentIndex(m_order->findData(int(order)));
}

QStringList FleetOverview::displayedOrder() const
{
    return m_displayed;
}

void FleetOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = std::max(1, (width() - 40) / (kCardWidth + 10));
    if (columns != m_columns)
        relayout();
}

void FleetOverview::relayout()
{
    m_columns = std::max(1, (width() - 40) / (kCardWidth + 10));
    for (UnitCard *c : std::as_const(m_cards))
        c->setParent(m_canvas); // out of the old sections before they go
    qDeleteAll(m_sections);
    m_sections.clear();
    m_displayed.clear();
    const auto order = Order(m_order->currentData().toInt());
    QList<std::pair<QString, QStringList>> groups;
    if (order == Order::ByPlant) {
        for (const QString &group : m_fleet.groups()) { // a remote site's units under its name
            QStringList ids;
            for (const UnitConfig &u : m_fleet.units)
                if (u.group() == group)
                    ids.append(u.unitId);
            groups.append({group, ids});
        }
    } else {
        QStringList ids;
        for (const UnitConfig &u : m_fleet.units)
            ids.append(u.unitId);
        auto key = [&](const QString &id) -> double {
            const auto &s = m_cards.value(id)->snapshot();
            if (!s)
                return 1e9;
            if (s->state == UnitState::Error || s->state == UnitState::Stalled || s->state == UnitState::Offline)
                return -1; // a unit we cannot see is the most suspect
            if (order == Order::WorstHealth)
                return s->healthIndex.value_or(1000.0);
            double best = 1e8;
            for (const RulSummary &r : s->rul) {
                if (r.state == u"beyond_limit")
                    return 0.0;
                if (r.state == u"forecast" && r.p50Days)
                    best = std::min(best, *r.p50Days);
            }
            return best;
        };
        std::stable_sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) { return key(a) < key(b); });
        groups.append({order == Order::WorstHealth ? tr("All units, worst health first")
                                                   : tr("All units, shortest remaining life first"), ids});
    }
    for (const auto &[title, ids] : groups) {
        auto *section = new QWidget(m_canvas);
        auto *v = new QVBoxLayout(section);
        v->setContentsMargins(0, 0, 0, 8);
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), section);
        v->addWidget(header);
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(10);
        int i = 0;
        for (const QString &id : ids) {
            UnitCard *card = m_cards.value(id);
            card->setParent(section);
            grid->addWidget(card, i / m_columns, i % m_columns, Qt::AlignTop | Qt::AlignLeft);
            card->show();
            m_displayed.append(id);
            ++i;
        }
        grid->setColumnStretch(m_columns, 1);
        v->addLayout(grid);
        m_canvasLayout->addWidget(section);
        section->show(); // at once, not at the next event-loop pass
        m_sections.append(section);
    }
    for (QWidget *section : std::as_const(m_sections))
        section->layout()->activate();
    m_canvasLayout->activate();
}

} // namespace tp
