#include "pca.h"

#include "covariance.h"
#include "robuststats.h"

#include <Eigen/Eigenvalues>

#include <QDataStream>
#include <QIODevice>

#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tp {

namespace {

constexpr quint32 kMagic = 0x54504341; // "TPCA"
constexpr quint16 kVersion = 1;

void writeVector(QDataStream &out, const Eigen::VectorXd &v)
{
    out << quint32(v.size());
    for (Eigen::Index i = 0; i < v.size(); ++i)
        out << v[i];
}

bool readVector(QDataStream &in, Eigen::VectorXd &v, quint32 limit)
{
    quint32 n = 0;
    in >> n;
    if (n > limit)
        return false;
    v.resize(n);
    for (quint32 i = 0; i < n; ++i)
        in >> v[i];
    return in.status() == QDataStream::Ok;
}

} // namespace

double PcaModel::hotellingLimit(int a, int n, double confidence)
{
    if (a <= 0 || n <= a)
        return 0;
    const boost::math::fisher_f_distribution<double> f(a, n - a);
    const double fq = boost::math::quantile(f, confidence);
    return double(a) * double(n - 1) * double(n + 1) / (double(n) * double(n - a)) * fq;
}

double PcaModel::jacksonMudholkarLimit(const Eigen::VectorXd &residual, double confidence)
{
    const double t1 = residual.sum();
    const double t2 = residual.array().square().sum();
    const double t3 = residual.array().cube().sum();
    if (t1 <= 0 || t2 <= 0)
        return 0;
    const double h0 = 1.0 - 2.0 * t1 * t3 / (3.0 * t2 * t2);
    const double c = boost::math::quantile(boost::math::normal_distribution<double>(), confidence);
    if (std::abs(h0) < 1e-9) // degenerate: fall back to the chi-square-like approximation
        return t1 + c * std::sqrt(2.0 * t2);
    const double inner = c * std::sqrt(2.0 * t2 * h0 * h0) / t1 + 1.0 + t2 * h0 * (h0 - 1.0) / (t1 * t1);
    return t1 * std::pow(std::max(inner, 0.0), 1.0 / h0);
}

std::optional<PcaModel> PcaModel::fit(const Eigen::MatrixXd &data, const PcaOptions &options, QString *error)
{
    const Eigen::Index n = data.rows(), m = data.cols();
    auto fail = [&](const QString &message) -> std::optional<PcaModel> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (m < 1)
        return fail(tr("no variables to model"));
    if (n < 3 || (options.components > 0 && n <= options.components + 1))
        return fail(tr("%n training sample(s) are too few for a PCA model", nullptr, int(n)));
    if (!data.allFinite())
        return fail(tr("the training data contains missing or infinite values"));

    PcaModel model;
    model.m_samples = int(n);
    model.m_confidence = options.confidence;
    model.m_mean = data.colwise().mean().transpose();
    // Covariance of the centred data (in blocks of rows, no copy of the whole matrix), then
    // the correlation: D^-1 C D^-1 with D the standard deviations.
    Eigen::MatrixXd cov = centredCovariance(data, model.m_mean);
    model.m_scale = cov.diagonal().cwiseMax(0.0).cwiseSqrt();
    for (Eigen::Index j = 0; j < m; ++j) {
        if (!(model.m_scale[j] > 1e-12 * std::max(1.0, std::abs(model.m_mean[j]))))
            model.m_scale[j] = 1.0; // constant in training
    }
    cov = cov.selfadjointView<Eigen::Lower>();
    const Eigen::VectorXd inv = model.m_scale.cwiseInverse();
    cov = inv.asDiagonal() * cov * inv.asDiagonal();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
    if (eig.info() != Eigen::Success)
        return fail(tr("the eigen-decomposition of the covariance did not converge"));
    // Eigen sorts ascending; the model wants the largest first.
    model.m_eigenvalues = eig.eigenvalues().reverse().cwiseMax(0.0);
    const Eigen::MatrixXd vectors = eig.eigenvectors().rowwise().reverse();

    int a = options.components;
    if (a <= 0) {
        const double total = model.m_eigenvalues.sum();
        double sum = 0;
        a = 0;
        while (a < m && (total <= 0 || sum / total < options.cumulativeVariance))
            sum += model.m_eigenvalues[a++];
        a = std::max(a, 1);
    }
    // At least one residual dimension (an empty residual space has an SPE limit of 0).
    a = int(std::min<Eigen::Index>({Eigen::Index(a), m > 1 ? m - 1 : m, n - 2}));
    // Components with (numerically) no variance cannot be scaled by it.
    while (a > 1 && model.m_eigenvalues[a - 1] <= 1e-12 * model.m_eigenvalues[0])
        --a;
    model.m_loadings = vectors.leftCols(a);
    model.m_invSqrtLambda = model.m_eigenvalues.head(a).cwiseMax(1e-300).cwiseSqrt().cwiseInverse();

    if (options.limits == LimitMethod::Parametric) {
        model.m_t2Limit = hotellingLimit(a, int(n), options.confidence);
        model.m_speLimit = jacksonMudholkarLimit(model.m_eigenvalues.tail(m - a), options.confidence);
    } else {
        const Eigen::MatrixX2d s = model.scoreAll(data);
        model.m_t2Limit = quantile(std::vector<double>(s.col(0).begin(), s.col(0).end()), options.confidence);
        model.m_speLimit = quantile(std::vector<double>(s.col(1).begin(), s.col(1).end()), options.confidence);
    }
    return model;
}

double PcaModel::explainedVariance() const
{
    const double total = m_eigenvalues.sum();
    return total > 0 ? m_eigenvalues.head(components()).sum() / total : 0.0;
}

