#include "analysis/covariance.h"
#include "analysis/pca.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace tp;

namespace {

// n samples of 10 variables driven by 3 latent factors plus small independent noise.
Eigen::MatrixXd latentData(int n, std::mt19937_64 &rng, const Eigen::MatrixXd &mixing)
{
    std::normal_distribution<double> g;
    Eigen::MatrixXd x(n, mixing.cols());
    for (int i = 0; i < n; ++i) {
        Eigen::Vector3d f(g(rng), g(rng), g(rng));
        for (Eigen::Index j = 0; j < mixing.cols(); ++j)
            x(i, j) = 100.0 + 10.0 * j + mixing.col(j).dot(f) + 0.1 * g(rng);
    }
    return x;
}

Eigen::MatrixXd mixingMatrix(std::mt19937_64 &rng)
{
    std::normal_distribution<double> g;
    Eigen::MatrixXd m(3, 10);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = g(rng);
    return m;
}

} // namespace

class TestPca : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Against printed tables: F(0.95; 2, 10) = 4.103, F(0.99; 11, 489) from its definition.
    void hotellingLimitMatchesTheFTable()
    {
        // a (n-1)(n+1) / (n (n-a)) F: a = 2, n = 12 -> 286/120 * 4.1028 = 9.778
        QVERIFY(std::abs(PcaModel::hotellingLimit(2, 12, 0.95) - 286.0 / 120.0 * 4.1028) < 0.002);
        // F(0.99; 5, 20) = 4.103: a = 5, n = 25 -> 5*24*26/(25*20) * 4.1027 = 25.598
        QVERIFY(std::abs(PcaModel::hotellingLimit(5, 25, 0.99) - 3120.0 / 500.0 * 4.1027) < 0.002);
        QCOMPARE(PcaModel::hotellingLimit(3, 3, 0.99), 0.0); // too few samples
    }

    // With k equal residual eigenvalues SPE is chi-square with k degrees of freedom, and
    // Jackson-Mudholkar becomes the Wilson-Hilferty approximation.
    void jacksonMudholkarLimitMatchesChiSquare()
    {
        const Eigen::VectorXd ones = Eigen::VectorXd::Ones(10);
        const double c = 2.326347874; // z(0.99)
        const double wilsonHilferty = 10.0 * std::pow(1.0 - 2.0 / 90.0 + c * std::sqrt(2.0 / 90.0), 3.0);
        QVERIFY(std::abs(PcaModel::jacksonMudholkarLimit(ones, 0.99) - wilsonHilferty) < 1e-6);
        QVERIFY(std::abs(PcaModel::jacksonMudholkarLimit(ones, 0.99) - 23.209) < 0.05); // chi2(0.99; 10)
        // Scaling every eigenvalue scales the limit.
        QVERIFY(std::abs(PcaModel::jacksonMudholkarLimit(ones * 3.0, 0.99) - 3.0 * wilsonHilferty) < 1e-6);
    }

    void findsTheLatentStructureAndHoldsItsFalseAlarmRate()
    {
        std::mt19937_64 rng(7);
        const Eigen::MatrixXd mixing = mixingMatrix(rng);
        const Eigen::MatrixXd train = latentData(5000, rng, mixing);
        QString error;
        PcaOptions options;
        options.cumulativeVariance = 0.99; // the noise is about 0.5 % of the variance
        const auto model = PcaModel::fit(train, options, &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->components(), 3);
        QVERIFY(model->explainedVariance() > 0.99);
        QCOMPARE(model->trainingSamples(), 5000);
        // Fresh normal data: about 1 % of samples above each 99 % limit.
        const Eigen::MatrixXd test = latentData(20000, rng, mixing);
        const Eigen::MatrixX2d s = model->scoreAll(test);
        const double t2Rate = (s.col(0).array() > model->t2Limit()).cast<double>().mean();
        const double speRate = (s.col(1).array() > model->speLimit()).cast<double>().mean();
        QVERIFY2(t2Rate > 0.005 && t2Rate < 0.02, qPrintable(QString::number(t2Rate)));
        QVERIFY2(speRate > 0.005 && speRate < 0.02, qPrintable(QString::number(speRate)));
        // One sample scored alone equals the batch.
        const PcaModel::Score one = model->score(test.row(17).transpose());
        QVERIFY(std::abs(one.t2 - s(17, 0)) < 1e-9 * (1 + s(17, 0)));
        QVERIFY(std::abs(one.spe - s(17, 1)) < 1e-9 * (1 + s(17, 1)));
    }

    // A sensor that breaks the correlation: SPE alarms and names it as the top contributor;
    // contributions sum to the statistics.
    void contributionsNameTheBrokenSensorAndSumToTheStatistic()
    {
        std::mt19937_64 rng(11);
        const Eigen::MatrixXd mixing = mixingMatrix(rng);
        const auto model = PcaModel::fit(latentData(3000, rng, mixing), {});
        QVERIFY(model);
        Eigen::VectorXd x = latentData(1, rng, mixing).row(0).transpose();
        x[7] += 3.0; // a drift of 30 noise sigmas, small against the variable's own range
        const PcaModel::Score s = model->score(x);
        QVERIFY(s.spe > model->speLimit());
        const Eigen::VectorXd spe = model->speContributions(x);
        const Eigen::VectorXd t2 = model->t2Contributions(x);
        Eigen::Index top = -1;
        spe.maxCoeff(&top);
        QCOMPARE(top, Eigen::Index(7));
        QVERIFY(std::abs(spe.sum() - s.spe) < 1e-9 * s.spe);
        QVERIFY(std::abs(t2.sum() - s.t2) < 1e-9 * (1 + s.t2));
        QVERIFY((t2.array() >= 0).all());
    }

    void fixedComponentsAndEmpiricalLimits()
    {
        std::mt19937_64 rng(3);
        const Eigen::MatrixXd mixing = mixingMatrix(rng);
        const Eigen::MatrixXd train = latentData(2000, rng, mixing);
        PcaOptions options;
        options.components = 2;
        options.limits = LimitMethod::Empirical;
        options.confidence = 0.95;
        const auto model = PcaModel::fit(train, options);
        QVERIFY(model);
        QCOMPARE(model->components(), 2);
        const Eigen::MatrixX2d s = model->scoreAll(train);
        const double rate = (s.col(0).array() > model->t2Limit()).cast<double>().mean();
        QVERIFY(std::abs(rate - 0.05) < 0.002); // a quantile of the training statistic itself
    }

    void serializationIsLossless()
    {
        std::mt19937_64 rng(5);
        const Eigen::MatrixXd mixing = mixingMatrix(rng);
        const auto model = PcaModel::fit(latentData(500, rng, mixing), {});
        QVERIFY(model);
        const auto back = PcaModel::deserialize(model->serialize());
        QVERIFY(back);
        QCOMPARE(back->components(), model->components());
        QCOMPARE(back->t2Limit(), model->t2Limit());
        QCOMPARE(back->speLimit(), model->speLimit());
        const Eigen::VectorXd x = latentData(1, rng, mixing).row(0).transpose();
        QCOMPARE(back->score(x).t2, model->score(x).t2);
        QCOMPARE(back->score(x).spe, model->score(x).spe);
        QByteArray broken = model->serialize();
        broken.truncate(broken.size() / 2);
        QVERIFY(!PcaModel::deserialize(broken));
        QVERIFY(!PcaModel::deserialize(QByteArray("not a model")));
    }

    void refusesUnusableTrainingData()
    {
        QString error;
        QVERIFY(!PcaModel::fit(Eigen::MatrixXd::Zero(2, 5), {}, &error));
        QVERIFY(error.contains(u"too few"));
        Eigen::MatrixXd withNan = Eigen::MatrixXd::Random(50, 4);
        withNan(3, 2) = std::nan("");
        QVERIFY(!PcaModel::fit(withNan, {}, &error));
        QVERIFY(error.contains(u"missing"));
        // A constant column is kept (unit scale) and does not break the fit.
        Eigen::MatrixXd constant = Eigen::MatrixXd::Random(100, 4);
        constant.col(1).setConstant(5.0);
        QVERIFY(PcaModel::fit(constant, {}, &error));
    }

    // The blocked (and, on AVX2 CPUs, separately compiled) kernel against the textbook formula,
    // over more rows than one block.
    void covarianceKernelMatchesTheDefinition()
    {
        std::mt19937_64 rng(2);
        std::normal_distribution<double> g;
        Eigen::MatrixXd x(5000, 7);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = 1000.0 + g(rng) * (1 + i % 7);
        const Eigen::VectorXd mean = x.colwise().mean().transpose();
        const Eigen::MatrixXd centred = x.rowwise() - mean.transpose();
        const Eigen::MatrixXd expected = centred.transpose() * centred / double(x.rows() - 1);
        const Eigen::MatrixXd cov = centredCovariance(x, mean);
        for (Eigen::Index i = 0; i < 7; ++i)
            for (Eigen::Index j = 0; j <= i; ++j)
                QVERIFY(std::abs(cov(i, j) - expected(i, j)) < 1e-9 * (1 + std::abs(expected(i, j))));
        qInfo("AVX2 kernel in use: %s", covarianceUsesAvx2() ? "yes" : "no");
    }

    void laggedMatrixStacksThePast()
    {
        Eigen::MatrixXd x(4, 2);
        x << 1, 10, 2, 20, 3, 30, 4, 40;
        const Eigen::MatrixXd l = laggedMatrix(x, 2);
        QCOMPARE(l.rows(), Eigen::Index(2));
        QCOMPARE(l.cols(), Eigen::Index(6));
        Eigen::RowVectorXd first(6);
        first << 3, 30, 2, 20, 1, 10;
        QCOMPARE(Eigen::RowVectorXd(l.row(0)), first);
        QCOMPARE(l(1, 0), 4.0);
    }
};

QTEST_GUILESS_MAIN(TestPca)
#include "tst_pca.moc"
