#include "newunitdialog.h"

#include "config/fleetconfigloader.h"
#include "discoveredtagmodel.h"
#include "ingest/exportdiscovery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tp {

namespace {

/** What writing and checking the unit file came to (a pool thread's answer). */
struct CreateOutcome {
    bool ok = false;
    bool demoCopied = false;  ///< the demo fleet was copied (kept even when the unit failed)
    QString error;            ///< translated; empty when the diagnostics say it
    QStringList diagnostics;  ///< check-config's lines for the unit file (and other files' errors)
    QStringList warnings;
    UnitConfig unit;          ///< as the loader read it
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

/** The connection for listing points: the password typed in the dialog wins over any file. */
std::optional<PiConnection> connectionFor(SourceConfig source, const QByteArray &typedPassword, QString *error)
{
    const bool typed = source.piAuth == PiAuth::Basic && !typedPassword.isEmpty();
    if (typed)
        source.piAuth = PiAuth::Anonymous; // no password file to read; the typed one is set below
    std::optional<PiConnection> c = piConnectionFor(source, error);
    if (c && typed) {
        c->auth = PiAuth::Basic;
        c->password = typedPassword;
    }
    return c;
}

/** Writes @p secret into a new file only its owner may read. */
bool writeSecretFile(const QString &path, const QByteArray &secret, QString *error)
{
    QFile::remove(path); // a leftover of an earlier attempt at this unit
    QFile file(path);
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) || !file.setPermissions(ownerOnly)
        || file.write(secret) != secret.size() || !file.flush()) {
        *error = NewUnitDialog::tr("%1 cannot be written: %2").arg(native(path), file.errorString());
        file.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

/** Pool thread: the demo copy (when asked), the secret, the unit file, and check-config on it. */
CreateOutcome writeAndCheck(const QString &configDir, bool copyDemo, const QString &unitId, const QString &yaml,
                            const QByteArray &password)
{
    CreateOutcome out;
    if (copyDemo) {
        QString error;
        if (!FleetConfigLoader::writeDemoFleet(configDir, &error)) {
            out.error = NewUnitDialog::tr("The demo fleet was not copied: %1").arg(error);
            return out;
        }
        out.demoCopied = true;
    }
    const QDir dir(configDir);
    if (!dir.mkpath(QStringLiteral("units"))) {
        out.error = NewUnitDialog::tr("%1 cannot be created").arg(native(dir.filePath(QStringLiteral("units"))));
        return out;
    }
    const QString unitFile = QFileInfo(dir.filePath(u"units/" + unitId + u".yml")).absoluteFilePath();
    for (const QString &existing : {unitFile, dir.filePath(u"units/" + unitId + u".yaml")}) {
        if (QFileInfo::exists(existing)) {
            out.error = NewUnitDialog::tr("%1 exists and is not overwritten: choose another unit id, or remove the file first.")
                            .arg(native(existing));
            return out;
        }
    }
    QString passwordFile;
    if (!password.isEmpty()) {
        passwordFile = dir.filePath(u"units/" + unitId + u".pi-password");
        if (!writeSecretFile(passwordFile, password, &out.error))
            return out;
    }
    auto removeWritten = [&] {
        QFile::remove(unitFile);
        if (!passwordFile.isEmpty())
            QFile::remove(passwordFile);
    };
    QSaveFile file(unitFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml.toUtf8()) < 0 || !file.commit()) {
        out.error = NewUnitDialog::tr("%1 cannot be written: %2").arg(native(unitFile), file.errorString());
        removeWritten();
        return out;
    }

    const FleetConfigResult check = FleetConfigLoader::load(configDir);
    int unitErrors = 0;
    QStringList otherErrors;
    for (const ConfigDiagnostic &d : check.diagnostics) {
        if (QFileInfo(d.file).absoluteFilePath() == unitFile) {
            out.diagnostics.append(d.toString());
            if (d.isError())
                ++unitErrors;
            else
                out.warnings.append(d.toString());
        } else if (d.isError()) {
            otherErrors.append(d.toString());
        }
    }
    const UnitConfig *unit = check.fleet ? check.fleet->findUnit(unitId) : nullptr;
    if (unitErrors > 0 || !unit) {
        removeWritten();
        if (unitErrors > 0) {
            out.error = NewUnitDialog::tr("Not created: check-config finds %n error(s) in the unit file (listed above); it was removed again.",
                                          nullptr, unitErrors);
        } else {
            out.diagnostics += otherErrors;
            out.error = NewUnitDialog::tr("Not created: the configuration in %1 has %n error(s) in other files (listed above); "
                                          "fix them first.", nullptr, int(otherErrors.size()))
                            .arg(native(configDir));
        }
        return out;
    }
    out.unit = *unit;
    out.ok = true;
    return out;
}

/** A file name field with a "Browse..." button beside it. */
QWidget *withBrowse(QLineEdit *edit, const QString &title, const QString &filter, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    auto *browse = new QToolButton(box);
    browse->setText(NewUnitDialog::tr("Browse..."));
    browse->setObjectName(edit->objectName() + u"Browse");
    row->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, edit, [edit, title, filter] {
        const QString file = QFileDialog::getOpenFileName(edit->window(), title, edit->text(), filter);
        if (!file.isEmpty()) {
            edit->setText(native(file));
            Q_EMIT edit->textEdited(edit->text());
        }
    });
    return box;
}

} // namespace

