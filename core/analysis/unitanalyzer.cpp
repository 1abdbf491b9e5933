#include "unitanalyzer.h"

#include "robuststats.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tp {

namespace {

constexpr quint32 kMagic = 0x5450414d; // "TPAM"

// The class's context, named where lupdate cannot miss it.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tp::UnitAnalyzer)
};

double priorityWeight(AlarmPriority p)
{
    switch (p) {
    case AlarmPriority::Critical: return 20;
    case AlarmPriority::High: return 12;
    case AlarmPriority::Medium: return 6;
    case AlarmPriority::Low: return 3;
    }
    return 6;
}

} // namespace

QString AnalyzerModel::description() const
{
    QString text = tr("%n tag(s) modelled", nullptr, int(tags.size()));
    text += tr(", trained on %n running frame(s)", nullptr, int(std::min<qint64>(samples, INT_MAX)));
    if (detector)
        text += u"; " + detector->description();
    if (!excluded.isEmpty())
        text += u"; " + tr("%n tag(s) left out", nullptr, int(excluded.size()));
    return text;
}

QByteArray AnalyzerModel::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << qint32(Version) << tags << excluded << trainFrom << trainTo << stepMs << samples;
    out << quint32(baselines.size());
    for (const TagBaseline &b : baselines)
        out << b.median << b.sigma << b.diffSigma;
    out << bool(detector) << (detector ? detector->serialize() : QByteArray());
    return bytes;
}

std::optional<AnalyzerModel> AnalyzerModel::deserialize(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, count = 0;
    qint32 version = 0;
    AnalyzerModel m;
    in >> magic >> version >> m.tags >> m.excluded >> m.trainFrom >> m.trainTo >> m.stepMs >> m.samples >> count;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != Version || count != quint32(m.tags.size()))
        return std::nullopt;
    m.baselines.resize(count);
    for (TagBaseline &b : m.baselines)
        in >> b.median >> b.sigma >> b.diffSigma;
    bool hasDetector = false;
    QByteArray detector;
    in >> hasDetector >> detector;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    if (hasDetector) {
        m.detector = Detector::deserialize(detector);
        if (!m.detector || m.detector->model().variables() != m.tags.size() * (m.detector->options().lags + 1))
            return std::nullopt;
    }
    return m;
}

UnitAnalyzer::UnitAnalyzer(const UnitConfig &unit, const AnalysisConfig &config)
    : m_config(config)
    , m_unit(unit)
{
}

