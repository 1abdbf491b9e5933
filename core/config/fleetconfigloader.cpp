#include "fleetconfigloader.h"

#include "analysis/analysisconfig.h"

#include "duration.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTimeZone>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace tp {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

int lineOf(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return mark.line >= 0 ? mark.line + 1 : 0;
}

QVariant yamlToVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: return qs(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(yamlToVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &pair : node)
            map.insert(qs(pair.first.Scalar()), yamlToVariant(pair.second));
        return map;
    }
    default: return QVariant();
    }
}

/** Reads one folder; collects diagnostics for every file as it goes. */
class Reader
{
public:
    explicit Reader(QString directory) : m_dir(std::move(directory)) {}

    FleetConfigResult run();

private:

    void error(int line, const QString &key, const QString &message)
    {
        m_diag.append({ConfigDiagnostic::Severity::Error, m_file, line, key, message});
    }
    void warning(int line, const QString &key, const QString &message)
    {
        m_diag.append({ConfigDiagnostic::Severity::Warning, m_file, line, key, message});
    }

    std::optional<YAML::Node> parseFile(const QString &path);
    void warnUnknownKeys(const YAML::Node &map, std::initializer_list<const char *> known,
                         const QString &prefix);
    std::optional<QString> readString(const YAML::Node &map, const char *key, const QString &path);
    std::optional<double> readNumber(const YAML::Node &node, const QString &path);

    void readGlobal(GlobalConfig &global);
    std::optional<UnitConfig> readUnit(const QString &path, const GlobalConfig &global,
                                       QHash<QString, QString> &seenUnits);
    bool readSource(const YAML::Node &node, SourceConfig &source);
    bool readPiSource(const YAML::Node &node, SourceConfig &source);
    /** source.url: an http(s) URL; @p missing says what the source needs it for. */
    std::optional<QString> readHttpUrl(const YAML::Node &node, const QString &missing);
    /** A file a key names, relative to the configuration folder; an error when it is missing. */
    std::optional<QString> readExistingFile(const YAML::Node &node, const char *key, const QString &path);
    std::optional<TagConfig> readTag(const YAML::Node &node, int index);
    bool readLimits(const YAML::Node &node, TagConfig &tag, const QString &prefix);

    QString m_dir;
    QString m_file; // display name of the file being read
    ConfigDiagnostics m_diag;
};

namespace {
/** yaml-cpp's words for a syntax error, in words a user can act on (with the column). */
QString yamlSyntaxError(const YAML::Exception &e)
{
    const std::string &m = e.msg;
    QString what;
    if (m == YAML::ErrorMsg::MAP_VALUE)
        what = FleetConfigLoader::tr("a colon where no value can start: is there a colon inside a text (a tag name, a "
                                     "description)? Put the text in quotes, or indent the line under its key");
    else if (m == YAML::ErrorMsg::MAP_KEY || m == YAML::ErrorMsg::BLOCK_ENTRY)
        what = FleetConfigLoader::tr("this line does not fit the indentation of the lines above it: indent it like "
                                     "its neighbours (spaces, not tabs)");
    else if (m == YAML::ErrorMsg::TAB_IN_INDENTATION)
        what = FleetConfigLoader::tr("a tab in the indentation: indent with spaces only");
    else if (m == YAML::ErrorMsg::END_OF_MAP_FLOW || m == YAML::ErrorMsg::END_OF_MAP)
        what = FleetConfigLoader::tr("a '{' is not closed with '}'");
    else if (m == YAML::ErrorMsg::END_OF_SEQ_FLOW || m == YAML::ErrorMsg::END_OF_SEQ)
        what = FleetConfigLoader::tr("a '[' is not closed with ']'");
    else if (m == YAML::ErrorMsg::EOF_IN_SCALAR)
        what = FleetConfigLoader::tr("a quoted text is not closed: the closing quote is missing");
    else if (m.rfind(YAML::ErrorMsg::INVALID_ESCAPE, 0) == 0)
        what = FleetConfigLoader::tr("a backslash in a double-quoted text: write it twice (\\\\) or use single quotes");
    else if (m == YAML::ErrorMsg::UNKNOWN_TOKEN)
        what = FleetConfigLoader::tr("a character YAML does not expect here (a stray quote, '@' or '`'?)");
    else
        what = qs(m);
    return FleetConfigLoader::tr("not valid YAML at column %1: %2").arg(e.mark.column + 1).arg(what);
}
} // namespace

std::optional<YAML::Node> Reader::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error(0, QString(), FleetConfigLoader::tr("cannot be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    try {
        return YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        error(e.mark.line >= 0 ? e.mark.line + 1 : 0, QString(), yamlSyntaxError(e));
    }
    return std::nullopt;
}

void Reader::warnUnknownKeys(const YAML::Node &map, std::initializer_list<const char *> known,
                             const QString &prefix)
{
    for (const auto &pair : map) {
        const std::string key = pair.first.Scalar();
        const bool isKnown = std::any_of(known.begin(), known.end(),
                                         [&](const char *k) { return key == k; });
        if (!isKnown)
            warning(lineOf(pair.first), prefix + qs(key), FleetConfigLoader::tr("unknown key (ignored)"));
    }
}

std::optional<QString> Reader::readString(const YAML::Node &map, const char *key,
                                          const QString &path)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull())
        return std::nullopt;
    if (!node.IsScalar()) {
        error(lineOf(node), path, FleetConfigLoader::tr("must be a single value, not a list or mapping"));
        return std::nullopt;
    }
    return qs(node.Scalar()).trimmed();
}

