#include "simulator.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tp {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Stream keys of the hash-based random numbers.
enum : quint64 {
    kLoad = 1, kLoadSlow, kWeather, kPlanned, kTrip, kFault, kSpike, kNoise, kScenario,
    kTagKey, kLevel,
};

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: a good 64-bit mixer.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

quint64 stringKey(const QString &s)
{
    quint64 h = 1469598103934665603ULL; // FNV-1a
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return mix(h);
}

bool has(const QString &text, const char *word)
{
    return text.contains(QLatin1StringView(word), Qt::CaseInsensitive);
}

// A bump of height 1 at x0 with width w.
double bump(double x, double x0, double w)
{
    const double z = (x - x0) / w;
    return std::exp(-z * z);
}

} // namespace

double Simulator::uniform(quint64 a, quint64 b, quint64 c) const
{
    const quint64 h = mix(m_seed ^ mix(a ^ mix(b ^ mix(c))));
    return static_cast<double>(h >> 11) * 0x1.0p-53;
}

double Simulator::gaussian(quint64 a, quint64 b, quint64 c) const
{
    const double u1 = std::max(uniform(a, b, c), 1e-300);
    const double u2 = uniform(a, b, c ^ 0x5bd1e995ULL);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double Simulator::smoothNoise(quint64 key, qint64 ts, qint64 period) const
{
    const qint64 k = floorDiv(ts, period);
    const double f = static_cast<double>(ts - k * period) / static_cast<double>(period);
    const double v0 = uniform(key, static_cast<quint64>(k)) * 2.0 - 1.0;
    const double v1 = uniform(key, static_cast<quint64>(k + 1)) * 2.0 - 1.0;
    const double s = f * f * (3.0 - 2.0 * f);
    return v0 + (v1 - v0) * s;
}

Simulator::Signal Simulator::classify(const TagConfig &tag)
{
    const QString &d = tag.description;
    const bool ambient = has(d, "ambient");
    const bool coolingWater = has(d, "cooling water");
    const bool oil = has(d, "oil");
    switch (tag.kind) {
    case TagKind::Speed: return Signal::Speed;
    case TagKind::Flow:
        if (tag.role == TagRole::MainFlow || has(d, "main") || has(d, "process gas flow"))
            return Signal::MainFlow;
        if (has(d, "recycle") || has(d, "surge"))
            return Signal::RecycleFlow;
        return Signal::SealFlow;
    case TagKind::Pressure:
        if (coolingWater)
            return Signal::CoolingWaterPressure;
        if (oil)
            return Signal::OilPressure;
        if (has(d, "suction"))
            return Signal::SuctionPressure;
        if (has(d, "discharge"))
            return Signal::DischargePressure;
        return Signal::Other;
    case TagKind::DifferentialPressure:
        return has(d, "filter") || has(d, "strainer") ? Signal::FilterDp : Signal::OtherDp;
    case TagKind::Temperature:
        if (ambient)
            return Signal::AmbientTemperature;
        if (coolingWater)
            return Signal::CoolingWaterTemperature;
        if (has(d, "bearing"))
            return Signal::BearingTemperature;
        if (has(d, "winding"))
            return Signal::WindingTemperature;
        if (oil)
            return Signal::OilTemperature;
        if (has(d, "suction"))
            return Signal::SuctionTemperature;
        if (has(d, "discharge"))
            return Signal::DischargeTemperature;
        if (has(d, "cooler") || has(d, "outlet"))
            return Signal::CoolerOutletTemperature;
        return Signal::Other;
    case TagKind::Level: return oil || has(d, "tank") ? Signal::OilLevel : Signal::ProcessLevel;
    case TagKind::Vibration: return Signal::Vibration;
    case TagKind::Position: return has(d, "axial") ? Signal::AxialPosition : Signal::ValvePosition;
    case TagKind::Calculated: return has(d, "margin") || has(d, "surge") ? Signal::SurgeMargin : Signal::Other;
    case TagKind::ControllerOutput: return Signal::ControllerOutput;
    case TagKind::Current: return Signal::MotorCurrent;
    case TagKind::Power: return Signal::MotorPower;
    case TagKind::Voltage: return Signal::Voltage;
    case TagKind::Analyser:
    case TagKind::Other: return ambient ? Signal::AmbientTemperature : Signal::Other;
    }
    return Signal::Other;
}

Simulator::Simulator(const UnitConfig &unit)
{
    m_seed = unit.source.seed != 0 ? mix(unit.source.seed) : stringKey(unit.unitId);
    const QTimeZone zone(unit.timeZone.isEmpty() ? QByteArray("UTC") : unit.timeZone);
    // A fixed offset (taken now) is enough for the daily temperature cycle.
    m_utcOffsetMs = zone.isValid() ? zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) * 1000 : 0;

    for (const QString &name : unit.source.scenarios) {
        Scenario s;
        s.name = name;
        const double base = name == u"filter_clogging" ? 75.0 : name == u"bearing_wear" ? 160.0 : 110.0;
        s.cycle = static_cast<qint64>((base * (0.8 + 0.4 * uniform(kScenario, stringKey(name)))) * kDay);
        s.offset = static_cast<qint64>(uniform(kScenario, stringKey(name), 1) * static_cast<double>(s.cycle));
        m_scenarios.push_back(s);
    }

    m_tags.reserve(unit.tags.size());
    for (const TagConfig &config : unit.tags) {
        Tag tag;
        tag.name = config.name;
        tag.signal = classify(config);
        tag.key = mix(stringKey(config.name) ^ kTagKey);
        tag.clogs = tag.signal == Signal::FilterDp && has(config.description, "filter")
            && std::any_of(unit.source.scenarios.cbegin(), unit.source.scenarios.cend(),
                           [](const QString &s) { return s == u"filter_clogging"; });
        tag.returnLine = has(config.description, "return");
        // One end of the machine wears; the other feels a little of it.
        if (tag.signal == Signal::BearingTemperature)
            tag.wearShare = config.name.contains(u"NDE") || config.name.endsWith(u"A.PV") ? 1.0 : 0.25;
        else if (tag.signal == Signal::Vibration)
            tag.wearShare = config.name.contains(u"NDE") ? 1.0 : 0.3;
        // The normal range, else one made from the limits, else a plausible default.
        double low = config.normalLow.value_or(std::nan(""));
        double high = config.normalHigh.value_or(std::nan(""));
        if (!(high > low)) {
            const double lo = config.lo ? config.lo->value : (config.lolo ? config.lolo->value : std::nan(""));
            const double hi = config.hi ? config.hi->value : (config.hihi ? config.hihi->value : std::nan(""));
            if (hi > lo) {
                low = lo + 0.15 * (hi - lo);
                high = hi - 0.15 * (hi - lo);
            } else if (std::isfinite(hi)) {
                low = hi * 0.5;
                high = hi * 0.8;
            } else if (std::isfinite(lo)) {
                low = lo * 1.2 + 1.0;
                high = lo * 1.6 + 2.0;
            } else {
                switch (tag.signal) {
                case Signal::ControllerOutput:
                case Signal::ValvePosition: low = 0; high = 100; break;
                case Signal::Vibration: low = 10; high = 35; break;
                case Signal::OilLevel:
                case Signal::ProcessLevel: low = 40; high = 70; break;
                default: low = 40; high = 60; break;
                }
            }
        }
        tag.low = low;
        tag.high = high;
        const double span = high - low;
        tag.hiLimit = config.hi ? config.hi->value : (config.hihi ? config.hihi->value : high + 0.5 * span);
        switch (tag.signal) {
        case Signal::Speed: tag.noise = 0.002; break;
        case Signal::Vibration: tag.noise = 0.025; break;
        case Signal::BearingTemperature:
        case Signal::WindingTemperature:
        case Signal::OilTemperature: tag.noise = 0.006; break;
        case Signal::OilLevel: tag.noise = 0.004; break;
        default: tag.noise = 0.01; break;
        }
        tag.loadGain = 0.8 + 0.4 * uniform(tag.key, 7); // transmitters differ a little
        m_tags.push_back(tag);
    }
}

