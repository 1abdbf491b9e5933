#include "importdialog.h"

#include "runtime/storequery.h"
#include "runtime/unitcontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tp {

ImportDialog::ImportDialog(UnitConfig unit, QString dataDir, UnitController *controller, QWidget *parent)
    : QDialog(parent), m_unit(std::move(unit)), m_dataDir(std::move(dataDir)), m_controller(controller)
{
    setWindowTitle(tr("Import historian exports into %1").arg(m_unit.unitId));
    resize(900, 640);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add files..."), this);
    top->addWidget(m_add);
    auto *layoutLabel = new QLabel(tr("&Layout:"), this);
    m_layout = new QComboBox(this);
    m_layout->addItem(tr("Detect"), QStringLiteral("auto"));
    m_layout->addItem(tr("Sampled (one time column)"), QStringLiteral("sampled"));
    m_layout->addItem(tr("Compressed (time and value pairs)"), QStringLiteral("compressed"));
    layoutLabel->setBuddy(m_layout);
    top->addStretch(1);
    top->addWidget(layoutLabel);
    top->addWidget(m_layout);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("importFiles"));
    m_preview = new QTreeWidget(split);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHeaderLabels({tr("File / column"), tr("Detected")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary = new QTextBrowser(split);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setPlaceholderText(tr("The result of the import appears here."));
    split->addWidget(m_list);
    split->addWidget(m_preview);
    split->addWidget(m_summary);
    split->setSizes({90, 300, 200});
    layout->addWidget(split, 1);

    m_status = new QLabel(tr("Add .xlsx or .csv exports of %1's tags.").arg(m_unit.unitId), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_cancel = buttons->addButton(tr("Ca&ncel import"), QDialogButtonBox::ActionRole);
    m_cancel->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Historian exports"), QString(),
                                                                tr("Exports (*.xlsx *.xlsm *.csv);;All files (*)"));
        addFiles(paths);
    });
    connect(m_layout, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_previewWatcher, &QFutureWatcher<QList<ImportSummary>>::finished, this,
            [this] { showPreview(m_previewWatcher.result()); });
    if (m_controller) {
        connect(m_controller, &UnitController::importProgress, this,
                [this](const QString &, int file, int files, int percent, qint64 rows) {
                    if (!m_running)
                        return;
                    const int overall = files > 0 ? (100 * file + (file < files ? percent : 0)) / files : 100;
                    m_progress->setValue(std::clamp(overall, 0, 100));
                    m_status->setText(tr("Importing file %1 of %2: %n row(s) read", nullptr, int(rows)).arg(std::min(file + 1, files)).arg(files));
                });
        connect(m_controller, &UnitController::importFinished, this,
                [this](const QString &, const QList<ImportSummary> &results) {
                    if (m_running)
                        showResults(results);
                });
    }
}

ImportDialog::~ImportDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true); // an import still running stops between batches
    m_previewWatcher.waitForFinished();
}

void ImportDialog::reject()
{
    if (m_running
        && QMessageBox::question(this, windowTitle(),
                                 tr("An import is running. Cancel it? What was already committed stays stored."))
               != QMessageBox::Yes)
        return;
    cancelImport();
    QDialog::reject();
}

void ImportDialog::addFiles(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (p.isEmpty() || m_files.contains(p))
            continue;
        m_files.append(p);
        m_list->addItem(QFileInfo(p).fileName());
        m_list->item(m_list->count() - 1)->setToolTip(p);
    }
    refreshPreview();
}

void ImportDialog::refreshPreview()
{
    if (m_files.isEmpty())
        return;
    if (!m_previewWatcher.isFinished()) {
        connect(&m_previewWatcher, &QFutureWatcher<QList<ImportSummary>>::finished, this, &ImportDialog::refreshPreview,
                Qt::SingleShotConnection);
        return;
    }
    m_status->setText(tr("Reading the files' headers..."));
    m_import->setEnabled(false);
    const QStringList files = m_files;
    const QString dataDir = m_dataDir;
    const UnitConfig unit = m_unit;
    ImportOptions options;
    options.previewOnly = true;
    options.layout = m_layout->currentData().toString();
    m_previewWatcher.setFuture(QtConcurrent::run([=] {
        QList<ImportSummary> out;
        QString error;
        const auto done = withUnitStore(dataDir, unit.unitId, [&](UnitStore &store) {
            Importer importer(store, unit);
            for (const QString &f : files)
                out.append(importer.importFile(f, options));
            return true;
        }, &error);
        if (!done) {
            for (const QString &f : files) {
                ImportSummary s;
                s.file = QFileInfo(f).fileName();
                s.error = error;
                out.append(s);
            }
        }
        return out;
    }));
}

