#include "unittab.h"

#include "alarmtablemodel.h"
#include "journalview.h"
#include "healthpanel.h"
#include "preferences.h"
#include "importdialog.h"
#include "operatorname.h"
#include "presentation.h"
#include "rulpanel.h"
#include "runtime/fleet.h"
#include "runtime/storequery.h"
#include "runtime/unitcontroller.h"
#include "tagtablemodel.h"
#include "trendchart.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

namespace tp {

namespace {
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;
} // namespace

UnitTab::UnitTab(UnitConfig unit, QString dataDir, Fleet *fleet, QWidget *parent)
    : QWidget(parent), m_unit(std::move(unit)), m_dataDir(std::move(dataDir)), m_fleet(fleet)
{
    setObjectName(QStringLiteral("unitTab-%1").arg(m_unit.unitId));
    // What the user asked for and failed is said at once, naming the file or the cause.
    connect(this, &UnitTab::annotationStored, this, [this](bool ok, const QString &message) {
        if (!ok)
            Presentation::warn(this, tr("Add annotation"), tr("The annotation was not stored: %1").arg(message));
    });
    connect(this, &UnitTab::csvExported, this, [this](bool ok, const QString &message) {
        if (!ok)
            Presentation::warn(this, tr("Export trend to CSV"), tr("The export was not written: %1").arg(message));
    });
    if (UnitController *c = m_fleet ? m_fleet->unit(m_unit.unitId) : nullptr)
        connect(c, &UnitController::actionFinished, this, [this](const QString &, const QString &action, bool ok, const QString &message) {
            if (m_pendingActions.remove(action) && !ok)
                Presentation::warn(this, action == u"shelve" ? tr("Shelve alarm") : tr("Acknowledge alarm"),
                                   tr("%1 of %2 was refused: %3").arg(action == u"shelve" ? tr("Shelving") : tr("Acknowledgement"),
                                                                      m_unit.unitId, message));
        });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *headerRow = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("unitHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true); // a long error wraps instead of widening the window
    m_header->setMinimumWidth(200);
    headerRow->addWidget(m_header, 1);
    auto *importButton = new QPushButton(tr("&Import exports..."), this);
    importButton->setObjectName(QStringLiteral("openImport"));
    headerRow->addWidget(importButton);
    layout->addLayout(headerRow);
    connect(importButton, &QPushButton::clicked, this, [this] { openImport()->open(); });
    if (m_unit.isRemote()) { // the site imports its own exports
        importButton->setEnabled(false);
        importButton->setToolTip(tr("%1 belongs to the remote site %2: its exports are imported there.").arg(m_unit.siteUnitId(), m_unit.site));
    }

    auto *split = new QSplitter(Qt::Horizontal, this);
    // --- tag browser -------------------------------------------------------------------------
    auto *browser = new QWidget(split);
    auto *bv = new QVBoxLayout(browser);
    bv->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(browser);
    m_search->setObjectName(QStringLiteral("tagSearch"));
    m_search->setPlaceholderText(tr("Search tags (name or description)"));
    m_search->setClearButtonEnabled(true);
    bv->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(browser);
    m_kind->addItem(tr("All kinds"), -1);
    for (int k = 0; k <= int(TagKind::Other); ++k)
        m_kind->addItem(Presentation::kindText(TagKind(k)), k);
    m_alarmingOnly = new QCheckBox(tr("In alarm only"), browser);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_alarmingOnly);
    bv->addLayout(filters);
    m_tags = new TagTableModel(this);
    m_tagProxy = new TagFilterProxy(this);
    m_tagProxy->setSourceModel(m_tags);
    m_tagProxy->setSortRole(TagTableModel::SortRole);
    m_tagView = new QTableView(browser);
    m_tagView->setObjectName(QStringLiteral("tagView"));
    m_tagView->setModel(m_tagProxy);
    m_tagView->setSortingEnabled(true);
    m_tagView->sortByColumn(TagTableModel::Name, Qt::AscendingOrder);
    m_tagView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tagView->verticalHeader()->hide();
    m_tagView->verticalHeader()->setDefaultSectionSize(22);
    m_tagView->horizontalHeader()->setStretchLastSection(true);
    m_tagView->setColumnWidth(TagTableModel::Name, 130);
    m_tagView->setColumnWidth(TagTableModel::Description, 170);
    m_tagView->hideColumn(TagTableModel::Kind);
    bv->addWidget(m_tagView, 1);
    auto *hint = new QLabel(tr("Check tags to trend them."), browser);
    hint->setEnabled(false);
    bv->addWidget(hint);
    connect(m_search, &QLineEdit::textChanged, m_tagProxy, &TagFilterProxy::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int k = m_kind->currentData().toInt();
        m_tagProxy->setKind(k < 0 ? std::nullopt : std::optional<TagKind>(TagKind(k)));
    });
    connect(m_alarmingOnly, &QCheckBox::toggled, m_tagProxy, &TagFilterProxy::setAlarmingOnly);

