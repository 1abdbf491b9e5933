#include "pi/piwebapisource.h"

#include "config/duration.h"
#include "logging.h"
#include "pi/pitime.h"
#include "storage/unitstore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <any>

#include <algorithm>
#include <cmath>

namespace tp {

namespace {

constexpr qint64 ResolveAgainMs = 3'600'000;
constexpr int MaxTagFailures = 6;
constexpr int LiveTagsPerCall = 200;
constexpr int BackFillTagsPerCall = 100;
constexpr int MinPage = 1000;    ///< values per tag and back-fill call the grouping aims at
constexpr int MinLivePage = 100; ///< the same for a live refresh

QString errorsOf(const QJsonObject &content)
{
    QStringList errors;
    for (const QJsonValue &e : content.value(QLatin1StringView("Errors")).toArray())
        errors.append(e.toString());
    return errors.join(QStringLiteral("; "));
}

bool isOverLimit(const QString &errors)
{
    return errors.contains(QLatin1StringView("maxCount"), Qt::CaseInsensitive)
        || errors.contains(QLatin1StringView("maximum allowed"), Qt::CaseInsensitive);
}

/** Interpolated mode: the next time on the grid of whole steps (UTC) after @p cursor, or the
 *  first one after @p start0 for a tag with nothing stored since. */
qint64 nextGridTime(qint64 cursor, qint64 start0, qint64 step)
{
    return cursor >= start0 ? cursor / step * step + step : (start0 / step + 1) * step;
}

/** One value of an answer, converted on the pool: a number, or a state by name. */
struct ParsedValue {
    qint64 ts = 0;
    double value = 0.0;
    int state = -1;        ///< index into ParsedBatch::states: a state, not a value
    int digitalName = -1;  ///< a Digital point's own state (value is its code): index into ParsedBatch::names
};

struct ParsedTag {
    int index = -1;        ///< into the source's tags
    int status = 0;
    QString errors;
    qsizetype count = 0;   ///< values in the answer (before any is dropped)
    std::vector<ParsedValue> values;
};

struct ParsedBatch {
    std::vector<ParsedTag> tags;
    QStringList states;    ///< names of system states, "Error", "No Data" ...
    QStringList names;     ///< names of Digital points' own states
};

/** A batch answer as values, without the source's state: runs on a pool thread. */
ParsedBatch parseBatch(const QJsonObject &answer, const std::vector<std::pair<int, bool>> &tags)
{
    ParsedBatch batch;
    auto stateIndex = [&batch](const QString &name) {
        const qsizetype at = batch.states.indexOf(name);
        if (at >= 0)
            return int(at);
        batch.states.append(name);
        return int(batch.states.size() - 1);
    };
    const QLatin1StringView kTimestamp("Timestamp"), kValue("Value"), kName("Name"), kIsSystem("IsSystem");
    for (const auto &[index, digital] : tags) {
        ParsedTag t;
        t.index = index;
        const QJsonObject sub = answer.value(QString::number(index)).toObject();
        t.status = sub.value(QLatin1StringView("Status")).toInt();
        const QJsonObject content = sub.value(QLatin1StringView("Content")).toObject();
        t.errors = errorsOf(content);
        if (const QJsonObject web = content.value(QLatin1StringView("WebException")).toObject(); !web.isEmpty()) {
            t.status = web.value(QLatin1StringView("StatusCode")).toInt(500);
            t.errors = errorsOf(web);
        }
        if (sub.isEmpty()) {
            t.status = 500;
            t.errors = PiWebApiSource::tr("no answer for this tag in the batch");
        }
        if (t.status >= 200 && t.status < 300) {
            const QJsonArray items = content.value(QLatin1StringView("Items")).toArray();
            t.count = items.size();
            t.values.reserve(size_t(items.size()));
            for (const QJsonValue &v : items) {
                const QJsonObject item = v.toObject();
                const auto ts = parsePiTimestamp(item.value(kTimestamp).toString().toLatin1());
                if (!ts)
                    continue;
                ParsedValue pv;
                pv.ts = *ts;
                const QJsonValue value = item.value(kValue);
                if (value.isDouble()) {
                    pv.value = value.toDouble();
                } else if (value.isObject()) {
                    const QJsonObject o = value.toObject();
                    const QString name = o.value(kName).toString();
                    const bool system = o.value(kIsSystem).toBool(!digital);
                    if (!name.isEmpty() && !system) {
                        // A Digital point's own state: its code is the value, its name is kept.
                        pv.value = o.value(kValue).toInt();
                        qsizetype at = batch.names.indexOf(name);
                        if (at < 0) {
                            batch.names.append(name);
                            at = batch.names.size() - 1;
                        }
                        pv.digitalName = int(at);
                    } else {
                        pv.state = stateIndex(name.isEmpty() ? QStringLiteral("Error") : name);
                    }
                } else if (value.isString()) {
                    bool isNumber = false;
                    const QString text = value.toString().trimmed();
                    const double d = text.toDouble(&isNumber);
                    if (isNumber && std::isfinite(d))
                        pv.value = d;
                    else
                        pv.state = stateIndex(text.isEmpty() ? QStringLiteral("Error") : text);
                } else if (value.isBool()) {
                    pv.value = value.toBool() ? 1.0 : 0.0;
                } else {
                    pv.state = stateIndex(QStringLiteral("No Data"));
                }
                t.values.push_back(pv);
            }
        }
        batch.tags.push_back(std::move(t));
    }
    return batch;
}

} // namespace

PiWebApiSource::PiWebApiSource(const UnitConfig &unit) : m_unit(unit)
{
    for (const TagConfig &t : unit.tags) {
        Tag tag;
        tag.name = t.name;
        m_tags.push_back(tag);
    }
}

PiWebApiSource::~PiWebApiSource() = default;

FetchResult PiWebApiSource::fetch(UnitStore &store, const FetchContext &ctx)
{
    FetchResult result;
    if (!prepare(store, ctx, result))
        return result;
    read(store, ctx, result);
    // A Digital point's own states: their names next to the codes stored as values.
    for (Tag &tag : m_tags) {
        if (tag.digitalStates.isEmpty())
            continue;
        QJsonObject names;
        for (auto it = tag.digitalStates.cbegin(); it != tag.digitalStates.cend(); ++it)
            names.insert(QString::number(it.key()), it.value());
        const QString key = u"digital_states:" + tag.name;
        const QString value = QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact));
        if (store.metaValue(key).value_or(QString()) != value)
            store.setMetaValue(key, value);
    }
    return result;
}

