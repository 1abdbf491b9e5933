#pragma once

#include "analysis/analysisconfig.h"
#include "analysis/detector.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace tp {

/** A tag's running-mode baseline: robust centre and spread, and of its step-to-step change. */
struct TagBaseline {
    double median = 0;
    double sigma = 0;      ///< 1.4826 x MAD
    double diffSigma = 0;  ///< 1.4826 x MAD of the change from one frame to the next
};

/** Per-tag health indicator flags (TagSnapshot::indicators). */
enum TagIndicator : quint8 {
    SigmaExcursion = 1,  ///< outside median +- k sigma for N consecutive frames
    RateOfChange = 2,    ///< a step larger than 2k times the baseline's step spread
    FlatLine = 4,        ///< no change for analysis.flat_line while running
    OutOfRange = 8,      ///< outside the tag's configured normal range
    Stale = 16,          ///< no good sample lately (set by the runtime)
};

/** What a unit's analysis learned from its baseline: stored, versioned, reproducible. */
struct AnalyzerModel {
    Q_DECLARE_TR_FUNCTIONS(tp::AnalyzerModel)
public:
    static constexpr int Version = 1;
    QStringList tags;                  ///< the modelled tags, in column order
    std::vector<TagBaseline> baselines;
    std::optional<Detector> detector;  ///< none if multivariate analysis is off or impossible
    qint64 trainFrom = 0, trainTo = 0, stepMs = 0;
    qint64 samples = 0;                ///< running frames used
    QStringList excluded;              ///< tags left out, with the reason, for people

    QString description() const;
    QByteArray serialize() const;
    static std::optional<AnalyzerModel> deserialize(const QByteArray &bytes);
};

/** How long a tag's value holds in a frame: three grid steps, at least three minutes. */
inline qint64 analysisHoldMs(const AnalyzerModel &model)
{
    return std::max<qint64>(3 * model.stepMs, 180'000);
}

/** The outcome of one frame. */
struct FrameResult {
    bool scored = false;   ///< the detector had enough history (lags, window) to score
    double anomaly = 0;    ///< the detector's index: 1 is its limit
    double t2 = 0, spe = 0; ///< of the scored (lagged) frame; their limits are the model's
    std::vector<quint8> flags; ///< per model tag
    int flagged = 0;       ///< tags with a flag
    double limitPenalty = 0; ///< weights of tags beyond configured alarm limits (critical 20, high 12, medium 6, low 3)
};

struct HealthInputs {
    double anomaly = 0;
    int flaggedTags = 0;
    double limitPenalty = 0;
    std::optional<double> rulP10Days; ///< the most urgent tag forecast's P10
};

/**
 * The per-unit analysis engine, free of threads and storage: trains on baseline frames
 * (running-mode samples of every tag on a common time grid), then takes one frame at a time.
 *
 * Health index (0-100), the README's formula:
 *   100 - 40 * clamp((anomaly - 0.5) / 1.5, 0, 1)      multivariate: none at half the limit,
 *                                                       all at twice it
 *       - 25 * min(1, flagged tags / 4)                 sigma, rate, flat line, out of range
 *       - min(30, limit penalty)                        tags beyond their alarm limits
 *       - 25 * clamp(1 - P10 RUL / 30 days, 0, 1)       the most urgent forecast
 * clamped to 0..100: 80+ good, 60-80 watch, 40-60 warning, below 40 critical.
 */
class UnitAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(tp::UnitAnalyzer)
public:
    UnitAnalyzer(const UnitConfig &unit, const AnalysisConfig &config);

    /**
     * Fits baselines and the detector. `frames`: rows are frames on a grid of `stepMs`,
     * columns the candidate tags (`tags`); NaN where a tag had no value, and whole rows of NaN
     * outside running mode (they break the series: the detector's lags never reach across
     * them). Tags with values in under 90 % of the running frames or without variance are left
     * out (AnalyzerModel::excluded says why).
     */
    static std::optional<AnalyzerModel> train(const Eigen::MatrixXd &frames, const QStringList &tags, qint64 from, qint64 to,
                                              qint64 stepMs, const UnitConfig &unit, const AnalysisConfig &config,
                                              QString *error = nullptr);

    void setModel(AnalyzerModel model);
    const AnalyzerModel *model() const { return m_model ? &*m_model : nullptr; }

    /** One frame: the model tags' values (NaN: none), at `ts`, with the unit running or not. */
    FrameResult push(qint64 ts, const Eigen::VectorXd &values, bool running);

    /** Each model tag's share (0..1) of the last scored frame's anomaly, largest first. */
    QList<std::pair<QString, double>> topContributors(int count) const;

    static double healthIndex(const HealthInputs &inputs);
    static QString healthGrade(double index); ///< translated: Good, Watch, Warning, Critical

private:
    struct TagState {
        int outside = 0;
        double last = std::numeric_limits<double>::quiet_NaN();
        qint64 lastTs = 0;
        qint64 unchangedSince = 0;
    };
    AnalysisConfig m_config;
    std::optional<AnalyzerModel> m_model;
    std::optional<Detector::Stream> m_stream;
    std::vector<TagState> m_state;
    std::vector<std::optional<double>> m_normalLow, m_normalHigh;
    using Limits = std::vector<std::pair<double, double>>; ///< (signed limit, signed weight)
    std::vector<Limits> m_limits;
    bool m_wasRunning = false;
    UnitConfig m_unit;
};

} // namespace tp
