#include "detector.h"

#include "robuststats.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tp {

namespace {

constexpr quint32 kMagic = 0x54504454; // "TPDT"
constexpr quint16 kVersion = 1;

// Averages of t2 and spe over full windows of w consecutive rows.
void windowedMaxima(const Eigen::MatrixX2d &s, double t2Scale, double speScale, int w, std::vector<double> &out)
{
    double a = 0, b = 0;
    for (Eigen::Index i = 0; i < s.rows(); ++i) {
        a += s(i, 0) / t2Scale;
        b += s(i, 1) / speScale;
        if (i >= w) {
            a -= s(i - w, 0) / t2Scale;
            b -= s(i - w, 1) / speScale;
        }
        if (i >= w - 1)
            out.push_back(std::max(a, b) / w);
    }
}

} // namespace

QString detectorKindId(DetectorKind kind)
{
    switch (kind) {
    case DetectorKind::Pca: return QStringLiteral("pca");
    case DetectorKind::DynamicPca: return QStringLiteral("dpca");
    case DetectorKind::WindowedDynamicPca: return QStringLiteral("windowed_dpca");
    }
    return {};
}

std::optional<DetectorKind> detectorKindFromId(QStringView id)
{
    for (DetectorKind k : {DetectorKind::Pca, DetectorKind::DynamicPca, DetectorKind::WindowedDynamicPca}) {
        if (id == detectorKindId(k))
            return k;
    }
    return std::nullopt;
}

std::optional<Detector> Detector::fit(const Eigen::MatrixXd &training, const DetectorOptions &options, QString *error,
                                     const std::vector<Eigen::Index> &segmentStarts)
{
    Detector d;
    d.m_options = options;
    if (options.kind == DetectorKind::Pca)
        d.m_options.lags = 0;
    d.m_options.window = std::max(1, options.window);
    d.m_options.pca.confidence = options.confidence;
    const Eigen::MatrixXd augmented = laggedSegments(training, d.m_options.lags, segmentStarts);
    auto model = PcaModel::fit(augmented, d.m_options.pca, error);
    if (!model)
        return std::nullopt;
    d.m_model = std::move(*model);
    if (options.kind != DetectorKind::WindowedDynamicPca)
        return d;

    // Held-out statistics: each contiguous block scored by a model fitted without it.
    const int folds = std::max(2, options.folds);
    const Eigen::Index n = augmented.rows();
    if (n < folds * (d.m_options.window + 2)) {
        if (error)
            *error = tr("%n training sample(s) are too few for a windowed detector", nullptr, int(training.rows()));
        return std::nullopt;
    }
    PcaOptions fixed = d.m_options.pca;
    fixed.components = d.m_model.components();
    std::vector<Eigen::MatrixX2d> heldOut;
    double sumT2 = 0, sumSpe = 0;
    Eigen::Index count = 0;
    for (int k = 0; k < folds; ++k) {
        const Eigen::Index begin = n * k / folds, end = n * (k + 1) / folds;
        Eigen::MatrixXd rest(n - (end - begin), augmented.cols());
        rest << augmented.topRows(begin), augmented.bottomRows(n - end);
        auto foldModel = PcaModel::fit(rest, fixed, error);
        if (!foldModel)
            return std::nullopt;
        heldOut.push_back(foldModel->scoreAll(augmented.middleRows(begin, end - begin)));
        sumT2 += heldOut.back().col(0).sum();
        sumSpe += heldOut.back().col(1).sum();
        count += end - begin;
    }
    // Floors: exactly collinear tags leave a residual of rounding noise, which must not count.
    const double floor = 1e-6 * double(augmented.cols());
    d.m_t2Scale = std::max(sumT2 / double(count), floor);
    d.m_speScale = std::max(sumSpe / double(count), floor);
    std::vector<double> index;
    for (const Eigen::MatrixX2d &s : heldOut)
        windowedMaxima(s, d.m_t2Scale, d.m_speScale, d.m_options.window, index);
    d.m_limit = std::max(quantile(index, options.windowConfidence), 1e-12);
    return d;
}

QString Detector::name() const
{
    return detectorKindId(m_options.kind);
}

QString Detector::description() const
{
    switch (m_options.kind) {
    case DetectorKind::Pca:
        return tr("PCA, %1 components, %2 % limits").arg(m_model.components()).arg(100 * m_options.confidence);
    case DetectorKind::DynamicPca:
        return tr("dynamic PCA, %1 lags, %2 components, %3 % limits")
            .arg(m_options.lags).arg(m_model.components()).arg(100 * m_options.confidence);
    case DetectorKind::WindowedDynamicPca:
        return tr("dynamic PCA, %1 lags, %2 components, T^2 and SPE averaged over %3 samples, "
                  "%4 % limit from %5-fold cross-validation")
            .arg(m_options.lags).arg(m_model.components()).arg(m_options.window)
            .arg(100 * m_options.windowConfidence).arg(m_options.folds);
    }
    return {};
}

double Detector::staticIndex(double t2, double spe) const
{
    // A limit of (numerically) nothing: that statistic carries no information.
    const double floor = 1e-6 * double(m_model.variables());
    const double a = m_model.t2Limit() > floor ? t2 / m_model.t2Limit() : 0.0;
    const double b = m_model.speLimit() > floor ? spe / m_model.speLimit() : 0.0;
    return std::max(a, b);
}

