#pragma once

#include "pi/piwebapiclient.h"
#include "runtime/datasource.h"

#include <QHash>

#include <memory>
#include <vector>

namespace tp {

/**
 * A unit's data straight from a PI Web API (`source.type: piwebapi`).
 *
 * - Resolution: the data server by name (or the only one listed), then every tag's WebId by
 *   path through `points/multiple`, once; a tag the server does not know is a warning naming
 *   it, and the other tags go on (unknown tags are asked again every hour).
 * - Reading: per tag from its newest stored sample (or `history` back into an empty store) up
 *   to now, with `POST batch` sub-requests (`streams/{webId}/recorded`, or `interpolated`)
 *   grouped so that a call asks for at most `max_items_per_call` values in total. A full page
 *   is read as "maybe more" and continued from its last timestamp; the values at that
 *   timestamp are dropped (the boundary is inclusive). The over-limit 400 halves the page;
 *   429, 5xx, a WebException and a broken connection are retried with back-off.
 * - Values: numbers as values; system states (I/O Timeout, Shutdown ...) as named states, as
 *   the importers store them; a Digital point's own states (Running/Stopped) as the state's
 *   code with its name kept in the store (meta `digital_states:<tag>`).
 * - Resuming: the store is the only cursor, so after a crash the next fetch continues from
 *   each tag's newest committed sample: nothing lost, nothing doubled.
 *
 * Thread: created in and used by the unit's worker thread only (it blocks on its own event
 * loop while requests are in flight).
 */
class PiWebApiSource final : public DataSource
{
    Q_DECLARE_TR_FUNCTIONS(tp::PiWebApiSource)
public:
    explicit PiWebApiSource(const UnitConfig &unit);
    ~PiWebApiSource() override;

    FetchResult fetch(UnitStore &store, const FetchContext &ctx) override;

private:
    struct Tag {
        QString name;
        qint64 tagId = -1;
        QString webId;        ///< empty: not resolved (yet)
        bool digital = false;
        qint64 cursor = 0;    ///< newest stored (or delivered) sample, 0: none
        bool done = false;    ///< read up to this fetch's end
        int failures = 0;     ///< consecutive failed reads
        QHash<int, QString> digitalStates; ///< a Digital point's own states seen, code -> name
    };
    struct Group {
        std::vector<int> tags; ///< indexes into m_tags
        int perTagMax = 1000;
    };

    bool prepare(UnitStore &store, const FetchContext &ctx, FetchResult &result);
    bool resolveDataServer(FetchResult &result);
    bool resolveTags(FetchResult &result);
    bool read(UnitStore &store, const FetchContext &ctx, FetchResult &result);
    PiRequest groupRequest(Group &group, qint64 start0, qint64 end) const;
    std::optional<int> stateCode(UnitStore &store, const QString &name);

    UnitConfig m_unit;
    std::unique_ptr<PiWebApiClient> m_client;
    QString m_connectError;
    QString m_dataServer;     ///< its name as the server spells it
    std::vector<Tag> m_tags;
    bool m_cursorsLoaded = false;
    qint64 m_nextResolve = 0; ///< fleet-clock ms: when unresolved tags are asked again
    QHash<QString, int> m_stateCodes;
};

} // namespace tp
