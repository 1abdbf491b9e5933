#pragma once

#include "tagkind.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <chrono>
#include <optional>

namespace tp {

/** Alarm priority (ISA-18.2 vocabulary), most urgent first. */
enum class AlarmPriority { Critical, High, Medium, Low };

QString alarmPriorityId(AlarmPriority priority);
std::optional<AlarmPriority> alarmPriorityFromId(QStringView id);

struct AlarmLimit {
    double value = 0.0;
    AlarmPriority priority = AlarmPriority::Medium;
};

struct TagConfig {
    QString name;            ///< historian name, PLANT.UNIT.TAG.ATTR
    QString description;
    QString engineeringUnit;
    TagKind kind = TagKind::Other;
    bool kindDerived = true; ///< true when kind came from the ISA letters
    std::optional<AlarmLimit> lolo, lo, hi, hihi;
    std::optional<double> normalLow, normalHigh;
    TagRole role = TagRole::None;
    std::optional<double> deadband; ///< alarm deadband in engineering units
    std::optional<int> onDelay;     ///< consecutive samples beyond a limit before it alarms
    int line = 0;            ///< 1-based line in its file, for messages
};

enum class SourceType { Simulator, Xlsx, Csv, Folder, Remote, PiWebApi };

/** How a `piwebapi` source signs on. */
enum class PiAuth { Kerberos, Basic, Bearer, Anonymous };
QString piAuthId(PiAuth auth);
std::optional<PiAuth> piAuthFromId(QStringView id);

QString sourceTypeId(SourceType type);
std::optional<SourceType> sourceTypeFromId(QStringView id);

struct SourceConfig {
    SourceType type = SourceType::Simulator;
    QString path;        ///< xlsx, csv: file; folder: directory
    QString sheet;       ///< xlsx: sheet name such as DL_WORK; empty = first sheet
    QString layout;      ///< "auto", "sampled" or "compressed"
    QString pattern;     ///< folder: file-name glob, e.g. "*.xlsx"
    QString url;         ///< remote: base URL of a turbopredictd; piwebapi: the PI Web API's
    QString remoteUnit;  ///< remote: unit id at the remote site (default: same id)
    QString tokenFile;   ///< remote: file holding the site's bearer token (never the token itself)
    QByteArray token;    ///< remote: the token, read at run time (from tokenFile or the GUI's site list)
    // piwebapi (secrets are never held here: only the files they are read from)
    QString dataServer;  ///< PI Data Archive name; empty when the server lists exactly one
    PiAuth piAuth = PiAuth::Kerberos;
    QString piUser;      ///< basic
    QString passwordFile; ///< basic (else TP_PI_PASSWORD)
    QString tokenUrl;    ///< bearer: OpenID Connect token endpoint
    QString clientId;    ///< bearer
    QString clientSecretFile; ///< bearer (else TP_PI_CLIENT_SECRET)
    QString caFile;      ///< extra CA (PEM) to trust
    bool interpolated = false; ///< mode: recorded (archived values) or interpolated (every `interval`)
    int maxItemsPerCall = 150'000; ///< the server's MaxReturnedItemsPerCall
    quint32 seed = 0;    ///< simulator: random seed (0 = derived from the unit id)
    QStringList scenarios; ///< simulator: degradation scenarios, e.g. "filter_clogging"
    std::chrono::milliseconds history{std::chrono::hours(24 * 90)}; ///< simulator (90d), piwebapi (365d): back-fill
    std::chrono::milliseconds historyInterval{std::chrono::minutes(6)}; ///< back-fill step
    std::chrono::milliseconds interval{std::chrono::minutes(1)}; ///< simulator: live step; piwebapi: interpolation step
};

struct UnitConfig {
    QString unitId;      ///< unique in this fleet; a remote unit's is "UNIT@SITE"
    QString site;        ///< the remote site's name; empty for a unit of this installation
    QString plant;
    QString description;
    QByteArray timeZone; ///< IANA name, e.g. "Asia/Kuala_Lumpur"
    std::chrono::milliseconds refreshInterval{std::chrono::minutes(5)};
    /** A unit or tag whose newest good sample is older than this is Stale (YAML stale_after);
     *  0: the default, staleAfter(). */
    std::chrono::milliseconds staleAfterSetting{0};
    SourceConfig source;
    QList<TagConfig> tags;
    QVariantMap analysis; ///< filled by the analytics issue; kept as read
    QVariantMap rul;
    QString filePath;     ///< where it was read from, for messages

    /** stale_after, else three refresh intervals (three live steps of the simulator), and at
     *  least an hour. */
    qint64 staleAfterMs() const;

    const TagConfig *findTag(QStringView name) const;
    bool isRemote() const { return source.type == SourceType::Remote; }
    /** The unit's id where its data is made: at the remote site for a remote unit. */
    QString siteUnitId() const;
    /** Plant, or "plant (site)" for a remote unit: how the fleet views group units. */
    QString group() const;
};

/** The tags the analysis writes for every unit. */
enum class DerivedTag { Health, T2, Spe, Anomaly };
/** A derived tag's name, "PLANT.UNIT.TP-HEALTH.PV" (the unit as its site knows it). */
QString derivedTagName(const UnitConfig &unit, DerivedTag which);
/** The unit's configured tags plus the derived ones, with descriptions and limits. */
UnitConfig withDerivedTags(const UnitConfig &unit);

enum class StoreSynchronous { Normal, Full };

/** Fleet-wide alarm defaults (global.yml `alarms:`). */
struct AlarmDefaults {
    int onDelay = 3;                ///< consecutive samples beyond a limit
    double deadbandPercent = 1.0;   ///< of the tag's normal range (else of the limit's value)
    std::chrono::milliseconds maxShelve{std::chrono::hours(12)};
};

struct GlobalConfig {
    QString siteName;
    QStringList plantOrder; ///< display order of plants; unlisted plants follow by name
    QByteArray defaultTimeZone;
    std::optional<std::chrono::milliseconds> defaultRefreshInterval;
    StoreSynchronous synchronous = StoreSynchronous::Normal;
    std::chrono::milliseconds busyTimeout{std::chrono::seconds(5)};
    AlarmDefaults alarms;
    QString filePath;
};

struct FleetConfig {
    GlobalConfig global;
    QList<UnitConfig> units;
    QString directory; ///< the configuration folder ("" for none)

    const UnitConfig *findUnit(QStringView unitId) const;
    QStringList plants() const; ///< in global.plantOrder, then by name
    /** Plants of this installation (as plants()), then each remote site's groups by name. */
    QStringList groups() const;
};

} // namespace tp