NewUnitDialog::NewUnitDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New unit"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A unit from the points of a PI server or the columns of a historian export: choose its tags, and "
                                "TurboPredict writes the unit file, checks it and starts the unit."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Who the unit is: one row above both sources.
    auto *who = new QHBoxLayout;
    auto addField = [this, who](const QString &label, QWidget *field, int stretch) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        who->addWidget(l);
        who->addWidget(field, stretch);
    };
    m_unitId = new QLineEdit(this);
    m_unitId->setObjectName(QStringLiteral("unitId"));
    m_unitId->setPlaceholderText(tr("e.g. K-12-01"));
    m_unitId->setToolTip(tr("The unit's name in TurboPredict and its file name: letters, digits, '-', '_' and '.'"));
    addField(tr("Unit &id:"), m_unitId, 2);
    who->addSpacing(12);
    m_plant = new QLineEdit(this);
    m_plant->setObjectName(QStringLiteral("plant"));
    m_plant->setPlaceholderText(tr("e.g. PCFS"));
    addField(tr("&Plant:"), m_plant, 2);
    who->addSpacing(12);
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(20);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setCurrentText(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setToolTip(tr("The plant's IANA time zone: an export's local times are read in it, and trends and reports show it. "
                              "Empty: the fleet's default zone."));
    addField(tr("&Time zone:"), m_timeZone, 3);
    layout->addLayout(who);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sourceTabs"));
    m_tabs->addTab(makePiPage(), tr("From PI"));
    m_tabs->addTab(makeExportPage(), tr("From an export file"));
    layout->addWidget(m_tabs, 1);

    m_diagnosticList = new QListWidget(this);
    m_diagnosticList->setObjectName(QStringLiteral("diagnostics"));
    m_diagnosticList->setAccessibleName(tr("What check-config says of the unit file"));
    m_diagnosticList->setMaximumHeight(fontMetrics().height() * 6);
    m_diagnosticList->setWordWrap(true);
    m_diagnosticList->hide();
    layout->addWidget(m_diagnosticList);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create unit"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createUnit"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    // Return in a field runs that field's action (Find points, Read tags), never Create.
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(m_create, &QPushButton::clicked, this, &NewUnitDialog::createUnit);
    connect(m_close, &QPushButton::clicked, this, &NewUnitDialog::reject);

    connect(m_unitId, &QLineEdit::textChanged, this, &NewUnitDialog::updateNameFilter);
    connect(m_plant, &QLineEdit::textChanged, this, &NewUnitDialog::updateNameFilter);
    updateAuthRows();
    resize(980, 760);
}

