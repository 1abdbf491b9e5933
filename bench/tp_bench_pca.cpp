// tp_bench_pca: PCA fit and scoring speed, against scikit-learn on the same matrix.
//
// Builds a 100k x 500 matrix (20 latent factors mixed into 500 tags plus noise, as a unit's
// historian data looks), fits PcaModel with 20 components (covariance by rank update +
// SelfAdjointEigenSolver) on one core, scores every row one at a time (the live path) and in one
// batch, then times scikit-learn's PCA (Debian python3-sklearn, /usr/bin/python3, one BLAS
// thread) fitting the same matrix with the same number of components, and prints the ratio.
// Targets: fit <= 1.5 s, scoring <= 5 us per sample.
// Usage: tp_bench_pca [--rows N] [--cols N] [--components N] [--no-python]

#include "analysis/pca.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace tp;

namespace {

// A NumPy .npy file (version 1.0, little-endian float64, C order): what np.load reads.
bool writeNpy(const QString &path, const Eigen::MatrixXd &m)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray header = QByteArrayLiteral("{'descr': '<f8', 'fortran_order': True, 'shape': (")
        + QByteArray::number(m.rows()) + ", " + QByteArray::number(m.cols()) + "), }";
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    QByteArray preamble("\x93NUMPY\x01\x00", 8);
    const quint16 len = quint16(header.size());
    preamble.append(char(len & 0xff)).append(char(len >> 8));
    f.write(preamble);
    f.write(header);
    // Eigen is column-major: fortran_order True.
    return f.write(reinterpret_cast<const char *>(m.data()), qint64(m.size() * sizeof(double))) == qint64(m.size() * sizeof(double));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int rows = option("--rows", 100'000), cols = option("--cols", 500), components = option("--components", 20);
    const bool python = !args.contains(QStringLiteral("--no-python"));

    std::mt19937_64 rng(1);
    std::normal_distribution<double> g;
    const int factors = 20;
    Eigen::MatrixXd mixing(factors, cols);
    for (Eigen::Index i = 0; i < mixing.size(); ++i)
        mixing.data()[i] = g(rng);
    Eigen::MatrixXd latent(rows, factors);
    for (Eigen::Index i = 0; i < latent.size(); ++i)
        latent.data()[i] = g(rng);
    Eigen::MatrixXd data = latent * mixing;
    for (Eigen::Index i = 0; i < data.size(); ++i)
        data.data()[i] += 0.3 * g(rng) + 50.0;
    std::printf("matrix: %d samples x %d tags, %d components\n", rows, cols, components);

    PcaOptions options;
    options.components = components;
    QElapsedTimer timer;
    double best = 1e9;
    std::optional<PcaModel> model;
    for (int run = 0; run < 3; ++run) {
        timer.start();
        model = PcaModel::fit(data, options);
        best = std::min(best, timer.nsecsElapsed() / 1e9);
    }
    if (!model)
        return 1;
    std::printf("PcaModel::fit: %.3f s (best of 3; target <= 1.5 s), explained variance %.3f\n", best, model->explainedVariance());

    timer.start();
    double sink = 0;
    for (Eigen::Index i = 0; i < data.rows(); ++i) {
        const PcaModel::Score s = model->score(data.row(i).transpose());
        sink += s.t2 + s.spe;
    }
    const double perSample = timer.nsecsElapsed() / 1e3 / double(rows);
    timer.start();
    const Eigen::MatrixX2d all = model->scoreAll(data);
    const double perSampleBatch = timer.nsecsElapsed() / 1e3 / double(rows);
    std::printf("scoring T^2 + SPE: %.2f us per sample one at a time (target <= 5 us), %.2f us in one batch  [%g]\n",
                perSample, perSampleBatch, sink + all(0, 0));
    timer.start();
    const Eigen::VectorXd contributions = model->speContributions(data.row(0).transpose()) + model->t2Contributions(data.row(0).transpose());
    std::printf("contributions of one sample: %.2f us\n", timer.nsecsElapsed() / 1e3);

    if (!python)
        return 0;
    QTemporaryDir tmp;
    const QString npy = tmp.filePath(QStringLiteral("x.npy"));
    if (!writeNpy(npy, data)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(npy));
        return 1;
    }
    const QString script = QStringLiteral(
        "import sys, time, numpy as np\n"
        "from sklearn.decomposition import PCA\n"
        "x = np.ascontiguousarray(np.load(sys.argv[1]))\n"
        "for solver in ('full', 'randomized'):\n"
        "    best = 1e9\n"
        "    for _ in range(3):\n"
        "        t = time.perf_counter(); PCA(n_components=%1, svd_solver=solver, random_state=0).fit((x - x.mean(0)) / x.std(0, ddof=1)); best = min(best, time.perf_counter() - t)\n"
        "    print(solver, best)\n").arg(components);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"})
        env.insert(QLatin1StringView(v), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, npy});
    if (!p.waitForFinished(30 * 60'000) || p.exitCode() != 0) {
        std::fprintf(stderr, "scikit-learn run failed (apt-get install python3-sklearn): %s\n",
                     p.readAllStandardError().constData());
        return 1;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        const double seconds = parts[1].toDouble();
        std::printf("scikit-learn PCA (svd_solver=%s, standardised, 1 thread): %.3f s; PcaModel is %.1fx faster\n",
                    parts[0].constData(), seconds, seconds / best);
    }
    return 0;
}
