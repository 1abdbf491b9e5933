#pragma once

#include "runtime/unitsnapshot.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>

#include <map>
#include <memory>
#include <optional>

class QTcpSocket;
class QTimer;

namespace tp {

class Fleet;

struct ApiOptions {
    QHostAddress address = QHostAddress::LocalHost; ///< loopback unless another is asked for
    quint16 port = 8080;                            ///< 0: any free port
    QByteArray token;                               ///< bearer token; empty: POSTs are refused
    bool tokenForGet = false;                       ///< GETs need the token too
    qint64 maxBodyBytes = 64LL * 1024 * 1024;       ///< 413 beyond
    int requestTimeoutMs = 10'000;                  ///< a request's headers and body must arrive within this
    int idleTimeoutMs = 60'000;                     ///< an idle keep-alive connection is closed after this
    int maxConnections = 64;                        ///< more are refused at once
    QString dataDir;                                ///< the unit stores, for series reads
    QString certificateFile, keyFile;               ///< TLS when both are set
};

/**
 * Accepts connections for the API: at most `maxConnections` at a time, each given
 * `requestTimeoutMs` to deliver a request (a client sending a byte a second is cut off) and
 * closed after `idleTimeoutMs` without one; requests announcing a body beyond `maxBodyBytes`
 * get 413 before the body is read. TLS when a certificate is configured.
 */
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(const ApiOptions &options, QObject *parent = nullptr);
    void requestHandled(QTcpSocket *socket);
    int connections() const { return int(m_sockets.size()); }
    qint64 refused() const { return m_refused; }
    qint64 timedOut() const { return m_timedOut; }
    bool tlsReady() const { return m_tls; }
    QString tlsError() const { return m_tlsError; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Guard {
        QTimer *deadline = nullptr;
        QByteArray head; ///< the current request's header bytes, until complete
        bool inRequest = false;
    };
    void onReadyRead(QTcpSocket *socket);

    ApiOptions m_options;
    QHash<QTcpSocket *, Guard> m_sockets;
    qint64 m_refused = 0, m_timedOut = 0;
    bool m_tls = false;
    QString m_tlsError;
    QByteArray m_certificate, m_key;
};

/**
 * turbopredictd's HTTP API over a running Fleet: JSON under /api/v1 (the seeds' short paths
 * are aliases), Prometheus metrics at /metrics. See README "Headless server" for the routes.
 * Lives in the fleet's thread; answers from the units' snapshots, reads series from the stores
 * with a connection of its own.
 */
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(Fleet &fleet, ApiOptions options, QObject *parent = nullptr);
    ~ApiServer() override;
    /** Starts listening; false (and errorString) when the address is taken or TLS fails. */
    bool start();
    quint16 port() const;
    QString errorString() const { return m_error; }
    /** Open connections now. */
    int connections() const { return m_tcp ? m_tcp->connections() : 0; }
    /** Stops accepting connections (shutdown). */
    void stopListening();
    /** The metrics text (Prometheus exposition format 0.0.4). */
    QByteArray metrics() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };
    Reply route(const QHttpServerRequest &request);
    Reply error(int status, const QString &message) const;
    Reply json(const QJsonValue &value, int status = 200) const;
    std::optional<Reply> authorize(const QHttpServerRequest &request, bool mutating) const;
    QJsonObject unitStatus(const UnitSnapshot &s) const;
    Reply series(const QString &unitId, const QHttpServerRequest &request);
    /** GET /units/{id}/journal?from=&to=: the alarm journal, newest first (default: 24 h). */
    Reply journal(const UnitConfig &unit, const QHttpServerRequest &request);
    Reply postAction(const QString &unitId, const QString &action, const QHttpServerRequest &request,
                     const QStringList &rest);
    void onSnapshot(const UnitSnapshot &s);
    /** This thread's own connection to the unit's store, opened once (nullptr and the reason
     *  in @p error when the store does not exist yet or cannot be opened). */
    class UnitStore *store(const QString &unitId, QString *error);

    Fleet &m_fleet;
    ApiOptions m_options;
    GuardedTcpServer *m_tcp = nullptr;
    QString m_error;
    QElapsedTimer m_uptime;
    qint64 m_startedAt = 0;
    struct UnitMetrics {
        qint64 lastCount = 0;
        std::vector<qint64> buckets; ///< cumulative per bound
        qint64 count = 0;
        double sum = 0;
        qint64 samplesStored = 0;
        qint64 importFailures = 0;
    };
    std::map<QString, UnitMetrics> m_metrics;
    qint64 m_requests = 0;
    std::map<QString, std::unique_ptr<class UnitStore>> m_stores;
};

} // namespace tp
