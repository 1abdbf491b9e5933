#pragma once

#include "ingest/importer.h"
#include "runtime/runtimeoptions.h"
#include "runtime/unitsnapshot.h"
#include "runtime/unitworkerbase.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace tp {

class UnitStore;

/**
 * A unit of a remote site (a `remote` source): in the unit's own thread it mirrors what the
 * site's turbopredictd serves into a local store of its own, so the same views (trends, health,
 * RUL, handover reports) serve local and remote units, and the last mirrored data stays
 * readable when the site cannot be reached (state Offline). Each refresh reads the site's
 * status, tags, alarms and RUL and the new raw samples of every tag (series?raw=1, per tag from
 * the newest mirrored sample); acknowledgements are sent to the site. The analysis is the
 * site's: a mirror never trains or scores.
 *
 * Everything is asynchronous on the thread's event loop (QNetworkAccessManager): a slow site
 * never stops the heartbeat, and a request that hangs is cut off after the transfer timeout.
 * The same signals and slots as UnitWorker; UnitController picks one or the other.
 */
class RemoteUnitWorker : public UnitWorkerBase
{
    Q_OBJECT
public:
    RemoteUnitWorker(UnitConfig unit, RuntimeOptions options, std::shared_ptr<std::atomic_bool> cancel);
    ~RemoteUnitWorker() override;

    /** At most this many raw samples per tag and request. */
    static constexpr int kPageSamples = 5'000;

public Q_SLOTS:
    void start() override;
    void refresh() override;
    void analyze() override;
    void retrain() override;
    void acknowledge(const QString &alarmKey, const QString &user, const QString &comment) override;
    void acknowledgeAll(const QString &user, const QString &comment) override;
    void shelve(const QString &alarmKey, const QString &user, const QString &comment, qint64 until) override;
    void unshelve(const QString &alarmKey, const QString &user, const QString &comment) override;
    void importFiles(const QStringList &paths, const tp::ImportOptions &options,
                     std::shared_ptr<std::atomic_bool> cancel) override;

private:
    struct Response {
        int status = 0;        ///< HTTP status; 0 when none arrived
        QByteArray body;
        QString error;         ///< translated; empty on a 2xx answer
        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Response &)>;
    void send(const QString &method, const QString &path, const QUrlQuery &query, const QByteArray &body, Done done);
    QString unitPath(const QString &what) const;
    bool ensureOpen();
    void fetchStatus();
    void fetchTags();
    void fetchAlarms(Done then);
    void fetchRul();
    void fetchSamples();
    void storeSamples(const QJsonArray &series, const QStringList &asked);
    void finishRefresh(bool ok, const QString &error);
    void recordModeChange();
    void publish(double progress = -1.0);
    void beat();

    UnitConfig m_unit;
    RuntimeOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QByteArray m_token;
    std::unique_ptr<UnitStore> m_store;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_heartbeat = nullptr;
    QList<QPointer<QNetworkReply>> m_replies;

    UnitSnapshot m_snapshot;       ///< the site's picture as last read, with our refresh facts
    bool m_reached = false;        ///< the site answered at least once
    bool m_refreshing = false;
    bool m_backFill = false;
    qint64 m_siteNow = 0;          ///< the site's clock at the last status
    QElapsedTimer m_sinceSiteNow;
    QHash<QString, qint64> m_cursor; ///< per tag: mirror samples from here on
    QStringList m_pendingTags;     ///< tags whose samples are not complete yet in this refresh
    int m_tagCount = 0;
    qint64 m_valuesStored = 0;
    QElapsedTimer m_refreshTimer;
    qint64 m_lastForecastAt = 0;
    UnitState m_siteState = UnitState::Ok; ///< the unit's state at its site
    QString m_siteMessage;
    bool m_storeFailed = false;
    int m_lastStatus = 0;          ///< HTTP status of the last answer (0: none arrived)
    bool m_lastUnreachable = false; ///< the last request found no site (not a TLS or protocol error)
    int m_pages = 0;               ///< sample requests in this refresh
    QSet<QString> m_single;        ///< tags asked for one at a time (their group was refused)
    QStringList m_missing;         ///< tags the site no longer has
};

} // namespace tp