bool PiWebApiSource::prepare(UnitStore &store, const FetchContext &ctx, FetchResult &result)
{
    if (!m_client) {
        QString error;
        auto connection = piConnectionFor(m_unit.source, &error);
        if (!connection) {
            result.ok = false;
            result.error = error;
            return false;
        }
        m_client = std::make_unique<PiWebApiClient>(std::move(*connection));
    }
    m_client->setCancel([&ctx] { return ctx.cancelled(); });
    m_client->setIdle([&ctx] {
        if (ctx.progress)
            ctx.progress(-1.0);
    });
    if (!m_cursorsLoaded) {
        for (Tag &tag : m_tags) {
            if (auto id = store.tagId(tag.name))
                tag.tagId = *id;
        }
        for (const LatestValue &latest : store.latestValues()) {
            for (Tag &tag : m_tags) {
                if (tag.tagId == latest.tagId)
                    tag.cursor = latest.sample.ts;
            }
        }
        for (Tag &tag : m_tags) {
            if (const auto names = store.metaValue(u"digital_states:" + tag.name)) {
                const QJsonObject o = QJsonDocument::fromJson(names->toUtf8()).object();
                for (auto it = o.begin(); it != o.end(); ++it)
                    tag.digitalStates.insert(it.key().toInt(), it.value().toString());
            }
        }
        m_cursorsLoaded = true;
    }
    if (m_dataServer.isEmpty() && !resolveDataServer(result))
        return false;
    const bool unresolved = std::any_of(m_tags.cbegin(), m_tags.cend(), [](const Tag &t) { return t.webId.isEmpty(); });
    if (unresolved && ctx.now >= m_nextResolve) {
        if (!resolveTags(result))
            return false;
        m_nextResolve = ctx.now + ResolveAgainMs;
    }
    if (std::all_of(m_tags.cbegin(), m_tags.cend(), [](const Tag &t) { return t.webId.isEmpty(); })) {
        result.ok = false;
        result.error = tr("%1: none of the unit's %n tag(s) is a point on %2", nullptr, int(m_tags.size()))
                           .arg(m_client->displayUrl(), m_dataServer);
        return false;
    }
    return true;
}

