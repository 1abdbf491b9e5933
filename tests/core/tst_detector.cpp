#include "analysis/detector.h"
#include "analysis/numerictable.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace tp;

namespace {

// An autocorrelated process: 8 variables from 2 AR(1) latent factors plus noise; from
// `shiftAt` on, variable 5 carries a persistent shift of `shift` (in noise sigmas).
Eigen::MatrixXd process(int n, unsigned seed, int shiftAt = -1, double shift = 0)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g;
    Eigen::MatrixXd mix(2, 8);
    mix << 1, 0.8, 0.5, -0.3, 0.9, 0.2, -0.7, 0.4,
           0.1, -0.5, 0.9, 0.8, 0.2, 1.0, 0.3, -0.6;
    Eigen::Vector2d f(0, 0);
    Eigen::MatrixXd x(n, 8);
    for (int i = 0; i < n; ++i) {
        f = 0.8 * f + 0.6 * Eigen::Vector2d(g(rng), g(rng));
        for (int j = 0; j < 8; ++j)
            x(i, j) = mix.col(j).dot(f) + 0.3 * g(rng);
        if (shiftAt >= 0 && i >= shiftAt)
            x(i, 5) += shift * 0.3;
    }
    return x;
}

double rate(const Eigen::Array<bool, Eigen::Dynamic, 1> &a, Eigen::Index from)
{
    return a.tail(a.size() - from).cast<double>().mean();
}

} // namespace

class TestDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A persistent shift of 2.5 noise sigmas in one variable: single samples hide it, the
    // windowed detector finds it; both keep their false-alarm rate on fresh normal data.
    void windowedDetectorFindsWhatStaticPcaMisses()
    {
        const double kShift = 2.5; // static PCA finds ~7 % of the faulty samples, windowed ~99 %
        const Eigen::MatrixXd train = process(2000, 1);
        DetectorOptions pcaOptions;
        pcaOptions.kind = DetectorKind::Pca;
        pcaOptions.pca.cumulativeVariance = 0.9;
        const auto pca = Detector::fit(train, pcaOptions);
        const auto windowed = Detector::fit(train, {});
        QVERIFY(pca && windowed);
        const Eigen::MatrixXd normal = process(4000, 2);
        const Eigen::MatrixXd faulty = process(4000, 3, 500, kShift);
        QVERIFY2(rate(pca->alarms(normal), 0) < 0.03, qPrintable(QString::number(rate(pca->alarms(normal), 0))));
        QVERIFY2(rate(windowed->alarms(normal), 0) < 0.03, qPrintable(QString::number(rate(windowed->alarms(normal), 0))));
        const double staticRate = rate(pca->alarms(faulty), 500);
        const double windowedRate = rate(windowed->alarms(faulty), 500);
        qInfo("shift %.1f sigma: static PCA %.3f, windowed %.3f", kShift, staticRate, windowedRate);
        QVERIFY2(staticRate < 0.2, qPrintable(QString::number(staticRate)));
        QVERIFY2(windowedRate > 0.9, qPrintable(QString::number(windowedRate)));
        QCOMPARE(windowed->name(), QStringLiteral("windowed_dpca"));
    }

    void streamScoresAsTheBatch()
    {
        const auto d = Detector::fit(process(1000, 4), {});
        QVERIFY(d);
        const Eigen::MatrixXd data = process(300, 5, 150, 2.0);
        const std::vector<Detector::Result> batch = d->evaluate(data);
        Detector::Stream stream(*d);
        for (Eigen::Index i = 0; i < data.rows(); ++i) {
            const Detector::Result r = stream.push(data.row(i).transpose());
            QCOMPARE(r.ready, batch[size_t(i)].ready);
            QVERIFY(std::abs(r.index - batch[size_t(i)].index) < 1e-9 * (1 + r.index));
            QVERIFY(std::abs(r.spe - batch[size_t(i)].spe) < 1e-9 * (1 + r.spe));
        }
        // Not ready until the lags and the window are filled.
        QVERIFY(!batch[size_t(d->options().lags + d->options().window - 2)].ready);
        QVERIFY(batch[size_t(d->options().lags + d->options().window - 1)].ready);
    }

    void lagsNeverReachAcrossAStop()
    {
        // Two running segments (rows 0-9 and 10-24) with values that name their segment.
        Eigen::MatrixXd data(25, 2);
        for (Eigen::Index r = 0; r < data.rows(); ++r) {
            const double segment = r < 10 ? 1000 : 2000;
            data(r, 0) = segment + double(r);
            data(r, 1) = -segment - double(r);
        }
        const Eigen::MatrixXd lagged = laggedSegments(data, 2, {10});
        QCOMPARE(lagged.rows(), Eigen::Index((10 - 2) + (15 - 2)));
        QCOMPARE(lagged.cols(), Eigen::Index(6));
        for (Eigen::Index r = 0; r < lagged.rows(); ++r) {
            const double segment = lagged(r, 0) < 2000 ? 1000 : 2000;
            for (int l = 0; l <= 2; ++l) {
                QVERIFY2(lagged(r, 2 * l) >= segment && lagged(r, 2 * l) < segment + 1000, "a lag from the other segment");
                QCOMPARE(lagged(r, 2 * l), lagged(r, 0) - l); // consecutive rows, newest first
            }
        }
        // Without breaks it is the plain lagged matrix; a segment shorter than the lags adds nothing.
        QCOMPARE(laggedSegments(data, 2, {}), laggedMatrix(data, 2));
        QCOMPARE(laggedSegments(data, 2, {10, 11}).rows(), Eigen::Index(8 + 12));
    }

    void serializationIsLossless()
    {
        for (DetectorKind kind : {DetectorKind::Pca, DetectorKind::DynamicPca, DetectorKind::WindowedDynamicPca}) {
            DetectorOptions o;
            o.kind = kind;
            const auto d = Detector::fit(process(800, 6), o);
            QVERIFY(d);
            const auto back = Detector::deserialize(d->serialize());
            QVERIFY(back);
            QCOMPARE(back->name(), d->name());
            const Eigen::MatrixXd data = process(100, 7);
            const auto a = d->evaluate(data), b = back->evaluate(data);
            for (size_t i = 0; i < a.size(); ++i)
                QCOMPARE(a[i].index, b[i].index);
        }
        QVERIFY(!Detector::deserialize(QByteArray("\x54\x50\x44\x54 junk")));
        QCOMPARE(detectorKindFromId(u"dpca"), std::optional(DetectorKind::DynamicPca));
        QVERIFY(!detectorKindFromId(u"kpca"));
    }

    void numericTableReportsWhereItBroke()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("ok.txt"), "1 2 -0.5  \n3 4e-1 +6  \n\n");
        write(QStringLiteral("bad.txt"), "1 2 3\n4 x5 6\n");
        write(QStringLiteral("short.txt"), "1 2 3\n4 5\n");
        QString error;
        const auto ok = readNumericTable(dir.filePath(QStringLiteral("ok.txt")), &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ok->rows(), Eigen::Index(2));
        QCOMPARE((*ok)(1, 1), 0.4);
        QCOMPARE((*ok)(0, 2), -0.5);
        QVERIFY(!readNumericTable(dir.filePath(QStringLiteral("bad.txt")), &error));
        QVERIFY2(error.contains(u"line 2, column 2") && error.contains(u"x5"), qPrintable(error));
        QVERIFY(!readNumericTable(dir.filePath(QStringLiteral("short.txt")), &error));
        QVERIFY2(error.contains(u"line 2") && error.contains(u"2 values"), qPrintable(error));
        QVERIFY(!readNumericTable(dir.filePath(QStringLiteral("missing.txt")), &error));
    }
};

QTEST_GUILESS_MAIN(TestDetector)
#include "tst_detector.moc"