std::optional<double> Reader::readNumber(const YAML::Node &node, const QString &path)
{
    if (node.IsScalar()) {
        bool ok = false;
        const double v = qs(node.Scalar()).trimmed().toDouble(&ok);
        if (ok && std::isfinite(v))
            return v;
    }
    const QString shown = node.IsScalar() ? qs(node.Scalar()) : QStringLiteral("...");
    error(lineOf(node), path, FleetConfigLoader::tr("\"%1\" is not a number").arg(shown));
    return std::nullopt;
}

void Reader::readGlobal(GlobalConfig &global)
{
    const QString path = m_dir + u"/global.yml";
    m_file = path;
    global.filePath = path;
    if (!QFileInfo::exists(path)) {
        warning(0, QString(), FleetConfigLoader::tr("not found; using the default settings"));
        return;
    }
    const std::optional<YAML::Node> parsed = parseFile(path);
    if (!parsed || parsed->IsNull())
        return;
    const YAML::Node root = *parsed;
    if (!root.IsMap()) {
        error(lineOf(root), QString(), FleetConfigLoader::tr("must be a mapping of settings"));
        return;
    }
    warnUnknownKeys(root, {"site_name", "plants", "defaults", "storage", "alarms"}, QString());
    if (auto name = readString(root, "site_name", QStringLiteral("site_name")))
        global.siteName = *name;
    const YAML::Node plants = root["plants"];
    if (plants.IsDefined() && plants.IsSequence()) {
        for (const YAML::Node &plant : plants)
            global.plantOrder.append(qs(plant.Scalar()).trimmed());
    } else if (plants.IsDefined() && !plants.IsNull()) {
        error(lineOf(plants), QStringLiteral("plants"), FleetConfigLoader::tr("must be a list of plant names"));
    }

    const YAML::Node defaults = root["defaults"];
    if (defaults.IsDefined() && defaults.IsMap()) {
        warnUnknownKeys(defaults, {"timezone", "refresh_interval"}, QStringLiteral("defaults."));
        if (auto tz = readString(defaults, "timezone", QStringLiteral("defaults.timezone"))) {
            if (QTimeZone::isTimeZoneIdAvailable(tz->toUtf8()))
                global.defaultTimeZone = tz->toUtf8();
            else
                error(lineOf(defaults["timezone"]), QStringLiteral("defaults.timezone"),
                      FleetConfigLoader::tr("\"%1\" is not an IANA time zone name (e.g. Asia/Kuala_Lumpur)")
                          .arg(*tz));
        }
        if (auto text = readString(defaults, "refresh_interval",
                                   QStringLiteral("defaults.refresh_interval"))) {
            if (auto d = parseDuration(*text))
                global.defaultRefreshInterval = *d;
            else
                error(lineOf(defaults["refresh_interval"]), QStringLiteral("defaults.refresh_interval"),
                      FleetConfigLoader::tr("\"%1\" is not a duration (use 30s, 5m, 1h)").arg(*text));
        }
    } else if (defaults.IsDefined() && !defaults.IsNull()) {
        error(lineOf(defaults), QStringLiteral("defaults"), FleetConfigLoader::tr("must be a mapping"));
    }

    const YAML::Node alarms = root["alarms"];
    if (alarms.IsDefined() && alarms.IsMap()) {
        warnUnknownKeys(alarms, {"on_delay", "deadband_percent", "max_shelve"}, QStringLiteral("alarms."));
        if (const YAML::Node n = alarms["on_delay"]; n.IsDefined() && !n.IsNull()) {
            bool isNumber = false;
            const int value = n.IsScalar() ? qs(n.Scalar()).toInt(&isNumber) : 0;
            if (!isNumber || value < 1 || value > 1000)
                error(lineOf(n), QStringLiteral("alarms.on_delay"),
                      FleetConfigLoader::tr("must be a number of samples from 1 to 1000"));
            else
                global.alarms.onDelay = value;
        }
        if (const YAML::Node n = alarms["deadband_percent"]; n.IsDefined() && !n.IsNull()) {
            const auto value = readNumber(n, QStringLiteral("alarms.deadband_percent"));
            if (value && (*value < 0 || *value > 50))
                error(lineOf(n), QStringLiteral("alarms.deadband_percent"),
                      FleetConfigLoader::tr("must be from 0 to 50"));
            else if (value)
                global.alarms.deadbandPercent = *value;
        }
        if (auto text = readString(alarms, "max_shelve", QStringLiteral("alarms.max_shelve"))) {
            if (auto d = parseDuration(*text); d && d->count() > 0)
                global.alarms.maxShelve = *d;
            else
                error(lineOf(alarms["max_shelve"]), QStringLiteral("alarms.max_shelve"),
                      FleetConfigLoader::tr("\"%1\" is not a duration (use 30s, 5m, 1h)").arg(*text));
        }
    } else if (alarms.IsDefined() && !alarms.IsNull()) {
        error(lineOf(alarms), QStringLiteral("alarms"), FleetConfigLoader::tr("must be a mapping"));
    }

    const YAML::Node storage = root["storage"];
    if (storage.IsDefined() && storage.IsMap()) {
        warnUnknownKeys(storage, {"synchronous", "busy_timeout"}, QStringLiteral("storage."));
        if (auto sync = readString(storage, "synchronous", QStringLiteral("storage.synchronous"))) {
            if (sync->compare(u"normal", Qt::CaseInsensitive) == 0)
                global.synchronous = StoreSynchronous::Normal;
            else if (sync->compare(u"full", Qt::CaseInsensitive) == 0)
                global.synchronous = StoreSynchronous::Full;
            else
                error(lineOf(storage["synchronous"]), QStringLiteral("storage.synchronous"),
                      FleetConfigLoader::tr("\"%1\" is not a synchronous mode (use normal or full)").arg(*sync));
        }
        if (auto text = readString(storage, "busy_timeout", QStringLiteral("storage.busy_timeout"))) {
            if (auto d = parseDuration(*text))
                global.busyTimeout = *d;
            else
                error(lineOf(storage["busy_timeout"]), QStringLiteral("storage.busy_timeout"),
                      FleetConfigLoader::tr("\"%1\" is not a duration (use 30s, 5m, 1h)").arg(*text));
        }
    } else if (storage.IsDefined() && !storage.IsNull()) {
        error(lineOf(storage), QStringLiteral("storage"), FleetConfigLoader::tr("must be a mapping"));
    }
}

