#pragma once

#include "analysis/pca.h"

#include <QCoreApplication>
#include <QString>

#include <deque>
#include <optional>

namespace tp {

/** The multivariate detectors a unit can use (`analysis.detector` in its configuration). */
enum class DetectorKind {
    Pca,                ///< static PCA: T^2 or SPE above its 99 % limit
    DynamicPca,         ///< PCA of [x_t .. x_t-lags] (Ku, Storer & Georgakis 1995)
    WindowedDynamicPca, ///< dynamic PCA whose T^2 and SPE are averaged over a moving window
};

QString detectorKindId(DetectorKind kind);
std::optional<DetectorKind> detectorKindFromId(QStringView id);

struct DetectorOptions {
    DetectorKind kind = DetectorKind::WindowedDynamicPca;
    /** Components by cumulative variance (0.99 keeps the residual space to noise), or fixed. */
    PcaOptions pca{0, 0.99, 0.99, LimitMethod::Parametric};
    int lags = 2;            ///< dynamic kinds
    int window = 20;         ///< windowed kind: samples averaged
    double confidence = 0.99; ///< of the T^2 and SPE limits (pca, dpca)
    /** Of the windowed index's limit: its held-out quantile. Higher than `confidence` because
     *  averages of autocorrelated statistics from a short baseline understate the tail. */
    double windowConfidence = 0.999;
    int folds = 5;           ///< cross-validation folds that set the windowed limit
};

/**
 * A fitted detector. Pca and DynamicPca alarm when T^2 or SPE exceeds its parametric limit.
 * WindowedDynamicPca scores each sample with dynamic PCA, divides T^2 and SPE by their mean on
 * data the model has not seen, averages each over the last `window` samples and alarms when
 * the larger average exceeds a limit: the `confidence` quantile of the same index on held-out
 * training data (k-fold cross-validation over contiguous blocks, so that in-sample fit does
 * not make the limit too tight). Averaging trades a delay of about `window` samples for the
 * detection of small persistent shifts that single samples hide in noise.
 */
class Detector
{
    Q_DECLARE_TR_FUNCTIONS(tp::Detector)
public:
    /** @p segmentStarts: rows of @p training that follow a break (a stop, a gap); lagged rows
     *  never reach across one. */
    static std::optional<Detector> fit(const Eigen::MatrixXd &training, const DetectorOptions &options,
                                       QString *error = nullptr, const std::vector<Eigen::Index> &segmentStarts = {});

    QString name() const;        ///< e.g. "windowed_dpca"
    QString description() const; ///< for people: kind, lags, window, components, limits
    const PcaModel &model() const { return m_model; }
    const DetectorOptions &options() const { return m_options; }

    struct Result {
        double t2 = 0, spe = 0;  ///< of the (lagged) sample
        double index = 0;        ///< >= 1 means alarm (the statistic over its limit)
        bool ready = false;      ///< false until the lags are filled
    };
    /** A sequence from its start (the first `lags` samples are not scored). */
    std::vector<Result> evaluate(const Eigen::MatrixXd &data) const;
    Eigen::Array<bool, Eigen::Dynamic, 1> alarms(const Eigen::MatrixXd &data) const;

    /** Incremental scoring of a live sequence: keeps the lags and the window. */
    class Stream
    {
    public:
        explicit Stream(const Detector &detector) : m_detector(&detector) {}
        Result push(const Eigen::Ref<const Eigen::VectorXd> &x);
        void reset();
        /** The lagged vector of the last scored sample (empty before the lags are filled). */
        const Eigen::VectorXd &lastAugmented() const { return m_augmented; }

    private:
        const Detector *m_detector;
        std::deque<Eigen::VectorXd> m_past;
        std::deque<std::pair<double, double>> m_window;
        double m_sumT2 = 0, m_sumSpe = 0;
        Eigen::VectorXd m_augmented;
    };

    /**
     * Each original variable's share (summing to 1) of a lagged sample's T^2 and SPE, each
     * statistic relative to its normal level (the windowed kind's scales, else its limit),
     * summed over the lags: the tags that make a sample abnormal.
     */
    Eigen::VectorXd contributions(const Eigen::VectorXd &augmented) const;

    QByteArray serialize() const;
    static std::optional<Detector> deserialize(const QByteArray &bytes);

private:
    double staticIndex(double t2, double spe) const;

    DetectorOptions m_options;
    PcaModel m_model;
    double m_t2Scale = 1, m_speScale = 1, m_limit = 1;
};

} // namespace tp