QWidget *NewUnitDialog::makePiPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    // Where the server is (left) and how to sign on (right).
    m_piConnection = new QWidget(page);
    auto *columns = new QHBoxLayout(m_piConnection);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *where = new QFormLayout;
    m_piUrl = new QLineEdit(page);
    m_piUrl->setObjectName(QStringLiteral("piUrl"));
    m_piUrl->setPlaceholderText(tr("https://pi-web.plant.local/piwebapi"));
    where->addRow(tr("PI Web API &URL:"), m_piUrl);
    m_piDataServer = new QLineEdit(page);
    m_piDataServer->setObjectName(QStringLiteral("piDataServer"));
    m_piDataServer->setPlaceholderText(tr("optional when the server has only one"));
    where->addRow(tr("&Data server:"), m_piDataServer);
    m_piAuth = new QComboBox(page);
    m_piAuth->setObjectName(QStringLiteral("piAuth"));
    m_piAuth->addItem(tr("Windows sign-on (Kerberos)"), int(PiAuth::Kerberos));
    m_piAuth->addItem(tr("Basic (user and password)"), int(PiAuth::Basic));
    m_piAuth->addItem(tr("Bearer (OpenID Connect client)"), int(PiAuth::Bearer));
    m_piAuth->addItem(tr("Anonymous"), int(PiAuth::Anonymous));
    where->addRow(tr("&Sign-on:"), m_piAuth);
    m_piCaFile = new QLineEdit(page);
    m_piCaFile->setObjectName(QStringLiteral("piCaFile"));
    m_piCaFile->setPlaceholderText(tr("optional: the company CA (PEM)"));
    where->addRow(tr("CA certi&ficates:"),
                  withBrowse(m_piCaFile, tr("CA certificates"), tr("Certificates (*.pem *.crt *.cer);;All files (*)"), page));
    columns->addLayout(where, 1);
    columns->addSpacing(16);

    // One page per sign-on (a stack, not hidden form rows: Qt 6.4's QFormLayout computes
    // height-for-width past its arrays when rows are hidden).
    m_authPages = new QStackedWidget(page);
    auto addPage = [this, page](const QString &note) {
        auto *p = new QWidget(page);
        auto *form = new QFormLayout(p);
        form->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(note, p);
        label->setWordWrap(true);
        form->addRow(label);
        m_authPages->addWidget(p);
        return form;
    };
    addPage(tr("The unit signs on as the Windows user running TurboPredict (or turbopredictd's service "
               "account): no password is stored."));
    QFormLayout *basic = addPage(tr("A PI user and its password, or a file holding the password."));
    m_piUser = new QLineEdit(page);
    m_piUser->setObjectName(QStringLiteral("piUser"));
    basic->addRow(tr("Us&er:"), m_piUser);
    m_piPassword = new QLineEdit(page);
    m_piPassword->setObjectName(QStringLiteral("piPassword"));
    m_piPassword->setEchoMode(QLineEdit::Password);
    m_piPassword->setToolTip(tr("Saved in units/<ID>.pi-password beside the unit file, readable by you only; never in the unit file"));
    basic->addRow(tr("Pass&word:"), m_piPassword);
    m_piPasswordFile = new QLineEdit(page);
    m_piPasswordFile->setObjectName(QStringLiteral("piPasswordFile"));
    m_piPasswordFile->setPlaceholderText(tr("or a file that holds it"));
    basic->addRow(tr("Password fi&le:"), withBrowse(m_piPasswordFile, tr("Password file"), tr("All files (*)"), page));
    QFormLayout *bearer = addPage(tr("A client of the company's identity provider (client credentials)."));
    m_piTokenUrl = new QLineEdit(page);
    m_piTokenUrl->setObjectName(QStringLiteral("piTokenUrl"));
    m_piTokenUrl->setPlaceholderText(tr("https://login.example.com/connect/token"));
    bearer->addRow(tr("To&ken URL:"), m_piTokenUrl);
    m_piClientId = new QLineEdit(page);
    m_piClientId->setObjectName(QStringLiteral("piClientId"));
    bearer->addRow(tr("C&lient id:"), m_piClientId);
    m_piClientSecretFile = new QLineEdit(page);
    m_piClientSecretFile->setObjectName(QStringLiteral("piClientSecretFile"));
    m_piClientSecretFile->setPlaceholderText(tr("file that holds the client secret"));
    bearer->addRow(tr("Client s&ecret file:"),
                   withBrowse(m_piClientSecretFile, tr("Client secret file"), tr("All files (*)"), page));
    addPage(tr("No sign-on: only for a PI Web API that allows anonymous reading."));
    columns->addWidget(m_authPages, 1, Qt::AlignTop);
    layout->addWidget(m_piConnection);
    connect(m_piAuth, &QComboBox::currentIndexChanged, this, &NewUnitDialog::updateAuthRows);

    auto *search = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Name filter:"), page);
    m_piFilter = new QLineEdit(page);
    m_piFilter->setObjectName(QStringLiteral("piNameFilter"));
    m_piFilter->setPlaceholderText(tr("PLANT.UNIT.*"));
    m_piFilter->setToolTip(tr("Which points to list: * stands for any text, e.g. PCFS.K-12-01.*"));
    filterLabel->setBuddy(m_piFilter);
    search->addWidget(filterLabel);
    search->addWidget(m_piFilter, 1);
    m_findPoints = new QPushButton(tr("Find p&oints"), page);
    m_findPoints->setObjectName(QStringLiteral("findPoints"));
    search->addWidget(m_findPoints);
    layout->addLayout(search);
    m_piProgress = new QLabel(tr("Give the server and the name filter, then Find points."), page);
    m_piProgress->setObjectName(QStringLiteral("piProgress"));
    m_piProgress->setWordWrap(true);
    m_piProgress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_piProgress);

    m_pointModel = new DiscoveredTagModel(this);
    m_pointView = makeTagView(m_pointModel, QStringLiteral("piPoints"));
    m_pointView->setColumnHidden(DiscoveredTagModel::Notes, true);
    m_pointView->horizontalHeader()->setSectionResizeMode(DiscoveredTagModel::Description, QHeaderView::Stretch);
    layout->addWidget(m_pointView, 1);
    layout->addWidget(makeSelectionBar(m_pointModel, QStringLiteral("piSelectAll"), true));

    connect(m_findPoints, &QPushButton::clicked, this, &NewUnitDialog::findPoints);
    connect(m_piFilter, &QLineEdit::returnPressed, this, &NewUnitDialog::findPoints);
    connect(m_piFilter, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_filterEdited = !text.isEmpty();
        m_pointModel->clear();
    });
    // Points of another server are not this one's: the list goes with an edit.
    for (QLineEdit *e : {m_piUrl, m_piDataServer})
        connect(e, &QLineEdit::textEdited, m_pointModel, &DiscoveredTagModel::clear);
    return page;
}