bool Reader::readSource(const YAML::Node &node, SourceConfig &source)
{
    if (!node.IsMap()) {
        error(lineOf(node), QStringLiteral("source"),
              FleetConfigLoader::tr("must be a mapping with a type (simulator, xlsx, csv, folder, remote or piwebapi)"));
        return false;
    }
    const std::optional<QString> typeText = readString(node, "type", QStringLiteral("source.type"));
    if (!typeText) {
        error(lineOf(node), QStringLiteral("source.type"),
              FleetConfigLoader::tr("missing (use simulator, xlsx, csv, folder, remote or piwebapi)"));
        return false;
    }
    const std::optional<SourceType> type = sourceTypeFromId(*typeText);
    if (!type) {
        error(lineOf(node["type"]), QStringLiteral("source.type"),
              FleetConfigLoader::tr("\"%1\" is not a source type (use simulator, xlsx, csv, folder, remote or piwebapi)")
                  .arg(*typeText));
        return false;
    }
    source.type = *type;
    bool ok = true;
    switch (source.type) {
    case SourceType::Simulator:
        warnUnknownKeys(node, {"type", "seed", "scenarios", "history", "history_interval", "interval"},
                        QStringLiteral("source."));
        break;
    case SourceType::Xlsx:
    case SourceType::Csv:
        warnUnknownKeys(node, {"type", "path", "sheet", "layout"}, QStringLiteral("source."));
        break;
    case SourceType::Folder:
        warnUnknownKeys(node, {"type", "path", "pattern", "sheet", "layout"},
                        QStringLiteral("source."));
        break;
    case SourceType::Remote:
        warnUnknownKeys(node, {"type", "url", "unit", "token_file"}, QStringLiteral("source."));
        break;
    case SourceType::PiWebApi:
        warnUnknownKeys(node, {"type", "url", "data_server", "auth", "user", "password_file", "token_url",
                               "client_id", "client_secret_file", "ca_file", "history", "mode", "interval",
                               "max_items_per_call", "password", "client_secret"},
                        QStringLiteral("source."));
        ok = readPiSource(node, source) && ok;
        break;
    }

    if (source.type == SourceType::Xlsx || source.type == SourceType::Csv
        || source.type == SourceType::Folder) {
        const std::optional<QString> path = readString(node, "path", QStringLiteral("source.path"));
        if (!path || path->isEmpty()) {
            error(lineOf(node), QStringLiteral("source.path"),
                  FleetConfigLoader::tr("missing (a %1 source needs a path)").arg(*typeText));
            ok = false;
        } else {
            // Relative paths are relative to the configuration folder.
            source.path = QDir::isAbsolutePath(*path) ? QDir::cleanPath(*path)
                                                       : QDir::cleanPath(m_dir + u'/' + *path);
            const QFileInfo info(source.path);
            if (source.type == SourceType::Folder ? !info.isDir() : !info.isFile()) {
                m_diag.append({ConfigDiagnostic::Severity::Error, m_file, lineOf(node["path"]), QStringLiteral("source.path"),
                               (source.type == SourceType::Folder ? FleetConfigLoader::tr("%1 is not a folder (it does not exist)")
                                                                  : FleetConfigLoader::tr("%1 does not exist"))
                                   .arg(QDir::toNativeSeparators(source.path)),
                               true});
            }
        }
        source.sheet = readString(node, "sheet", QStringLiteral("source.sheet")).value_or(QString());
        source.pattern =
            readString(node, "pattern", QStringLiteral("source.pattern")).value_or(QString());
        const QString layout =
            readString(node, "layout", QStringLiteral("source.layout")).value_or(QStringLiteral("auto"));
        if (layout != u"auto" && layout != u"sampled" && layout != u"compressed") {
            error(lineOf(node["layout"]), QStringLiteral("source.layout"),
                  FleetConfigLoader::tr("\"%1\" is not a layout (use auto, sampled or compressed)").arg(layout));
            ok = false;
        }
        source.layout = layout;
        if (source.type == SourceType::Folder && source.pattern.isEmpty())
            source.pattern = QStringLiteral("*.xlsx");
    }
    if (source.type == SourceType::Remote) {
        const std::optional<QString> url =
            readHttpUrl(node, FleetConfigLoader::tr("missing (a remote source needs the URL of a turbopredictd server)"));
        ok = url.has_value() && ok;
        source.url = url.value_or(QString());
        source.remoteUnit = readString(node, "unit", QStringLiteral("source.unit")).value_or(QString());
        if (const auto tokenFile = readString(node, "token_file", QStringLiteral("source.token_file")); tokenFile && !tokenFile->isEmpty())
            source.tokenFile = QDir::isAbsolutePath(*tokenFile) ? QDir::cleanPath(*tokenFile) : QDir::cleanPath(m_dir + u'/' + *tokenFile);
    }
    if (source.type == SourceType::Simulator) {
        if (auto seed = readString(node, "seed", QStringLiteral("source.seed"))) {
            bool isNumber = false;
            source.seed = seed->toUInt(&isNumber);
            if (!isNumber) {
                error(lineOf(node["seed"]), QStringLiteral("source.seed"),
                      FleetConfigLoader::tr("\"%1\" is not a whole number").arg(*seed));
                ok = false;
            }
        }
        struct Span {
            const char *key;
            std::chrono::milliseconds *value;
        };
        for (const Span &span : {Span{"history", &source.history},
                                 Span{"history_interval", &source.historyInterval},
                                 Span{"interval", &source.interval}}) {
            const QString path = u"source." + QLatin1StringView(span.key);
            if (auto text = readString(node, span.key, path)) {
                const auto d = parseDuration(*text);
                if (d && (d->count() > 0 || qstrcmp(span.key, "history") == 0)) {
                    *span.value = *d;
                } else {
                    error(lineOf(node[span.key]), path,
                          FleetConfigLoader::tr("\"%1\" is not a duration (use 30s, 5m, 1h)").arg(*text));
                    ok = false;
                }
            }
        }
        const YAML::Node scenarios = node["scenarios"];
        if (scenarios.IsDefined() && scenarios.IsSequence()) {
            static const QStringList known{QStringLiteral("filter_clogging"),
                                           QStringLiteral("bearing_wear"), QStringLiteral("fouling")};
            for (const YAML::Node &s : scenarios) {
                const QString name = qs(s.Scalar());
                if (!known.contains(name))
                    error(lineOf(s), QStringLiteral("source.scenarios"),
                          FleetConfigLoader::tr("\"%1\" is not a scenario (use %2)")
                              .arg(name, known.join(QStringLiteral(", "))));
                source.scenarios.append(name);
            }
        } else if (scenarios.IsDefined() && !scenarios.IsNull()) {
            error(lineOf(scenarios), QStringLiteral("source.scenarios"), FleetConfigLoader::tr("must be a list"));
            ok = false;
        }
    }
    return ok;
}

