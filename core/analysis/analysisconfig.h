#pragma once

#include "analysis/detector.h"
#include "analysis/modedetector.h"
#include "config/fleetconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace tp {

/** One remaining-useful-life target: an indicator (a tag, or the health index) and a limit. */
struct RulTarget {
    QString indicator;       ///< a tag name, or "health_index"
    double limit = 0;
    QString limitName;       ///< "hihi", "hi", "lo", "lolo" or empty for a number
    bool rising = true;
};

inline constexpr QStringView kHealthIndexIndicator = u"health_index";

/**
 * Remaining useful life learned from a library of run-to-failure trajectories (`rul.learned`):
 * a file in the C-MAPSS layout (unit, cycle, 3 settings, then one column per sensor) whose
 * sensor columns are `tags`, in order. The unit's current life runs from `start` (else the
 * first tag's oldest stored sample) and is cut into cycles of `cycle` running time.
 */
struct LearnedRulConfig {
    QString name;
    QString library;          ///< absolute path (a relative one is taken from the unit's file)
    QStringList tags;
    std::chrono::milliseconds cycle{std::chrono::hours(24)};
    std::optional<qint64> start; ///< UTC ms

    /** The indicator under which its forecasts are shown and stored: "learned:NAME". */
    QString indicator() const { return QStringLiteral("learned:") + name; }
};

/**
 * A unit's `analysis:` and `rul:` sections, typed and checked (README, "Analysis").
 * Without `rul.targets` every degrading indicator gets one: filter differential pressures,
 * bearing and winding temperatures and vibrations toward their HIHI (else HI) limit, surge
 * margins toward their LOLO (else LO) limit, and the health index toward 40.
 */
struct AnalysisConfig {
    Q_DECLARE_TR_FUNCTIONS(tp::AnalysisConfig)
public:
    ModeSettings mode;
    std::chrono::milliseconds baselineWindow{std::chrono::hours(24 * 14)};
    int baselineMinSamples = 200;
    int baselineMaxSamples = 20000; ///< longer baselines are resampled to this many frames
    double sigmaK = 3.0;
    int sigmaConsecutive = 5;
    std::chrono::milliseconds flatLine{std::chrono::hours(2)};
    bool multivariate = true;       ///< detector: none turns it off
    DetectorOptions detector;
    std::chrono::milliseconds rulHorizon{std::chrono::hours(24 * 365)};
    std::chrono::milliseconds rulWindow{std::chrono::hours(24 * 30)};
    std::chrono::milliseconds rulEvery{std::chrono::minutes(10)}; ///< of unit time, at most
    QList<RulTarget> rulTargets;
    QList<LearnedRulConfig> learnedRul;

    /** Errors name the key ("analysis.sigma.k: ..."); translated. */
    static AnalysisConfig fromUnit(const UnitConfig &unit, QStringList *errors = nullptr);
};

} // namespace tp
