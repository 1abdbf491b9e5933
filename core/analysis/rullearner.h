#pragma once

#include <Eigen/Core>

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>
#include <vector>

namespace tp {

/** One unit's run: operating settings and sensors per cycle (C-MAPSS is one input format). */
struct Trajectory {
    int unit = 0;
    Eigen::MatrixXd settings; ///< cycles x settings
    Eigen::MatrixXd sensors;  ///< cycles x sensors
    int cycles() const { return int(sensors.rows()); }
};

/**
 * Reads a C-MAPSS file (unit, cycle, 3 settings, 21 sensors per line, blank-separated) into one
 * trajectory per unit, in file order. Errors name the file and line.
 */
std::optional<std::vector<Trajectory>> readCmapss(const QString &path, QString *error = nullptr);

/**
 * Remaining useful life learned from run-to-failure trajectories.
 *
 * - Operating regimes: k-means (k = 6) on the settings when they vary (C-MAPSS FD002/FD004),
 *   else one; every sensor is standardised per regime, and sensors without variance dropped.
 * - Features at a cycle, over the last `window` cycles: per sensor the mean of the last 5, the
 *   window's mean and least-squares slope, and an exponentially weighted mean; plus the cycle.
 * - Target: min(cap, cycles left) (the usual piecewise-linear label).
 * - Model: kernel ridge regression with an RBF kernel on standardised features, fitted on up to
 *   `maxTrain` cycles sampled from the training runs.
 * - Interval: normalised cross-conformal. The runs are split into `folds`; a model fitted on
 *   the other folds predicts each fold's runs at random cut-off cycles (any cycle with a full
 *   feature window), and the score is
 *   |truth - prediction| / (prediction + `intervalOffset`). The `coverage` quantile q of the
 *   scores gives the final model's (fitted on all runs) interval: prediction +/- q x
 *   (prediction + offset), narrower as the predicted life runs out.
 */
class RulLearner
{
    Q_DECLARE_TR_FUNCTIONS(tp::RulLearner)
public:
    struct Options {
        int window = 30;
        double cap = 125;
        int maxTrain = 3000;
        double lambda = 0.5;      ///< ridge penalty
        double gammaScale = 1.0;  ///< RBF gamma = gammaScale / features
        double coverage = 0.8;
        int folds = 5;
        double intervalOffset = 50; ///< cycles added to the prediction in the interval's scale
        unsigned seed = 1;
    };
    struct Prediction {
        double rul = 0;
        double low = 0, high = 0; ///< the `coverage` interval
    };

    /** @p cancel (may be null) is read between the fits: a stop need not wait for all six. */
    static std::optional<RulLearner> fit(const std::vector<Trajectory> &runs, const Options &options, QString *error = nullptr,
                                         const std::atomic_bool *cancel = nullptr);
    /** At the trajectory's last cycle. */
    Prediction predict(const Trajectory &run) const;
    int regimes() const { return int(m_centres.rows()); }

private:
    int regimeOf(const Eigen::RowVectorXd &settings) const;
    Eigen::MatrixXd normalised(const Trajectory &run) const;
    Eigen::RowVectorXd features(const Eigen::MatrixXd &normalised, int cycle) const;
    static std::optional<RulLearner> fitCore(const std::vector<Trajectory> &runs, const Options &options, QString *error);
    double predictRaw(const Trajectory &run) const;

    Options m_options;
    Eigen::MatrixXd m_centres;          ///< regimes x settings
    Eigen::MatrixXd m_mean, m_scale;    ///< regimes x sensors
    std::vector<int> m_sensors;         ///< kept sensor columns
    Eigen::RowVectorXd m_featMean, m_featScale;
    Eigen::MatrixXd m_support;          ///< training features (standardised)
    Eigen::VectorXd m_alpha;
    double m_gamma = 1, m_offset = 0;
    double m_intervalScale = 0;
};

} // namespace tp
