#include "analysisconfig.h"

#include "config/duration.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVariantList>

namespace tp {

namespace {

bool has(const QString &text, const char *word)
{
    return text.contains(QLatin1StringView(word), Qt::CaseInsensitive);
}

const std::optional<AlarmLimit> &limitByName(const TagConfig &tag, QStringView name)
{
    static const std::optional<AlarmLimit> none;
    if (name == u"hihi")
        return tag.hihi;
    if (name == u"hi")
        return tag.hi;
    if (name == u"lo")
        return tag.lo;
    if (name == u"lolo")
        return tag.lolo;
    return none;
}

class Reader
{
public:
    Reader(QStringList *errors) : m_errors(errors) {}

    void error(const QString &key, const QString &message)
    {
        if (m_errors)
            m_errors->append(QStringLiteral("%1: %2").arg(key, message));
    }

    std::optional<double> number(const QVariantMap &map, const char *name, const QString &prefix, double min, double max)
    {
        const QVariant v = map.value(QLatin1StringView(name));
        if (!v.isValid())
            return std::nullopt;
        QString text = v.toString().trimmed();
        if (text.endsWith(u'%'))
            text.chop(1);
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (!ok || d < min || d > max) {
            error(prefix + QLatin1StringView(name),
                  AnalysisConfig::tr("must be a number from %1 to %2, not \"%3\"").arg(min).arg(max).arg(v.toString()));
            return std::nullopt;
        }
        return d;
    }

    std::optional<std::chrono::milliseconds> duration(const QVariantMap &map, const char *name, const QString &prefix)
    {
        const QVariant v = map.value(QLatin1StringView(name));
        if (!v.isValid())
            return std::nullopt;
        auto d = parseDuration(v.toString());
        if (!d || d->count() < 0) {
            error(prefix + QLatin1StringView(name),
                  AnalysisConfig::tr("must be a duration such as 10m, 14d or 2h, not \"%1\"").arg(v.toString()));
            return std::nullopt;
        }
        return d;
    }

    QVariantMap section(const QVariantMap &map, const char *name, const QString &prefix)
    {
        const QVariant v = map.value(QLatin1StringView(name));
        if (!v.isValid())
            return {};
        if (v.typeId() != QMetaType::QVariantMap) {
            error(prefix + QLatin1StringView(name), AnalysisConfig::tr("must be a mapping"));
            return {};
        }
        return v.toMap();
    }