QWidget *NewUnitDialog::makeExportPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("Export &file:"), page);
    m_exportFile = new QLineEdit(page);
    m_exportFile->setObjectName(QStringLiteral("exportFile"));
    m_exportFile->setPlaceholderText(tr("a PI DataLink or historian export (.xlsx or .csv)"));
    fileLabel->setBuddy(m_exportFile);
    row->addWidget(fileLabel);
    row->addWidget(withBrowse(m_exportFile, tr("Historian export"), tr("Exports (*.xlsx *.xlsm *.csv);;All files (*)"), page), 1);
    row->addSpacing(12);
    auto *sheetLabel = new QLabel(tr("S&heet:"), page);
    m_exportSheet = new QLineEdit(page);
    m_exportSheet->setObjectName(QStringLiteral("exportSheet"));
    m_exportSheet->setPlaceholderText(tr("the first with data"));
    m_exportSheet->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 14);
    sheetLabel->setBuddy(m_exportSheet);
    row->addWidget(sheetLabel);
    row->addWidget(m_exportSheet);
    m_readTags = new QPushButton(tr("&Read tags"), page);
    m_readTags->setObjectName(QStringLiteral("readTags"));
    row->addWidget(m_readTags);
    layout->addLayout(row);
    m_exportProgress = new QLabel(tr("Choose an export of the unit's tags, then Read tags: the file is read as the unit will read it."), page);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setWordWrap(true);
    m_exportProgress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_exportProgress);

    m_exportModel = new DiscoveredTagModel(this);
    m_exportView = makeTagView(m_exportModel, QStringLiteral("exportTags"));
    for (int c : {DiscoveredTagModel::Description, DiscoveredTagModel::EngineeringUnit, DiscoveredTagModel::PointType})
        m_exportView->setColumnHidden(c, true);
    m_exportView->horizontalHeader()->setSectionResizeMode(DiscoveredTagModel::Notes, QHeaderView::Stretch);
    layout->addWidget(m_exportView, 1);
    layout->addWidget(makeSelectionBar(m_exportModel, QStringLiteral("exportSelectAll"), false));

    connect(m_readTags, &QPushButton::clicked, this, &NewUnitDialog::readTags);
    for (QLineEdit *e : {m_exportFile, m_exportSheet}) {
        connect(e, &QLineEdit::returnPressed, this, &NewUnitDialog::readTags);
        connect(e, &QLineEdit::textEdited, m_exportModel, &DiscoveredTagModel::clear);
    }
    return page;
}

QTableView *NewUnitDialog::makeTagView(DiscoveredTagModel *model, const QString &objectName)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(DiscoveredTagModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(DiscoveredTagModel::Name, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    connect(model, &QAbstractItemModel::modelReset, view, [view, model] {
        // Names and units as wide as they are (within reason); the stretched column takes the rest.
        for (int c : {int(DiscoveredTagModel::Name), int(DiscoveredTagModel::EngineeringUnit), int(DiscoveredTagModel::PointType)}) {
            if (view->isColumnHidden(c) || model->rowCount() == 0)
                continue;
            view->resizeColumnToContents(c);
            const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
            view->setColumnWidth(c, std::min(view->columnWidth(c) + em, em * 32));
        }
    });
    return view;
}

QWidget *NewUnitDialog::makeSelectionBar(DiscoveredTagModel *model, const QString &objectName, bool points)
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *all = new QCheckBox(tr("&All"), bar);
    all->setObjectName(objectName);
    all->setToolTip(tr("Check all, or none"));
    auto *count = new QLabel(bar);
    count->setObjectName(objectName + u"Count");
    row->addWidget(all);
    row->addSpacing(12);
    row->addWidget(count, 1);
    auto sync = [all, count, model, points] {
        const QSignalBlocker block(all);
        const int checked = model->checkedCount();
        const int checkable = model->checkableCount();
        all->setEnabled(checkable > 0);
        all->setCheckState(checked == 0 ? Qt::Unchecked : checked == checkable ? Qt::Checked : Qt::PartiallyChecked);
        if (model->rowCount() == 0)
            count->clear();
        else if (points)
            count->setText(tr("%n point(s) listed, %1 chosen as the unit's tags", nullptr, model->rowCount()).arg(checked));
        else
            count->setText(tr("%n tag(s) in the file, %1 chosen as the unit's tags", nullptr, model->rowCount()).arg(checked));
    };
    connect(model, &DiscoveredTagModel::checkedChanged, bar, sync);
    connect(all, &QCheckBox::clicked, model, [model] { model->setAllChecked(model->checkedCount() < model->checkableCount()); });
    sync();
    return bar;
}

