#pragma once

#include "config/fleetconfig.h"
#include "storage/unitstore.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tp {

/**
 * One unit's imports, newest first: id, time imported (in the plant's zone), file, status and
 * the values each stored, found already stored and replaced. Undo asks for confirmation
 * (a non-modal question, "undoQuestion"), undoes the selected import on a pool thread with a
 * store connection of its own (the unit's worker may write meanwhile: WAL and the busy timeout
 * let both proceed) and shows the outcome in a message ("undoResult"). Nothing here touches
 * the database on the GUI thread.
 */
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportHistoryDialog(UnitConfig unit, QString dataDir, QWidget *parent = nullptr);
    ~ImportHistoryDialog() override;

    /** Reads the list again (on a pool thread); listed() follows. */
    void reload();
    /** Asks whether to undo the selected import; the undo runs when the user agrees. */
    void confirmUndo();
    QTreeWidget *list() const { return m_list; }
    QPushButton *undoButton() const { return m_undo; }

Q_SIGNALS:
    void listed();
    void undoFinished(bool ok, const QString &message);

private:
    struct Outcome {
        QList<ImportRecord> imports;
        QString error;        ///< the store could not be opened
        qint64 undoneId = 0;  ///< the import an undo was asked for (0: only listed)
        bool undoOk = false;
        QString undoMessage;
    };
    /** Undoes @p undoId (unless 0) and lists the imports, on a pool thread. */
    void run(qint64 undoId);
    void present(const Outcome &outcome);
    void updateButtons();

    UnitConfig m_unit;
    QString m_dataDir;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_undo = nullptr;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace tp
