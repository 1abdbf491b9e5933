#pragma once

#include <Eigen/Core>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tp {

/** How the 99 % (or other) control limits of T^2 and SPE are set. */
enum class LimitMethod {
    Parametric, ///< T^2 from the F distribution, SPE from Jackson-Mudholkar
    Empirical,  ///< quantiles of the training samples' own statistics
};

struct PcaOptions {
    /** A fixed number of components; 0 chooses by cumulativeVariance. */
    int components = 0;
    /** Components explaining at least this share of the (standardised) variance. */
    double cumulativeVariance = 0.90;
    double confidence = 0.99;
    LimitMethod limits = LimitMethod::Parametric;
};

/**
 * Principal component model of standardised variables with Hotelling's T^2 and the squared
 * prediction error SPE (Q), their control limits and per-variable contributions.
 *
 * Fit: mean and sample standard deviation per column, covariance of the standardised data by a
 * rank update, eigen-decomposition with SelfAdjointEigenSolver (PERFORMANCE.md: 30x faster
 * than an SVD of the data). Limits (Chiang, Russell & Braatz 2001):
 *   T^2 limit = a (n-1)(n+1) / (n (n-a)) * F(confidence; a, n-a)
 *   SPE limit = theta1 [c sqrt(2 theta2 h0^2)/theta1 + 1 + theta2 h0 (h0-1)/theta1^2]^(1/h0),
 *   theta_i = sum over the residual eigenvalues of lambda^i, h0 = 1 - 2 theta1 theta3 / (3 theta2^2).
 * Contributions: SPE_j = e_j^2 (sums to SPE); T^2_j = ((P L^-1/2 P^T z)_j)^2, the complete
 * decomposition of Alcala & Qin (2009): non-negative and sums to T^2.
 * Variables with no variance in training get a unit scale (they still add to SPE if they move).
 */
class PcaModel
{
    Q_DECLARE_TR_FUNCTIONS(tp::PcaModel)
public:
    struct Score {
        double t2 = 0;
        double spe = 0;
    };

    /** Rows are samples, columns variables. Needs more rows than components + 1. */
    static std::optional<PcaModel> fit(const Eigen::MatrixXd &data, const PcaOptions &options, QString *error = nullptr);

    int variables() const { return int(m_mean.size()); }
    int components() const { return int(m_loadings.cols()); }
    int trainingSamples() const { return m_samples; }
    double t2Limit() const { return m_t2Limit; }
    double speLimit() const { return m_speLimit; }
    const Eigen::VectorXd &eigenvalues() const { return m_eigenvalues; } ///< all, largest first
    const Eigen::VectorXd &mean() const { return m_mean; }
    const Eigen::VectorXd &scale() const { return m_scale; }
    const Eigen::MatrixXd &loadings() const { return m_loadings; }
    double explainedVariance() const; ///< share of the components

    /** One sample, in the original units. */
    Score score(const Eigen::Ref<const Eigen::VectorXd> &x) const;
    /** Every row of `data`: column 0 T^2, column 1 SPE. */
    Eigen::MatrixX2d scoreAll(const Eigen::MatrixXd &data) const;
    Eigen::VectorXd t2Contributions(const Eigen::Ref<const Eigen::VectorXd> &x) const;
    Eigen::VectorXd speContributions(const Eigen::Ref<const Eigen::VectorXd> &x) const;

    /** The parametric limits for a model with these eigenvalues (also used by tests). */
    static double hotellingLimit(int components, int samples, double confidence);
    static double jacksonMudholkarLimit(const Eigen::VectorXd &residualEigenvalues, double confidence);

    /** Compact, versioned, lossless (doubles as bits): what the unit's store keeps. */
    QByteArray serialize() const;
    static std::optional<PcaModel> deserialize(const QByteArray &bytes);

private:
    Eigen::VectorXd standardize(const Eigen::Ref<const Eigen::VectorXd> &x) const;

    Eigen::VectorXd m_mean, m_scale, m_eigenvalues, m_invSqrtLambda;
    Eigen::MatrixXd m_loadings;
    double m_t2Limit = 0, m_speLimit = 0, m_confidence = 0.99;
    int m_samples = 0;
};

/** Rows [x_t, x_{t-1}, ..., x_{t-lags}] for t = lags .. n-1: the data of a dynamic PCA. */
Eigen::MatrixXd laggedMatrix(const Eigen::MatrixXd &data, int lags);
/** The same per contiguous segment (rows from each start to the next), concatenated: no lagged
 *  row mixes two segments. Segments shorter than lags + 1 rows contribute nothing. */
Eigen::MatrixXd laggedSegments(const Eigen::MatrixXd &data, int lags, const std::vector<Eigen::Index> &segmentStarts);

} // namespace tp