Eigen::VectorXd PcaModel::standardize(const Eigen::Ref<const Eigen::VectorXd> &x) const
{
    return (x - m_mean).cwiseQuotient(m_scale);
}

PcaModel::Score PcaModel::score(const Eigen::Ref<const Eigen::VectorXd> &x) const
{
    const Eigen::VectorXd z = standardize(x);
    const Eigen::VectorXd t = m_loadings.transpose() * z;
    Score s;
    s.t2 = t.cwiseProduct(m_invSqrtLambda).squaredNorm();
    // The loadings are orthonormal: |z - P t|^2 = |z|^2 - |t|^2, one product instead of two
    // (the live path; scoreAll and the contributions keep the residual itself).
    s.spe = std::max(0.0, z.squaredNorm() - t.squaredNorm());
    return s;
}

Eigen::MatrixX2d PcaModel::scoreAll(const Eigen::MatrixXd &data) const
{
    Eigen::MatrixX2d result(data.rows(), 2);
    const Eigen::Index block = 2048;
    const Eigen::VectorXd inv = m_scale.cwiseInverse();
    Eigen::MatrixXd z, t;
    for (Eigen::Index r = 0; r < data.rows(); r += block) {
        const Eigen::Index rows = std::min(block, data.rows() - r);
        z = (data.middleRows(r, rows).rowwise() - m_mean.transpose()) * inv.asDiagonal();
        t = z * m_loadings;
        result.col(0).segment(r, rows) = (t * m_invSqrtLambda.asDiagonal()).rowwise().squaredNorm();
        z.noalias() -= t * m_loadings.transpose();
        result.col(1).segment(r, rows) = z.rowwise().squaredNorm();
    }
    return result;
}

Eigen::VectorXd PcaModel::t2Contributions(const Eigen::Ref<const Eigen::VectorXd> &x) const
{
    const Eigen::VectorXd z = standardize(x);
    const Eigen::VectorXd t = m_loadings.transpose() * z;
    return (m_loadings * t.cwiseProduct(m_invSqrtLambda)).array().square();
}

Eigen::VectorXd PcaModel::speContributions(const Eigen::Ref<const Eigen::VectorXd> &x) const
{
    const Eigen::VectorXd z = standardize(x);
    return (z - m_loadings * (m_loadings.transpose() * z)).array().square();
}

QByteArray PcaModel::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << kMagic << kVersion << qint32(m_samples) << m_confidence << m_t2Limit << m_speLimit;
    writeVector(out, m_mean);
    writeVector(out, m_scale);
    writeVector(out, m_eigenvalues);
    out << qint32(m_loadings.cols());
    for (Eigen::Index c = 0; c < m_loadings.cols(); ++c)
        writeVector(out, m_loadings.col(c));
    return bytes;
}

std::optional<PcaModel> PcaModel::deserialize(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 samples = 0, a = 0;
    PcaModel model;
    in >> magic >> version >> samples >> model.m_confidence >> model.m_t2Limit >> model.m_speLimit;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion)
        return std::nullopt;
    const quint32 limit = 1'000'000;
    if (!readVector(in, model.m_mean, limit) || !readVector(in, model.m_scale, limit)
        || !readVector(in, model.m_eigenvalues, limit))
        return std::nullopt;
    in >> a;
    const Eigen::Index m = model.m_mean.size();
    if (a < 1 || a > m || model.m_scale.size() != m || model.m_eigenvalues.size() != m)
        return std::nullopt;
    model.m_loadings.resize(m, a);
    for (qint32 c = 0; c < a; ++c) {
        Eigen::VectorXd v;
        if (!readVector(in, v, limit) || v.size() != m)
            return std::nullopt;
        model.m_loadings.col(c) = v;
    }
    model.m_samples = samples;
    model.m_invSqrtLambda = model.m_eigenvalues.head(a).cwiseMax(1e-300).cwiseSqrt().cwiseInverse();
    return model;
}

Eigen::MatrixXd laggedMatrix(const Eigen::MatrixXd &data, int lags)
{
    const Eigen::Index n = data.rows(), m = data.cols();
    if (lags <= 0)
        return data;
    if (n <= lags)
        return Eigen::MatrixXd(0, m * (lags + 1));
    Eigen::MatrixXd out(n - lags, m * (lags + 1));
    for (int l = 0; l <= lags; ++l)
        out.middleCols(l * m, m) = data.middleRows(lags - l, n - lags);
    return out;
}

Eigen::MatrixXd laggedSegments(const Eigen::MatrixXd &data, int lags, const std::vector<Eigen::Index> &segmentStarts)
{
    if (lags <= 0 || segmentStarts.empty())
        return laggedMatrix(data, lags);
    std::vector<Eigen::Index> bounds{0};
    for (Eigen::Index s : segmentStarts)
        if (s > bounds.back() && s < data.rows())
            bounds.push_back(s);
    bounds.push_back(data.rows());
    Eigen::Index rows = 0;
    for (size_t i = 0; i + 1 < bounds.size(); ++i)
        rows += std::max<Eigen::Index>(0, bounds[i + 1] - bounds[i] - lags);
    Eigen::MatrixXd out(rows, data.cols() * (lags + 1));
    Eigen::Index at = 0;
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
        const Eigen::Index length = bounds[i + 1] - bounds[i];
        if (length <= lags)
            continue;
        out.middleRows(at, length - lags) = laggedMatrix(data.middleRows(bounds[i], length), lags);
        at += length - lags;
    }
    return out;
}

} // namespace tp