std::optional<QString> Reader::readHttpUrl(const YAML::Node &node, const QString &missing)
{
    const std::optional<QString> url = readString(node, "url", QStringLiteral("source.url"));
    if (!url || url->isEmpty()) {
        error(lineOf(node), QStringLiteral("source.url"), missing);
        return std::nullopt;
    }
    const QUrl parsed(*url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https") || parsed.host().isEmpty()) {
        error(lineOf(node["url"]), QStringLiteral("source.url"),
              FleetConfigLoader::tr("\"%1\" is not an http or https URL").arg(*url));
        return std::nullopt;
    }
    return url;
}

std::optional<QString> Reader::readExistingFile(const YAML::Node &node, const char *key, const QString &path)
{
    const std::optional<QString> text = readString(node, key, path);
    if (!text || text->isEmpty())
        return std::nullopt;
    const QString file = QDir::isAbsolutePath(*text) ? QDir::cleanPath(*text) : QDir::cleanPath(m_dir + u'/' + *text);
    if (!QFileInfo(file).isFile())
        error(lineOf(node[key]), path,
              FleetConfigLoader::tr("%1 does not exist").arg(QDir::toNativeSeparators(file)));
    return file;
}

bool Reader::readPiSource(const YAML::Node &node, SourceConfig &source)
{
    bool ok = true;
    const std::optional<QString> url = readHttpUrl(
        node, FleetConfigLoader::tr("missing (a piwebapi source needs the PI Web API's URL, e.g. https://pi-web.plant.local/piwebapi)"));
    if (!url) {
        ok = false;
    } else if (!QUrl(*url).userInfo().isEmpty()) {
        error(lineOf(node["url"]), QStringLiteral("source.url"),
              FleetConfigLoader::tr("holds a user name or password; use user and password_file"));
        ok = false;
    }
    source.url = url.value_or(QString());
    source.history = std::chrono::hours(24 * 365);
    source.interval = std::chrono::minutes(6);
    source.dataServer = readString(node, "data_server", QStringLiteral("source.data_server")).value_or(QString());
    for (const char *secret : {"password", "client_secret"}) {
        if (node[secret].IsDefined()) {
            error(lineOf(node[secret]), u"source." + QLatin1StringView(secret),
                  FleetConfigLoader::tr("a secret is never written in the configuration; put it in a file and name it with %1_file")
                      .arg(QLatin1StringView(secret)));
            ok = false;
        }
    }
    if (const auto auth = readString(node, "auth", QStringLiteral("source.auth"))) {
        if (const auto a = piAuthFromId(*auth)) {
            source.piAuth = *a;
        } else {
            error(lineOf(node["auth"]), QStringLiteral("source.auth"),
                  FleetConfigLoader::tr("\"%1\" is not an authentication (use kerberos, basic, bearer or anonymous)").arg(*auth));
            ok = false;
        }
    }
    source.piUser = readString(node, "user", QStringLiteral("source.user")).value_or(QString());
    source.passwordFile = readExistingFile(node, "password_file", QStringLiteral("source.password_file")).value_or(QString());
    source.tokenUrl = readString(node, "token_url", QStringLiteral("source.token_url")).value_or(QString());
    source.clientId = readString(node, "client_id", QStringLiteral("source.client_id")).value_or(QString());
    source.clientSecretFile = readExistingFile(node, "client_secret_file", QStringLiteral("source.client_secret_file")).value_or(QString());
    source.caFile = readExistingFile(node, "ca_file", QStringLiteral("source.ca_file")).value_or(QString());
    if (source.piAuth == PiAuth::Basic) {
        if (source.piUser.isEmpty()) {
            error(lineOf(node), QStringLiteral("source.user"), FleetConfigLoader::tr("missing (basic authentication needs a user)"));
            ok = false;
        }
        if (source.passwordFile.isEmpty())
            warning(lineOf(node), QStringLiteral("source.password_file"),
                    FleetConfigLoader::tr("not given: the password is read from TP_PI_PASSWORD when the unit starts"));
    }
    if (source.piAuth == PiAuth::Bearer) {
        const QUrl tokenUrl(source.tokenUrl, QUrl::StrictMode);
        if (source.tokenUrl.isEmpty() || !tokenUrl.isValid() || tokenUrl.host().isEmpty()) {
            error(lineOf(node["token_url"].IsDefined() ? node["token_url"] : node), QStringLiteral("source.token_url"),
                  FleetConfigLoader::tr("missing or not a URL (bearer authentication needs the identity provider's token URL)"));
            ok = false;
        }
        if (source.clientId.isEmpty()) {
            error(lineOf(node), QStringLiteral("source.client_id"), FleetConfigLoader::tr("missing (bearer authentication needs a client id)"));
            ok = false;
        }
        if (source.clientSecretFile.isEmpty())
            warning(lineOf(node), QStringLiteral("source.client_secret_file"),
                    FleetConfigLoader::tr("not given: the client secret is read from TP_PI_CLIENT_SECRET when the unit starts"));
    }
    const QString mode = readString(node, "mode", QStringLiteral("source.mode")).value_or(QStringLiteral("recorded"));
    if (mode != u"recorded" && mode != u"interpolated") {
        error(lineOf(node["mode"]), QStringLiteral("source.mode"),
              FleetConfigLoader::tr("\"%1\" is not a mode (use recorded or interpolated)").arg(mode));
        ok = false;
    }
    source.interpolated = mode == u"interpolated";
    struct Span {
        const char *key;
        std::chrono::milliseconds *value;
    };
    for (const Span &span : {Span{"history", &source.history}, Span{"interval", &source.interval}}) {
        const QString path = u"source." + QLatin1StringView(span.key);
        if (auto text = readString(node, span.key, path)) {
            if (const auto d = parseDuration(*text); d && d->count() > 0) {
                *span.value = *d;
            } else {
                error(lineOf(node[span.key]), path,
                      FleetConfigLoader::tr("\"%1\" is not a duration (use 30s, 5m, 1h)").arg(*text));
                ok = false;
            }
        }
    }
    if (source.interpolated && source.interval.count() % 1000 != 0) {
        error(lineOf(node["interval"]), QStringLiteral("source.interval"),
              FleetConfigLoader::tr("must be whole seconds (PI interpolates in seconds), e.g. 6m or 30s"));
        ok = false;
    }
    if (!source.interpolated && node["interval"].IsDefined())
        warning(lineOf(node["interval"]), QStringLiteral("source.interval"),
                FleetConfigLoader::tr("used only with mode: interpolated (recorded mode reads the archived values as they are)"));
    if (auto text = readString(node, "max_items_per_call", QStringLiteral("source.max_items_per_call"))) {
        bool isNumber = false;
        const int n = text->toInt(&isNumber);
        if (!isNumber || n < 100) {
            error(lineOf(node["max_items_per_call"]), QStringLiteral("source.max_items_per_call"),
                  FleetConfigLoader::tr("\"%1\" is not a whole number of at least 100 (the server's MaxReturnedItemsPerCall, default 150000)").arg(*text));
            ok = false;
        } else {
            source.maxItemsPerCall = n;
        }
    }
    return ok;
}