    // --- pages -------------------------------------------------------------------------------
    m_pages = new QTabWidget(split);
    auto *trendPage = new QWidget(m_pages);
    auto *tv = new QVBoxLayout(trendPage);
    tv->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_presets = new QButtonGroup(this);
    const std::pair<QString, qint64> presets[] = {{tr("8 h"), 8 * kHour}, {tr("24 h"), kDay}, {tr("7 d"), 7 * kDay},
                                                  {tr("30 d"), 30 * kDay}, {tr("1 y"), 365 * kDay}, {tr("All"), 0}};
    for (const auto &[label, span] : presets) {
        auto *b = new QToolButton(trendPage);
        b->setText(label);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("preset-%1").arg(span));
        b->setProperty("span", span);
        m_presets->addButton(b);
        bar->addWidget(b);
        if (span == kDay)
            b->setChecked(true);
    }
    auto *custom = new QToolButton(trendPage);
    custom->setText(tr("Custom..."));
    bar->addWidget(custom);
    m_live = new QCheckBox(tr("Live"), trendPage);
    m_live->setChecked(true);
    m_live->setToolTip(tr("Follow the newest data"));
    bar->addWidget(m_live);
    auto *reset = new QToolButton(trendPage);
    reset->setText(tr("Reset zoom"));
    bar->addWidget(reset);
    bar->addStretch(1);
    auto *paneMode = new QComboBox(trendPage);
    paneMode->setObjectName(QStringLiteral("paneMode"));
    paneMode->addItem(tr("A pane per unit of measure"), int(TrendChart::PaneMode::PerUnit));
    paneMode->addItem(tr("A pane per tag"), int(TrendChart::PaneMode::PerTag));
    bar->addWidget(paneMode);
    auto *help = new QLabel(tr("Wheel: zoom, drag: zoom to range, Ctrl+drag: pan, right-click: annotate"), trendPage);
    help->setEnabled(false);
    bar->addWidget(help);
    tv->addLayout(bar);
    m_trend = new TrendChart(m_dataDir, m_unit, trendPage);
    // The user's default span (Settings); a preset button when it is one.
    const qint64 defaultSpan = qint64(Preferences::load().trendSpanHours) * kHour;
    m_trend->setSpan(defaultSpan);
    for (QAbstractButton *b : m_presets->buttons())
        b->setChecked(b->property("span").toLongLong() == defaultSpan);
    tv->addWidget(m_trend, 1);
    m_pages->addTab(trendPage, tr("&Trend"));
    connect(m_presets, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *b) {
        m_trend->setSpan(b->property("span").toLongLong());
        m_live->setChecked(true);
    });
    connect(m_live, &QCheckBox::toggled, m_trend, &TrendChart::setLive);
    connect(paneMode, &QComboBox::currentIndexChanged, this, [this, paneMode] {
        m_trend->setPaneMode(TrendChart::PaneMode(paneMode->currentData().toInt()));
    });
    connect(reset, &QToolButton::clicked, this, [this] {
        m_trend->resetZoom();
        m_live->setChecked(true);
    });
    connect(m_trend, &TrendChart::rangeChangedByUser, this, [this] {
        const QSignalBlocker block(m_live);
        m_live->setChecked(false);
    });
    connect(custom, &QToolButton::clicked, this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Custom time range"));
        auto *form = new QFormLayout(&dialog);
        const auto [from, to] = m_trend->range();
        // Wall-clock times of the display zone (the edits know no zones; the label names it).
        const QTimeZone zone = m_trend->zone();
        auto wallClock = [&](qint64 ms) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
            return QDateTime(t.date(), t.time());
        };
        auto *fromEdit = new QDateTimeEdit(wallClock(from), &dialog);
        auto *toEdit = new QDateTimeEdit(wallClock(to), &dialog);
        for (QDateTimeEdit *e : {fromEdit, toEdit}) {
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
            e->setCalendarPopup(true);
        }
        form->addRow(tr("From:"), fromEdit);
        form->addRow(tr("To:"), toEdit);
        form->addRow(QString(), new QLabel(tr("Times in %1").arg(QString::fromUtf8(zone.id())), &dialog));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() == QDialog::Accepted && fromEdit->dateTime() < toEdit->dateTime()) {
            const QSignalBlocker block(m_live);
            m_live->setChecked(false);
            auto inZone = [&](const QDateTimeEdit *e) {
                return QDateTime(e->date(), e->time(), zone).toMSecsSinceEpoch();
            };
            m_trend->setRange(inZone(fromEdit), inZone(toEdit));
        }
    });
    connect(m_trend, &TrendChart::annotateRequested, this, &UnitTab::askAnnotation);
    connect(m_trend, &TrendChart::exportCsvRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export trend to CSV"),
                                                          m_unit.unitId + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_trend, &TrendChart::savePngRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"),
                                                          m_unit.unitId + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            if (!m_trend->exportImage().save(path, "PNG"))
                Presentation::warn(this, tr("Save chart as PNG"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_tags, &TagTableModel::checkedTagsChanged, m_trend, &TrendChart::setTags);

    m_health = new HealthPanel(m_dataDir, m_unit, m_pages);
    m_pages->addTab(m_health, tr("&Health"));
    m_rul = new RulPanel(m_dataDir, m_unit, m_pages);
    m_pages->addTab(m_rul, tr("&Remaining life"));

    auto *alarmPage = new QWidget(m_pages);
    m_alarmPage = alarmPage;
    auto *av = new QVBoxLayout(alarmPage);
    av->setContentsMargins(0, 0, 0, 0);
    auto *alarmBar = new QHBoxLayout;
    auto *ack = new QPushButton(tr("&Acknowledge..."), alarmPage);
    ack->setObjectName(QStringLiteral("ackButton"));
    auto *shelveButton = new QPushButton(tr("&Shelve..."), alarmPage);
    alarmBar->addWidget(ack);
    alarmBar->addWidget(shelveButton);
    alarmBar->addStretch(1);
    av->addLayout(alarmBar);
    m_alarms = new AlarmTableModel(this);
    m_alarmProxy = new QSortFilterProxyModel(this);
    m_alarmProxy->setSourceModel(m_alarms);
    m_alarmProxy->setSortRole(AlarmTableModel::SortRole);
    m_alarmView = new QTableView(alarmPage);
    m_alarmView->setObjectName(QStringLiteral("alarmView"));
    m_alarmView->setModel(m_alarmProxy);
    m_alarmView->setSortingEnabled(true);
    m_alarmView->sortByColumn(AlarmTableModel::Priority, Qt::AscendingOrder);
    m_alarmView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alarmView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alarmView->verticalHeader()->hide();
    m_alarmView->hideColumn(AlarmTableModel::Unit);
    m_alarmView->horizontalHeader()->setSectionResizeMode(AlarmTableModel::Message, QHeaderView::Stretch);
    auto *alarmSplit = new QSplitter(Qt::Vertical, alarmPage);
    alarmSplit->addWidget(m_alarmView);
    auto *journalBox = new QGroupBox(tr("Journal"), alarmSplit);
    m_journal = new JournalView(m_dataDir, {m_unit}, false,
                                m_fleet ? m_fleet->options().clock : std::make_shared<const FleetClock>(), journalBox);
    (new QVBoxLayout(journalBox))->addWidget(m_journal);
    alarmSplit->addWidget(journalBox);
    av->addWidget(alarmSplit, 1);
    m_pages->addTab(alarmPage, tr("A&larms"));
    connect(m_alarmView, &QTableView::activated, this,
            [this](const QModelIndex &i) { showAlarm(i.data(AlarmTableModel::KeyRole).toString()); });
    if (UnitController *c = m_fleet ? m_fleet->unit(m_unit.unitId) : nullptr) {
        // News for the journal: a person's action, or a refresh that evaluated new samples.
        connect(c, &UnitController::actionFinished, m_journal, &JournalView::refresh);
        connect(c, &UnitController::refreshFinished, m_journal, &JournalView::refresh);
    }
    connect(ack, &QPushButton::clicked, this, [this] { askAcknowledge(false); });
    connect(shelveButton, &QPushButton::clicked, this, [this] { askAcknowledge(true); });
    if (m_unit.isRemote()) {
        shelveButton->setEnabled(false);
        shelveButton->setToolTip(tr("Alarms of a remote unit are shelved at its site."));
    }

    split->addWidget(browser);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({380, 900});
    layout->addWidget(split, 1);
}

ImportDialog *UnitTab::openImport()
{
    auto *dialog = new ImportDialog(m_unit, m_dataDir, m_fleet ? m_fleet->unit(m_unit.unitId) : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importDone, m_trend, &TrendChart::reload);
    return dialog;
}

void UnitTab::choosePreset(qint64 spanMs)
{
    for (QAbstractButton *b : m_presets->buttons())
        if (b->property("span").toLongLong() == spanMs)
            b->click();
}

void UnitTab::setSnapshot(const UnitSnapshot &s)
{
    const QTimeZone zone = Presentation::displayZone(m_unit.timeZone);
    const QString asOf = Presentation::asOf(s, zone);
    QString header = QStringLiteral("<b>%1</b> %2 &nbsp; %3: <b>%4</b> &nbsp; %5")
                         .arg(s.unitId.toHtmlEscaped(), s.description.toHtmlEscaped(), tr("Mode"),
                              operatingModeText(s.mode).toHtmlEscaped(),
                              s.healthIndex ? tr("Health %1 (%2)").arg(qRound(*s.healthIndex)).arg(s.healthGrade).toHtmlEscaped()
                                            : tr("No health index yet").toHtmlEscaped());
    if (!asOf.isEmpty()) // old data is never shown as current
        header += QStringLiteral(" <i>%1</i>").arg(asOf.toHtmlEscaped());
    header += QStringLiteral(" &nbsp; ") + tr("%n standing alarm(s)", nullptr, int(s.alarms.size())).toHtmlEscaped();
    const QString freshness = Presentation::freshness(s, zone).toHtmlEscaped();
    header += QStringLiteral(" &nbsp; ") + (s.stale ? QStringLiteral("<b>%1</b>").arg(freshness) : freshness);
    if (s.state == UnitState::Offline)
        header += QStringLiteral(" &nbsp; <b>%1</b>").arg(tr("Offline: %1").arg(s.message).toHtmlEscaped());
    else if (!s.lastError.isEmpty())
        header += QStringLiteral(" &nbsp; <b>%1</b>").arg(tr("Error: %1").arg(s.lastError).toHtmlEscaped());
    m_header->setText(header);
    m_header->setToolTip(s.lastError); // the whole reason, however long
    m_tags->setSnapshot(s);
    m_trend->setSnapshot(s);
    m_health->setSnapshot(s);
    m_rul->setSnapshot(s);
    m_alarms->setSnapshot(s);
    const int unacknowledged = m_alarms->unacknowledged();
    m_pages->setTabText(3, unacknowledged > 0 ? tr("A&larms (%1 unack.)").arg(unacknowledged)
                                              : tr("A&larms (%1)").arg(s.alarms.size()));
    if (m_firstSnapshot && !s.tags.isEmpty()) {
        m_firstSnapshot = false;
        // Start with something useful: the role tag and the most urgent forecast's tag.
        for (const TagConfig &t : m_unit.tags) {
            if (t.role != TagRole::None) {
                m_tags->setChecked(t.name, true);
                break;
            }
        }
        for (const RulSummary &r : s.rul) {
            if (r.indicator != u"health_index" && r.p50Days) {
                m_tags->setChecked(r.indicator, true);
                break;
            }
        }
    }
}

void UnitTab::showAlarm(const QString &alarmKey)
{
    m_pages->setCurrentWidget(m_alarmPage);
    const QModelIndexList found = m_alarmProxy->match(m_alarmProxy->index(0, 0), AlarmTableModel::KeyRole, alarmKey, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    m_alarmView->selectRow(found.first().row());
    const AlarmStatus *a = m_alarms->alarmAt(m_alarmProxy->mapToSource(found.first()).row());
    const qint64 now = m_fleet ? m_fleet->options().clock->now() : QDateTime::currentMSecsSinceEpoch();
    m_trend->setTags({a->tag});
    m_trend->setRange(a->raisedAt - 6 * kHour, std::max(a->raisedAt + kHour, std::min(a->raisedAt + 2 * kHour, now)));
}

void UnitTab::askAcknowledge(bool shelve)
{
    const QModelIndex current = m_alarmView->currentIndex();
    if (!current.isValid())
        return;
    // The alarm is the one chosen now: rows may move while the dialog is open.
    const QString key = current.siblingAtColumn(0).data(AlarmTableModel::KeyRole).toString();
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        this, shelve ? tr("Shelve alarm") : tr("Acknowledge alarm"),
        shelve ? tr("Reason for shelving (8 hours):") : tr("Comment (optional):"), QString(), &ok);
    if (!ok || (shelve && comment.trimmed().isEmpty()))
        return;
    const std::optional<QString> user = OperatorName::signature(this);
    if (!user)
        return;
    if (shelve)
        this->shelve(key, *user, comment, 0);
    else
        acknowledge(key, *user, comment);
}

void UnitTab::acknowledge(const QString &alarmKey, const QString &user, const QString &comment)
{
    if (alarmKey.isEmpty() || !m_fleet)
        return;
    if (UnitController *c = m_fleet->unit(m_unit.unitId)) {
        m_pendingActions.insert(QStringLiteral("acknowledge"));
        c->acknowledge(alarmKey, user, comment);
    }
}

void UnitTab::shelve(const QString &alarmKey, const QString &user, const QString &comment, qint64 until)
{
    if (alarmKey.isEmpty() || !m_fleet)
        return;
    if (until <= 0) {
        const UnitController *c = m_fleet->unit(m_unit.unitId);
        until = (c ? c->snapshot().now : QDateTime::currentMSecsSinceEpoch()) + 8 * kHour;
    }
    if (UnitController *c = m_fleet->unit(m_unit.unitId)) {
        m_pendingActions.insert(QStringLiteral("shelve"));
        c->shelve(alarmKey, user, comment, until);
    }
}

void UnitTab::askAnnotation(qint64 ts)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add annotation"),
                                                        tr("Note at %1:").arg(Presentation::dateTime(ts)), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    if (const std::optional<QString> user = OperatorName::signature(this))
        annotate(ts, *user, text.trimmed());
}