    void unknownKeys(const QVariantMap &map, std::initializer_list<const char *> known, const QString &prefix)
    {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (std::none_of(known.begin(), known.end(), [&](const char *k) { return it.key() == QLatin1StringView(k); }))
                error(prefix + it.key(), AnalysisConfig::tr("unknown key"));
        }
    }

private:
    QStringList *m_errors;
};

QList<RulTarget> defaultTargets(const UnitConfig &unit)
{
    QList<RulTarget> targets;
    for (const TagConfig &tag : unit.tags) {
        const QString &d = tag.description;
        const bool rising = (tag.kind == TagKind::DifferentialPressure && (has(d, "filter") || has(d, "strainer")))
            || (tag.kind == TagKind::Temperature && (has(d, "bearing") || has(d, "winding")))
            || tag.kind == TagKind::Vibration;
        const bool falling = tag.kind == TagKind::Calculated && (has(d, "surge") || has(d, "margin"));
        const std::optional<AlarmLimit> &limit = rising ? (tag.hihi ? tag.hihi : tag.hi)
            : falling                                   ? (tag.lolo ? tag.lolo : tag.lo)
                                                        : std::optional<AlarmLimit>();
        if (!limit)
            continue;
        RulTarget t;
        t.indicator = tag.name;
        t.limit = limit->value;
        t.limitName = rising ? (tag.hihi ? QStringLiteral("hihi") : QStringLiteral("hi"))
                             : (tag.lolo ? QStringLiteral("lolo") : QStringLiteral("lo"));
        t.rising = rising;
        targets.append(t);
    }
    RulTarget health;
    health.indicator = kHealthIndexIndicator.toString();
    health.limit = 40;
    health.rising = false;
    targets.append(health);
    return targets;
}

QList<LearnedRulConfig> readLearnedRul(const UnitConfig &unit, Reader &r)
{
    QList<LearnedRulConfig> out;
    const QVariant learned = unit.rul.value(QStringLiteral("learned"));
    if (!learned.isValid())
        return out;
    if (learned.typeId() != QMetaType::QVariantList) {
        r.error(QStringLiteral("rul.learned"), AnalysisConfig::tr("must be a list"));
        return out;
    }
    const QVariantList list = learned.toList();
    for (int i = 0; i < list.size(); ++i) {
        const QString p = QStringLiteral("rul.learned[%1].").arg(i);
        const QVariantMap m = list[i].toMap();
        r.unknownKeys(m, {"name", "library", "tags", "cycle", "start"}, p);
        LearnedRulConfig l;
        bool ok = true;
        l.name = m.value(QStringLiteral("name")).toString().trimmed();
        static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z0-9_.-]+$"));
        if (!nameRule.match(l.name).hasMatch()) {
            r.error(p + QStringLiteral("name"), AnalysisConfig::tr("must be letters, digits, '_', '.' or '-', not \"%1\"").arg(l.name));
            ok = false;
        } else if (std::any_of(out.cbegin(), out.cend(), [&](const LearnedRulConfig &o) { return o.name == l.name; })) {
            r.error(p + QStringLiteral("name"), AnalysisConfig::tr("\"%1\" is used twice").arg(l.name));
            ok = false;
        }
        const QString library = m.value(QStringLiteral("library")).toString().trimmed();
        if (library.isEmpty()) {
            r.error(p + QStringLiteral("library"), AnalysisConfig::tr("must name a file of run-to-failure trajectories"));
            ok = false;
        }
        const QDir base = unit.filePath.isEmpty() ? QDir::current() : QFileInfo(unit.filePath).absoluteDir();
        l.library = QDir::cleanPath(base.absoluteFilePath(library));
        const QVariant tags = m.value(QStringLiteral("tags"));
        for (const QVariant &t : tags.toList()) {
            const QString tag = t.toString();
            if (!unit.findTag(tag)) {
                r.error(p + QStringLiteral("tags"), AnalysisConfig::tr("\"%1\" is not a tag of this unit").arg(tag));
                ok = false;
            }
            l.tags.append(tag);
        }
        if ((tags.typeId() != QMetaType::QVariantList && tags.typeId() != QMetaType::QStringList) || l.tags.isEmpty()) {
            r.error(p + QStringLiteral("tags"), AnalysisConfig::tr("must list the tags of the library's sensor columns, in order"));
            ok = false;
        }
        if (auto v = r.duration(m, "cycle", p)) {
            if (v->count() < 60'000) {
                r.error(p + QStringLiteral("cycle"), AnalysisConfig::tr("must be at least 1m"));
                ok = false;
            }
            l.cycle = *v;
        } else if (m.contains(QStringLiteral("cycle"))) {
            ok = false;
        }
        if (const QVariant start = m.value(QStringLiteral("start")); start.isValid()) {
            // A date or a local time of the plant, as its people write it.
            const QString text = start.toString().trimmed();
            const QTimeZone plant(unit.timeZone.isEmpty() ? QByteArray("UTC") : unit.timeZone);
            const QTimeZone zone = plant.isValid() ? plant : QTimeZone::utc();
            QDateTime t = QDateTime::fromString(text, Qt::ISODate);
            if (!t.isValid())
                t = QDate::fromString(text, Qt::ISODate).startOfDay(zone);
            else if (t.timeSpec() == Qt::LocalTime) // no zone written: the plant's
                t = QDateTime(t.date(), t.time(), zone);
            if (!t.isValid()) {
                r.error(p + QStringLiteral("start"), AnalysisConfig::tr("must be a date such as 2026-03-01 or a time such as 2026-03-01T06:00, not \"%1\"").arg(text));
                ok = false;
            } else {
                l.start = t.toMSecsSinceEpoch();
            }
        }
        if (ok)
            out.append(l);
    }
    return out;
}

} // namespace