bool Reader::readLimits(const YAML::Node &node, TagConfig &tag, const QString &prefix)
{
    if (!node.IsMap()) {
        error(lineOf(node), prefix, FleetConfigLoader::tr("must be a mapping of lolo, lo, hi, hihi"));
        return false;
    }
    warnUnknownKeys(node, {"lolo", "lo", "hi", "hihi"}, prefix + u'.');
    struct Slot {
        const char *key;
        std::optional<AlarmLimit> *limit;
        AlarmPriority defaultPriority;
    };
    const Slot slots[] = {
        {"lolo", &tag.lolo, AlarmPriority::High},
        {"lo", &tag.lo, AlarmPriority::Medium},
        {"hi", &tag.hi, AlarmPriority::Medium},
        {"hihi", &tag.hihi, AlarmPriority::High},
    };
    bool ok = true;
    for (const Slot &slot : slots) {
        const YAML::Node value = node[slot.key];
        if (!value.IsDefined() || value.IsNull())
            continue;
        const QString path = prefix + u'.' + QLatin1StringView(slot.key);
        AlarmLimit limit;
        limit.priority = slot.defaultPriority;
        if (value.IsMap()) {
            warnUnknownKeys(value, {"value", "priority"}, path + u'.');
            const YAML::Node v = value["value"];
            if (!v.IsDefined()) {
                error(lineOf(value), path + u".value", FleetConfigLoader::tr("missing"));
                ok = false;
                continue;
            }
            const std::optional<double> number = readNumber(v, path + u".value");
            if (!number) {
                ok = false;
                continue;
            }
            limit.value = *number;
            if (auto p = readString(value, "priority", path + u".priority")) {
                if (auto priority = alarmPriorityFromId(*p)) {
                    limit.priority = *priority;
                } else {
                    error(lineOf(value["priority"]), path + u".priority",
                          FleetConfigLoader::tr("\"%1\" is not a priority (use critical, high, medium or low)")
                              .arg(*p));
                    ok = false;
                }
            }
        } else {
            const std::optional<double> number = readNumber(value, path);
            if (!number) {
                ok = false;
                continue;
            }
            limit.value = *number;
        }
        *slot.limit = limit;
    }
    // Present limits must be strictly increasing: lolo < lo < hi < hihi.
    const AlarmLimit *previous = nullptr;
    const char *previousKey = nullptr;
    for (const Slot &slot : slots) {
        if (!slot.limit->has_value())
            continue;
        const AlarmLimit &current = **slot.limit;
        if (previous && !(previous->value < current.value)) {
            error(lineOf(node[slot.key]), prefix,
                  FleetConfigLoader::tr("%1 (%2) must be below %3 (%4)")
                      .arg(QLatin1StringView(previousKey))
                      .arg(previous->value)
                      .arg(QLatin1StringView(slot.key))
                      .arg(current.value));
            ok = false;
        }
        previous = &current;
        previousKey = slot.key;
    }
    return ok;
}