std::vector<Detector::Result> Detector::evaluate(const Eigen::MatrixXd &data) const
{
    std::vector<Result> out(size_t(data.rows()));
    const int lags = m_options.lags;
    if (data.rows() <= lags)
        return out;
    const Eigen::MatrixX2d s = m_model.scoreAll(laggedMatrix(data, lags));
    const bool windowed = m_options.kind == DetectorKind::WindowedDynamicPca;
    const int w = m_options.window;
    double a = 0, b = 0;
    for (Eigen::Index i = 0; i < s.rows(); ++i) {
        Result &r = out[size_t(i + lags)];
        r.t2 = s(i, 0);
        r.spe = s(i, 1);
        if (!windowed) {
            r.index = staticIndex(r.t2, r.spe);
            r.ready = true;
            continue;
        }
        a += r.t2 / m_t2Scale;
        b += r.spe / m_speScale;
        if (i >= w) {
            a -= s(i - w, 0) / m_t2Scale;
            b -= s(i - w, 1) / m_speScale;
        }
        r.ready = i >= w - 1;
        r.index = r.ready ? std::max(a, b) / w / m_limit : 0.0;
    }
    return out;
}

Eigen::Array<bool, Eigen::Dynamic, 1> Detector::alarms(const Eigen::MatrixXd &data) const
{
    const std::vector<Result> r = evaluate(data);
    Eigen::Array<bool, Eigen::Dynamic, 1> a(Eigen::Index(r.size()));
    for (size_t i = 0; i < r.size(); ++i)
        a[Eigen::Index(i)] = r[i].ready && r[i].index > 1.0;
    return a;
}

Detector::Result Detector::Stream::push(const Eigen::Ref<const Eigen::VectorXd> &x)
{
    const Detector &d = *m_detector;
    const int lags = d.m_options.lags;
    Result r;
    m_past.push_front(x);
    if (int(m_past.size()) > lags + 1)
        m_past.pop_back();
    if (int(m_past.size()) <= lags)
        return r;
    Eigen::VectorXd &augmented = m_augmented;
    augmented.resize(x.size() * (lags + 1));
    for (int l = 0; l <= lags; ++l)
        augmented.segment(l * x.size(), x.size()) = m_past[size_t(l)];
    const PcaModel::Score s = d.m_model.score(augmented);
    r.t2 = s.t2;
    r.spe = s.spe;
    if (d.m_options.kind != DetectorKind::WindowedDynamicPca) {
        r.index = d.staticIndex(s.t2, s.spe);
        r.ready = true;
        return r;
    }
    m_window.emplace_back(s.t2 / d.m_t2Scale, s.spe / d.m_speScale);
    m_sumT2 += m_window.back().first;
    m_sumSpe += m_window.back().second;
    if (int(m_window.size()) > d.m_options.window) {
        m_sumT2 -= m_window.front().first;
        m_sumSpe -= m_window.front().second;
        m_window.pop_front();
    }
    r.ready = int(m_window.size()) == d.m_options.window;
    r.index = r.ready ? std::max(m_sumT2, m_sumSpe) / d.m_options.window / d.m_limit : 0.0;
    return r;
}

Eigen::VectorXd Detector::contributions(const Eigen::VectorXd &augmented) const
{
    const int lags = m_options.lags;
    const Eigen::Index m = augmented.size() / (lags + 1);
    Eigen::VectorXd out = Eigen::VectorXd::Zero(m);
    if (augmented.size() != m_model.variables() || m == 0)
        return out;
    const bool windowed = m_options.kind == DetectorKind::WindowedDynamicPca;
    const double t2Scale = windowed ? m_t2Scale : m_model.t2Limit();
    const double speScale = windowed ? m_speScale : m_model.speLimit();
    const Eigen::VectorXd c = m_model.t2Contributions(augmented) / std::max(t2Scale, 1e-300)
        + m_model.speContributions(augmented) / std::max(speScale, 1e-300);
    for (int l = 0; l <= lags; ++l)
        out += c.segment(l * m, m);
    const double total = out.sum();
    return total > 0 ? Eigen::VectorXd(out / total) : out;
}

void Detector::Stream::reset()
{
    m_augmented.resize(0);
    m_past.clear();
    m_window.clear();
    m_sumT2 = m_sumSpe = 0;
}

QByteArray Detector::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << qint32(m_options.kind) << qint32(m_options.lags) << qint32(m_options.window)
        << m_options.confidence << m_options.windowConfidence << qint32(m_options.folds) << m_t2Scale << m_speScale << m_limit << m_model.serialize();
    return bytes;
}

std::optional<Detector> Detector::deserialize(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 kind = 0, lags = 0, window = 0, folds = 0;
    QByteArray model;
    Detector d;
    in >> magic >> version >> kind >> lags >> window >> d.m_options.confidence >> d.m_options.windowConfidence >> folds >> d.m_t2Scale >> d.m_speScale
        >> d.m_limit >> model;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || kind < 0 || kind > 2 || lags < 0
        || lags > 1000 || window < 1 || window > 100000)
        return std::nullopt;
    auto m = PcaModel::deserialize(model);
    if (!m || m->variables() % (lags + 1) != 0)
        return std::nullopt;
    d.m_options.kind = DetectorKind(kind);
    d.m_options.lags = lags;
    d.m_options.window = window;
    d.m_options.folds = folds;
    d.m_model = std::move(*m);
    return d;
}

} // namespace tp
