#pragma once

#include "config/fleetconfig.h"
#include "runtime/explain.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>

namespace tp {

/** A remote site as a control room adds it: a turbopredictd reached by URL and token. */
struct RemoteSite {
    QString name;        ///< shown as the group of its units; letters, digits, '-', '_', '.'
    QString url;         ///< http(s)://host:port of its turbopredictd
    QByteArray token;    ///< bearer token (may be empty when the site allows GETs without)
    std::chrono::milliseconds history{std::chrono::hours(24 * 30)}; ///< copied at the first refresh
    QList<UnitConfig> units; ///< as the site described them (GET /units/{id}/config)
};

struct SiteDiscovery {
    bool ok = false;
    QString error;       ///< translated
    RemoteSite site;     ///< with its units
};

/**
 * Remote sites: discovery over the HTTP API, and the per-user list of sites in the data folder
 * (`sites.json`, readable by its owner only: it holds the tokens).
 */
class RemoteSites
{
    Q_DECLARE_TR_FUNCTIONS(tp::RemoteSites)
public:
    /** Asks the site for its units and their configurations. Blocks (a pool thread's work):
     *  never call it on the GUI thread. */
    static SiteDiscovery discover(RemoteSite site, int timeoutMs = 15'000);
    /** A remote unit's explanation at @p ts, asked of its site (GET /units/{id}/explain).
     *  Blocks: a pool thread's work. */
    static Explanation explain(const UnitConfig &unit, qint64 ts, int timeoutMs = 15'000);
    /** The site's units as units of this installation: id "UNIT@SITE", source remote. */
    static QList<UnitConfig> localUnits(const RemoteSite &site);
    /** The sites whose units are in @p units (the reverse of localUnits). */
    static QList<RemoteSite> fromUnits(const QList<UnitConfig> &units);
    /** A site name as typed, cleaned for ids and file names; empty when nothing is left. */
    static QString cleanName(const QString &name);

    static QList<RemoteSite> load(const QString &dataDir, QString *error = nullptr);
    static bool save(const QString &dataDir, const QList<RemoteSite> &sites, QString *error = nullptr);
};

} // namespace tp