static void failWith(FetchResult &result, const PiResponse &response)
{
    result.ok = false;
    result.cancelled = response.failure == PiResponse::Failure::Cancelled;
    result.unreachable = response.failure == PiResponse::Failure::Unreachable
        || response.failure == PiResponse::Failure::Dropped;
    result.error = response.error;
}

bool PiWebApiSource::resolveDataServer(FetchResult &result)
{
    const PiResponse list = m_client->get(QStringLiteral("dataservers"));
    if (!list.ok()) {
        failWith(result, list);
        return false;
    }
    QStringList names;
    QString match;
    for (const QJsonValue &item : list.json.object().value(QLatin1StringView("Items")).toArray()) {
        const QString name = item.toObject().value(QLatin1StringView("Name")).toString();
        names.append(name);
        if (name.compare(m_unit.source.dataServer, Qt::CaseInsensitive) == 0)
            match = name;
    }
    if (!m_unit.source.dataServer.isEmpty() && match.isEmpty()) {
        result.ok = false;
        result.error = names.isEmpty()
            ? tr("%1: no data server named %2 (the server lists none)").arg(m_client->displayUrl(), m_unit.source.dataServer)
            : tr("%1: no data server named %2 (the server has %3)")
                  .arg(m_client->displayUrl(), m_unit.source.dataServer, names.join(QStringLiteral(", ")));
        return false;
    }
    if (m_unit.source.dataServer.isEmpty()) {
        if (names.size() != 1) {
            result.ok = false;
            result.error = names.isEmpty()
                ? tr("%1 lists no data server").arg(m_client->displayUrl())
                : tr("%1 lists %2 data servers (%3): name one with data_server")
                      .arg(m_client->displayUrl()).arg(names.size()).arg(names.join(QStringLiteral(", ")));
            return false;
        }
        match = names.constFirst();
    }
    m_dataServer = match;
    return true;
}

bool PiWebApiSource::resolveTags(FetchResult &result)
{
    // points/multiple by path, in groups short enough for any web server's URL limit.
    std::vector<int> wanted;
    for (int i = 0; i < int(m_tags.size()); ++i) {
        if (m_tags[i].webId.isEmpty())
            wanted.push_back(i);
    }
    std::deque<PiRequest> queue;
    const int perCall = 40;
    std::vector<std::vector<int>> calls;
    for (size_t at = 0; at < wanted.size(); at += perCall) {
        PiRequest r;
        r.path = QStringLiteral("points/multiple");
        r.tag = int(calls.size());
        std::vector<int> call(wanted.begin() + at, wanted.begin() + std::min(wanted.size(), at + perCall));
        for (int i : call)
            r.query.addQueryItem(QStringLiteral("path"), QStringLiteral("\\\\%1\\%2").arg(m_dataServer, m_tags[i].name));
        calls.push_back(std::move(call));
        queue.push_back(std::move(r));
    }
    QStringList missing;
    const PiResponse failure = m_client->runAll(std::move(queue), [&](const PiRequest &request, PiResponse &response, std::deque<PiRequest> &) {
        const std::vector<int> &call = calls[request.tag];
        const QJsonArray items = response.json.object().value(QLatin1StringView("Items")).toArray();
        for (size_t k = 0; k < call.size(); ++k) {
            Tag &tag = m_tags[call[k]];
            const QString path = QStringLiteral("\\\\%1\\%2").arg(m_dataServer, tag.name);
            // By identifier where the server echoes it, else by position.
            QJsonObject item;
            for (const QJsonValue &v : items) {
                if (v.toObject().value(QLatin1StringView("Identifier")).toString().compare(path, Qt::CaseInsensitive) == 0) {
                    item = v.toObject();
                    break;
                }
            }
            if (item.isEmpty() && qsizetype(k) < items.size())
                item = items.at(qsizetype(k)).toObject();
            const QJsonObject point = item.value(QLatin1StringView("Object")).toObject();
            const QString webId = point.value(QLatin1StringView("WebId")).toString();
            if (webId.isEmpty()) {
                missing.append(tag.name);
                continue;
            }
            tag.webId = webId;
            tag.digital = point.value(QLatin1StringView("PointType")).toString().compare(QLatin1StringView("Digital"), Qt::CaseInsensitive) == 0;
        }
        return PiWebApiClient::Verdict::Done;
    });
    if (!failure.ok()) {
        failWith(result, failure);
        return false;
    }
    for (const QString &name : std::as_const(missing)) {
        result.warnings.append(tr("%1: no point %2 on %3 (missing or renamed); the unit's other tags go on")
                                   .arg(m_client->displayUrl(), name, m_dataServer));
        qCWarning(lcPi).noquote() << m_unit.unitId << "no PI point" << name << "on" << m_dataServer;
    }
    return true;
}

