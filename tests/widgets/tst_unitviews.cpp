// The fleet overview and a unit's tab on a running demo fleet (30 days of simulated history,
// a fixed clock so that K-16-01's filter is well into its clogging cycle): cards, tag browser,
// trend, alarms, annotations, CSV export, health and RUL panels. Screenshots go to
// TP_SCREENSHOT_DIR, by default build/screenshots.

#include "alarmtablemodel.h"
#include "journalmodel.h"
#include "journalview.h"
#include "fleetoverview.h"
#include "healthpanel.h"
#include "importdialog.h"
#include "runtime/storequery.h"
#include "mainwindow.h"
#include "notificationsdock.h"
#include "operatorname.h"
#include "preferences.h"
#include "rulpanel.h"
#include "settingsdialog.h"
#include "runtime/fleet.h"
#include "runtime/unitcontroller.h"
#include "tagtablemodel.h"
#include "trendchart.h"
#include "unittab.h"

#include <QAbstractItemModelTester>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWheelEvent>
#include <QtCharts/QLegendMarker>

using namespace tp;

namespace {
QString screenshotDir()
{
    const QString env = qEnvironmentVariable("TP_SCREENSHOT_DIR");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../../screenshots") : env;
}

void screenshot(QWidget *w, const char *name)
{
    QDir().mkpath(screenshotDir());
    QVERIFY(w->grab().save(screenshotDir() + u'/' + QLatin1StringView(name) + u".png"));
}

// Answers the next modal input dialogs with @p texts, in turn; their prompts go to @p labels.
void answerDialogs(QStringList texts, QStringList *labels = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, texts, labels]() mutable {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->property("tpAnswered").toBool())
            return;
        dialog->setProperty("tpAnswered", true);
        if (labels)
            labels->append(dialog->labelText());
        dialog->setTextValue(texts.takeFirst());
        dialog->accept();
        if (texts.isEmpty())
            timer->deleteLater();
    });
    timer->start();
}
} // namespace

class TestUnitViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QCoreApplication::setOrganizationName(QStringLiteral("TurboPredictTest"));
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
        Theme::apply(QStringLiteral("light"));
        RuntimeOptions runtime;
        runtime.dataDir = m_data.path();
        runtime.simulatorHistory = std::chrono::hours(24 * 30);
        runtime.clock = std::make_shared<FleetClock>(
            1.0, QDateTime::fromString(QStringLiteral("2026-11-23T21:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        m_window = std::make_unique<MainWindow>();
        m_window->setRuntimeOptions(runtime);
        QSignalSpy loaded(m_window.get(), &MainWindow::configurationLoaded);
        m_window->loadConfiguration(QString());
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(loaded.wait(10000));
        Fleet *fleet = m_window->fleet();
        QVERIFY(fleet);
        const QStringList ids = fleet->unitIds();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
                                     const UnitSnapshot s = fleet->unit(id)->snapshot();
                                     return s.refreshCount >= 1 && s.healthIndex.has_value();
                                 }),
                                 600000);
        QTest::qWait(300); // the last queued snapshots
    }

    void cleanupTestCase() { m_window.reset(); }

    void overviewShowsEveryUnitAndSortsWorstFirst()
    {
        FleetOverview *overview = m_window->overview();
        QCOMPARE(overview->displayedOrder().size(), 13);
        QCOMPARE(overview->displayedOrder().first(), QStringLiteral("K-12-01")); // by plant: PCFS first
        screenshot(m_window.get(), "overview");
        overview->setOrder(FleetOverview::Order::WorstHealth);
        const QStringList order = overview->displayedOrder();
        double previous = -1;
        for (const QString &id : order) {
            const double h = m_window->fleet()->unit(id)->snapshot().healthIndex.value_or(1000);
            QVERIFY2(h >= previous, qPrintable(id));
            previous = h;
        }
        UnitCard *card = overview->card(QStringLiteral("K-16-01"));
        QVERIFY(card);
        QVERIFY(card->snapshot() && card->snapshot()->healthIndex);
        overview->setOrder(FleetOverview::Order::ByPlant);
        // Clicking a card opens the unit's tab.
        QTest::mouseClick(card, Qt::LeftButton, {}, QPoint(40, 20));
        QTRY_VERIFY(m_window->unitTab(QStringLiteral("K-16-01")));
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->unitTab(QStringLiteral("K-16-01")));
    }

    void tagBrowserFiltersAndChecksIntoTheTrend()
    {
        UnitTab *tab = m_window->openUnit(QStringLiteral("K-16-01"));
        QVERIFY(tab);
        QAbstractItemModelTester tester(tab->tagModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(tab->tagSearch(), QStringLiteral("PDI"));
        QAbstractItemModel *proxy = tab->tagView()->model();
        QVERIFY(proxy->rowCount() >= 1);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, 0).data(TagTableModel::NameRole).toString().contains(u"PDI"));
        // Click the first row's check box.
        const QString tag = proxy->index(0, 0).data(TagTableModel::NameRole).toString();
        const bool wasChecked = tab->tagModel()->checkedTags().contains(tag);
        const QRect cell = tab->tagView()->visualRect(proxy->index(0, 0));
        QTest::mouseClick(tab->tagView()->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 11, cell.center().y()));
        QCOMPARE(tab->tagModel()->checkedTags().contains(tag), !wasChecked);
        if (!tab->tagModel()->checkedTags().contains(tag))
            tab->tagModel()->setChecked(tag, true);
        tab->tagSearch()->clear();
        TrendChart *trend = tab->trend();
        QTRY_VERIFY_WITH_TIMEOUT(trend->tags().contains(tag) && !trend->data().series.isEmpty()
                                     && trend->data().series.size() == trend->tags().size(), 20000);
        QSignalSpy loaded(trend, &TrendChart::loaded);
        tab->choosePreset(30LL * 86'400'000);
        QVERIFY(loaded.wait(20000));
        const int width = int(trend->panes().first()->chart()->plotArea().width());
        for (qint64 points : trend->plottedPoints()) {
            QVERIFY(points > 0);
            QVERIFY2(points <= 4 * width, qPrintable(QStringLiteral("%1 points, plot %2 px").arg(points).arg(width)));
        }
        const auto [from, to] = trend->range();
        QCOMPARE(to - from, 30LL * 86'400'000);
        // The crosshair names every plotted tag with its value in the middle of the range.
        const QString text = trend->crosshairText((from + to) / 2);
        QVERIFY2(text.contains(QStringLiteral("(good)")), qPrintable(text));
        screenshot(tab, "unit-trend");
        // Every tag in the legend once, however many gaps break its line.
        const QString legend = trend->legend().join(u'|');
        for (const QString &t : trend->tags())
            QCOMPARE(legend.count(u"&nbsp;" + t.section(u'.', -2, -2)), 1);

        // Mouse-wheel zoom in around the centre: a narrower range, read again.
        loaded.clear();
        QChartView *pane = trend->panes().first();
        const QPointF centre = pane->mapFromScene(pane->chart()->plotArea().center());
        QWheelEvent wheel(centre, pane->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(pane->viewport(), &wheel);
        QVERIFY(loaded.wait(20000));
        const auto [zFrom, zTo] = trend->range();
        QVERIFY2(zTo - zFrom < (to - from) * 0.7, qPrintable(QStringLiteral("%1").arg(zTo - zFrom)));
        QVERIFY(!trend->isLive());
        // "All" covers the whole history.
        loaded.clear();
        tab->choosePreset(0);
        QVERIFY(loaded.wait(20000));
        QVERIFY(trend->range().second - trend->range().first >= 29LL * 86'400'000);
    }

    // Three tags of three units: a pane each, every limit line in its own tag's pane, and a
    // time axis with dates, round ticks and the plant's zone on every preset.
    void trendsTagsInPanesWithATimeAxis()
    {
        UnitTab *tab = m_window->openUnit(QStringLiteral("K-16-01"));
        tab->pages()->setCurrentIndex(0);
        TrendChart *trend = tab->trend();
        const UnitConfig &unit = *m_window->fleet()->config().findUnit(u"K-16-01");
        const QStringList tags{QStringLiteral("PCFS.K-16-01.16SI-501A.PV"), QStringLiteral("PCFS.K-16-01.16TIA-509.PV"),
                               QStringLiteral("PCFS.K-16-01.16PIA-508.PV")};
        QSignalSpy loaded(trend, &TrendChart::loaded);
        trend->setTags(tags);
        tab->choosePreset(86'400'000LL);
        QTRY_VERIFY_WITH_TIMEOUT(trend->data().series.size() == 3 && trend->panes().size() == 3, 20000);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(trend->paneTags(i), QStringList{tags[i]});
            const TagConfig *tag = unit.findTag(tags[i]);
            QVERIFY(tag && tag->hihi);
            QList<double> limits;
            for (QAbstractSeries *s : trend->panes()[i]->chart()->series())
                if (s->property("tpLimit").toBool())
                    limits.append(static_cast<QLineSeries *>(s)->at(0).y());
            // This tag's limits and no other's.
            QVERIFY2(limits.contains(tag->hihi->value), qPrintable(tags[i]));
            for (const double v : limits)
                QVERIFY(v == tag->hihi->value || (tag->hi && v == tag->hi->value) || (tag->lo && v == tag->lo->value)
                        || (tag->lolo && v == tag->lolo->value));
        }
        screenshot(tab, "unit-trend-panes");
        trend->setPaneMode(TrendChart::PaneMode::PerUnit);
        const QStringList months = [] {
            QStringList m;
            for (int i = 1; i <= 12; ++i)
                m.append(QLocale().monthName(i, QLocale::ShortFormat));
            return m;
        }();
        for (const qint64 span : {8 * 3'600'000LL, 86'400'000LL, 7 * 86'400'000LL, 30 * 86'400'000LL, 365 * 86'400'000LL, 0LL}) {
            loaded.clear();
            tab->choosePreset(span);
            QVERIFY(loaded.wait(20000));
            const QStringList labels = trend->timeLabels();
            QVERIFY2(labels.size() >= 3, qPrintable(QStringLiteral("%1: %2").arg(span).arg(labels.join(u'|'))));
            // Every tick names its date (day and month, or month and year).
            for (const QString &label : labels)
                QVERIFY2(std::any_of(months.cbegin(), months.cend(), [&](const QString &m) { return label.contains(m); }),
                         qPrintable(QStringLiteral("%1: %2").arg(span).arg(label)));
            // Sub-day ticks show the time of day; the year is on the first tick.
            if (span > 0 && span <= 86'400'000LL)
                QVERIFY2(labels.first().contains(u':'), qPrintable(labels.first()));
            QVERIFY2(labels.first().contains(QString::number(QDateTime::fromMSecsSinceEpoch(trend->range().second).date().year()))
                         || labels.first().contains(QString::number(QDateTime::fromMSecsSinceEpoch(trend->range().first).date().year())),
                     qPrintable(labels.first()));
            QVERIFY2(trend->timeTitle().contains(u"Asia/Kuala_Lumpur"), qPrintable(trend->timeTitle()));
            if (span == 7 * 86'400'000LL)
                screenshot(tab, "unit-trend-7d");
        }
        // The exported image carries the unit, the tags, the range and the zone.
        const QString caption = trend->caption();
        QVERIFY2(caption.contains(u"K-16-01") && caption.contains(u"16TIA-509") && caption.contains(u"Asia/Kuala_Lumpur"),
                 qPrintable(caption));
        const QImage image = trend->exportImage();
        QVERIFY(image.height() > trend->height());
        tab->choosePreset(86'400'000LL);
    }

    void acknowledgesAnAlarmWithAComment()
    {
        UnitTab *tab = m_window->openUnit(QStringLiteral("K-16-01"));
        tab->pages()->setCurrentIndex(3);
        QAbstractItemModelTester tester(tab->alarmModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *view = tab->alarmView();
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->index(r, AlarmTableModel::State).data().toString().contains(u"nacknowledged")) {
                    row = r;
                    return true;
                }
            return false;
        }(), 20000);
        const QString key = view->model()->index(row, 0).data(AlarmTableModel::KeyRole).toString();
        const QString since = view->model()->index(row, AlarmTableModel::Since).data().toString();
        const QString value = view->model()->index(row, AlarmTableModel::Value).data().toString();
        QVERIFY(!since.isEmpty());
        view->selectRow(row);
        view->setCurrentIndex(view->model()->index(row, AlarmTableModel::Message));
        // The comment, then who: the operator's name is asked the first time (a shared login).
        OperatorName::forget();
        QStringList prompts;
        answerDialogs({QStringLiteral("Checked on site, filter change planned"), QStringLiteral("A. Rahman")}, &prompts);
        auto *ack = tab->findChild<QPushButton *>(QStringLiteral("ackButton"));
        QVERIFY(ack);
        QTest::mouseClick(ack, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const AlarmStatus &a : m_window->fleet()->unit(QStringLiteral("K-16-01"))->snapshot().alarms)
                if (a.key == key)
                    return a.acknowledgedBy == OperatorName::signatureFor(QStringLiteral("A. Rahman"))
                        && a.comment == u"Checked on site, filter change planned";
            return false;
        }(), 20000);
        QCOMPARE(prompts.size(), 2);
        QVERIFY2(prompts.last().contains(u"name or initials") && prompts.last().contains(OperatorName::account()),
                 qPrintable(prompts.last()));
        QVERIFY(OperatorName::signatureFor(QStringLiteral("A. Rahman")).contains(OperatorName::account()));
        // The raise record stays; the acknowledgement has a column and a journal entry of its own.
        auto rowOf = [&] {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->index(r, 0).data(AlarmTableModel::KeyRole).toString() == key)
                    return r;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0 && !view->model()->index(rowOf(), AlarmTableModel::Acknowledged).data().toString().isEmpty(), 20000);
        QCOMPARE(view->model()->index(rowOf(), AlarmTableModel::Since).data().toString(), since);
        QCOMPARE(view->model()->index(rowOf(), AlarmTableModel::Value).data().toString(), value);
        QAbstractItemModel *journal = tab->journal()->model();
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (int r = 0; r < journal->rowCount(); ++r)
                if (journal->index(r, 0).data(JournalModel::KeyRole).toString() == key
                    && journal->index(r, JournalModel::Kind).data().toString() == journalKindText(JournalKind::Acknowledged))
                    return journal->index(r, JournalModel::Comment).data().toString() == u"Checked on site, filter change planned";
            return false;
        }(), 20000);
        screenshot(tab, "unit-alarms");
    }

    void annotatesAndExportsTheTrend()
    {
        UnitTab *tab = m_window->openUnit(QStringLiteral("K-16-01"));
        tab->pages()->setCurrentIndex(0);
        TrendChart *trend = tab->trend();
        const auto [from, to] = trend->range();
        QSignalSpy stored(tab, &UnitTab::annotationStored);
        QSignalSpy loaded(trend, &TrendChart::loaded);
        tab->annotate((from + to) / 2, QStringLiteral("tester"), QStringLiteral("Filter inspected"));
        QVERIFY(stored.wait(10000));
        QVERIFY2(stored.first().first().toBool(), qPrintable(stored.first().last().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(trend->data().annotations.cbegin(), trend->data().annotations.cend(),
                                             [](const Annotation &a) { return a.text == u"Filter inspected" && a.author == u"tester"; }),
                                 10000);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("trend.csv"));
        QSignalSpy exported(tab, &UnitTab::csvExported);
        tab->exportCsv(path);
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().last().toString()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(QString::fromUtf8(lines.first()), QStringLiteral("time,") + trend->tags().join(u','));
        QVERIFY(lines.size() > 100);
        const QList<QByteArray> cells = lines[1].split(',');
        QCOMPARE(cells.size(), trend->tags().size() + 1);
        QVERIFY(QDateTime::fromString(QString::fromUtf8(cells[0]), Qt::ISODateWithMs).isValid());
        const qint64 first = QDateTime::fromString(QString::fromUtf8(cells[0]), Qt::ISODateWithMs).toMSecsSinceEpoch();
        QVERIFY(first >= trend->range().first && first <= trend->range().second);
    }

    void writesTheShiftHandoverPdf()
    {
        QTemporaryDir out;
        auto pdfText = [](const QString &path) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
            if (!p.waitForFinished(30000) || p.exitCode() != 0)
                return QString();
            // Compatibility forms: the PDF's ligatures (fi, ff) as letters.
            return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        };
        // A note of this shift.
        UnitTab *tab = m_window->openUnit(QStringLiteral("K-16-01"));
        QSignalSpy stored(tab, &UnitTab::annotationStored);
        tab->annotate(m_window->fleet()->unit(QStringLiteral("K-16-01"))->snapshot().now - 3'600'000,
                      QStringLiteral("tester"), QStringLiteral("Seal gas filter change prepared"));
        QVERIFY(stored.wait(10000));
        const QString unitPdf = out.filePath(QStringLiteral("k1601.pdf"));
        QSignalSpy written(m_window.get(), &MainWindow::handoverWritten);
        m_window->exportHandover(unitPdf, {QStringLiteral("K-16-01")});
        QVERIFY(written.wait(60000));
        QVERIFY2(written.first().first().toBool(), qPrintable(written.first().last().toString()));
        const QString text = pdfText(unitPdf).simplified();
        QVERIFY2(text.contains(u"Shift handover") && text.contains(u"K-16-01"), qPrintable(text.left(400)));
        // The acknowledgement's comment and the annotation of this shift are in it.
        QVERIFY2(text.contains(u"Checked on site, filter change planned"), qPrintable(text));
        QVERIFY2(text.contains(u"Seal gas filter change prepared"), qPrintable(text));
        QVERIFY(text.contains(u"Remaining useful life"));
        // The fleet's report: a summary of every unit, then a page per unit.
        const QString fleetPdf = out.filePath(QStringLiteral("fleet.pdf"));
        written.clear();
        m_window->exportHandover(fleetPdf);
        QVERIFY(written.wait(120000));
        QVERIFY(written.first().first().toBool());
        const QString fleetText = pdfText(fleetPdf);
        for (const QString &id : m_window->fleet()->unitIds())
            QVERIFY2(fleetText.contains(id), qPrintable(id));
        QDir().mkpath(screenshotDir());
        QFile::remove(screenshotDir() + QStringLiteral("/handover-fleet.pdf"));
        QFile::copy(fleetPdf, screenshotDir() + QStringLiteral("/handover-fleet.pdf"));
    }

    void healthPanelExplainsATime()
    {
        UnitTab *tab = m_window->openUnit(QStringLiteral("K-16-01"));
        tab->pages()->setCurrentIndex(1);
        HealthPanel *health = tab->health();
        QSignalSpy explained(health, &HealthPanel::explained);
        health->explain(m_window->fleet()->unit(QStringLiteral("K-16-01"))->snapshot().now);
        QVERIFY(explained.wait(30000));
        const Explanation &e = health->explanation();
        QVERIFY2(e.ok && !e.contributors.isEmpty(), qPrintable(e.message));
        QVERIFY(e.t2Limit > 0 && e.speLimit > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!health->history()->data().series.isEmpty(), 10000);
        // T^2 and SPE over time, each with the model's limit named in the legend.
        TrendChart *statistics = health->statistics();
        QTRY_VERIFY_WITH_TIMEOUT(statistics->data().series.size() == 2 && statistics->legend().join(u' ').contains(u"T^2 limit")
                                     && statistics->legend().join(u' ').contains(u"SPE limit"), 20000);
        for (qint64 points : statistics->plottedPoints())
            QVERIFY(points > 0);
        QTest::qWait(300);
        screenshot(tab, "unit-health");
    }

    void rulPanelShowsTheFan()
    {
        UnitTab *tab = m_window->openUnit(QStringLiteral("K-16-01"));
        tab->pages()->setCurrentIndex(2);
        RulPanel *rul = tab->rul();
        const UnitSnapshot s = m_window->fleet()->unit(QStringLiteral("K-16-01"))->snapshot();
        QCOMPARE(rul->table()->rowCount(), int(s.rul.size()));
        int forecast = -1;
        for (int i = 0; i < s.rul.size(); ++i) {
            const RulSummary &r = s.rul[i];
            if (r.state == u"forecast" && forecast < 0)
                forecast = i;
            // The honest states are words, never numbers.
            QCOMPARE(rul->table()->item(i, 1)->text(), r.stateText);
            if (r.state != u"forecast")
                QVERIFY(rul->table()->item(i, 3)->text().isEmpty());
        }
        QVERIFY2(forecast >= 0, "K-16-01's clogging filter has a crossing forecast");
        QSignalSpy loaded(rul, &RulPanel::loaded);
        rul->select(forecast);
        QVERIFY(loaded.wait(20000));
        const QString expected = QDateTime::fromMSecsSinceEpoch(s.now + qint64(*s.rul[forecast].p50Days * 86'400'000.0))
                                     .toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(rul->stateText().contains(u"P50 " + expected), qPrintable(rul->stateText()));
        QTest::qWait(300);
        screenshot(tab, "unit-rul");
    }

    // A life learned from a library (rul.learned; the forecast itself is tst_fleet's): no limit
    // to cross, the end-of-life dates in words, and the first sensor's history.
    void rulPanelShowsALearnedLife()
    {
        UnitConfig unit = *m_window->fleet()->config().findUnit(u"K-16-01");
        const QString sensor = QStringLiteral("PCFS.K-16-01.16PDIA-537.PV");
        unit.rul.insert(QStringLiteral("learned"), QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("filters")},
                                                                            {QStringLiteral("library"), QStringLiteral("/libraries/k16-filters.txt")},
                                                                            {QStringLiteral("tags"), QVariantList{sensor}}}});
        UnitSnapshot s = m_window->fleet()->unit(QStringLiteral("K-16-01"))->snapshot();
        RulSummary r;
        r.indicator = QStringLiteral("learned:filters");
        r.description = QStringLiteral("k16-filters.txt");
        r.state = QStringLiteral("forecast");
        r.stateText = QStringLiteral("Forecast");
        r.p10Days = 18.4;
        r.p50Days = 21.5;
        r.p90Days = 24.7;
        r.model = QStringLiteral("learned");
        r.at = s.now;
        s.rul.prepend(r);
        RulPanel panel(m_data.path(), unit);
        panel.resize(1200, 640);
        panel.show();
        QSignalSpy loaded(&panel, &RulPanel::loaded);
        panel.setSnapshot(s);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(panel.table()->item(0, 0)->text(), QStringLiteral("Learned: filters (k16-filters.txt)"));
        QCOMPARE(panel.table()->item(0, 5)->text(), QStringLiteral("end of life"));
        const QString p50 = QDateTime::fromMSecsSinceEpoch(s.now + qint64(21.5 * 86'400'000.0)).toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(panel.stateText().startsWith(u"End of life learned from k16-filters.txt: P50 " + p50), qPrintable(panel.stateText()));
        const QList<QAbstractSeries *> series = panel.fan()->chart()->series();
        QVERIFY(!series.isEmpty());
        QVERIFY(std::none_of(series.cbegin(), series.cend(), [](QAbstractSeries *x) { return x->name().startsWith(u"Limit"); }));
        QVERIFY2(panel.fan()->chart()->title().contains(u"16PDIA-537"), qPrintable(panel.fan()->chart()->title()));
        QTest::qWait(300);
        screenshot(&panel, "unit-rul-learned");
    }

    void importsAFileThroughTheDialog()
    {
        UnitTab *tab = m_window->openUnit(QStringLiteral("K-16-01"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k1601-shift.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Time,PCFS.K-16-01.16PDIA-537.PV,PCFS.K-16-01.NOT-A-TAG.PV\n");
            for (int i = 0; i < 10; ++i)
                f.write(QStringLiteral("2026-11-20 %1:00:00,%2,1\n").arg(10 + i).arg(i == 4 ? QStringLiteral("Comm Fail") : QString::number(500.5 + i)).toUtf8());
        }
        ImportDialog *dialog = tab->openImport();
        dialog->show();
        QSignalSpy preview(dialog, &ImportDialog::previewReady);
        dialog->addFiles({path});
        QVERIFY(preview.wait(20000));
        // The preview names the mapped tag and the unmatched column with its cell.
        QTreeWidgetItem *file = dialog->preview()->topLevelItem(0);
        QVERIFY(file);
        QVERIFY2(file->text(1).contains(u"Sampled"), qPrintable(file->text(1)));
        QStringList children;
        for (int i = 0; i < file->childCount(); ++i)
            for (int j = 0; j < file->child(i)->childCount(); ++j)
                children << file->child(i)->child(j)->text(0);
        QVERIFY2(children.contains(u"PCFS.K-16-01.16PDIA-537.PV"), qPrintable(children.join(u'|')));
        QVERIFY2(std::any_of(children.cbegin(), children.cend(), [](const QString &c) { return c == u"PCFS.K-16-01.NOT-A-TAG.PV (row 1, column C)"; }),
                 qPrintable(children.join(u'|')));
        screenshot(dialog, "import-dialog-preview");
        QSignalSpy done(dialog, &ImportDialog::importDone);
        QVERIFY(dialog->importButton()->isEnabled());
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog->summaryText()));
        const QString summary = dialog->summaryText();
        QVERIFY2(summary.contains(u"10 row") && summary.contains(u" read") && summary.contains(u"Comm Fail: 1"), qPrintable(summary));
        screenshot(dialog, "import-dialog-result");
        // Stored in the unit's store: the imported value at its UTC time (plant time +08:00).
        const auto value = withUnitStore(m_data.path(), QStringLiteral("K-16-01"), [](UnitStore &store) {
            const qint64 id = *store.tagId(QStringLiteral("PCFS.K-16-01.16PDIA-537.PV"));
            const qint64 ts = QDateTime::fromString(QStringLiteral("2026-11-20T02:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
            const QList<Sample> rows = store.readRange(id, ts, ts + 1).value_or(QList<Sample>{});
            return rows.isEmpty() ? -1.0 : rows.first().value;
        });
        QVERIFY(value);
        QCOMPARE(*value, 500.5);
        dialog->close();
    }

    void settingsValidateTheConfigurationAndSwitchTheTheme()
    {
        QTemporaryDir bad;
        QDir().mkpath(bad.filePath(QStringLiteral("units")));
        QFile f(bad.filePath(QStringLiteral("units/K-12-01.yml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("unit_id: K-12-01\nplant: PCFS\ntimezone: Asia/Kuala_Lumpur\nrefresh_interval: 1 hour\nsource: {type: simulator}\n");
        f.close();
        SettingsDialog *dialog = m_window->openSettings();
        QSignalSpy validated(dialog, &SettingsDialog::configValidated);
        if (validated.isEmpty())
            QVERIFY(validated.wait(10000)); // the current (demo) configuration first
        validated.clear();
        dialog->configEdit()->setText(bad.path());
        dialog->validateConfig();
        QVERIFY(validated.wait(10000));
        QCOMPARE(validated.first().first().toBool(), false);
        QStringList problems;
        for (int i = 0; i < dialog->problems()->topLevelItemCount(); ++i)
            problems << dialog->problems()->topLevelItem(i)->text(1);
        QVERIFY2(problems.join(u'\n').contains(u"refresh_interval"), qPrintable(problems.join(u'\n')));
        screenshot(dialog, "settings");
        // The dark control-room theme, applied at once (and previewed until cancelled).
        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(QStringLiteral("dark")));
        QCOMPARE(Theme::current(), QStringLiteral("dark"));
        dialog->reject();
        QCOMPARE(Theme::current(), QStringLiteral("light"));
        // Accepted settings are stored (QSettings in test mode) and used.
        SettingsDialog *again = m_window->openSettings();
        auto *live = again->findChild<QSpinBox *>(QStringLiteral("liveRefresh"));
        QVERIFY(live);
        live->setValue(5);
        again->accept();
        QCOMPARE(Preferences::load().liveRefreshSeconds, 5);
        Preferences p = Preferences::load();
        p.liveRefreshSeconds = 1;
        p.save();
        Theme::apply(QStringLiteral("dark"));
        m_window->restyle();
        UnitTab *tab = m_window->openUnit(QStringLiteral("K-16-01"));
        tab->pages()->setCurrentIndex(0);
        QSignalSpy loaded(tab->trend(), &TrendChart::loaded);
        QVERIFY(loaded.wait(20000));
        for (QChartView *pane : tab->trend()->panes())
            QCOMPARE(pane->chart()->theme(), QChart::ChartThemeDark);
        screenshot(m_window.get(), "dark-unit-trend");
        m_window->tabs()->setCurrentIndex(0);
        QTest::qWait(100);
        screenshot(m_window.get(), "dark-overview");
        Theme::apply(QStringLiteral("light"));
        m_window->restyle();
        QVERIFY(loaded.wait(20000));
    }

    // Every failure reaches a person: an export into a path that cannot be written, a refused
    // acknowledgement and a report that cannot be written each show a message naming the
    // file or the cause; the refusal is also a notification.
    void failuresAreShown()
    {
        UnitTab *tab = m_window->openUnit(QStringLiteral("K-16-01"));
        auto waitForMessage = [&](const QString &needle) {
            QString text;
            const bool found = QTest::qWaitFor([&] {
                for (QMessageBox *box : m_window->findChildren<QMessageBox *>(QStringLiteral("failureMessage")))
                    if (box->isVisible() && box->text().contains(needle)) {
                        text = box->text();
                        box->close();
                        return true;
                    }
                return false;
            }, 20000);
            return found ? text : QString();
        };
        // A path under a regular file: no account can write there (root neither).
        QFile blocker(m_data.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString csv = blocker.fileName() + QStringLiteral("/trend.csv");
        tab->exportCsv(csv);
        QVERIFY(!waitForMessage(csv).isEmpty());
        tab->acknowledge(QStringLiteral("no-such-alarm"), QStringLiteral("tester"), QString());
        const QString refused = waitForMessage(QStringLiteral("was refused"));
        QVERIFY2(refused.contains(u"K-16-01") && refused.contains(u"no-such-alarm"), qPrintable(refused));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->notifications()->entries().join(u'\n').contains(u"no-such-alarm"), 20000);
        QVERIFY(m_window->notifications()->unread() >= 1);
        const QString pdf = blocker.fileName() + QStringLiteral("/handover.pdf");
        m_window->exportHandover(pdf, {QStringLiteral("K-16-01")});
        QVERIFY(!waitForMessage(pdf).isEmpty());
    }

    void fleetAlarmTableListsEveryUnit()
    {
        QAbstractItemModel *model = m_window->fleetAlarmView()->model();
        QSet<QString> units;
        int expected = 0;
        for (const QString &id : m_window->fleet()->unitIds())
            expected += int(m_window->fleet()->unit(id)->snapshot().alarms.size());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), expected, 10000);
        for (int r = 0; r < model->rowCount(); ++r)
            units.insert(model->index(r, 0).data(AlarmTableModel::UnitRole).toString());
        QVERIFY(units.size() >= 2);
        // Typing in the filter keeps one unit's alarms.
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("alarmFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("K-16-01"));
        QVERIFY(model->rowCount() >= 1 && model->rowCount() < expected);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, 0).data(AlarmTableModel::UnitRole).toString(), QStringLiteral("K-16-01"));
        filter->clear();
        QCOMPARE(model->rowCount(), expected);
    }
};

QTEST_MAIN(TestUnitViews)
#include "tst_unitviews.moc"