void ImportDialog::showPreview(const QList<ImportSummary> &previews)
{
    m_preview->clear();
    int usable = 0;
    for (const ImportSummary &s : previews) {
        auto *file = new QTreeWidgetItem(m_preview);
        file->setText(0, s.file);
        if (!s.ok) {
            file->setText(1, tr("Cannot be imported: %1").arg(s.error));
            file->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            file->setToolTip(1, s.error);
            continue;
        }
        ++usable;
        file->setText(1, tr("%1 layout%2; %n tag(s) mapped", nullptr, int(s.mappedTags.size()))
                             .arg(s.layout == u"compressed" ? tr("Compressed") : tr("Sampled"),
                                  s.sheet.isEmpty() ? QString() : tr(", sheet %1").arg(s.sheet)));
        auto *mapped = new QTreeWidgetItem(file, {tr("Mapped to tags"), QString::number(s.mappedTags.size())});
        for (const QString &t : s.mappedTags)
            new QTreeWidgetItem(mapped, {t, tr("mapped")});
        if (!s.unmatchedColumns.isEmpty()) {
            auto *unmatched = new QTreeWidgetItem(file, {tr("Unmatched columns (not imported)"), QString::number(s.unmatchedColumns.size())});
            unmatched->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            for (const QString &c : s.unmatchedColumns)
                new QTreeWidgetItem(unmatched, {c, tr("no tag of %1").arg(m_unit.unitId)});
            unmatched->setExpanded(true);
        }
        file->setExpanded(true);
    }
    m_import->setEnabled(usable > 0 && !m_running);
    m_status->setText(usable == previews.size() ? tr("%n file(s) ready to import.", nullptr, usable)
                                                : tr("%1 of %2 file(s) can be imported; the others are listed with the reason.")
                                                      .arg(usable).arg(previews.size()));
    Q_EMIT previewReady();
}

void ImportDialog::startImport()
{
    if (m_running || m_files.isEmpty())
        return;
    if (!m_controller) {
        m_status->setText(tr("The unit is not running: start the fleet to import."));
        return;
    }
    m_running = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_import->setEnabled(false);
    m_add->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_summary->clear();
    m_status->setText(tr("Importing in %1's worker...").arg(m_unit.unitId));
    ImportOptions options;
    options.layout = m_layout->currentData().toString();
    m_controller->importFiles(m_files, options, m_cancelFlag);
}

void ImportDialog::cancelImport()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_status->setText(tr("Cancelling after the current batch; what was committed stays."));
}

QString ImportDialog::summaryText() const
{
    return m_summary->toPlainText();
}

void ImportDialog::showResults(const QList<ImportSummary> &results)
{
    m_running = false;
    m_results = results;
    m_cancel->setEnabled(false);
    m_add->setEnabled(true);
    m_progress->setValue(100);
    QString html;
    bool allOk = true;
    for (const ImportSummary &s : results) {
        allOk = allOk && s.ok && !s.cancelled;
        html += QStringLiteral("<h3>%1</h3>").arg(s.file.toHtmlEscaped());
        if (!s.error.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Failed: %1").arg(s.error).toHtmlEscaped());
        if (s.cancelled)
            html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Cancelled: the batches committed before stay stored.").toHtmlEscaped());
        QStringList lines;
        lines << tr("%n row(s) read", nullptr, int(s.rowsRead))
              << tr("%n value(s) stored", nullptr, int(s.valuesStored))
              << tr("%n added", nullptr, int(s.valuesStored - s.valuesReplaced))
              << tr("%n replaced", nullptr, int(s.valuesReplaced))
              << tr("%n already stored (duplicates)", nullptr, int(s.valuesUnchanged))
              << tr("%n skipped", nullptr, int(s.valuesSkipped));
        if (s.duplicateTimestampRows > 0)
            lines << tr("%n row(s) with a repeated time", nullptr, int(s.duplicateTimestampRows));
        if (s.nonMonotonicRows > 0)
            lines << tr("%n row(s) out of time order", nullptr, int(s.nonMonotonicRows));
        html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral(", ")).toHtmlEscaped());
        if (s.importId > 0)
            html += QStringLiteral("<p>%1</p>").arg(tr("Import %1: File › Import history can undo it.").arg(s.importId).toHtmlEscaped());
        for (const ImportFinding &f : importFindings(s)) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(f.headline.toHtmlEscaped());
            if (f.items.isEmpty())
                continue;
            html += QStringLiteral("<ul>");
            for (const QString &item : f.items)
                html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        if (!s.states.isEmpty()) {
            QStringList states;
            for (auto it = s.states.cbegin(); it != s.states.cend(); ++it)
                states << tr("%1: %2").arg(it.key()).arg(it.value());
            html += QStringLiteral("<p>%1</p>").arg(tr("Digital states and error texts: %1").arg(states.join(QStringLiteral(", "))).toHtmlEscaped());
        }
        if (s.warningCount > 0) {
            html += QStringLiteral("<p>%1</p><ul>").arg(tr("%n warning(s):", nullptr, int(s.warningCount)).toHtmlEscaped());
            for (const QString &w : s.warnings)
                html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
            if (s.warningCount > s.warnings.size())
                html += QStringLiteral("<li>%1</li>").arg(tr("... and %n more", nullptr, int(s.warningCount - s.warnings.size())).toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    }
    m_summary->setHtml(html);
    m_status->setText(allOk ? tr("Import finished.") : tr("Import finished with problems; see the summary."));
    m_import->setEnabled(true);
    Q_EMIT importDone(allOk);
}

} // namespace tp