std::optional<AnalyzerModel> UnitAnalyzer::train(const Eigen::MatrixXd &frames, const QStringList &tags, qint64 from,
                                                 qint64 to, qint64 stepMs, const UnitConfig &unit,
                                                 const AnalysisConfig &config, QString *error)
{
    Q_UNUSED(unit);
    AnalyzerModel model;
    model.trainFrom = from;
    model.trainTo = to;
    model.stepMs = stepMs;
    const Eigen::Index rows = frames.rows();
    // Rows with any value: the running frames (the others mark stops between them).
    Eigen::Index usable = 0;
    for (Eigen::Index r = 0; r < rows; ++r)
        usable += frames.row(r).array().isFinite().any() ? 1 : 0;
    std::vector<Eigen::Index> kept;
    for (Eigen::Index c = 0; c < frames.cols() && c < tags.size(); ++c) {
        std::vector<double> values, steps;
        double previous = std::numeric_limits<double>::quiet_NaN();
        for (Eigen::Index r = 0; r < rows; ++r) {
            const double v = frames(r, c);
            if (std::isfinite(v)) {
                values.push_back(v);
                if (std::isfinite(previous))
                    steps.push_back(v - previous);
            }
            previous = v;
        }
        const double coverage = usable > 0 ? double(values.size()) / double(usable) : 0.0;
        if (coverage < 0.9) {
            model.excluded.append(Tr::tr("%1: values in only %2 % of the baseline").arg(tags[int(c)]).arg(qRound(100 * coverage)));
            continue;
        }
        TagBaseline b;
        b.median = median(values);
        b.sigma = robustSigma(values, b.median);
        if (!(b.sigma > 0)) {
            // Mostly constant (a valve at its stop): the standard deviation, if it moved at all.
            const double mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
            double ss = 0;
            for (double v : values)
                ss += (v - mean) * (v - mean);
            b.sigma = std::sqrt(ss / double(std::max<size_t>(1, values.size() - 1)));
        }
        if (!(b.sigma > 1e-12 * std::max(1.0, std::abs(b.median)))) {
            model.excluded.append(Tr::tr("%1: constant in the baseline").arg(tags[int(c)]));
            continue;
        }
        b.diffSigma = robustSigma(steps, median(steps));
        model.tags.append(tags[int(c)]);
        model.baselines.push_back(b);
        kept.push_back(c);
    }
    if (kept.empty()) {
        if (error)
            *error = Tr::tr("no tag has enough varying data in the baseline");
        return std::nullopt;
    }
    // Complete frames only.
    std::vector<Eigen::Index> complete;
    for (Eigen::Index r = 0; r < rows; ++r) {
        if (std::all_of(kept.begin(), kept.end(), [&](Eigen::Index c) { return std::isfinite(frames(r, c)); }))
            complete.push_back(r);
    }
    model.samples = qint64(complete.size());
    if (int(complete.size()) < config.baselineMinSamples) {
        if (error)
            *error = Tr::tr("only %1 complete running frame(s) in the baseline; at least %2 are needed")
                         .arg(complete.size()).arg(config.baselineMinSamples);
        return std::nullopt;
    }
    if (config.multivariate && kept.size() >= 2) {
        Eigen::MatrixXd x(Eigen::Index(complete.size()), Eigen::Index(kept.size()));
        for (size_t r = 0; r < complete.size(); ++r)
            for (size_t c = 0; c < kept.size(); ++c)
                x(Eigen::Index(r), Eigen::Index(c)) = frames(complete[r], kept[c]);
        // Rows that do not follow their predecessor (a stop or an incomplete frame between)
        // start a segment: the detector's lags do not reach across them.
        std::vector<Eigen::Index> segmentStarts;
        for (size_t r = 1; r < complete.size(); ++r)
            if (complete[r] != complete[r - 1] + 1)
                segmentStarts.push_back(Eigen::Index(r));
        QString detectorError;
        model.detector = Detector::fit(x, config.detector, &detectorError, segmentStarts);
        if (!model.detector)
            model.excluded.append(Tr::tr("multivariate detector: %1").arg(detectorError));
    }
    return model;
}

void UnitAnalyzer::setModel(AnalyzerModel model)
{
    m_model = std::move(model);
    m_stream.reset();
    if (m_model->detector)
        m_stream.emplace(*m_model->detector);
    const int n = int(m_model->tags.size());
    m_state.assign(size_t(n), TagState{});
    m_normalLow.assign(size_t(n), std::nullopt);
    m_normalHigh.assign(size_t(n), std::nullopt);
    m_limits.assign(size_t(n), {});
    for (int i = 0; i < n; ++i) {
        const TagConfig *tag = m_unit.findTag(m_model->tags[i]);
        if (!tag)
            continue;
        m_normalLow[size_t(i)] = tag->normalLow;
        m_normalHigh[size_t(i)] = tag->normalHigh;
        // (sign, limit, weight): beyond when sign * value > sign * limit.
        for (const auto &[limit, sign] : {std::pair{&tag->hihi, 1.0}, std::pair{&tag->hi, 1.0},
                                          std::pair{&tag->lo, -1.0}, std::pair{&tag->lolo, -1.0}}) {
            if (*limit)
                m_limits[size_t(i)].push_back({sign * (*limit)->value, sign * priorityWeight((*limit)->priority)});
        }
    }
    m_wasRunning = false;
}

