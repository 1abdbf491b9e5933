#include "runtime/explain.h"

#include "analysis/frameassembler.h"
#include "analysis/unitanalyzer.h"
#include "storage/unitstore.h"

#include <algorithm>

namespace tp {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tp::Explanation)
};
} // namespace

Explanation explainAt(UnitStore &store, const UnitConfig &unit, qint64 ts, int count)
{
    Explanation e;
    const auto stored = store.latestModel(QStringLiteral("unit_analyzer"));
    auto model = stored ? AnalyzerModel::deserialize(stored->data) : std::nullopt;
    if (!model || !model->detector) {
        e.message = Tr::tr("%1 has no multivariate model yet").arg(unit.unitId);
        return e;
    }
    e.model = model->description();
    QHash<qint64, int> columns;
    QList<qint64> ids;
    for (int c = 0; c < model->tags.size(); ++c) {
        const auto id = store.tagId(model->tags[c]);
        if (!id) {
            e.message = Tr::tr("the model's tag %1 is not in the store").arg(model->tags[c]);
            return e;
        }
        columns.insert(*id, c);
        ids.append(*id);
    }
    // Enough history for the detector's lags and window at the model's grid, plus the hold.
    const DetectorOptions &d = model->detector->options();
    const qint64 hold = analysisHoldMs(*model);
    const qint64 from = ts - hold - 2 * qint64(d.lags + d.window + 1) * model->stepMs;
    std::vector<Sample> samples;
    for (qint64 id : std::as_const(ids)) {
        if (auto rows = store.readRange(id, from, ts + 1))
            samples.insert(samples.end(), rows->cbegin(), rows->cend());
    }
    std::stable_sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.ts < b.ts; });
    // The operating mode at each frame, from the stored mode changes.
    std::vector<std::pair<qint64, QString>> modes;
    for (const StoredEvent &ev : store.events(0, ts + 1))
        if (ev.kind == QLatin1StringView("mode"))
            modes.emplace_back(ev.ts, ev.state);
    auto runningAt = [&](qint64 t) {
        auto it = std::upper_bound(modes.cbegin(), modes.cend(), t,
                                   [](qint64 x, const std::pair<qint64, QString> &m) { return x < m.first; });
        return it == modes.cbegin() || std::prev(it)->second == QLatin1StringView("running")
            || std::prev(it)->second == QLatin1StringView("unknown");
    };
    e.t2Limit = model->detector->model().t2Limit();
    e.speLimit = model->detector->model().speLimit();
    UnitAnalyzer analyzer(unit, AnalysisConfig::fromUnit(unit));
    analyzer.setModel(std::move(*model));
    FrameAssembler frames(columns, hold);
    frames.feed(samples, 0, [&](qint64 t, const Eigen::VectorXd &x) {
        const bool running = runningAt(t);
        const FrameResult r = analyzer.push(t, x, running);
        e.frameTs = t;
        e.running = running;
        e.scored = running && r.scored;
        e.anomaly = e.scored ? r.anomaly : 0.0;
        e.t2 = e.scored ? r.t2 : 0.0;
        e.spe = e.scored ? r.spe : 0.0;
        e.contributors = e.scored ? analyzer.topContributors(count) : QList<std::pair<QString, double>>{};
    });
    if (e.frameTs == 0) {
        e.message = Tr::tr("no values of the model's tags in the %1 minutes before this time")
                        .arg((ts - from) / 60'000);
        return e;
    }
    e.ok = true;
    if (!e.running)
        e.message = Tr::tr("the unit was not running: multivariate analysis is suspended");
    else if (!e.scored)
        e.message = Tr::tr("too little history before this time to score it");
    return e;
}

} // namespace tp