PiRequest PiWebApiSource::groupRequest(Group &group, qint64 start0, qint64 end) const
{
    // One batch call: a sub-request per tag, each from its own cursor.
    QJsonObject body;
    const qint64 step = m_unit.source.interval.count();
    for (int i : group.tags) {
        const Tag &tag = m_tags[size_t(i)];
        QUrlQuery q;
        qint64 from = std::max(tag.cursor, start0);
        if (m_unit.source.interpolated) {
            from = nextGridTime(tag.cursor, start0, step);
            const qint64 to = std::min(end / step * step, from + qint64(group.perTagMax - 1) * step);
            q.addQueryItem(QStringLiteral("startTime"), QString::fromLatin1(formatPiTimestamp(from)));
            q.addQueryItem(QStringLiteral("endTime"), QString::fromLatin1(formatPiTimestamp(to)));
            q.addQueryItem(QStringLiteral("interval"), QStringLiteral("%1s").arg(step / 1000));
        } else {
            q.addQueryItem(QStringLiteral("startTime"), QString::fromLatin1(formatPiTimestamp(from)));
            q.addQueryItem(QStringLiteral("endTime"), QString::fromLatin1(formatPiTimestamp(end)));
            q.addQueryItem(QStringLiteral("boundaryType"), QStringLiteral("Inside"));
            q.addQueryItem(QStringLiteral("maxCount"), QString::number(group.perTagMax));
        }
        q.addQueryItem(QStringLiteral("selectedFields"),
                       QStringLiteral("Items.Timestamp;Items.Value"));
        const QString kind = m_unit.source.interpolated ? QStringLiteral("interpolated") : QStringLiteral("recorded");
        QJsonObject sub;
        sub.insert(QStringLiteral("Method"), QStringLiteral("GET"));
        sub.insert(QStringLiteral("Resource"),
                   m_client->resourceUrl(QStringLiteral("streams/%1/%2").arg(tag.webId, kind), q).toString(QUrl::FullyEncoded));
        body.insert(QString::number(i), sub);
    }
    PiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("batch");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    std::vector<std::pair<int, bool>> tags;
    for (int i : group.tags)
        tags.emplace_back(i, m_tags[size_t(i)].digital);
    r.prepare = [tags = std::move(tags)](const PiResponse &response) -> std::any {
        return parseBatch(response.json.object(), tags);
    };
    return r;
}

std::optional<int> PiWebApiSource::stateCode(UnitStore &store, const QString &name)
{
    if (auto it = m_stateCodes.constFind(name); it != m_stateCodes.cend())
        return *it;
    const std::optional<int> code = store.qualityCode(name);
    if (code)
        m_stateCodes.insert(name, *code);
    return code;
}