NewUnitDialog::~NewUnitDialog()
{
    // Never waits: a discovery still running ends on its pool thread and its result is dropped.
    for (QFutureWatcherBase *job : {m_piJob, m_exportJob, m_createJob}) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void NewUnitDialog::setConfigDirectory(const QString &directory)
{
    m_configDir = absolute(directory);
}

void NewUnitDialog::setExistingUnitIds(const QStringList &unitIds)
{
    m_existingIds.clear();
    for (const QString &id : unitIds)
        m_existingIds.insert(id.toLower());
}

QString NewUnitDialog::defaultFleetCopyDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/fleet");
}

void NewUnitDialog::setUnit(const QString &unitId, const QString &plant, const QByteArray &timeZone)
{
    m_unitId->setText(unitId);
    m_plant->setText(plant);
    m_timeZone->setCurrentText(QString::fromUtf8(timeZone));
}

NewUnitDialog::Source NewUnitDialog::source() const
{
    return m_tabs->currentIndex() == 1 ? Source::ExportFile : Source::Pi;
}

void NewUnitDialog::setSource(Source source)
{
    m_tabs->setCurrentIndex(source == Source::ExportFile ? 1 : 0);
}

QString NewUnitDialog::statusText() const
{
    return m_status->text();
}

PiAuth NewUnitDialog::piAuth() const
{
    return static_cast<PiAuth>(m_piAuth->currentData().toInt());
}

void NewUnitDialog::updateAuthRows()
{
    // Pages in the order of the combo box: Kerberos, Basic, Bearer, Anonymous.
    m_authPages->setCurrentIndex(m_piAuth->currentIndex());
}

void NewUnitDialog::updateNameFilter()
{
    // PLANT.UNIT.* until the user writes a filter of their own or a list was found with it.
    if (m_filterEdited || m_pointModel->rowCount() > 0 || m_piJob)
        return;
    const QString plant = m_plant->text().trimmed();
    const QString unit = m_unitId->text().trimmed();
    m_piFilter->setText(plant.isEmpty() || unit.isEmpty() ? QString() : QStringLiteral("%1.%2.*").arg(plant, unit));
}

SourceConfig NewUnitDialog::piSource() const
{
    SourceConfig s;
    s.type = SourceType::PiWebApi;
    s.url = m_piUrl->text().trimmed();
    s.dataServer = m_piDataServer->text().trimmed();
    s.piAuth = piAuth();
    if (s.piAuth == PiAuth::Basic) {
        s.piUser = m_piUser->text().trimmed();
        s.passwordFile = absolute(m_piPasswordFile->text().trimmed());
    } else if (s.piAuth == PiAuth::Bearer) {
        s.tokenUrl = m_piTokenUrl->text().trimmed();
        s.clientId = m_piClientId->text().trimmed();
        s.clientSecretFile = absolute(m_piClientSecretFile->text().trimmed());
    }
    s.caFile = absolute(m_piCaFile->text().trimmed());
    s.history = std::chrono::hours(24 * 365);
    return s;
}

void NewUnitDialog::setPiBusy(bool busy)
{
    m_piConnection->setEnabled(!busy);
    m_piFilter->setEnabled(!busy);
    m_findPoints->setText(busy ? tr("St&op") : tr("Find p&oints"));
}

void NewUnitDialog::setExportBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_exportFile->parentWidget()), static_cast<QWidget *>(m_exportSheet),
                       static_cast<QWidget *>(m_readTags)})
        w->setEnabled(!busy);
}

void NewUnitDialog::setCreating(bool creating)
{
    for (QWidget *w : {static_cast<QWidget *>(m_unitId), static_cast<QWidget *>(m_plant), static_cast<QWidget *>(m_timeZone),
                       static_cast<QWidget *>(m_tabs), static_cast<QWidget *>(m_create), static_cast<QWidget *>(m_close)})
        w->setEnabled(!creating);
}

void NewUnitDialog::fail(const QString &reason)
{
    m_status->setText(reason);
    Q_EMIT creationFailed(reason);
}