AnalysisConfig AnalysisConfig::fromUnit(const UnitConfig &unit, QStringList *errors)
{
    AnalysisConfig c;
    Reader r(errors);
    const QVariantMap &a = unit.analysis;
    const QString p = QStringLiteral("analysis.");
    r.unknownKeys(a, {"mode", "baseline", "sigma", "flat_line", "detector"}, p);

    const QVariantMap mode = r.section(a, "mode", p);
    const QString pm = p + QStringLiteral("mode.");
    r.unknownKeys(mode, {"running_above", "running_until", "stopped_below", "stopped_until", "min_dwell"}, pm);
    if (auto v = r.number(mode, "running_above", pm, 0, 200))
        c.mode.runningAbove = *v / 100;
    if (auto v = r.number(mode, "running_until", pm, 0, 200))
        c.mode.runningUntil = *v / 100;
    if (auto v = r.number(mode, "stopped_below", pm, 0, 200))
        c.mode.stoppedBelow = *v / 100;
    if (auto v = r.number(mode, "stopped_until", pm, 0, 200))
        c.mode.stoppedUntil = *v / 100;
    if (auto v = r.duration(mode, "min_dwell", pm))
        c.mode.minDwell = *v;
    if (!(c.mode.stoppedBelow <= c.mode.stoppedUntil && c.mode.stoppedUntil <= c.mode.runningUntil
          && c.mode.runningUntil <= c.mode.runningAbove))
        r.error(pm.chopped(1), tr("needs stopped_below <= stopped_until <= running_until <= running_above"));

    const QVariantMap baseline = r.section(a, "baseline", p);
    const QString pb = p + QStringLiteral("baseline.");
    r.unknownKeys(baseline, {"window", "min_samples", "max_samples"}, pb);
    if (auto v = r.duration(baseline, "window", pb))
        c.baselineWindow = *v;
    if (auto v = r.number(baseline, "min_samples", pb, 20, 1e7))
        c.baselineMinSamples = int(*v);
    if (auto v = r.number(baseline, "max_samples", pb, 100, 1e7))
        c.baselineMaxSamples = int(*v);

    const QVariantMap sigma = r.section(a, "sigma", p);
    const QString ps = p + QStringLiteral("sigma.");
    r.unknownKeys(sigma, {"k", "consecutive"}, ps);
    if (auto v = r.number(sigma, "k", ps, 1, 20))
        c.sigmaK = *v;
    if (auto v = r.number(sigma, "consecutive", ps, 1, 10000))
        c.sigmaConsecutive = int(*v);
    if (auto v = r.duration(a, "flat_line", p))
        c.flatLine = *v;

    const QVariant detector = a.value(QStringLiteral("detector"));
    if (detector.isValid()) {
        QVariantMap d;
        if (detector.typeId() == QMetaType::QVariantMap)
            d = detector.toMap();
        else
            d.insert(QStringLiteral("kind"), detector);
        const QString pd = p + QStringLiteral("detector.");
        r.unknownKeys(d, {"kind", "components", "variance", "lags", "window", "confidence"}, pd);
        const QString kind = d.value(QStringLiteral("kind")).toString();
        if (kind == u"none") {
            c.multivariate = false;
        } else if (!kind.isEmpty()) {
            if (auto k = detectorKindFromId(kind))
                c.detector.kind = *k;
            else
                r.error(pd + QStringLiteral("kind"), tr("must be pca, dpca, windowed_dpca or none, not \"%1\"").arg(kind));
        }
        if (auto v = r.number(d, "components", pd, 0, 1000))
            c.detector.pca.components = int(*v);
        if (auto v = r.number(d, "variance", pd, 0.5, 1))
            c.detector.pca.cumulativeVariance = *v;
        if (auto v = r.number(d, "lags", pd, 0, 20))
            c.detector.lags = int(*v);
        if (auto v = r.number(d, "window", pd, 1, 10000))
            c.detector.window = int(*v);
        if (auto v = r.number(d, "confidence", pd, 0.5, 0.99999)) {
            c.detector.confidence = *v;
            c.detector.windowConfidence = std::max(*v, c.detector.windowConfidence);
        }
    }

    const QVariantMap &rul = unit.rul;
    const QString pr = QStringLiteral("rul.");
    r.unknownKeys(rul, {"horizon", "window", "every", "targets", "learned"}, pr);
    if (auto v = r.duration(rul, "horizon", pr))
        c.rulHorizon = *v;
    if (auto v = r.duration(rul, "window", pr))
        c.rulWindow = *v;
    if (auto v = r.duration(rul, "every", pr))
        c.rulEvery = *v;
    c.learnedRul = readLearnedRul(unit, r);
    const QVariant targets = rul.value(QStringLiteral("targets"));
    if (!targets.isValid()) {
        c.rulTargets = defaultTargets(unit);
        return c;
    }
    const QVariantList list = targets.toList();
    for (int i = 0; i < list.size(); ++i) {
        const QString pt = QStringLiteral("rul.targets[%1].").arg(i);
        const QVariantMap m = list[i].toMap();
        r.unknownKeys(m, {"indicator", "limit", "direction"}, pt);
        RulTarget t;
        t.indicator = m.value(QStringLiteral("indicator")).toString();
        const TagConfig *tag = unit.findTag(t.indicator);
        const bool health = t.indicator == kHealthIndexIndicator;
        if (!tag && !health) {
            r.error(pt + QStringLiteral("indicator"),
                    tr("\"%1\" is neither a tag of this unit nor health_index").arg(t.indicator));
            continue;
        }
        const QString direction = m.value(QStringLiteral("direction")).toString();
        const QString limit = m.value(QStringLiteral("limit")).toString().trimmed();
        bool ok = false;
        t.limit = limit.toDouble(&ok);
        if (!ok) {
            if (tag && limitByName(*tag, limit)) {
                t.limit = limitByName(*tag, limit)->value;
                t.limitName = limit;
            } else {
                r.error(pt + QStringLiteral("limit"), tr("must be a number or one of the tag's configured limits "
                                                         "(hihi, hi, lo, lolo), not \"%1\"").arg(limit));
                continue;
            }
        }
        if (direction.isEmpty() && (health || !t.limitName.isEmpty())) {
            t.rising = !health && !(t.limitName == u"lo" || t.limitName == u"lolo");
        } else if (direction.isEmpty()) {
            // A number: toward the side of the normal range it lies on, else it must be said.
            if (tag->normalHigh && t.limit >= *tag->normalHigh) {
                t.rising = true;
            } else if (tag->normalLow && t.limit <= *tag->normalLow) {
                t.rising = false;
            } else {
                r.error(pt + QStringLiteral("direction"),
                        tr("say rising or falling: the limit %1 is not outside the tag's normal range").arg(t.limit));
                continue;
            }
        }
        else if (direction == u"rising" || direction == u"falling")
            t.rising = direction == u"rising";
        else {
            r.error(pt + QStringLiteral("direction"), tr("must be rising or falling, not \"%1\"").arg(direction));
            continue;
        }
        c.rulTargets.append(t);
    }
    return c;
}

} // namespace tp