bool PiWebApiSource::read(UnitStore &store, const FetchContext &ctx, FetchResult &result)
{
    const qint64 end = ctx.now;
    const qint64 start0 = end - m_unit.source.history.count();
    const qint64 liveSpan = std::max<qint64>(3 * m_unit.refreshInterval.count(), 3'600'000);
    std::vector<int> todo;
    bool backFill = false;
    for (int i = 0; i < int(m_tags.size()); ++i) {
        Tag &tag = m_tags[size_t(i)];
        tag.done = tag.webId.isEmpty() || tag.tagId < 0 || tag.cursor >= end
            || (m_unit.source.interpolated && nextGridTime(tag.cursor, start0, m_unit.source.interval.count()) > end);
        tag.failures = 0;
        if (tag.done)
            continue;
        todo.push_back(i);
        backFill = backFill || end - std::max(tag.cursor, start0) > liveSpan;
    }
    if (todo.empty())
        return true;

    // Live: every tag in one call (or a few). Back-fill: at least as many calls as may be in
    // flight, so that the server writes one answer while this thread reads another.
    const int n = int(todo.size());
    const int maxItems = std::max(100, m_unit.source.maxItemsPerCall);
    // At most so many tags in a call that each may get a useful page (a live refresh brings a
    // few values per tag; a full page is continued in any case).
    const int perCall = backFill ? std::clamp(maxItems / MinPage, 1, BackFillTagsPerCall)
                                 : std::clamp(maxItems / MinLivePage, 1, LiveTagsPerCall);
    int groups = (n + perCall - 1) / perCall;
    if (backFill)
        groups = std::max(groups, std::min(m_client->connection().maxInFlight, n));
    std::vector<Group> plan(size_t(std::max(1, groups)));
    for (int k = 0; k < n; ++k)
        plan[size_t(k % groups)].tags.push_back(todo[size_t(k)]);
    std::deque<PiRequest> queue;
    for (size_t g = 0; g < plan.size(); ++g) {
        plan[g].perTagMax = std::max(2, maxItems / int(plan[g].tags.size()));
        PiRequest r = groupRequest(plan[g], start0, end);
        r.tag = int(g);
        queue.push_back(std::move(r));
    }

    auto progress = [&] {
        double sum = 0;
        for (int i : todo) {
            const Tag &tag = m_tags[size_t(i)];
            const qint64 from = start0;
            sum += tag.done ? 1.0 : std::clamp(double(tag.cursor - from) / double(std::max<qint64>(1, end - from)), 0.0, 1.0);
        }
        return sum / double(todo.size());
    };
    m_client->setIdle([&] {
        if (ctx.progress)
            ctx.progress(backFill ? progress() : -1.0);
    });

    const bool interpolated = m_unit.source.interpolated;
    const qint64 step = m_unit.source.interval.count();
    std::vector<Sample> batch;
    QString lastRetryError;
    QStringList tagErrors;
    size_t failedTags = 0;
    const PiResponse failure = m_client->runAll(std::move(queue), [&](const PiRequest &request, PiResponse &response, std::deque<PiRequest> &more) {
        Group &group = plan[size_t(request.tag)];
        const auto *parsed = std::any_cast<ParsedBatch>(&response.prepared);
        if (!parsed) {
            response.failure = PiResponse::Failure::Http;
            response.error = tr("%1: the batch answer could not be read").arg(m_client->displayUrl());
            return PiWebApiClient::Verdict::Fail;
        }
        // The answer's state names as the store's codes (created on first use).
        std::vector<int> codes;
        for (const QString &name : parsed->states) {
            const auto code = stateCode(store, name);
            if (!code) {
                response.failure = PiResponse::Failure::Http;
                response.error = store.errorString();
                return PiWebApiClient::Verdict::Fail;
            }
            codes.push_back(*code);
        }
        bool overLimit = false;
        bool retry = false;
        for (const ParsedTag &p : parsed->tags) {
            Tag &tag = m_tags[size_t(p.index)];
            const int status = p.status;
            const QString &errors = p.errors;
            if (status == 400 && isOverLimit(errors)) {
                overLimit = true;
                continue;
            }
            if (status == 404) {
                result.warnings.append(tr("%1: the point %2 is gone (%3); it is looked up again within the hour")
                                           .arg(m_client->displayUrl(), tag.name, errors));
                tag.webId.clear();
                tag.done = true;
                continue;
            }
            if (status < 200 || status >= 300) {
                const bool transient = status == 429 || status >= 500;
                const QString message = tr("%1: reading %2 failed (HTTP %3): %4")
                                            .arg(m_client->displayUrl(), tag.name)
                                            .arg(status)
                                            .arg(errors);
                if (!transient || ++tag.failures >= MaxTagFailures) {
                    // This tag is not read this time; the others go on (and are stored).
                    tagErrors.append(message);
                    ++failedTags;
                    tag.done = true;
                    continue;
                }
                lastRetryError = message;
                retry = true;
                continue;
            }
            tag.failures = 0;
            qint64 last = tag.cursor;
            for (const ParsedValue &v : p.values) {
                if (v.ts <= tag.cursor || v.ts > end)
                    continue; // the inclusive boundary: already stored
                if (interpolated && v.ts % step != 0)
                    continue; // off the grid (a server's value at "now")
                Sample s;
                s.tagId = tag.tagId;
                s.ts = v.ts;
                if (v.state >= 0) {
                    s.quality = codes[size_t(v.state)];
                    s.value = std::nan("");
                } else {
                    s.value = v.value;
                    if (v.digitalName >= 0 && tag.digitalStates.value(int(v.value)) != parsed->names.at(v.digitalName))
                        tag.digitalStates.insert(int(v.value), parsed->names.at(v.digitalName));
                }
                batch.push_back(s);
                last = std::max(last, v.ts);
            }
            if (interpolated) {
                const qint64 from = nextGridTime(tag.cursor, start0, step);
                const qint64 to = std::min(end / step * step, from + qint64(group.perTagMax - 1) * step);
                tag.cursor = std::max(last, to / step * step); // on the grid, also over a gap
                tag.done = nextGridTime(tag.cursor, start0, step) > end;
            } else {
                // A full page may have been cut at maxCount: go on from its last timestamp.
                const bool full = p.count >= group.perTagMax;
                tag.done = !full || last <= tag.cursor;
                tag.cursor = last;
            }
        }
        // What this answer brought is handed over before the cursors are relied on again.
        if (!storeOrDeliver(store, ctx, batch, result)) {
            m_cursorsLoaded = false; // the cursors moved past what was not stored: ask the store
            response.failure = PiResponse::Failure::Http;
            response.error = result.error;
            return PiWebApiClient::Verdict::Fail;
        }
        if (overLimit) {
            if (group.perTagMax <= 2) { // a page must hold more than the value at its start
                response.failure = PiResponse::Failure::Http;
                response.error = tr("%1: the server refuses even one value per call").arg(m_client->displayUrl());
                return PiWebApiClient::Verdict::Fail;
            }
            group.perTagMax = std::max(2, group.perTagMax / 2);
            qCInfo(lcPi).noquote() << m_unit.unitId << "over the server's item limit: page halved to" << group.perTagMax;
        }
        std::erase_if(group.tags, [this](int i) { return m_tags[size_t(i)].done; });
        if (!group.tags.empty()) {
            PiRequest next = groupRequest(group, start0, end);
            next.tag = request.tag;
            if (retry) {
                // Back-off for the tags that failed (the others wait with them: one call).
                int worst = 1;
                for (int i : group.tags)
                    worst = std::max(worst, m_tags[size_t(i)].failures);
                next.notBeforeMs = PiWebApiClient::steadyNowMs() + (qint64(500) << std::min(worst - 1, 5));
                qCInfo(lcPi).noquote() << m_unit.unitId << "retrying:" << lastRetryError;
            }
            more.push_back(std::move(next));
        }
        if (ctx.progress)
            ctx.progress(backFill ? progress() : -1.0);
        return PiWebApiClient::Verdict::Done;
    });
    if (!failure.ok()) {
        failWith(result, failure);
        return false;
    }
    if (!tagErrors.isEmpty()) {
        // Some tags could not be read: said, and the unit fails only when none could.
        if (failedTags >= todo.size()) {
            result.ok = false;
            result.error = tagErrors.constFirst();
            return false;
        }
        result.warnings += tagErrors;
    }
    return true;
}

} // namespace tp