void NewUnitDialog::findPoints()
{
    if (m_piJob) { // "Stop"
        m_piJob->cancel();
        m_piProgress->setText(tr("Stopping after the page being read..."));
        return;
    }
    auto refuse = [this](QWidget *field, const QString &why) {
        m_piProgress->setText(why);
        field->setFocus();
        Q_EMIT pointsListed(false, why);
    };
    const SourceConfig source = piSource();
    const QUrl url(source.url, QUrl::StrictMode);
    if (source.url.isEmpty())
        return refuse(m_piUrl, tr("Give the PI Web API's URL, e.g. https://pi-web.plant.local/piwebapi."));
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return refuse(m_piUrl, tr("\"%1\" is not an http or https URL.").arg(source.url));
    if (source.piAuth == PiAuth::Basic && source.piUser.isEmpty())
        return refuse(m_piUser, tr("Basic sign-on needs a user."));
    const QByteArray password = source.piAuth == PiAuth::Basic ? m_piPassword->text().toUtf8() : QByteArray();
    const QString filter = m_piFilter->text().trimmed().isEmpty() ? QStringLiteral("*") : m_piFilter->text().trimmed();

    m_pointModel->clear();
    m_points = {};
    setPiBusy(true);
    m_piProgress->setText(tr("Asking %1 for the points named %2...").arg(source.url, filter));
    auto *watcher = new QFutureWatcher<PiPointList>(this);
    m_piJob = watcher;
    connect(watcher, &QFutureWatcher<PiPointList>::progressTextChanged, m_piProgress, &QLabel::setText);
    connect(watcher, &QFutureWatcher<PiPointList>::finished, this, [this, watcher, filter] {
        m_piJob = nullptr;
        watcher->deleteLater();
        setPiBusy(false);
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            m_piProgress->setText(tr("Stopped: no points listed."));
            Q_EMIT pointsListed(false, m_piProgress->text());
            return;
        }
        const PiPointList list = watcher->result();
        if (!list.ok) {
            m_piProgress->setText(tr("No points: %1").arg(list.error));
            Q_EMIT pointsListed(false, list.error);
            return;
        }
        QList<DiscoveredTagModel::Row> rows;
        rows.reserve(list.points.size());
        for (const PiPoint &p : list.points) {
            DiscoveredTagModel::Row r;
            r.name = p.name;
            r.description = p.descriptor;
            r.engineeringUnit = p.engineeringUnits;
            r.pointType = p.digitalSetName.isEmpty() ? p.pointType : tr("%1 (%2)").arg(p.pointType, p.digitalSetName);
            const bool text = p.pointType.compare(QLatin1StringView("String"), Qt::CaseInsensitive) == 0
                || p.pointType.compare(QLatin1StringView("Blob"), Qt::CaseInsensitive) == 0;
            r.checkable = !text;
            if (text)
                r.whyNot = tr("A %1 point holds text, not a measurement: it cannot be a tag of the unit.").arg(p.pointType);
            rows.append(r);
        }
        m_points = list;
        m_pointModel->setRows(rows);
        if (list.points.isEmpty()) {
            m_piProgress->setText(tr("No point on %1 matches %2.").arg(list.dataServer, filter));
            Q_EMIT pointsListed(false, m_piProgress->text());
            return;
        }
        m_piProgress->setText(tr("%n point(s) on data server %1 match %2. Uncheck those the unit should not have.", nullptr,
                                 int(list.points.size()))
                                  .arg(list.dataServer, filter));
        Q_EMIT pointsListed(true, QString());
    });
    const QString dataServer = source.dataServer;
    watcher->setFuture(QtConcurrent::run([source, password, dataServer, filter](QPromise<PiPointList> &promise) {
        QString error;
        const std::optional<PiConnection> connection = connectionFor(source, password, &error);
        if (!connection) {
            PiPointList failed;
            failed.error = error;
            promise.addResult(failed);
            return;
        }
        promise.addResult(PiDiscovery::listPoints(*connection, dataServer, filter, [&promise](qsizetype n) {
            promise.setProgressValueAndText(int(n), NewUnitDialog::tr("%n point(s) read so far...", nullptr, int(n)));
            return !promise.isCanceled();
        }));
    }));
}

void NewUnitDialog::readTags()
{
    if (m_exportJob)
        return;
    const QString file = absolute(m_exportFile->text().trimmed());
    if (file.isEmpty()) {
        m_exportProgress->setText(tr("Choose an .xlsx or .csv export first."));
        m_exportFile->setFocus();
        Q_EMIT tagsRead(false, m_exportProgress->text());
        return;
    }
    // Ids only name the scratch store here; the unit file takes the fields as they are at Create.
    const QString unitId = m_unitId->text().trimmed().isEmpty() ? QStringLiteral("NEW-UNIT") : m_unitId->text().trimmed();
    const QString plant = m_plant->text().trimmed();
    const QByteArray zone = m_timeZone->currentText().trimmed().toUtf8();
    const QString sheet = m_exportSheet->text().trimmed();

    m_exportModel->clear();
    m_exportDraft = {};
    setExportBusy(true);
    m_exportProgress->setText(tr("Reading %1 as the unit will read it...").arg(QFileInfo(file).fileName()));
    auto *watcher = new QFutureWatcher<ExportDiscoveryResult>(this);
    m_exportJob = watcher;
    connect(watcher, &QFutureWatcher<ExportDiscoveryResult>::finished, this, [this, watcher, file, zone] {
        m_exportJob = nullptr;
        watcher->deleteLater();
        setExportBusy(false);
        const ExportDiscoveryResult found = watcher->result();
        if (!found.ok) {
            m_exportProgress->setText(tr("No tags: %1").arg(found.error));
            Q_EMIT tagsRead(false, found.error);
            return;
        }
        QList<DiscoveredTagModel::Row> rows;
        for (const UnitDraft::Tag &t : found.draft.tags) {
            DiscoveredTagModel::Row r;
            r.name = t.name;
            r.notes = t.notes;
            rows.append(r);
        }
        m_exportDraft = found.draft;
        m_exportZone = zone;
        m_exportValues = found.values;
        m_exportModel->setRows(rows);
        const QString where = found.draft.source.sheet.isEmpty() ? QFileInfo(file).fileName()
                                                                 : tr("%1, sheet %2").arg(QFileInfo(file).fileName(), found.draft.source.sheet);
        m_exportProgress->setText(tr("%n tag(s) in %1", nullptr, int(rows.size())).arg(where) + u' '
                                  + tr("(%n value(s), read in the %1 zone).", nullptr, int(found.values))
                                        .arg(zone.isEmpty() ? tr("UTC") : QString::fromUtf8(zone)));
        Q_EMIT tagsRead(true, QString());
    });
    watcher->setFuture(QtConcurrent::run([file, unitId, plant, zone, sheet] {
        return ExportDiscovery::discover(file, unitId, plant, zone, sheet);
    }));
}