double Simulator::load(qint64 ts) const
{
    const double localHour = static_cast<double>(((ts + m_utcOffsetMs) % kDay + kDay) % kDay) / kHour;
    const double l = 0.88 + 0.055 * smoothNoise(kLoad, ts, 6 * kHour)
        + 0.035 * smoothNoise(kLoadSlow, ts, 3 * kDay)
        + 0.015 * std::sin(2.0 * std::numbers::pi * (localHour - 8.0) / 24.0);
    return std::clamp(l, 0.7, 1.0);
}

double Simulator::ambient(qint64 ts) const
{
    const double localHour = static_cast<double>(((ts + m_utcOffsetMs) % kDay + kDay) % kDay) / kHour;
    return 28.0 + 3.5 * std::sin(2.0 * std::numbers::pi * (localHour - 9.0) / 24.0)
        + 1.5 * smoothNoise(kWeather, ts, kDay);
}

const Simulator::Scenario *Simulator::scenario(QStringView name) const
{
    for (const Scenario &s : m_scenarios) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

double Simulator::degradation(const QString &name, qint64 ts) const
{
    const Scenario *s = scenario(name);
    if (!s)
        return -1.0;
    const qint64 into = ((ts - s->offset) % s->cycle + s->cycle) % s->cycle;
    return static_cast<double>(into) / static_cast<double>(s->cycle);
}

qint64 Simulator::degradationCycle(const QString &name) const
{
    const Scenario *s = scenario(name);
    return s ? s->cycle : 0;
}

void Simulator::eventsInSlot(qint64 slot, QList<SimEvent> &out) const
{
    const qint64 slotStart = slot * SlotMs;
    const auto k = static_cast<quint64>(slot);
    if (uniform(kPlanned, k) < 0.125) { // about every 8 weeks, 1-3 days
        SimEvent e;
        e.kind = SimEvent::Kind::PlannedShutdown;
        e.start = slotStart + floorDiv(static_cast<qint64>(uniform(kPlanned, k, 1) * 5 * kDay), kHour) * kHour;
        e.restart = e.start + kDay + static_cast<qint64>(uniform(kPlanned, k, 2) * 2 * kDay);
        out.append(e);
    }
    if (uniform(kTrip, k) < 0.125) { // about one trip in 8 weeks, 3-10 h down
        SimEvent e;
        e.kind = SimEvent::Kind::Trip;
        e.start = slotStart + static_cast<qint64>(uniform(kTrip, k, 1) * SlotMs);
        e.restart = e.start + 3 * kHour + static_cast<qint64>(uniform(kTrip, k, 2) * 7 * kHour);
        out.append(e);
    }
    for (const Scenario &s : m_scenarios) { // a maintenance outage ends every cycle
        const qint64 n = floorDiv(slotStart + SlotMs - 1 - s.offset, s.cycle);
        const qint64 end = s.offset + n * s.cycle;
        if (end >= slotStart && end < slotStart + SlotMs) {
            SimEvent e;
            // The outage ends the cycle: the part is changed while the machine is down, and
            // the unit restarts as new.
            e.kind = SimEvent::Kind::Maintenance;
            e.start = end - 36 * kHour;
            e.restart = end;
            e.scenario = s.name;
            out.append(e);
        }
    }
}

QList<SimEvent> Simulator::events(qint64 from, qint64 to) const
{
    QList<SimEvent> all;
    // A planned shutdown may run into the next slot; a maintenance outage is drawn in the
    // slot where it ends.
    for (qint64 slot = floorDiv(from, SlotMs) - 1; slot <= floorDiv(to, SlotMs) + 1; ++slot)
        eventsInSlot(slot, all);
    QList<SimEvent> result;
    for (const SimEvent &e : std::as_const(all)) {
        if (e.start < to && e.restart + kHour > from)
            result.append(e);
    }
    std::sort(result.begin(), result.end(), [](const SimEvent &a, const SimEvent &b) { return a.start < b.start; });
    return result;
}

double Simulator::runningFactor(qint64 ts) const
{
    double r = 1.0;
    for (const SimEvent &e : events(ts, ts + 1)) {
        double f = 1.0;
        const double t = static_cast<double>(ts - e.start);
        if (ts < e.start) {
            f = 1.0;
        } else if (ts < e.restart) {
            if (e.kind == SimEvent::Kind::Trip) {
                f = std::exp(-t / (3.0 * kMinute)); // tripped: coast-down from full speed
            } else if (t < 20.0 * kMinute) {
                f = 1.0 - 0.35 * t / (20.0 * kMinute); // controlled unloading
            } else {
                f = 0.65 * std::exp(-(t - 20.0 * kMinute) / (4.0 * kMinute)); // coast-down
            }
        } else {
            const double s = static_cast<double>(ts - e.restart);
            if (s < 30.0 * kMinute)
                f = 0.35 * s / (30.0 * kMinute); // slow roll and warm-up
            else if (s < 60.0 * kMinute)
                f = 0.35 + 0.65 * (s - 30.0 * kMinute) / (30.0 * kMinute); // to full speed
        }
        r = std::min(r, f);
    }
    return r < 0.005 ? 0.0 : r;
}

double Simulator::thermalFactor(qint64 ts) const
{
    double h = 1.0;
    for (const SimEvent &e : events(ts - 2 * kDay, ts + 1)) {
        if (ts < e.start)
            continue;
        const double down = static_cast<double>(std::min(ts, e.restart) - e.start);
        const double cooled = std::exp(-down / (2.0 * kHour));
        double f = cooled;
        if (ts >= e.restart)
            f = 1.0 - (1.0 - cooled) * std::exp(-static_cast<double>(ts - e.restart) / (1.5 * kHour));
        h = std::min(h, f);
    }
    return h;
}

Simulator::Frame Simulator::frameAt(qint64 ts) const
{
    Frame f;
    f.ts = ts;
    f.running = runningFactor(ts);
    f.thermal = thermalFactor(ts);
    f.load = load(ts);
    f.ambient = ambient(ts);
    for (const Scenario &s : m_scenarios) {
        const double p = degradation(s.name, ts);
        if (s.name == u"fouling")
            f.fouling = p;
        else if (s.name == u"bearing_wear")
            f.bearingWear = p;
        else if (s.name == u"filter_clogging")
            f.clogging = p;
    }
    return f;
}

double Simulator::cleanValue(const Tag &tag, const Frame &f) const
{
    const double lo = tag.low;
    const double span = tag.high - tag.low;
    const double mid = lo + 0.5 * span;
    const double r = f.running;
    const double x = (f.load - 0.88) / 0.12 * tag.loadGain; // -1.5 .. 1
    const double a = f.ambient;
    const double ax = (a - 28.0) / 4.0;
    const double transient = 4.0 * r * (1.0 - r); // 1 at half speed, 0 running or stopped
    auto warm = [&](double running) { return a + (running - a) * f.thermal; };
    switch (tag.signal) {
    case Signal::Speed:
        return r * (lo + span * (0.55 + 0.3 * x));
    case Signal::MainFlow:
        return r * r * (lo + span * (0.5 + 0.35 * x));
    case Signal::RecycleFlow:
        return r > 0.02 ? std::max(lo, lo + span * (0.25 - 0.2 * x)) + 1.5 * span * transient : 0.0;
    case Signal::SealFlow:
        return r > 0.0 ? mid + span * 0.1 * x : 0.6 * mid;
    case Signal::SuctionPressure:
        return mid - span * 0.1 * x * r + span * 0.4 * (1.0 - r);
    case Signal::DischargePressure: {
        const double running = lo + span * (0.5 + 0.3 * x - 0.15 * f.fouling);
        const double settleOut = 0.45 * lo;
        return settleOut + (running - settleOut) * r * r;
    }
    case Signal::SuctionTemperature:
        return warm(mid + span * (0.25 * ax + 0.05 * x));
    case Signal::DischargeTemperature: {
        const double running = lo + span * (0.5 + 0.3 * x + 0.2 * ax);
        const double p = f.fouling;
        return warm(running + (tag.hiLimit - running) * 0.95 * std::pow(p, 1.5));
    }
    case Signal::CoolerOutletTemperature:
        return warm(mid + span * 0.3 * ax);
    case Signal::BearingTemperature: {
        const double running = lo + span * (0.5 + 0.2 * x + 0.25 * ax);
        const double p = f.bearingWear;
        return warm(running + tag.wearShare * (tag.hiLimit - running) * std::pow(p, 2.0));
    }
    case Signal::WindingTemperature:
        return warm(lo + span * (0.5 + 0.35 * x + 0.2 * ax));
    case Signal::OilTemperature:
        return (a + 6.0) + (mid + span * (0.15 * x + 0.3 * ax) - (a + 6.0)) * f.thermal;
    case Signal::OilPressure:
        return mid + span * (0.05 * r - 0.1 * (1.0 - r)); // the auxiliary pump keeps pressure
    case Signal::OilLevel: {
        // Topped up on the operators' weekly round, each tank on its own day. A cycle longer
        // than the analysis baseline (it was 21 days) made the falling level move with any
        // slow trend in the baseline, and PCA learned that coincidence as normal.
        constexpr qint64 week = 7 * kDay;
        const qint64 round = (f.ts + m_utcOffsetMs - qint64(tag.key % 7) * kDay - 9 * kHour) % week; // 09:00 at the plant
        const double sinceTopUp = static_cast<double>(round < 0 ? round + week : round) / double(week);
        const double ripple = smoothNoise(tag.key ^ kLevel, f.ts, 3 * kHour); // sloshing, foaming
        return mid + span * (0.2 * (0.5 - sinceTopUp) + 0.03 * ripple - 0.05 * r);
    }
    case Signal::ProcessLevel:
        return mid + span * (0.25 * smoothNoise(tag.key ^ kLevel, f.ts, 2 * kHour) - 0.2 * (1.0 - r));
    case Signal::FilterDp: {
        const double clean = lo + span * (0.3 + 0.05 * x);
        if (!tag.clogs)
            return clean;
        // Clogging: slow at first, then faster, reaching change-out at the end of the cycle.
        return clean + (tag.hiLimit - clean) * 1.02 * std::pow(f.clogging, 1.8);
    }
    case Signal::OtherDp:
        return r > 0.0 ? mid + span * 0.2 * x * r : 0.3 * lo;
    case Signal::Vibration: {
        const double running = lo + span * (0.35 + 0.1 * x);
        const double p = f.bearingWear;
        const double worn = running * (1.0 + tag.wearShare * 1.3 * std::pow(p, 2.2));
        // Passing the first critical speed during coast-down and start-up.
        const double critical = r > 0.0 && r < 0.95 ? 1.2 * span * bump(r, 0.45, 0.08) : 0.0;
        return 1.5 + (worn - 1.5) * r * r + critical;
    }
    case Signal::AxialPosition:
        return mid + span * (0.15 * x * r - 0.3 * (1.0 - r));
    case Signal::ValvePosition:
        return lo + span * (0.5 + 0.4 * x) * r;
    case Signal::SurgeMargin:
        return r > 0.02 ? lo + span * (0.55 + 0.35 * x) - 0.8 * span * transient : 0.0;
    case Signal::ControllerOutput:
        return std::clamp(r > 0.02 ? lo + span * (0.2 - 0.15 * x) + 100.0 * transient : 100.0, 0.0, 100.0);
    case Signal::MotorCurrent:
        return r > 0.0 ? (lo + span * (0.5 + 0.35 * x + 0.15 * f.fouling)) * r * r
                + 3.0 * span * bump(r, 0.08, 0.05)
                       : 0.0;
    case Signal::MotorPower:
        return (lo + span * (0.5 + 0.35 * x + 0.15 * f.fouling)) * r * r * r;
    case Signal::Voltage:
        return mid;
    case Signal::CoolingWaterTemperature:
        return mid + span * 0.3 * ax + (tag.returnLine ? span * 0.3 * r * (1.0 + x * 0.3) : 0.0);
    case Signal::CoolingWaterPressure:
        return mid;
    case Signal::AmbientTemperature:
        return a + 1.0;
    case Signal::Other:
        return mid + span * 0.2 * x * r;
    }
    return mid;
}

void Simulator::faultInSlot(const Tag &tag, qint64 slot, QList<SimFault> &out) const
{
    const auto k = static_cast<quint64>(slot);
    if (uniform(tag.key, kFault, k) >= 0.035)
        return;
    SimFault f;
    f.kind = static_cast<SimFault::Kind>(std::min(4, static_cast<int>(uniform(tag.key, kFault, k * 8 + 1) * 5)));
    f.start = slot * SlotMs + static_cast<qint64>(uniform(tag.key, kFault, k * 8 + 2) * 6 * kDay);
    const double u = uniform(tag.key, kFault, k * 8 + 3);
    switch (f.kind) {
    case SimFault::Kind::FlatLine: f.end = f.start + 2 * kHour + static_cast<qint64>(u * 22 * kHour); break;
    case SimFault::Kind::Spikes: f.end = f.start + 6 * kHour; break;
    case SimFault::Kind::Drift: f.end = f.start + 2 * kDay + static_cast<qint64>(u * 2 * kDay); break;
    case SimFault::Kind::IoTimeout: f.end = f.start + 10 * kMinute + static_cast<qint64>(u * 170 * kMinute); break;
    case SimFault::Kind::BadInput: f.end = f.start + 10 * kMinute + static_cast<qint64>(u * 50 * kMinute); break;
    }
    out.append(f);
}

bool Simulator::faultAt(const Tag &tag, qint64 ts, SimFault *fault) const
{
    // The mode detector reads the speed and main flow; they are kept sound for now.
    if (tag.signal == Signal::Speed || tag.signal == Signal::MainFlow)
        return false;
    QList<SimFault> found;
    const qint64 slot = floorDiv(ts, SlotMs);
    for (qint64 k = slot - 1; k <= slot; ++k) {
        if (uniform(tag.key, kFault, static_cast<quint64>(k)) >= 0.035)
            continue; // the common case, without building anything
        faultInSlot(tag, k, found);
    }
    for (const SimFault &f : std::as_const(found)) {
        if (f.start <= ts && ts < f.end) {
            *fault = f;
            return true;
        }
    }
    return false;
}

QList<SimFault> Simulator::faults(int index, qint64 from, qint64 to) const
{
    QList<SimFault> result;
    const Tag &tag = m_tags[index];
    if (tag.signal == Signal::Speed || tag.signal == Signal::MainFlow)
        return result;
    QList<SimFault> all;
    for (qint64 slot = floorDiv(from, SlotMs) - 1; slot <= floorDiv(to, SlotMs); ++slot)
        faultInSlot(tag, slot, all);
    for (const SimFault &f : std::as_const(all)) {
        if (f.start < to && f.end > from)
            result.append(f);
    }
    return result;
}

Simulator::Value Simulator::value(int index, const Frame &frame) const
{
    const Tag &tag = m_tags[index];
    const double span = tag.high - tag.low;
    auto noise = [&](qint64 t) { return gaussian(tag.key, kNoise, static_cast<quint64>(t)) * tag.noise * span; };
    Value v;
    SimFault f;
    if (!faultAt(tag, frame.ts, &f)) {
        v.value = cleanValue(tag, frame) + noise(frame.ts);
        return v;
    }
    const qint64 ts = frame.ts;
    const double sign = uniform(tag.key, kFault, static_cast<quint64>(f.start)) < 0.5 ? -1.0 : 1.0;
    switch (f.kind) {
    case SimFault::Kind::IoTimeout: v.quality = Quality::IoTimeout; v.value = std::nan(""); break;
    case SimFault::Kind::BadInput: v.quality = Quality::BadInput; v.value = std::nan(""); break;
    case SimFault::Kind::FlatLine: v.value = cleanValue(tag, frameAt(f.start)) + noise(f.start); break;
    case SimFault::Kind::Drift:
        v.value = cleanValue(tag, frame) + noise(ts)
            + sign * 1.5 * span * static_cast<double>(ts - f.start) / static_cast<double>(f.end - f.start);
        break;
    case SimFault::Kind::Spikes:
        v.value = cleanValue(tag, frame) + noise(ts);
        if (uniform(tag.key, kSpike, static_cast<quint64>(ts)) < 0.08)
            v.value += sign * span * (4.0 + 4.0 * uniform(tag.key, kSpike, static_cast<quint64>(ts) ^ 1));
        break;
    }
    return v;
}

} // namespace tp
