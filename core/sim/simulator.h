#pragma once

#include "config/fleetconfig.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace tp {

/** A shutdown of a simulated unit: [start, restart). */
struct SimEvent {
    enum class Kind { PlannedShutdown, Trip, Maintenance };
    Kind kind = Kind::PlannedShutdown;
    qint64 start = 0;   ///< UTC ms: unloading (planned, maintenance) or the trip itself
    qint64 restart = 0; ///< UTC ms: start-up begins
    QString scenario;   ///< Maintenance: the degradation it resets
};

/** A sensor fault of one tag. */
struct SimFault {
    enum class Kind { FlatLine, Spikes, Drift, IoTimeout, BadInput };
    Kind kind = Kind::FlatLine;
    qint64 start = 0;
    qint64 end = 0;
};

/**
 * The demo fleet's plant model: one unit's tags as pure functions of time.
 *
 * A few shared latent variables drive every tag, so tags are correlated as in a real train:
 * load (slow random variation around 88 %), ambient temperature (a daily cycle in the plant's
 * time zone plus day-to-day weather), and the running factor (1 running, 0 stopped; the
 * shapes of unloading, coast-down and start-up). On top come planned shutdowns (every ~8
 * weeks, 1-3 days), trips (~1 in 8 weeks, 3-10 h down), sensor faults (flat line, spikes,
 * drift, `I/O Timeout`, `Bad Input`) and the unit's degradation scenarios (filter_clogging,
 * bearing_wear, fouling), each a cycle that ends at its limit with a maintenance outage that
 * resets it.
 *
 * Every value is a function of (seed, tag, time) only: the simulator is deterministic,
 * needs no state to restart from any time, and can back-fill in any order.
 * Thread: const methods are safe from any thread.
 */
class Simulator
{
public:
    static constexpr qint64 SlotMs = 7LL * 24 * 3'600'000; ///< events are drawn per week slot

    enum class Quality { Good, IoTimeout, BadInput };
    struct Value {
        double value = 0.0;
        Quality quality = Quality::Good;
    };

    /** How a tag is simulated, from its kind, role and description. */
    enum class Signal {
        Speed, MainFlow, RecycleFlow, SealFlow, SuctionPressure, DischargePressure,
        SuctionTemperature, DischargeTemperature, CoolerOutletTemperature, BearingTemperature,
        WindingTemperature, OilTemperature, OilPressure, OilLevel, ProcessLevel, FilterDp,
        OtherDp, Vibration, AxialPosition, ValvePosition, SurgeMargin, ControllerOutput,
        MotorCurrent, MotorPower, Voltage, CoolingWaterTemperature, CoolingWaterPressure,
        AmbientTemperature, Other,
    };

    /** The latent state of the unit at one time, shared by all its tags. */
    struct Frame {
        qint64 ts = 0;
        double running = 1.0; ///< 1 running .. 0 stopped
        double thermal = 1.0; ///< 1 at running temperatures .. 0 cooled to ambient
        double load = 0.88;
        double ambient = 28.0;
        double fouling = 0.0, bearingWear = 0.0, clogging = 0.0; ///< cycle progress 0..1
    };

    explicit Simulator(const UnitConfig &unit);

    int tagCount() const { return static_cast<int>(m_tags.size()); }
    QString tagName(int index) const { return m_tags[index].name; }
    Signal signal(int index) const { return m_tags[index].signal; }
    quint64 seed() const { return m_seed; }

    /** The value of tag @p index at UTC time @p ts. */
    Value value(int index, qint64 ts) const { return value(index, frameAt(ts)); }
    /** The same for a frame computed once for all tags. */
    Value value(int index, const Frame &frame) const;
    Frame frameAt(qint64 ts) const;

    // --- the latent variables, for tests and for the demo's explanations -------------------
    double load(qint64 ts) const;           ///< 0.7 .. 1.0
    double ambient(qint64 ts) const;        ///< degC
    double runningFactor(qint64 ts) const;  ///< 1 running .. 0 stopped
    /** Progress 0..1 through the current cycle of a degradation scenario; -1 if the unit
     *  does not have it. */
    double degradation(const QString &scenario, qint64 ts) const;
    /** Length of one cycle of a scenario (ms), 0 if the unit does not have it. */
    qint64 degradationCycle(const QString &scenario) const;
    QList<SimEvent> events(qint64 from, qint64 to) const;
    QList<SimFault> faults(int index, qint64 from, qint64 to) const;

    static Signal classify(const TagConfig &tag);

private:
    struct Tag {
        QString name;
        Signal signal = Signal::Other;
        double low = 0.0;  ///< normal range
        double high = 1.0;
        double hiLimit = 0.0; ///< the limit degradation runs into
        double noise = 0.005; ///< standard deviation as a share of the range
        double loadGain = 0.0;
        bool clogs = false;      ///< a filter dP that the filter_clogging scenario drives
        double wearShare = 0.3;  ///< how much of the bearing wear this bearing feels
        bool returnLine = false; ///< cooling water return: warmer with the heat load
        quint64 key = 0;
    };
    struct Scenario {
        QString name;
        qint64 cycle = 0;
        qint64 offset = 0;
    };
    double thermalFactor(qint64 ts) const;
    double cleanValue(const Tag &tag, const Frame &f) const;
    bool faultAt(const Tag &tag, qint64 ts, SimFault *fault) const;
    const Scenario *scenario(QStringView name) const;
    void eventsInSlot(qint64 slot, QList<SimEvent> &out) const;
    void faultInSlot(const Tag &tag, qint64 slot, QList<SimFault> &out) const;
    double uniform(quint64 a, quint64 b = 0, quint64 c = 0) const;
    double gaussian(quint64 a, quint64 b, quint64 c) const;
    double smoothNoise(quint64 key, qint64 ts, qint64 period) const;

    quint64 m_seed = 0;
    int m_utcOffsetMs = 0;
    std::vector<Tag> m_tags;
    std::vector<Scenario> m_scenarios;
};

} // namespace tp