std::optional<UnitDraft> NewUnitDialog::makeDraft(const QString &configDir, const QString &unitId, QString *error) const
{
    const QDir config(configDir);
    auto relative = [&config](const QString &file) { return file.isEmpty() ? file : config.relativeFilePath(file); };
    const QString plant = m_plant->text().trimmed();
    const QByteArray zone = m_timeZone->currentText().trimmed().toUtf8();
    const QStringList chosen = (source() == Source::Pi ? m_pointModel : m_exportModel)->checkedNames();
    const QSet<QString> names(chosen.cbegin(), chosen.cend());
    if (source() == Source::Pi) {
        SourceConfig s = piSource();
        // A typed password goes into its own file beside the unit file (written with it).
        if (s.piAuth == PiAuth::Basic && !m_piPassword->text().isEmpty())
            s.passwordFile = u"units/" + unitId + u".pi-password";
        else
            s.passwordFile = relative(s.passwordFile);
        s.clientSecretFile = relative(s.clientSecretFile);
        s.caFile = relative(s.caFile);
        PiPointList list = m_points;
        list.points.removeIf([&names](const PiPoint &p) { return !names.contains(p.name); });
        UnitDraft d = PiDiscovery::draft(list, s, unitId, plant, zone);
        if (!d.notes.isEmpty()) // it names the command line's discover-pi
            d.notes.first() = tr("Written by TurboPredict (File > New unit) from %1 (data server %2) on %3.")
                                  .arg(s.url, list.dataServer, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
        return d;
    }
    if (zone != m_exportZone) {
        *error = tr("The time zone changed since the tags were read: Read tags again, so that the file's local times are read in %1.")
                     .arg(zone.isEmpty() ? tr("UTC") : QString::fromUtf8(zone));
        return std::nullopt;
    }
    UnitDraft d = m_exportDraft;
    d.tags.removeIf([&names](const UnitDraft::Tag &t) { return !names.contains(t.name); });
    d.unitId = unitId;
    d.plant = plant;
    d.timeZone = zone;
    d.sourcePathText = relative(d.source.path);
    if (!d.notes.isEmpty()) // it names the command line's discover-file
        d.notes.first() = tr("Written by TurboPredict (File > New unit) from %1 (%2, %3 layout, %n value(s)).", nullptr, int(m_exportValues))
                              .arg(QFileInfo(d.source.path).fileName(),
                                   d.source.sheet.isEmpty() ? QStringLiteral("CSV") : tr("sheet %1").arg(d.source.sheet), d.source.layout);
    for (UnitDraft::Tag &t : d.tags)
        t.role = TagRole::None; // guessed again among the chosen tags
    UnitFileWriter::guessRoles(d);
    return d;
}

void NewUnitDialog::createUnit()
{
    if (m_createJob)
        return;
    m_diagnostics.clear();
    m_warnings.clear();
    m_diagnosticList->clear();
    m_diagnosticList->hide();
    const QString unitId = m_unitId->text().trimmed();
    if (unitId.isEmpty()) {
        m_unitId->setFocus();
        return fail(tr("Give the unit an id, e.g. K-12-01."));
    }
    if (!UnitFileWriter::isValidUnitId(unitId)) {
        m_unitId->setFocus();
        return fail(tr("\"%1\" cannot be a unit id: use letters, digits, '-', '_' and '.', starting with a letter or digit.").arg(unitId));
    }
    if (m_existingIds.contains(unitId.toLower())) {
        m_unitId->setFocus();
        return fail(tr("The fleet already has a unit %1: choose another id.").arg(unitId));
    }
    if (m_plant->text().trimmed().isEmpty()) {
        m_plant->setFocus();
        return fail(tr("Give the unit's plant, e.g. PCFS."));
    }
    const bool pi = source() == Source::Pi;
    if (pi ? m_piJob != nullptr : m_exportJob != nullptr)
        return fail(pi ? tr("Wait until the points are listed.") : tr("Wait until the file is read."));
    const DiscoveredTagModel *model = pi ? m_pointModel : m_exportModel;
    if (model->rowCount() == 0)
        return fail(pi ? tr("Find the unit's points first.") : tr("Read the export's tags first."));
    if (model->checkedCount() == 0)
        return fail(tr("Check at least one tag."));
    if (m_configDir.isEmpty())
        return askForFleetCopy();
    startCreate(m_configDir, false);
}

void NewUnitDialog::askForFleetCopy()
{
    const QString folder = defaultFleetCopyDirectory();
    auto *box = new QMessageBox(QMessageBox::Question, tr("New unit"),
                                tr("TurboPredict shows its built-in demo fleet, which cannot be changed. Write an editable copy "
                                   "of it, with the new unit, to this folder?\n\n%1")
                                    .arg(native(folder)),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("fleetCopyQuestion"));
    box->setInformativeText(tr("TurboPredict then reads its fleet from that folder, also at the next start (see Settings)."));
    QPushButton *here = box->addButton(tr("&Write the copy"), QMessageBox::AcceptRole);
    here->setObjectName(QStringLiteral("fleetCopyDefault"));
    QPushButton *choose = box->addButton(tr("C&hoose a folder..."), QMessageBox::ActionRole);
    choose->setObjectName(QStringLiteral("fleetCopyChoose"));
    box->setDefaultButton(here);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, here, choose, folder] {
        const QAbstractButton *clicked = box->clickedButton();
        if (clicked == here) {
            startCreate(folder, true);
        } else if (clicked == choose) {
            auto *chooser = new QFileDialog(this, tr("An empty folder for the fleet configuration"));
            chooser->setObjectName(QStringLiteral("fleetCopyFolder"));
            chooser->setFileMode(QFileDialog::Directory);
            chooser->setOption(QFileDialog::ShowDirsOnly);
            chooser->setAttribute(Qt::WA_DeleteOnClose);
            connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &dir) { startCreate(absolute(dir), true); });
            chooser->open();
        } else {
            m_status->setText(tr("Not created: the demo fleet stays as it is."));
        }
    });
    box->open();
}

