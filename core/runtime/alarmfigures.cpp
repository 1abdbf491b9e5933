#include "runtime/alarmfigures.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <vector>

namespace tp {

AlarmFigures AlarmFigures::compute(const QList<JournalEntry> &entries, qint64 from, qint64 to, int positions)
{
    AlarmFigures f;
    if (to <= from)
        return f;
    // Per alarm (unit, key), its entries in time order.
    std::map<std::pair<QString, QString>, std::vector<const JournalEntry *>> byAlarm;
    QSet<QString> plants;
    const qint64 windows = (to - from + WindowMs - 1) / WindowMs;
    std::vector<int> perWindow(size_t(windows), 0);
    for (const JournalEntry &e : entries) {
        if (e.ts < from || e.ts >= to)
            continue;
        byAlarm[{e.unitId, e.key}].push_back(&e);
        plants.insert(e.plant);
        if (e.kind == JournalKind::Raised) {
            ++f.raised;
            ++perWindow[size_t((e.ts - from) / WindowMs)];
        }
    }
    for (int n : perWindow) {
        f.maxPerWindow = std::max(f.maxPerWindow, n);
        f.floods += n > FloodAbove ? 1 : 0;
    }
    f.averagePerWindow = double(f.raised) / double(windows);
    f.positions = positions > 0 ? positions : std::max(1, int(plants.size()));
    f.perDayPerPosition = double(f.raised) / (double(to - from) / double(StaleMs)) / f.positions;

    std::vector<qint64> ackTimes;
    for (auto &[alarm, list] : byAlarm) {
        std::stable_sort(list.begin(), list.end(), [](const JournalEntry *a, const JournalEntry *b) { return a->ts < b->ts; });
        std::vector<qint64> raises;
        int stale = 0;
        for (size_t i = 0; i < list.size(); ++i) {
            if (list[i]->kind != JournalKind::Raised)
                continue;
            raises.push_back(list[i]->ts);
            // Until the next raise: the first acknowledgement, and whether it ever ended.
            std::optional<qint64> ended;
            bool acknowledged = false;
            for (size_t j = i + 1; j < list.size() && list[j]->kind != JournalKind::Raised; ++j) {
                if (list[j]->kind == JournalKind::Acknowledged && !acknowledged) {
                    acknowledged = true;
                    ackTimes.push_back(list[j]->ts - list[i]->ts);
                }
                if (!ended && (list[j]->kind == JournalKind::Returned || list[j]->kind == JournalKind::Cleared))
                    ended = list[j]->ts;
            }
            if (ended.value_or(to) - list[i]->ts > StaleMs)
                ++stale;
        }
        if (raises.empty())
            continue;
        const auto &[unitId, key] = alarm;
        f.top.append({unitId, key, int(raises.size())});
        int burst = 0;
        for (size_t lo = 0, hi = 0; hi < raises.size(); ++hi) {
            while (raises[hi] - raises[lo] > ChatterMs)
                ++lo;
            burst = std::max(burst, int(hi - lo + 1));
        }
        if (burst >= ChatterRaises)
            f.chattering.append({unitId, key, burst});
        if (stale > 0)
            f.stale.append({unitId, key, stale});
    }
    std::stable_sort(f.top.begin(), f.top.end(), [](const AlarmCount &a, const AlarmCount &b) { return a.count > b.count; });
    f.top = f.top.mid(0, 10);
    if (!ackTimes.empty()) {
        std::sort(ackTimes.begin(), ackTimes.end());
        const size_t n = ackTimes.size();
        f.medianAckMs = n % 2 ? ackTimes[n / 2] : (ackTimes[n / 2 - 1] + ackTimes[n / 2]) / 2;
        f.maxAckMs = ackTimes.back();
    }
    return f;
}

} // namespace tp
