#pragma once

#include "config/fleetconfig.h"
#include "ingest/importer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace tp {

class UnitController;

/**
 * Imports historian exports (.xlsx, .csv) into one unit: the files, a preview of each file's
 * detected layout and tag mapping (unmatched columns listed), the import in the unit's worker
 * with progress and cancel, and a summary (rows, values stored, duplicates, digital states by
 * name, warnings with cell references). The preview runs on a pool thread; nothing here
 * parses files or touches the database on the GUI thread.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(UnitConfig unit, QString dataDir, UnitController *controller, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void addFiles(const QStringList &paths);
    QStringList files() const { return m_files; }
    void startImport();
    /** Close: while an import runs, asks whether to cancel it (what was committed stays). */
    void reject() override;
    void cancelImport();
    QTreeWidget *preview() const { return m_preview; }
    QString summaryText() const;
    QPushButton *importButton() const { return m_import; }
    const QList<ImportSummary> &results() const { return m_results; }

Q_SIGNALS:
    void previewReady();
    void importDone(bool ok);

private:
    void refreshPreview();
    void showPreview(const QList<ImportSummary> &previews);
    void showResults(const QList<ImportSummary> &results);

    UnitConfig m_unit;
    QString m_dataDir;
    UnitController *m_controller = nullptr;
    QStringList m_files;
    QListWidget *m_list = nullptr;
    QComboBox *m_layout = nullptr;
    QTreeWidget *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<QList<ImportSummary>> m_previewWatcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QList<ImportSummary> m_results;
    bool m_running = false;
};

} // namespace tp
