#include "rullearner.h"

#include "analysis/numerictable.h"

#include <Eigen/Dense>

#include <QDir>

#include <algorithm>
#include <cmath>
#include <random>

namespace tp {

std::optional<std::vector<Trajectory>> readCmapss(const QString &path, QString *error)
{
    const auto table = readNumericTable(path, error);
    if (!table)
        return std::nullopt;
    if (table->cols() < 6) {
        if (error)
            *error = RulLearner::tr("%1: %2 columns; a C-MAPSS file has unit, cycle, 3 settings and the sensors")
                         .arg(QDir::toNativeSeparators(path)).arg(table->cols());
        return std::nullopt;
    }
    const Eigen::Index sensors = table->cols() - 5;
    std::vector<Trajectory> runs;
    Eigen::Index begin = 0;
    for (Eigen::Index r = 1; r <= table->rows(); ++r) {
        if (r < table->rows() && (*table)(r, 0) == (*table)(begin, 0))
            continue;
        Trajectory t;
        t.unit = int((*table)(begin, 0));
        t.settings = table->block(begin, 2, r - begin, 3);
        t.sensors = table->block(begin, 5, r - begin, sensors);
        runs.push_back(std::move(t));
        begin = r;
    }
    return runs;
}

int RulLearner::regimeOf(const Eigen::RowVectorXd &settings) const
{
    Eigen::Index best = 0;
    (m_centres.rowwise() - settings).rowwise().squaredNorm().minCoeff(&best);
    return int(best);
}

Eigen::MatrixXd RulLearner::normalised(const Trajectory &run) const
{
    Eigen::MatrixXd out(run.cycles(), Eigen::Index(m_sensors.size()));
    for (Eigen::Index c = 0; c < run.cycles(); ++c) {
        const int r = regimeOf(run.settings.row(c));
        for (size_t s = 0; s < m_sensors.size(); ++s)
            out(c, Eigen::Index(s)) = (run.sensors(c, m_sensors[s]) - m_mean(r, m_sensors[s])) / m_scale(r, m_sensors[s]);
    }
    return out;
}

Eigen::RowVectorXd RulLearner::features(const Eigen::MatrixXd &x, int cycle) const
{
    const int s = int(x.cols());
    const int w = m_options.window;
    const int begin = std::max(0, cycle - w + 1);
    const int len = cycle - begin + 1;
    Eigen::RowVectorXd f(4 * s + 1);
    const Eigen::MatrixXd seg = x.middleRows(begin, len);
    const int last = std::min(5, len);
    f.segment(0, s) = seg.bottomRows(last).colwise().mean();
    f.segment(s, s) = seg.colwise().mean();
    // Least-squares slope over the window (per cycle).
    const double tMean = (len - 1) / 2.0;
    double tss = 0;
    for (int i = 0; i < len; ++i)
        tss += (i - tMean) * (i - tMean);
    for (int j = 0; j < s; ++j) {
        double cov = 0;
        for (int i = 0; i < len; ++i)
            cov += (i - tMean) * seg(i, j);
        f[2 * s + j] = tss > 0 ? cov / tss : 0.0;
    }
    // Exponentially weighted mean of the whole history (alpha 0.1).
    Eigen::RowVectorXd e = x.row(0);
    for (int i = 1; i <= cycle; ++i)
        e = 0.9 * e + 0.1 * x.row(i);
    f.segment(3 * s, s) = e;
    f[4 * s] = (cycle + 1) / 100.0;
    return f;
}

std::optional<RulLearner> RulLearner::fitCore(const std::vector<Trajectory> &runs, const Options &options, QString *error)
{
    RulLearner m;
    m.m_options = options;
    if (runs.size() < 2) {
        if (error)
            *error = tr("at least two run-to-failure trajectories are needed");
        return std::nullopt;
    }
    Eigen::Index rows = 0;
    for (const Trajectory &t : runs)
        rows += t.cycles();
    const Eigen::Index nset = runs.front().settings.cols(), nsens = runs.front().sensors.cols();
    Eigen::MatrixXd settings(rows, nset), sensors(rows, nsens);
    Eigen::Index at = 0;
    for (const Trajectory &t : runs) {
        settings.middleRows(at, t.cycles()) = t.settings;
        sensors.middleRows(at, t.cycles()) = t.sensors;
        at += t.cycles();
    }
    // Regimes: k-means (k = 6, farthest-point start) when the settings vary, else one.
    const Eigen::RowVectorXd setMean = settings.colwise().mean();
    const double spread = ((settings.rowwise() - setMean).colwise().squaredNorm() / double(rows)).cwiseSqrt().maxCoeff();
    const int k = spread > 1.0 ? 6 : 1;
    m.m_centres.resize(k, nset);
    m.m_centres.row(0) = settings.row(0);
    for (int c = 1; c < k; ++c) {
        Eigen::VectorXd d = Eigen::VectorXd::Constant(rows, std::numeric_limits<double>::max());
        for (int j = 0; j < c; ++j)
            d = d.cwiseMin((settings.rowwise() - m.m_centres.row(j)).rowwise().squaredNorm());
        Eigen::Index far = 0;
        d.maxCoeff(&far);
        m.m_centres.row(c) = settings.row(far);
    }
    std::vector<int> label(size_t(rows), 0);
    for (int iter = 0; iter < 25 && k > 1; ++iter) {
        for (Eigen::Index r = 0; r < rows; ++r)
            label[size_t(r)] = m.regimeOf(settings.row(r));
        Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(k, nset);
        Eigen::VectorXd count = Eigen::VectorXd::Zero(k);
        for (Eigen::Index r = 0; r < rows; ++r) {
            sum.row(label[size_t(r)]) += settings.row(r);
            count[label[size_t(r)]] += 1;
        }
        for (int c = 0; c < k; ++c)
            if (count[c] > 0)
                m.m_centres.row(c) = sum.row(c) / count[c];
    }
    if (k == 1)
        m.m_centres.row(0) = setMean;
    for (Eigen::Index r = 0; r < rows; ++r)
        label[size_t(r)] = m.regimeOf(settings.row(r));
    // Per-regime standardisation; sensors that never vary are dropped.
    m.m_mean = Eigen::MatrixXd::Zero(k, nsens);
    m.m_scale = Eigen::MatrixXd::Ones(k, nsens);
    Eigen::MatrixXd sq = Eigen::MatrixXd::Zero(k, nsens);
    Eigen::VectorXd count = Eigen::VectorXd::Zero(k);
    for (Eigen::Index r = 0; r < rows; ++r) {
        m.m_mean.row(label[size_t(r)]) += sensors.row(r);
        count[label[size_t(r)]] += 1;
    }
    for (int c = 0; c < k; ++c)
        m.m_mean.row(c) /= std::max(1.0, count[c]);
    for (Eigen::Index r = 0; r < rows; ++r)
        sq.row(label[size_t(r)]) += (sensors.row(r) - m.m_mean.row(label[size_t(r)])).array().square().matrix();
    for (int c = 0; c < k; ++c)
        m.m_scale.row(c) = (sq.row(c) / std::max(1.0, count[c] - 1)).cwiseSqrt();
    for (Eigen::Index s = 0; s < nsens; ++s) {
        bool varies = true;
        for (int c = 0; c < k; ++c)
            varies = varies && m.m_scale(c, s) > 1e-4 * std::max(1.0, std::abs(m.m_mean(c, s)));
        if (varies)
            m.m_sensors.push_back(int(s));
    }
    if (m.m_sensors.empty()) {
        if (error)
            *error = tr("no sensor varies in the training runs");
        return std::nullopt;
    }
    // Training cycles, sampled.
    std::vector<std::pair<int, int>> all; // (run, cycle)
    for (size_t r = 0; r < runs.size(); ++r)
        for (int c = 0; c < runs[r].cycles(); ++c)
            all.emplace_back(int(r), c);
    std::mt19937_64 rng(options.seed);
    std::shuffle(all.begin(), all.end(), rng);
    all.resize(std::min<size_t>(all.size(), size_t(std::max(10, options.maxTrain))));
    std::vector<Eigen::MatrixXd> norm(runs.size());
    const Eigen::Index nf = Eigen::Index(4 * m.m_sensors.size() + 1);
    Eigen::MatrixXd x(Eigen::Index(all.size()), nf);
    Eigen::VectorXd y(Eigen::Index(all.size()));
    for (size_t i = 0; i < all.size(); ++i) {
        const auto [r, c] = all[i];
        if (norm[size_t(r)].size() == 0)
            norm[size_t(r)] = m.normalised(runs[size_t(r)]);
        x.row(Eigen::Index(i)) = m.features(norm[size_t(r)], c);
        y[Eigen::Index(i)] = std::min(options.cap, double(runs[size_t(r)].cycles() - 1 - c));
    }
    m.m_featMean = x.colwise().mean();
    m.m_featScale = ((x.rowwise() - m.m_featMean).colwise().squaredNorm() / double(std::max<Eigen::Index>(1, x.rows() - 1))).cwiseSqrt();
    m.m_featScale = m.m_featScale.unaryExpr([](double v) { return v > 1e-12 ? v : 1.0; });
    m.m_support = (x.rowwise() - m.m_featMean).array().rowwise() / m.m_featScale.array();
    m.m_gamma = options.gammaScale / double(nf);
    const Eigen::VectorXd norms = m.m_support.rowwise().squaredNorm();
    Eigen::MatrixXd kernel = m.m_support * m.m_support.transpose();
    kernel = ((-2.0 * kernel).colwise() + norms).rowwise() + norms.transpose();
    kernel = (-m.m_gamma * kernel.array()).exp().matrix();
    kernel.diagonal().array() += options.lambda;
    m.m_offset = y.mean();
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(kernel);
    if (ldlt.info() != Eigen::Success) {
        if (error)
            *error = tr("the kernel system could not be solved");
        return std::nullopt;
    }
    m.m_alpha = ldlt.solve((y.array() - m.m_offset).matrix());
    return m;
}

double RulLearner::predictRaw(const Trajectory &run) const
{
    const Eigen::MatrixXd x = normalised(run);
    const Eigen::RowVectorXd f = (features(x, run.cycles() - 1) - m_featMean).array() / m_featScale.array();
    const Eigen::VectorXd d = (m_support.rowwise() - f).rowwise().squaredNorm();
    const double value = (-m_gamma * d.array()).exp().matrix().dot(m_alpha) + m_offset;
    return std::max(0.0, value);
}

std::optional<RulLearner> RulLearner::fit(const std::vector<Trajectory> &runs, const Options &options, QString *error,
                                          const std::atomic_bool *cancel)
{
    auto cancelled = [&] {
        if (!cancel || !cancel->load())
            return false;
        if (error)
            *error = tr("cancelled");
        return true;
    };
    // Normalised cross-conformal: every run calibrates once, predicted by a model fitted on the
    // other folds. The score is the residual relative to the prediction (plus an offset), so
    // the interval narrows as the predicted life runs out, as errors do.
    const int folds = std::max(2, options.folds);
    if (runs.size() < size_t(folds)) {
        if (error)
            *error = tr("at least %1 run-to-failure trajectories are needed (each fold calibrates the interval)").arg(folds);
        return std::nullopt;
    }
    std::mt19937_64 rng(options.seed + 1);
    std::vector<double> scores;
    for (int fold = 0; fold < folds; ++fold) {
        if (cancelled())
            return std::nullopt;
        std::vector<Trajectory> proper, calibration;
        for (size_t i = 0; i < runs.size(); ++i)
            (int(i % size_t(folds)) == fold ? calibration : proper).push_back(runs[i]);
        auto partial = fitCore(proper, options, error);
        if (!partial)
            return std::nullopt;
        for (const Trajectory &run : calibration) {
            // Any cycle with a full feature window: a forecast may be asked at any of them.
            const int lowest = std::min(run.cycles() - 1, std::max(0, options.window - 1));
            std::uniform_int_distribution<int> cut(lowest, run.cycles() - 1);
            for (int k = 0; k < 40; ++k) { // 40 cut-offs a run: the quantile's own noise stays small
                const int c = cut(rng);
                Trajectory head;
                head.unit = run.unit;
                head.settings = run.settings.topRows(c + 1);
                head.sensors = run.sensors.topRows(c + 1);
                const double truth = std::min(options.cap, double(run.cycles() - 1 - c));
                const double predicted = partial->predictRaw(head);
                scores.push_back(std::abs(truth - predicted) / (predicted + options.intervalOffset));
            }
        }
    }
    std::sort(scores.begin(), scores.end());
    const size_t n = scores.size();
    const size_t rank = std::min(n - 1, size_t(std::ceil((double(n) + 1) * options.coverage)) - 1);
    if (cancelled())
        return std::nullopt;
    auto model = fitCore(runs, options, error);
    if (!model)
        return std::nullopt;
    model->m_intervalScale = scores[rank];
    return model;
}

RulLearner::Prediction RulLearner::predict(const Trajectory &run) const
{
    Prediction p;
    if (run.cycles() == 0)
        return p;
    p.rul = predictRaw(run);
    const double half = m_intervalScale * (p.rul + m_options.intervalOffset);
    p.low = std::max(0.0, p.rul - half);
    p.high = p.rul + half;
    return p;
}

} // namespace tp
