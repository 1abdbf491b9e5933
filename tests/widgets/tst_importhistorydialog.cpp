// The import history of a unit whose store two CSV imports wrote: listed newest first, and
// undone from the dialog after a confirmation, newest first only.

#include "importhistorydialog.h"
#include "ingest/importer.h"
#include "storage/unitstore.h"

#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tp;

class TestImportHistoryDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    UnitConfig m_unit;

    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_tmp.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    /** Selects the import @p id, clicks Undo and answers the question with Yes. */
    void undo(ImportHistoryDialog &dialog, qint64 id)
    {
        const QList<QTreeWidgetItem *> items = dialog.list()->findItems(QString::number(id), Qt::MatchExactly, 0);
        QCOMPARE(items.size(), 1);
        dialog.list()->setCurrentItem(items.first());
        QVERIFY(dialog.undoButton()->isEnabled());
        dialog.undoButton()->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = dialog.findChild<QMessageBox *>(QStringLiteral("undoQuestion"))) && question->isVisible());
        QVERIFY(question->text().contains(QStringLiteral("Undo import %1").arg(id)));
        question->button(QMessageBox::Yes)->click();
    }

    void closeResult(ImportHistoryDialog &dialog)
    {
        QMessageBox *result = nullptr;
        QTRY_VERIFY((result = dialog.findChild<QMessageBox *>(QStringLiteral("undoResult"))) && result->isVisible());
        result->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("undoResult")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QLocale::setDefault(QLocale::c());
        m_unit.unitId = QStringLiteral("K-12-01");
        m_unit.timeZone = "Asia/Kuala_Lumpur";
        for (const char *name : {"PCFS.K-12-01.12SI-401.PV", "PCFS.K-12-01.12TIA-419A.PV"}) {
            TagConfig t;
            t.name = QString::fromLatin1(name);
            m_unit.tags.append(t);
        }
        const QByteArray header = "Time,PCFS.K-12-01.12SI-401.PV,PCFS.K-12-01.12TIA-419A.PV\n";
        writeFile(QStringLiteral("good.csv"), header + "01/03/2026 08:00:00,10349.5,81.25\n");
        writeFile(QStringLiteral("garbage.csv"), header + "01/03/2026 08:00:00,10500.6,abc\n01/03/2026 08:06:00,1,2\n");
        UnitStore store(m_unit.unitId);
        QVERIFY(store.open(UnitStore::unitFilePath(m_tmp.path(), m_unit.unitId)));
        QVERIFY(store.syncTags(m_unit.tags));
        Importer importer(store, m_unit);
        QVERIFY(importer.importFile(m_tmp.filePath(QStringLiteral("good.csv"))).ok);
        QCOMPARE(importer.importFile(m_tmp.filePath(QStringLiteral("garbage.csv"))).valuesReplaced, 2);
    }

    void listsAndUndoes()
    {
        ImportHistoryDialog dialog(m_unit, m_tmp.path());
        QSignalSpy listed(&dialog, &ImportHistoryDialog::listed);
        QSignalSpy finished(&dialog, &ImportHistoryDialog::undoFinished);
        dialog.show();
        QTRY_COMPARE(listed.size(), 1);
        QTreeWidget *list = dialog.list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("2")); // newest first
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("garbage.csv"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("complete"));
        QCOMPARE(list->topLevelItem(0)->text(6), QStringLiteral("2")); // replaced
        QVERIFY(list->topLevelItem(0)->text(1).endsWith(u"+08:00"));

        // The older import first: refused, naming the newer one.
        undo(dialog, 1);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(u"import 2 (garbage.csv)"), qPrintable(finished.first().at(1).toString()));
        closeResult(dialog);

        undo(dialog, 2);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(finished.last().at(1).toString(), QStringLiteral("Import 2 of K-12-01 undone: 2 value(s) restored, 2 removed."));
        QTRY_COMPARE(listed.size(), 3);
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("undone"));
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(!dialog.undoButton()->isEnabled()); // undone once is enough
        closeResult(dialog);

        UnitStore store(m_unit.unitId);
        QVERIFY(store.open(UnitStore::unitFilePath(m_tmp.path(), m_unit.unitId)));
        const QList<Sample> si = *store.readRange(*store.tagId(QStringLiteral("PCFS.K-12-01.12SI-401.PV")), 0,
                                                  std::numeric_limits<qint64>::max());
        QCOMPARE(si.size(), 1);
        QCOMPARE(si.first().value, 10349.5);
    }
};

QTEST_MAIN(TestImportHistoryDialog)
#include "tst_importhistorydialog.moc"