void UnitTab::annotate(qint64 ts, const QString &user, const QString &text)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    const QString dataDir = m_dataDir, unitId = m_unit.unitId;
    const QStringList tags = m_trend->tags();
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        Q_EMIT annotationStored(error.isEmpty(), error);
        m_trend->reload();
    });
    watcher->setFuture(QtConcurrent::run([=]() -> QString {
        QString error;
        const auto stored = withUnitStore(dataDir, unitId, [&](UnitStore &store) -> QString {
            Annotation a;
            a.ts = ts;
            a.author = user;
            a.text = text;
            if (tags.size() == 1)
                a.tagId = store.tagId(tags.first());
            return store.addAnnotation(a) ? QString() : store.errorString();
        }, &error);
        return stored ? *stored : error;
    }));
}

void UnitTab::exportCsv(const QString &path)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    const QString dataDir = m_dataDir, unitId = m_unit.unitId;
    const QStringList tags = m_trend->tags();
    const auto [from, to] = m_trend->range();
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        Q_EMIT csvExported(error.isEmpty(), error);
    });
    watcher->setFuture(QtConcurrent::run([=]() -> QString {
        QString error;
        // One row per time, one column per tag (empty where a tag has no sample at that time),
        // at most kMaxRows: a range of years at 1 Hz is for turbopredictd export, not a dialog.
        constexpr qint64 kMaxRows = 2'000'000;
        std::map<qint64, QStringList> rows;
        bool tooMany = false;
        const auto read = withUnitStore(dataDir, unitId, [&](UnitStore &store) {
            for (int c = 0; c < tags.size() && !tooMany; ++c) {
                const auto id = store.tagId(tags[c]);
                if (!id)
                    continue;
                const QList<Sample> samples = store.readRange(*id, from, to + 1).value_or(QList<Sample>{});
                if (qint64(samples.size()) > kMaxRows || qint64(rows.size()) > kMaxRows) {
                    tooMany = true;
                    break;
                }
                for (const Sample &s : samples) {
                    QStringList &row = rows[s.ts];
                    if (row.isEmpty())
                        row = QStringList(tags.size());
                    row[c] = s.quality == GoodQuality ? QString::number(s.value, 'g', 10) : store.qualityName(s.quality);
                }
            }
            return true;
        }, &error);
        if (!read)
            return error;
        if (tooMany)
            return tr("More than %1 rows in this range: narrow it, or use \"turbopredictd export\".").arg(kMaxRows);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return tr("%1: %2").arg(path, file.errorString());
        QTextStream out(&file);
        out << "time";
        for (const QString &t : tags)
            out << ',' << t;
        out << '\n';
        for (const auto &[ts, values] : rows) {
            out << QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODateWithMs);
            for (const QString &v : values)
                out << ',' << v;
            out << '\n';
        }
        out.flush();
        if (!file.commit())
            return tr("%1: %2").arg(path, file.errorString());
        return QString();
    }));
}

} // namespace tp
