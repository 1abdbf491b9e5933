#include "config/fleetconfigloader.h"
#include "sim/simulator.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace tp;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kT0 = 1772323200000; // 2026-03-01T00:00:00Z

const FleetConfig &demo()
{
    static const FleetConfig fleet = *FleetConfigLoader::loadDemo().fleet;
    return fleet;
}

const UnitConfig &unit(const char *id)
{
    return *demo().findUnit(QString::fromLatin1(id));
}

int tagWith(const Simulator &sim, const UnitConfig &u, auto predicate)
{
    for (int i = 0; i < sim.tagCount(); ++i) {
        if (predicate(u.tags[i]))
            return i;
    }
    return -1;
}

double correlation(const std::vector<double> &a, const std::vector<double> &b)
{
    const double n = static_cast<double>(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(demo().units.size(), 13);
    }

    void deterministicPerSeed()
    {
        const Simulator a(unit("K-12-01"));
        const Simulator b(unit("K-12-01"));
        UnitConfig other = unit("K-12-01");
        other.source.seed += 1;
        const Simulator c(other);
        int differ = 0;
        for (int k = 0; k < 200; ++k) {
            const qint64 t = kT0 + k * 7919 * kMinute; // over ~3 years
            for (int i = 0; i < a.tagCount(); ++i) {
                const Simulator::Value va = a.value(i, t);
                const Simulator::Value vb = b.value(i, t);
                QCOMPARE(va.quality, vb.quality);
                if (va.quality == Simulator::Quality::Good)
                    QCOMPARE(va.value, vb.value); // bit for bit
                differ += c.value(i, t).value != va.value ? 1 : 0;
            }
        }
        QVERIFY(differ > 100 * a.tagCount()); // another seed is another plant history
        // Order does not matter: the value at a time is the same computed alone or in a run.
        const Simulator::Frame frame = a.frameAt(kT0 + 123 * kMinute);
        QCOMPARE(a.value(3, frame).value, b.value(3, kT0 + 123 * kMinute).value);
    }

    void valuesStayInPlausibleRanges()
    {
        for (const UnitConfig &u : demo().units) {
            const Simulator sim(u);
            QCOMPARE(sim.tagCount(), u.tags.size());
            std::vector<int> running(u.tags.size()), inside(u.tags.size());
            for (qint64 t = kT0; t < kT0 + 30 * kDay; t += 12 * kMinute) {
                const Simulator::Frame frame = sim.frameAt(t);
                if (frame.running < 1.0)
                    continue;
                for (int i = 0; i < sim.tagCount(); ++i) {
                    const TagConfig &tag = u.tags[i];
                    if (!tag.normalLow || !tag.normalHigh)
                        continue;
                    const Simulator::Value v = sim.value(i, frame);
                    if (v.quality != Simulator::Quality::Good) { // only a fault makes a state
                        QVERIFY(!sim.faults(i, t, t + 1).isEmpty());
                        continue;
                    }
                    QVERIFY(std::isfinite(v.value));
                    const double span = *tag.normalHigh - *tag.normalLow;
                    const double top = std::max(*tag.normalHigh, tag.hihi ? tag.hihi->value : (tag.hi ? tag.hi->value : *tag.normalHigh));
                    const bool ok = v.value >= *tag.normalLow - 0.6 * span && v.value <= top + 0.6 * span;
                    if (!ok && !sim.faults(i, t, t + 1).isEmpty())
                        continue; // spikes and drift are meant to leave the range
                    ++running[i];
                    inside[i] += ok ? 1 : 0;
                }
            }
            for (int i = 0; i < sim.tagCount(); ++i)
                QVERIFY2(inside[i] >= 0.99 * running[i],
                         qPrintable(QStringLiteral("%1: %2 of %3 running samples in range").arg(u.tags[i].name).arg(inside[i]).arg(running[i])));
        }
    }

    void tagsAreCorrelatedLikeATrain()
    {
        const UnitConfig &u = unit("K-12-01");
        const Simulator sim(u);
        const int speed = tagWith(sim, u, [](const TagConfig &t) { return t.role == TagRole::Speed; });
        const int flow = tagWith(sim, u, [](const TagConfig &t) { return t.role == TagRole::MainFlow; });
        const int discharge = tagWith(sim, u, [&](const TagConfig &t) {
            return Simulator::classify(t) == Simulator::Signal::DischargePressure;
        });
        const int suctionT = tagWith(sim, u, [&](const TagConfig &t) {
            return Simulator::classify(t) == Simulator::Signal::SuctionTemperature;
        });
        QVERIFY(speed >= 0 && flow >= 0 && discharge >= 0 && suctionT >= 0);
        std::vector<double> s, f, d, st, amb;
        for (qint64 t = kT0; t < kT0 + 30 * kDay; t += 6 * kMinute) {
            if (sim.runningFactor(t) < 1.0)
                continue;
            s.push_back(sim.value(speed, t).value);
            f.push_back(sim.value(flow, t).value);
            d.push_back(sim.value(discharge, t).value);
            st.push_back(sim.value(suctionT, t).value);
            amb.push_back(sim.ambient(t));
        }
        QVERIFY(s.size() > 5000);
        // Load drives speed, flow and discharge pressure together; the weather the suction
        // temperature.
        QVERIFY2(correlation(s, f) > 0.6, qPrintable(QString::number(correlation(s, f))));
        QVERIFY2(correlation(f, d) > 0.6, qPrintable(QString::number(correlation(f, d))));
        QVERIFY2(correlation(st, amb) > 0.6, qPrintable(QString::number(correlation(st, amb))));
        // ... and the ambient temperature has a daily cycle: afternoons are warmer than nights
        // in the plant's time zone (UTC+8: 15:00 local is 07:00 UTC, 03:00 local 19:00 UTC).
        double afternoon = 0, night = 0;
        for (int day = 0; day < 30; ++day) {
            afternoon += sim.ambient(kT0 + day * kDay + 7 * kHour);
            night += sim.ambient(kT0 + day * kDay + 19 * kHour);
        }
        QVERIFY(afternoon / 30 > night / 30 + 4.0);
    }

    void shutdownsAndTripsHaveRealShapes()
    {
        const UnitConfig &u = unit("K-12-01");
        const Simulator sim(u);
        const int speed = tagWith(sim, u, [](const TagConfig &t) { return t.role == TagRole::Speed; });
        const double runningSpeed = *u.tags[speed].normalLow;
        const QList<SimEvent> events = sim.events(kT0, kT0 + 365 * kDay);
        int trips = 0, planned = 0;
        for (const SimEvent &e : events) {
            QVERIFY(e.restart > e.start);
            trips += e.kind == SimEvent::Kind::Trip ? 1 : 0;
            planned += e.kind == SimEvent::Kind::PlannedShutdown ? 1 : 0;
        }
        // About one trip and one planned shutdown in 8 weeks.
        QVERIFY2(trips >= 2 && trips <= 16, qPrintable(QString::number(trips)));
        QVERIFY2(planned >= 2 && planned <= 16, qPrintable(QString::number(planned)));
        int tripsChecked = 0;
        for (const SimEvent &e : events) {
            if (e.kind != SimEvent::Kind::Trip || e.restart - e.start < 3 * kHour)
                continue;
            ++tripsChecked;
            // A trip: full speed until it happens, then a coast-down that never speeds up and
            // is under 5 % within 15 minutes.
            QVERIFY(sim.runningFactor(e.start - kMinute) > 0.99 || sim.runningFactor(e.start - kMinute) < 0.01);
            double previous = sim.runningFactor(e.start);
            for (qint64 t = e.start; t <= e.start + 15 * kMinute; t += 30'000) {
                const double r = sim.runningFactor(t);
                QVERIFY(r <= previous + 1e-12);
                previous = r;
            }
            QVERIFY(sim.runningFactor(e.start + 15 * kMinute) < 0.05);
            // Restart: slow roll first, back at running speed within 70 minutes.
            QVERIFY(sim.value(speed, e.restart + 20 * kMinute).value < 0.5 * runningSpeed);
            if (sim.events(e.restart, e.restart + 70 * kMinute).size() == 1)
                QVERIFY(sim.value(speed, e.restart + 70 * kMinute).value > 0.85 * runningSpeed);
        }
        QVERIFY(tripsChecked >= 2);
        // While stopped, temperatures relax to the ambient temperature.
        const int bearing = tagWith(sim, u, [&](const TagConfig &t) {
            return Simulator::classify(t) == Simulator::Signal::BearingTemperature;
        });
        int cooled = 0;
        for (const SimEvent &e : events) {
            if (e.kind != SimEvent::Kind::PlannedShutdown || e.restart - e.start < 20 * kHour)
                continue;
            const qint64 late = e.start + 18 * kHour;
            if (!sim.faults(bearing, late, late + 1).isEmpty())
                continue;
            ++cooled;
            QVERIFY(std::abs(sim.value(bearing, late).value - sim.ambient(late)) < 6.0);
            QVERIFY(sim.value(bearing, e.start - kHour).value > sim.ambient(e.start - kHour) + 15.0);
        }
        QVERIFY(cooled >= 1);
    }

    void degradationRunsIntoItsLimitOverWeeks()
    {
        int units = 0;
        for (const UnitConfig &u : demo().units) {
            if (!u.source.scenarios.contains(u"filter_clogging"))
                continue;
            ++units;
            const Simulator sim(u);
            const int filter = tagWith(sim, u, [&](const TagConfig &t) {
                return Simulator::classify(t) == Simulator::Signal::FilterDp && t.description.contains(u"filter") && t.hi;
            });
            QVERIFY(filter >= 0);
            const double hi = u.tags[filter].hi->value;
            const qint64 cycle = sim.degradationCycle(QStringLiteral("filter_clogging"));
            QVERIFY2(cycle >= 30 * kDay && cycle <= 120 * kDay, qPrintable(QString::number(cycle / kDay)));
            // Find a cycle start: where the progress wraps to 0.
            qint64 start = kT0;
            while (sim.degradation(QStringLiteral("filter_clogging"), start) > 0.01)
                start += kHour;
            // Fit dP over the running samples of the cycle: it rises, slowly first.
            auto meanAt = [&](double progress) {
                double sum = 0;
                int n = 0;
                for (qint64 t = start + qint64(progress * cycle); n < 40; t += 6 * kMinute) {
                    if (sim.runningFactor(t) < 1.0 || !sim.faults(filter, t, t + 1).isEmpty())
                        continue;
                    sum += sim.value(filter, t).value;
                    ++n;
                }
                return sum / n;
            };
            const double early = meanAt(0.05), middle = meanAt(0.5), late = meanAt(0.97);
            QVERIFY2(early < middle && middle < late, qPrintable(QStringLiteral("%1 %2 %3").arg(early).arg(middle).arg(late)));
            QVERIFY(late - middle > middle - early); // accelerating
            QVERIFY2(late > 0.9 * hi && early < 0.8 * hi, qPrintable(QStringLiteral("%1 %2 hi %3").arg(early).arg(late).arg(hi)));
            // The cycle ends with a maintenance outage, and the restarted unit has a clean filter.
            const QList<SimEvent> around = sim.events(start - 2 * kDay, start + kHour);
            QVERIFY(std::any_of(around.cbegin(), around.cend(), [&](const SimEvent &e) {
                return e.kind == SimEvent::Kind::Maintenance && std::abs(e.restart - start) <= kHour;
            }));
        }
        QVERIFY(units >= 2);
    }

    void sensorFaults()
    {
        const UnitConfig &u = unit("K-19-01");
        const Simulator sim(u);
        QSet<int> kinds;
        for (int i = 0; i < sim.tagCount(); ++i) {
            for (const SimFault &f : sim.faults(i, kT0, kT0 + 365 * kDay)) {
                kinds.insert(int(f.kind));
                const qint64 mid = f.start + (f.end - f.start) / 2;
                const Simulator::Value v = sim.value(i, mid);
                switch (f.kind) {
                case SimFault::Kind::IoTimeout:
                    QCOMPARE(v.quality, Simulator::Quality::IoTimeout);
                    QVERIFY(std::isnan(v.value));
                    break;
                case SimFault::Kind::BadInput:
                    QCOMPARE(v.quality, Simulator::Quality::BadInput);
                    break;
                case SimFault::Kind::FlatLine:
                    QCOMPARE(v.value, sim.value(i, f.start + kMinute).value);
                    QCOMPARE(v.value, sim.value(i, f.end - kMinute).value);
                    break;
                default:
                    QCOMPARE(v.quality, Simulator::Quality::Good);
                }
            }
        }
        QCOMPARE(kinds.size(), 5); // every kind of fault happens in a year
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
