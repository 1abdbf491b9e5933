#pragma once

#include "config/fleetconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <QNetworkReply>
#include <QThreadPool>

#include <any>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace tp {

/** How to reach one PI Web API and who to be there. Holds secrets: never log or show it. */
struct PiConnection {
    QUrl url;                 ///< base, e.g. https://pi-web.plant.local/piwebapi
    PiAuth auth = PiAuth::Kerberos;
    QString user;             ///< basic
    QByteArray password;      ///< basic (secret)
    QUrl tokenUrl;            ///< bearer: OpenID Connect token endpoint
    QString clientId;         ///< bearer
    QByteArray clientSecret;  ///< bearer (secret)
    QString caFile;           ///< extra CA certificates (PEM) to trust
    int timeoutMs = 60'000;   ///< per request, without progress
    int maxInFlight = 3;      ///< requests of this connection at once
};

/** The connection a unit's `piwebapi` source names, with its secrets read from their files
 *  (or TP_PI_PASSWORD / TP_PI_CLIENT_SECRET). nullopt and a translated reason on failure. */
std::optional<PiConnection> piConnectionFor(const SourceConfig &source, QString *error);

/** One answer of the server, or why there is none. */
struct PiResponse {
    enum class Failure {
        None,
        Http,          ///< an HTTP error status (or a WebException in a 200)
        Unreachable,   ///< no connection (refused, host unknown, network down)
        Dropped,       ///< the connection broke or timed out mid-answer
        Tls,           ///< the certificate was not trusted or the handshake failed
        Cancelled,
    };
    int status = 0;
    QJsonDocument json;
    Failure failure = Failure::None;
    QString error;            ///< translated, naming the URL and the cause
    int retryAfterMs = 0;     ///< a Retry-After the server sent
    std::any prepared;        ///< what PiRequest::prepare made of it (on a pool thread)

    bool ok() const { return failure == Failure::None; }
    /** Worth another try after a pause: 429, 5xx, a WebException, a dropped connection. */
    bool retryable() const;
};

/** One request to queue: path under the base URL (e.g. "batch"), query, and for POST a body. */
struct PiRequest {
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;          ///< POST: JSON
    int attempt = 0;          ///< retries so far
    qint64 notBeforeMs = 0;   ///< steady-clock ms: back-off
    int tag = 0;              ///< the caller's: which group of work this is
    /** Runs on a pool thread after the JSON is parsed (only for a good answer): the caller's
     *  conversion, kept in PiResponse::prepared. Must not touch the caller's state. */
    std::function<std::any(const PiResponse &)> prepare;
};

/**
 * A PI Web API session for one thread (a unit's worker, a discovery run): it owns its
 * QNetworkAccessManager and blocks on local event loops, so it must be created, used and
 * destroyed in one thread that may block (never the GUI thread).
 *
 * Authentication: Basic sends its header with every request (no 401 round trip); Bearer takes
 * a token from the identity provider (client credentials) and renews it before it expires or
 * after a 401; Kerberos answers the server's Negotiate challenge with the logged-on user (on
 * Windows through SSPI, elsewhere with a Kerberos ticket); HTTP/2 is off for these requests
 * (Negotiate over HTTP/2 can hang in Qt 6). Every POST carries X-Requested-With (the server's
 * CSRF defence). TLS: the system's CAs plus the configured CA file; no error is ignored.
 *
 * Requests in flight are bounded per session (PiConnection::maxInFlight) and for the whole
 * process (fleetRequestLimit()).
 */
class PiWebApiClient
{
    Q_DECLARE_TR_FUNCTIONS(tp::PiWebApiClient)
public:
    explicit PiWebApiClient(PiConnection connection);
    ~PiWebApiClient();
    PiWebApiClient(const PiWebApiClient &) = delete;
    PiWebApiClient &operator=(const PiWebApiClient &) = delete;

    const PiConnection &connection() const { return m_connection; }
    /** The base URL as shown in messages (no user, no query). */
    QString displayUrl() const;
    /** An absolute resource URL under the base (a batch sub-request's Resource). */
    QUrl resourceUrl(const QString &path, const QUrlQuery &query = {}) const;

    /** Polled while waiting; true stops the session's requests (answers Cancelled). */
    void setCancel(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    /** Called at least every 200 ms while waiting (heartbeats). */
    void setIdle(std::function<void()> idle) { m_idle = std::move(idle); }

    /** One GET (retrying what is retryable up to @p attempts times), blocking. */
    PiResponse get(const QString &path, const QUrlQuery &query = {}, int attempts = 4);

    enum class Verdict { Done, Retry, Fail };
    /**
     * Runs the queued requests, at most maxInFlight at once; @p onAnswer sees each answer in
     * this thread as it arrives, may queue more requests, and says whether it is done, should
     * be retried (back-off 0.5 s, 1 s, 2 s ... up to @p maxAttempts) or failed (its error then
     * ends the run). Transport failures and retryable statuses are retried without asking
     * onAnswer until attempts run out. Returns the first failure, or an ok response.
     */
    PiResponse runAll(std::deque<PiRequest> queue,
                      const std::function<Verdict(const PiRequest &, PiResponse &, std::deque<PiRequest> &more)> &onAnswer,
                      int maxAttempts = 6);

    /** The steady clock PiRequest::notBeforeMs counts in. */
    static qint64 steadyNowMs();
    /** The process-wide bound on PI requests in flight (default 8). */
    static int fleetRequestLimit();
    static void setFleetRequestLimit(int limit);

private:
    /** What a finished reply said, copied out of it (in this thread). */
    struct Raw {
        QUrl url;
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QString sslErrors;
        QByteArray retryAfter;
        bool cancelled = false;
    };
    QNetworkRequest makeRequest(const QUrl &url, bool post) const;
    QNetworkReply *send(const PiRequest &request);
    Raw collect(QNetworkReply *reply) const;
    /** The answer: JSON, a WebException, errors named with the URL. Any thread. */
    static PiResponse interpret(const Raw &raw, const PiConnection &connection);
    bool ensureToken(QString *error);
    bool cancelled() const { return m_cancelled && m_cancelled(); }

    PiConnection m_connection;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QByteArray m_token;
    qint64 m_tokenExpiresMs = 0; ///< steady clock
    std::function<bool()> m_cancelled;
    std::function<void()> m_idle;
    QThreadPool m_parsers;
};

} // namespace tp