std::optional<TagConfig> Reader::readTag(const YAML::Node &node, int index)
{
    const QString prefix = QStringLiteral("tags[%1]").arg(index);
    if (!node.IsMap()) {
        error(lineOf(node), prefix, FleetConfigLoader::tr("must be a mapping with at least a name"));
        return std::nullopt;
    }
    TagConfig tag;
    tag.line = lineOf(node);
    warnUnknownKeys(node, {"name", "description", "unit", "kind", "role", "limits", "normal",
                           "deadband", "on_delay"},
                    prefix + u'.');
    if (const YAML::Node deadband = node["deadband"]; deadband.IsDefined() && !deadband.IsNull()) {
        const auto value = readNumber(deadband, prefix + u".deadband");
        if (value && *value < 0)
            error(lineOf(deadband), prefix + u".deadband", FleetConfigLoader::tr("must not be negative"));
        else
            tag.deadband = value;
    }
    if (const YAML::Node onDelay = node["on_delay"]; onDelay.IsDefined() && !onDelay.IsNull()) {
        bool isNumber = false;
        const int value = onDelay.IsScalar() ? qs(onDelay.Scalar()).toInt(&isNumber) : 0;
        if (!isNumber || value < 1 || value > 1000)
            error(lineOf(onDelay), prefix + u".on_delay",
                  FleetConfigLoader::tr("must be a number of samples from 1 to 1000"));
        else
            tag.onDelay = value;
    }
    const std::optional<QString> name = readString(node, "name", prefix + u".name");
    if (!name || name->isEmpty()) {
        error(tag.line, prefix + u".name", FleetConfigLoader::tr("missing"));
        return std::nullopt;
    }
    tag.name = *name;
    const QString tagPrefix = QStringLiteral("tags[%1]").arg(tag.name);
    tag.description = readString(node, "description", tagPrefix + u".description").value_or(QString());
    tag.engineeringUnit = readString(node, "unit", tagPrefix + u".unit").value_or(QString());
    bool ok = true;
    if (auto kindText = readString(node, "kind", tagPrefix + u".kind")) {
        if (auto kind = tagKindFromId(*kindText)) {
            tag.kind = *kind;
            tag.kindDerived = false;
        } else {
            error(lineOf(node["kind"]), tagPrefix + u".kind",
                  FleetConfigLoader::tr("\"%1\" is not a tag kind (use flow, pressure, differential_pressure, "
                         "temperature, level, speed, vibration, position, analyser, current, "
                         "power, voltage, calculated, controller_output or other)")
                      .arg(*kindText));
            ok = false;
        }
    } else {
        tag.kind = deriveTagKind(tag.name);
    }
    if (auto roleText = readString(node, "role", tagPrefix + u".role")) {
        if (auto role = tagRoleFromId(*roleText)) {
            tag.role = *role;
        } else {
            error(lineOf(node["role"]), tagPrefix + u".role",
                  FleetConfigLoader::tr("\"%1\" is not a role (use speed or main_flow)").arg(*roleText));
            ok = false;
        }
    }
    const YAML::Node limits = node["limits"];
    if (limits.IsDefined() && !limits.IsNull())
        ok = readLimits(limits, tag, tagPrefix + u".limits") && ok;

    const YAML::Node normal = node["normal"];
    if (normal.IsDefined() && !normal.IsNull()) {
        const QString path = tagPrefix + u".normal";
        if (normal.IsSequence() && normal.size() == 2) {
            const auto lo = readNumber(normal[0], path);
            const auto hi = readNumber(normal[1], path);
            if (lo && hi && !(*lo < *hi)) {
                error(lineOf(normal), path,
                      FleetConfigLoader::tr("the low end (%1) must be below the high end (%2)").arg(*lo).arg(*hi));
                ok = false;
            } else if (lo && hi) {
                tag.normalLow = lo;
                tag.normalHigh = hi;
            } else {
                ok = false;
            }
        } else {
            error(lineOf(normal), path, FleetConfigLoader::tr("must be a range [low, high]"));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return tag;
}

std::optional<UnitConfig> Reader::readUnit(const QString &path, const GlobalConfig &global,
                                           QHash<QString, QString> &seenUnits)
{
    m_file = path;
    const int errorsBefore = static_cast<int>(
        std::count_if(m_diag.cbegin(), m_diag.cend(), [](const auto &d) { return d.isError() && !d.missingSource; }));
    const std::optional<YAML::Node> parsed = parseFile(path);
    if (!parsed)
        return std::nullopt;
    const YAML::Node root = *parsed;
    if (!root.IsMap()) {
        error(lineOf(root), QString(),
              FleetConfigLoader::tr("must be a mapping with unit_id, plant, source and tags"));
        return std::nullopt;
    }
    UnitConfig unit;
    unit.filePath = path;
    warnUnknownKeys(root, {"unit_id", "plant", "description", "timezone", "refresh_interval", "stale_after",
                           "source", "tags", "analysis", "rul"},
                    QString());

    unit.unitId = readString(root, "unit_id", QStringLiteral("unit_id")).value_or(QString());
    if (unit.unitId.isEmpty()) {
        error(1, QStringLiteral("unit_id"), FleetConfigLoader::tr("missing"));
    } else if (auto it = seenUnits.constFind(unit.unitId.toLower()); it != seenUnits.cend()) {
        error(lineOf(root["unit_id"]), QStringLiteral("unit_id"),
              FleetConfigLoader::tr("%1 is already defined in %2").arg(unit.unitId, *it));
    } else {
        seenUnits.insert(unit.unitId.toLower(), path);
    }
    if (!unit.unitId.isEmpty()
        && QFileInfo(path).completeBaseName().compare(unit.unitId, Qt::CaseInsensitive) != 0)
        warning(lineOf(root["unit_id"]), QStringLiteral("unit_id"),
                FleetConfigLoader::tr("\"%1\" differs from the file name; name the file %1.yml").arg(unit.unitId));
    unit.plant = readString(root, "plant", QStringLiteral("plant")).value_or(QString());
    if (unit.plant.isEmpty())
        error(1, QStringLiteral("plant"), FleetConfigLoader::tr("missing"));
    unit.description =
        readString(root, "description", QStringLiteral("description")).value_or(QString());

    if (auto tz = readString(root, "timezone", QStringLiteral("timezone"))) {
        if (QTimeZone::isTimeZoneIdAvailable(tz->toUtf8()))
            unit.timeZone = tz->toUtf8();
        else
            error(lineOf(root["timezone"]), QStringLiteral("timezone"),
                  FleetConfigLoader::tr("\"%1\" is not an IANA time zone name (e.g. Asia/Kuala_Lumpur)").arg(*tz));
    } else if (!global.defaultTimeZone.isEmpty()) {
        unit.timeZone = global.defaultTimeZone;
    } else {
        error(1, QStringLiteral("timezone"),
              FleetConfigLoader::tr("missing (give the plant's IANA time zone, e.g. Asia/Kuala_Lumpur, here or "
                     "under defaults in global.yml)"));
    }

    if (auto text = readString(root, "refresh_interval", QStringLiteral("refresh_interval"))) {
        if (auto d = parseDuration(*text))
            unit.refreshInterval = *d;
        else
            error(lineOf(root["refresh_interval"]), QStringLiteral("refresh_interval"),
                  FleetConfigLoader::tr("\"%1\" is not a duration (use 30s, 5m, 1h)").arg(*text));
    } else if (global.defaultRefreshInterval) {
        unit.refreshInterval = *global.defaultRefreshInterval;
    }

    if (auto text = readString(root, "stale_after", QStringLiteral("stale_after"))) {
        if (auto d = parseDuration(*text); d && d->count() > 0)
            unit.staleAfterSetting = *d;
        else
            error(lineOf(root["stale_after"]), QStringLiteral("stale_after"),
                  FleetConfigLoader::tr("\"%1\" is not a duration (use 30m, 1h, 2d)").arg(*text));
    }

    const YAML::Node source = root["source"];
    if (!source.IsDefined() || source.IsNull())
        error(1, QStringLiteral("source"),
              FleetConfigLoader::tr("missing (every unit needs a source: simulator, xlsx, csv, folder, remote or piwebapi)"));
    else
        readSource(source, unit.source);

    const YAML::Node tags = root["tags"];
    if (!tags.IsDefined() || tags.IsNull() || (tags.IsSequence() && tags.size() == 0)) {
        warning(tags.IsDefined() ? lineOf(tags) : 1, QStringLiteral("tags"),
                FleetConfigLoader::tr("no tags configured; the unit will have nothing to show"));
    } else if (!tags.IsSequence()) {
        error(lineOf(tags), QStringLiteral("tags"), FleetConfigLoader::tr("must be a list of tags"));
    } else {
        QHash<QString, int> seenNames; // lower-case name -> line
        QHash<TagRole, QString> roles;
        int index = 0;
        for (const YAML::Node &node : tags) {
            std::optional<TagConfig> tag = readTag(node, index++);
            if (!tag)
                continue;
            const QString key = tag->name.toLower();
            if (auto it = seenNames.constFind(key); it != seenNames.cend()) {
                error(tag->line, QStringLiteral("tags"),
                      FleetConfigLoader::tr("%1 is listed twice (first at line %2)").arg(tag->name).arg(*it));
                continue;
            }
            seenNames.insert(key, tag->line);
            if (tag->role != TagRole::None) {
                if (roles.contains(tag->role)) {
                    error(tag->line, QStringLiteral("tags[%1].role").arg(tag->name),
                          FleetConfigLoader::tr("role %1 is already given to %2")
                              .arg(tagRoleId(tag->role), roles.value(tag->role)));
                } else {
                    roles.insert(tag->role, tag->name);
                }
            }
            unit.tags.append(*tag);
        }
    }
    for (const char *section : {"analysis", "rul"}) {
        const YAML::Node node = root[section];
        if (!node.IsDefined() || node.IsNull())
            continue;
        if (!node.IsMap()) {
            error(lineOf(node), QLatin1StringView(section), FleetConfigLoader::tr("must be a mapping"));
            continue;
        }
        (qstrcmp(section, "rul") == 0 ? unit.rul : unit.analysis) = yamlToVariant(node).toMap();
    }
    QStringList analysisErrors;
    const AnalysisConfig analysis = AnalysisConfig::fromUnit(unit, &analysisErrors);
    for (const QString &e : std::as_const(analysisErrors)) {
        const QString key = e.section(QStringLiteral(": "), 0, 0);
        const YAML::Node node = root[key.startsWith(u"rul") ? "rul" : "analysis"];
        error(lineOf(node), key, e.section(QStringLiteral(": "), 1));
    }
    // A library that is not there yet leaves the unit running: a warning, not an error.
    for (qsizetype i = 0; i < analysis.learnedRul.size(); ++i)
        if (!QFileInfo::exists(analysis.learnedRul[i].library))
            warning(lineOf(root["rul"]), QStringLiteral("rul.learned[%1].library").arg(i),
                    FleetConfigLoader::tr("%1 does not exist (yet): the unit runs without this forecast")
                        .arg(QDir::toNativeSeparators(analysis.learnedRul[i].library)));

    const int errorsAfter = static_cast<int>(
        std::count_if(m_diag.cbegin(), m_diag.cend(), [](const auto &d) { return d.isError() && !d.missingSource; }));
    if (errorsAfter != errorsBefore)
        return std::nullopt;
    return unit;
}

FleetConfigResult Reader::run()
{
    FleetConfigResult result;
    FleetConfig fleet;
    fleet.directory = m_dir;
    if (!QFileInfo(m_dir).isDir()) {
        m_file = m_dir;
        error(0, QString(), FleetConfigLoader::tr("is not a configuration folder (it does not exist)"));
        result.diagnostics = m_diag;
        return result;
    }
    readGlobal(fleet.global);

    const QDir unitsDir(m_dir + u"/units");
    m_file = unitsDir.path();
    if (!unitsDir.exists()) {
        error(0, QString(), FleetConfigLoader::tr("folder missing: put one <UNIT_ID>.yml per unit in it"));
    }
    const QStringList files = unitsDir.exists()
        ? unitsDir.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files,
                             QDir::Name)
        : QStringList();
    if (unitsDir.exists() && files.isEmpty())
        error(0, QString(), FleetConfigLoader::tr("contains no unit files (*.yml)"));

    QHash<QString, QString> seenUnits; // lower-case id -> file
    for (const QString &name : files) {
        const QString path = unitsDir.path() + u'/' + name;
        if (std::optional<UnitConfig> unit = readUnit(path, fleet.global, seenUnits))
            fleet.units.append(std::move(*unit));
    }

    result.diagnostics = m_diag;
    // A missing source file stops only its unit (at run time, with this message).
    const bool hasErrors = std::any_of(m_diag.cbegin(), m_diag.cend(),
                                       [](const ConfigDiagnostic &d) { return d.isError() && !d.missingSource; });
    if (!hasErrors)
        result.fleet = std::move(fleet);
    for (const ConfigDiagnostic &d : std::as_const(m_diag))
        qCDebug(lcConfig) << d.toString();
    return result;
}

} // namespace

