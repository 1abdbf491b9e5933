#include "importhistorydialog.h"

#include "ingest/localtime.h"
#include "runtime/storequery.h"
#include "operatorname.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tp {

namespace {

enum Column { IdColumn, TimeColumn, FileColumn, StatusColumn, StoredColumn, UnchangedColumn, ReplacedColumn };

QString statusText(const QString &status)
{
    if (status == u"complete")
        return ImportHistoryDialog::tr("complete");
    if (status == u"running")
        return ImportHistoryDialog::tr("running or interrupted");
    if (status == u"failed")
        return ImportHistoryDialog::tr("failed");
    if (status == u"cancelled")
        return ImportHistoryDialog::tr("cancelled");
    if (status == u"undone")
        return ImportHistoryDialog::tr("undone");
    return status;
}

bool undoable(const QString &status)
{
    return status != u"undone" && status != u"running";
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(UnitConfig unit, QString dataDir, QWidget *parent)
    : QDialog(parent), m_unit(std::move(unit)), m_dataDir(std::move(dataDir))
{
    setWindowTitle(tr("Import history of %1").arg(m_unit.unitId));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("importHistory"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Import"), tr("Imported (%1)").arg(QString::fromUtf8(m_unit.timeZone)), tr("File"),
                             tr("Status"), tr("Stored"), tr("Already stored"), tr("Replaced")});
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo import..."), QDialogButtonBox::ActionRole);
    m_undo->setToolTip(tr("Restores the values the import replaced and removes the ones it added"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::confirmUndo);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ImportHistoryDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { present(m_watcher.result()); });
    reload();
}

ImportHistoryDialog::~ImportHistoryDialog()
{
    m_watcher.waitForFinished(); // an undo runs to its commit or rollback
}

void ImportHistoryDialog::reload()
{
    run(0);
}

void ImportHistoryDialog::run(qint64 undoId)
{
    if (m_watcher.isRunning())
        return;
    m_undo->setEnabled(false);
    m_status->setText(undoId ? tr("Undoing import %1...").arg(undoId) : tr("Reading the imports..."));
    const QString dataDir = m_dataDir;
    const QString unitId = m_unit.unitId;
    const QString actor = OperatorName::account();
    m_watcher.setFuture(QtConcurrent::run([dataDir, unitId, actor, undoId] {
        Outcome outcome;
        outcome.undoneId = undoId;
        withUnitStore(dataDir, unitId, [&](UnitStore &store) {
            if (undoId) {
                const std::optional<UndoStats> undone = store.undoImport(undoId, actor);
                outcome.undoOk = undone.has_value();
                outcome.undoMessage = undone ? tr("Import %1 of %2 undone: %3 value(s) restored, %4 removed.")
                                                   .arg(undoId).arg(unitId).arg(undone->restored).arg(undone->removed)
                                             : store.errorString();
            }
            outcome.imports = store.imports();
            return true;
        }, &outcome.error);
        if (undoId && !outcome.error.isEmpty())
            outcome.undoMessage = outcome.error;
        return outcome;
    }));
}

void ImportHistoryDialog::present(const Outcome &outcome)
{
    m_list->clear();
    for (auto it = outcome.imports.crbegin(); it != outcome.imports.crend(); ++it) {
        const ImportRecord &r = *it;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(IdColumn, Qt::DisplayRole, r.id);
        item->setData(StatusColumn, Qt::UserRole, r.status);
        item->setText(TimeColumn, plantTimeText(r.startedAt, m_unit.timeZone));
        item->setText(FileColumn, r.fileName);
        item->setText(StatusColumn, statusText(r.status));
        item->setToolTip(StatusColumn, r.message);
        item->setData(StoredColumn, Qt::DisplayRole, r.valuesStored);
        item->setData(UnchangedColumn, Qt::DisplayRole, r.valuesUnchanged);
        item->setData(ReplacedColumn, Qt::DisplayRole, r.valuesReplaced);
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    m_status->setText(!outcome.error.isEmpty() ? outcome.error
                                               : tr("%n import(s). An import can be undone when no later import changed "
                                                    "the same values; undo the newest first.",
                                                    nullptr, int(outcome.imports.size())));
    updateButtons();
    Q_EMIT listed();
    if (!outcome.undoneId)
        return;
    Q_EMIT undoFinished(outcome.undoOk, outcome.undoMessage);
    auto *box = new QMessageBox(outcome.undoOk ? QMessageBox::Information : QMessageBox::Critical,
                                outcome.undoOk ? tr("Import undone") : tr("Undo failed"), outcome.undoMessage,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("undoResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ImportHistoryDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_undo->setEnabled(item && !m_watcher.isRunning() && undoable(item->data(StatusColumn, Qt::UserRole).toString()));
}

void ImportHistoryDialog::confirmUndo()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(IdColumn, Qt::DisplayRole).toLongLong();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Undo import"),
                                tr("Undo import %1 (%2) of %3? The values it replaced are restored and the values "
                                   "it added are removed.")
                                    .arg(id).arg(item->text(FileColumn), m_unit.unitId),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("undoQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            run(id);
    });
    box->open();
}

} // namespace tp