FrameResult UnitAnalyzer::push(qint64 ts, const Eigen::VectorXd &values, bool running)
{
    FrameResult r;
    if (!m_model)
        return r;
    const int n = int(m_model->tags.size());
    r.flags.assign(size_t(n), 0);
    if (!running) {
        // Lags and windows do not span a stop; counters start again with the next run.
        if (m_wasRunning && m_stream)
            m_stream->reset();
        for (TagState &s : m_state) {
            s.outside = 0;
            s.unchangedSince = 0;
        }
        m_wasRunning = false;
        return r;
    }
    m_wasRunning = true;
    const double k = m_config.sigmaK;
    bool complete = values.size() == n;
    for (int i = 0; i < n && i < values.size(); ++i) {
        const double v = values[i];
        TagState &s = m_state[size_t(i)];
        if (!std::isfinite(v)) {
            complete = false;
            continue;
        }
        const TagBaseline &b = m_model->baselines[size_t(i)];
        quint8 flags = 0;
        s.outside = std::abs(v - b.median) > k * b.sigma ? s.outside + 1 : 0;
        if (s.outside >= m_config.sigmaConsecutive)
            flags |= SigmaExcursion;
        const bool recent = s.lastTs > 0 && ts - s.lastTs <= 3 * std::max<qint64>(m_model->stepMs, 1000);
        if (recent && std::isfinite(s.last) && b.diffSigma > 0 && std::abs(v - s.last) > 2 * k * b.diffSigma)
            flags |= RateOfChange;
        if (recent && std::isfinite(s.last) && std::abs(v - s.last) <= 1e-12 * std::max(1.0, std::abs(v))) {
            if (s.unchangedSince == 0)
                s.unchangedSince = s.lastTs;
            if (ts - s.unchangedSince >= m_config.flatLine.count())
                flags |= FlatLine;
        } else {
            s.unchangedSince = 0;
        }
        const auto &lo = m_normalLow[size_t(i)];
        const auto &hi = m_normalHigh[size_t(i)];
        if ((lo && v < *lo) || (hi && v > *hi))
            flags |= OutOfRange;
        double worst = 0;
        for (const auto &[limit, weight] : m_limits[size_t(i)]) {
            const double sign = weight > 0 ? 1.0 : -1.0;
            if (sign * v > limit)
                worst = std::max(worst, std::abs(weight));
        }
        r.limitPenalty += worst;
        s.last = v;
        s.lastTs = ts;
        r.flags[size_t(i)] = flags;
        r.flagged += flags ? 1 : 0;
    }
    if (m_stream && complete) {
        const Detector::Result d = m_stream->push(values);
        r.scored = d.ready;
        r.anomaly = d.ready ? d.index : 0.0;
        r.t2 = d.t2;
        r.spe = d.spe;
    } else if (m_stream) {
        m_stream->reset(); // lags and windows do not span a gap in a tag
    }
    return r;
}

QList<std::pair<QString, double>> UnitAnalyzer::topContributors(int count) const
{
    QList<std::pair<QString, double>> out;
    if (!m_model || !m_model->detector || !m_stream || m_stream->lastAugmented().size() == 0)
        return out;
    const Eigen::VectorXd shares = m_model->detector->contributions(m_stream->lastAugmented());
    std::vector<int> order(size_t(shares.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&shares](int a, int b) { return shares[b] < shares[a]; });
    for (int i = 0; i < count && i < int(order.size()); ++i)
        out.append({m_model->tags[order[size_t(i)]], shares[order[size_t(i)]]});
    return out;
}

double UnitAnalyzer::healthIndex(const HealthInputs &in)
{
    double penalty = 40.0 * std::clamp((in.anomaly - 0.5) / 1.5, 0.0, 1.0);
    penalty += 25.0 * std::min(1.0, in.flaggedTags / 4.0);
    penalty += std::min(30.0, in.limitPenalty);
    if (in.rulP10Days)
        penalty += 25.0 * std::clamp(1.0 - *in.rulP10Days / 30.0, 0.0, 1.0);
    return std::clamp(100.0 - penalty, 0.0, 100.0);
}

QString UnitAnalyzer::healthGrade(double index)
{
    if (index >= 80)
        return Tr::tr("Good");
    if (index >= 60)
        return Tr::tr("Watch");
    if (index >= 40)
        return Tr::tr("Warning");
    return Tr::tr("Critical");
}

} // namespace tp