int FleetConfigResult::errorCount() const
{
    return static_cast<int>(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                                          [](const ConfigDiagnostic &d) { return d.isError(); }));
}

int FleetConfigResult::warningCount() const
{
    return static_cast<int>(diagnostics.size()) - errorCount();
}

FleetConfigResult FleetConfigLoader::load(const QString &directory)
{
    QString dir = QDir::cleanPath(directory);
    if (dir.endsWith(u'/') && dir.size() > 1)
        dir.chop(1);
    return Reader(dir).run();
}

QString FleetConfigLoader::demoDirectory()
{
    return QStringLiteral(":/demo-fleet");
}

FleetConfigResult FleetConfigLoader::loadDemo()
{
    return load(demoDirectory());
}

bool FleetConfigLoader::writeDemoFleet(const QString &directory, QString *errorMessage)
{
    const QDir target(directory);
    if (QFileInfo::exists(target.filePath(QStringLiteral("global.yml")))
        || QFileInfo::exists(target.filePath(QStringLiteral("units")))) {
        *errorMessage = tr("%1 already holds a configuration; choose an empty folder")
                            .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    if (!target.mkpath(QStringLiteral("units"))) {
        *errorMessage = tr("cannot create %1").arg(QDir::toNativeSeparators(target.filePath(
                            QStringLiteral("units"))));
        return false;
    }
    QStringList files{QStringLiteral("global.yml")};
    const QDir demoUnits(demoDirectory() + u"/units");
    for (const QString &name : demoUnits.entryList(QDir::Files, QDir::Name))
        files.append(u"units/" + name);
    for (const QString &relative : std::as_const(files)) {
        QFile in(demoDirectory() + u'/' + relative);
        if (!in.open(QIODevice::ReadOnly)) {
            *errorMessage = tr("cannot read the built-in %1").arg(relative);
            return false;
        }
        QSaveFile out(target.filePath(relative));
        if (!out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit()) {
            *errorMessage = tr("cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(target.filePath(relative)),
                                     out.errorString());
            return false;
        }
    }
    return true;
}

} // namespace tp