void NewUnitDialog::startCreate(const QString &configDir, bool copyDemo)
{
    const QString unitId = m_unitId->text().trimmed();
    QString error;
    const std::optional<UnitDraft> draft = makeDraft(configDir, unitId, &error);
    if (!draft)
        return fail(error);
    const QString yaml = UnitFileWriter::yaml(*draft);
    const bool typedPassword = source() == Source::Pi && piAuth() == PiAuth::Basic && !m_piPassword->text().isEmpty();
    const QByteArray password = typedPassword ? m_piPassword->text().toUtf8() : QByteArray();

    setCreating(true);
    m_status->setText(copyDemo ? tr("Copying the demo fleet to %1, writing units/%2.yml and checking it...").arg(native(configDir), unitId)
                               : tr("Writing units/%1.yml and checking it...").arg(unitId));
    auto *watcher = new QFutureWatcher<CreateOutcome>(this);
    m_createJob = watcher;
    connect(watcher, &QFutureWatcher<CreateOutcome>::finished, this, [this, watcher, configDir] {
        m_createJob = nullptr;
        watcher->deleteLater();
        setCreating(false);
        const CreateOutcome out = watcher->result();
        if (out.demoCopied) {
            m_configDir = configDir;
            Q_EMIT configDirectoryCreated(configDir);
        }
        m_diagnostics = out.diagnostics;
        m_diagnosticList->addItems(out.diagnostics);
        for (int i = 0; i < m_diagnosticList->count(); ++i) {
            const bool warning = out.warnings.contains(m_diagnosticList->item(i)->text());
            m_diagnosticList->item(i)->setIcon(style()->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical));
        }
        m_diagnosticList->setVisible(!out.diagnostics.isEmpty());
        if (!out.ok)
            return fail(out.error);
        m_warnings = out.warnings;
        m_piPassword->clear();
        m_status->setText(tr("%1 created with %n tag(s).", nullptr, int(out.unit.tags.size())).arg(native(out.unit.filePath)));
        Q_EMIT unitCreated(out.unit);
        QDialog::accept();
    });
    watcher->setFuture(QtConcurrent::run([configDir, copyDemo, unitId, yaml, password] {
        return writeAndCheck(configDir, copyDemo, unitId, yaml, password);
    }));
}

void NewUnitDialog::reject()
{
    if (m_createJob)
        return; // the files are being written: the outcome must reach the window
    QDialog::reject();
}

} // namespace tp
