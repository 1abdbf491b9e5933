#include "pi/piwebapiclient.h"

#include "logging.h"

#include <QAuthenticator>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QThread>
#include <QTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tp {

namespace {

std::atomic_int s_fleetLimit{8};
QSemaphore &fleetSlots()
{
    static QSemaphore slots(8);
    return slots;
}

qint64 steadyMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

std::optional<QByteArray> readSecret(const QString &file, const char *envName, QString *error)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = PiWebApiClient::tr("%1 cannot be read: %2").arg(file, f.errorString());
            return std::nullopt;
        }
        return f.readAll().trimmed();
    }
    const QByteArray fromEnv = qgetenv(envName);
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QByteArray();
}

/** The errors of a PI answer body: {"Errors":[...]} or {"Message":...}. */
QString bodyErrors(const QJsonDocument &json)
{
    QStringList errors;
    const QJsonObject o = json.object();
    for (const QJsonValue &e : o.value(QStringLiteral("Errors")).toArray())
        errors.append(e.toString());
    if (errors.isEmpty() && o.contains(QStringLiteral("Message")))
        errors.append(o.value(QStringLiteral("Message")).toString());
    return errors.join(QStringLiteral("; "));
}

} // namespace

bool PiResponse::retryable() const
{
    switch (failure) {
    case Failure::Dropped: return true;
    case Failure::Unreachable: return true; // a restarting server comes back
    case Failure::Http: return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    default: return false;
    }
}

std::optional<PiConnection> piConnectionFor(const SourceConfig &source, QString *error)
{
    PiConnection c;
    c.url = QUrl(source.url);
    c.auth = source.piAuth;
    c.user = source.piUser;
    c.caFile = source.caFile;
    c.tokenUrl = QUrl(source.tokenUrl);
    c.clientId = source.clientId;
    if (c.auth == PiAuth::Basic) {
        auto password = readSecret(source.passwordFile, "TP_PI_PASSWORD", error);
        if (!password)
            return std::nullopt;
        if (password->isEmpty()) {
            *error = PiWebApiClient::tr("%1: basic authentication needs a password (password_file or TP_PI_PASSWORD)")
                         .arg(c.url.toDisplayString(QUrl::RemoveUserInfo));
            return std::nullopt;
        }
        c.password = *password;
    } else if (c.auth == PiAuth::Bearer) {
        auto secret = readSecret(source.clientSecretFile, "TP_PI_CLIENT_SECRET", error);
        if (!secret)
            return std::nullopt;
        c.clientSecret = *secret;
    }
    if (!c.caFile.isEmpty() && QSslCertificate::fromPath(c.caFile).isEmpty()) {
        *error = PiWebApiClient::tr("%1 holds no PEM certificate").arg(c.caFile);
        return std::nullopt;
    }
    return c;
}

PiWebApiClient::PiWebApiClient(PiConnection connection)
    : m_connection(std::move(connection)), m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_parsers.setMaxThreadCount(1); // one answer parsed while this thread handles another
    m_parsers.setExpiryTimeout(10'000);
    // Kerberos: answer Negotiate with the logged-on user (an empty user means "mine"). Basic
    // credentials go in every request's header instead, so a refused password is a 401
    // rather than a loop of challenges.
    QObject::connect(m_network.get(), &QNetworkAccessManager::authenticationRequired, m_network.get(),
                     [this](QNetworkReply *, QAuthenticator *authenticator) {
                         if (m_connection.auth == PiAuth::Kerberos) {
                             authenticator->setUser(QString());
                             authenticator->setPassword(QString());
                         }
                     });
}

PiWebApiClient::~PiWebApiClient()
{
    m_parsers.waitForDone();
}

QString PiWebApiClient::displayUrl() const
{
    return m_connection.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
}

QUrl PiWebApiClient::resourceUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_connection.url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(path.isEmpty() ? base : base + u'/' + path);
    // Every key and value percent-encoded: QUrlQuery leaves '+', which the server reads as a
    // space (a tag or time with '+' would not be found).
    QByteArray encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    if (!encoded.isEmpty())
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

qint64 PiWebApiClient::steadyNowMs()
{
    return steadyMs();
}

int PiWebApiClient::fleetRequestLimit()
{
    return s_fleetLimit.load();
}

void PiWebApiClient::setFleetRequestLimit(int limit)
{
    limit = std::max(1, limit);
    const int old = s_fleetLimit.exchange(limit);
    if (limit > old)
        fleetSlots().release(limit - old);
    else if (limit < old)
        fleetSlots().acquire(old - limit);
}

QNetworkRequest PiWebApiClient::makeRequest(const QUrl &url, bool post) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_connection.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json");
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Requested-With", "XMLHttpRequest");
    }
    switch (m_connection.auth) {
    case PiAuth::Basic:
        request.setRawHeader("Authorization",
                             "Basic " + QByteArray(m_connection.user.toUtf8() + ':' + m_connection.password).toBase64());
        break;
    case PiAuth::Bearer:
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        break;
    case PiAuth::Kerberos:
    case PiAuth::Anonymous: break;
    }
    if (url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_connection.caFile.isEmpty())
            ssl.addCaCertificates(QSslCertificate::fromPath(m_connection.caFile));
        request.setSslConfiguration(ssl);
    }
    return request;
}

bool PiWebApiClient::ensureToken(QString *error)
{
    if (m_connection.auth != PiAuth::Bearer)
        return true;
    if (!m_token.isEmpty() && steadyMs() < m_tokenExpiresMs)
        return true;
    QNetworkRequest request(m_connection.tokenUrl);
    request.setTransferTimeout(m_connection.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (m_connection.tokenUrl.scheme() == u"https" && !m_connection.caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_connection.caFile));
        request.setSslConfiguration(ssl);
    }
    // Form-encoded by hand: QUrlQuery leaves '+' as it is, which a form reads as a space.
    const QByteArray form = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(m_connection.clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(QString::fromUtf8(m_connection.clientSecret));
    QNetworkReply *reply = m_network->post(request, form);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer tick; // the worker stays alive and stoppable while the identity provider thinks
    QObject::connect(&tick, &QTimer::timeout, &loop, [this, reply] {
        if (m_idle)
            m_idle();
        if (cancelled())
            reply->abort();
    });
    tick.start(100);
    loop.exec();
    reply->deleteLater();
    const QString shown = m_connection.tokenUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const QByteArray token = answer.value(QStringLiteral("access_token")).toString().toUtf8();
    if (status == 0) {
        *error = tr("%1: the identity provider cannot be reached: %2").arg(shown, reply->errorString());
        return false;
    }
    if (status != 200 || token.isEmpty()) {
        *error = tr("%1: the identity provider refused the client credentials (HTTP %2)").arg(shown).arg(status);
        return false;
    }
    m_token = token;
    // Renewed a minute before it expires (or halfway through a short life).
    const qint64 life = qint64(answer.value(QStringLiteral("expires_in")).toDouble(3600)) * 1000;
    m_tokenExpiresMs = steadyMs() + std::max<qint64>(life / 2, life - 60'000);
    return true;
}

QNetworkReply *PiWebApiClient::send(const PiRequest &request)
{
    const QUrl url = resourceUrl(request.path, request.query);
    const bool post = request.method == "POST";
    const QNetworkRequest r = makeRequest(url, post);
    QNetworkReply *reply = post ? m_network->post(r, request.body) : m_network->get(r);
    reply->setProperty("tp_url", url);
    return reply;
}

PiWebApiClient::Raw PiWebApiClient::collect(QNetworkReply *reply) const
{
    Raw raw;
    raw.url = reply->property("tp_url").toUrl();
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = reply->readAll();
    raw.error = reply->error();
    raw.errorString = reply->errorString();
    raw.sslErrors = reply->property("tp_ssl").toString();
    raw.retryAfter = reply->rawHeader("Retry-After");
    raw.cancelled = cancelled();
    return raw;
}

PiResponse PiWebApiClient::interpret(const Raw &raw, const PiConnection &connection)
{
    PiResponse r;
    r.status = raw.status;
    const QString shown = raw.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const QByteArray &body = raw.body;
    const QNetworkReply::NetworkError error = raw.error;
    if (r.status == 0 || (error != QNetworkReply::NoError && body.isEmpty() && r.status < 400)) {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::UnknownNetworkError:
            r.failure = PiResponse::Failure::Unreachable;
            r.error = tr("%1 cannot be reached: %2").arg(shown, raw.errorString);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            r.failure = PiResponse::Failure::Tls;
            r.error = tr("%1: the server's certificate is not trusted (%2); give its CA in ca_file")
                          .arg(shown, raw.sslErrors.isEmpty() ? raw.errorString : raw.sslErrors);
            break;
        case QNetworkReply::OperationCanceledError:
            if (raw.cancelled) {
                r.failure = PiResponse::Failure::Cancelled;
                r.error = tr("%1: cancelled").arg(shown);
            } else {
                r.failure = PiResponse::Failure::Dropped;
                r.error = tr("%1: no answer within %2 s").arg(shown).arg(connection.timeoutMs / 1000);
            }
            break;
        default:
            r.failure = PiResponse::Failure::Dropped;
            r.error = tr("%1: the connection broke: %2").arg(shown, raw.errorString);
            break;
        }
        return r;
    }
    if (!body.isEmpty()) {
        QJsonParseError parseError;
        r.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError && r.status >= 200 && r.status < 300) {
            // A 200 with a cut body: the connection broke while the answer was being sent.
            r.failure = PiResponse::Failure::Dropped;
            r.error = tr("%1: the answer is not complete JSON (%2 at byte %3)")
                          .arg(shown, parseError.errorString())
                          .arg(parseError.offset);
            return r;
        }
    }
    if (!raw.retryAfter.isEmpty())
        r.retryAfterMs = std::clamp(raw.retryAfter.toInt() * 1000, 0, 60'000);
    // Any answer, even a 200, may carry a WebException: it is that status.
    const QJsonObject web = r.json.object().value(QStringLiteral("WebException")).toObject();
    if (!web.isEmpty()) {
        r.status = web.value(QStringLiteral("StatusCode")).toInt(500);
        QStringList errors;
        for (const QJsonValue &e : web.value(QStringLiteral("Errors")).toArray())
            errors.append(e.toString());
        r.failure = PiResponse::Failure::Http;
        r.error = tr("%1: the server reported an error (%2): %3")
                      .arg(shown).arg(r.status).arg(errors.join(QStringLiteral("; ")));
        return r;
    }
    if (r.status >= 200 && r.status < 300)
        return r;
    r.failure = PiResponse::Failure::Http;
    const QString detail = bodyErrors(r.json);
    if (r.status == 401)
        r.error = connection.auth == PiAuth::Kerberos
            ? tr("%1: the server refused the Windows sign-on (HTTP 401); check that this user may read PI, or use basic authentication").arg(shown)
            : tr("%1: the server refused the credentials (HTTP 401); check the user name and password or token").arg(shown);
    else if (r.status == 403)
        r.error = tr("%1: access denied (HTTP 403)%2").arg(shown, detail.isEmpty() ? QString() : u": " + detail);
    else if (detail.isEmpty())
        r.error = tr("%1: the server answered HTTP %2").arg(shown).arg(r.status);
    else
        r.error = tr("%1: the server answered HTTP %2: %3").arg(shown).arg(r.status).arg(detail);
    return r;
}

PiResponse PiWebApiClient::get(const QString &path, const QUrlQuery &query, int attempts)
{
    PiResponse result;
    PiRequest request;
    request.path = path;
    request.query = query;
    std::deque<PiRequest> queue{request};
    const PiResponse failure = runAll(std::move(queue), [&result](const PiRequest &, PiResponse &r, std::deque<PiRequest> &) {
        result = r;
        return Verdict::Done;
    }, attempts);
    return failure.ok() ? result : failure;
}

PiResponse PiWebApiClient::runAll(std::deque<PiRequest> queue,
                                  const std::function<Verdict(const PiRequest &, PiResponse &, std::deque<PiRequest> &)> &onAnswer,
                                  int maxAttempts)
{
    // A request is in flight from its send until its answer was handled: the network's part on
    // this thread, the JSON's (and the caller's prepare) on the pool, so that this thread
    // stores one answer while the next is parsed.
    struct InFlight {
        QNetworkReply *reply;
        PiRequest request;
        std::unique_ptr<QFutureWatcher<PiResponse>> parsing;
    };
    std::vector<InFlight> inFlight;
    PiResponse failure;
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
    tick.start();
    std::vector<std::pair<PiResponse, PiRequest>> done;
    std::vector<std::unique_ptr<QFutureWatcher<PiResponse>>> spent; ///< finished, to delete

    auto abortAll = [&] {
        for (InFlight &f : inFlight) {
            if (f.reply) {
                QObject::disconnect(f.reply, nullptr, &loop, nullptr);
                f.reply->abort();
                f.reply->deleteLater();
            }
            if (f.parsing) {
                QObject::disconnect(f.parsing.get(), &QFutureWatcherBase::finished, &loop, nullptr);
                f.parsing->waitForFinished(); // it refers to nothing of ours but its own copy
            }
            fleetSlots().release();
        }
        inFlight.clear();
        // Answers that arrived meanwhile (during a token request's loop) hold slots too.
        for (size_t i = 0; i < done.size(); ++i)
            fleetSlots().release();
        done.clear();
    };

    while (failure.ok() && (!queue.empty() || !inFlight.empty())) {
        if (cancelled()) {
            abortAll();
            failure.failure = PiResponse::Failure::Cancelled;
            failure.error = tr("%1: cancelled").arg(displayUrl());
            break;
        }
        // Start what may start: this session's bound, the fleet's, and each request's back-off.
        const qint64 now = steadyMs();
        for (auto it = queue.begin(); it != queue.end() && int(inFlight.size()) < m_connection.maxInFlight;) {
            if (it->notBeforeMs > now) {
                ++it;
                continue;
            }
            // Never wait for a fleet slot while holding answers that could free ours.
            if (!fleetSlots().tryAcquire(1, inFlight.empty() ? 100 : 0))
                break;
            QString tokenError;
            if (!ensureToken(&tokenError)) {
                fleetSlots().release();
                failure.failure = PiResponse::Failure::Http;
                failure.status = 401;
                failure.error = tokenError;
                break;
            }
            QNetworkReply *reply = send(*it);
            QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
                QStringList texts;
                for (const QSslError &e : errors)
                    texts.append(e.errorString());
                reply->setProperty("tp_ssl", texts.join(QStringLiteral("; ")));
            });
            QObject::connect(reply, &QNetworkReply::finished, &loop, [this, &done, &inFlight, &spent, reply, &loop] {
                const auto it = std::find_if(inFlight.begin(), inFlight.end(), [reply](const InFlight &f) { return f.reply == reply; });
                if (it == inFlight.end())
                    return;
                InFlight *f = &*it;
                f->reply = nullptr;
                reply->deleteLater();
                f->parsing = std::make_unique<QFutureWatcher<PiResponse>>();
                QObject::connect(f->parsing.get(), &QFutureWatcherBase::finished, &loop, [&done, &inFlight, &spent, watcher = f->parsing.get(), &loop] {
                    const auto at = std::find_if(inFlight.begin(), inFlight.end(), [watcher](const InFlight &x) { return x.parsing.get() == watcher; });
                    if (at == inFlight.end())
                        return;
                    done.emplace_back(watcher->future().takeResult(), std::move(at->request)); // moved, not copied
                    // Deleted after its own signal, by this function (not deleteLater: a pool
                    // thread that runs discovery has no event loop to do it).
                    spent.push_back(std::move(at->parsing));
                    inFlight.erase(at);
                    loop.quit();
                });
                f->parsing->setFuture(QtConcurrent::run(&m_parsers, [raw = collect(reply), connection = m_connection,
                                                                      prepare = f->request.prepare] {
                    PiResponse response = interpret(raw, connection);
                    if (response.ok() && prepare) {
                        response.prepared = prepare(response);
                        response.json = QJsonDocument(); // freed here, not on the unit's thread
                    }
                    return response;
                }));
            });
            inFlight.push_back({reply, std::move(*it), nullptr});
            it = queue.erase(it);
        }
        if (!failure.ok()) {
            abortAll();
            break;
        }
        if (done.empty())
            loop.exec();
        if (m_idle)
            m_idle();
        spent.clear(); // outside their signals now
        auto answered = std::move(done);
        done.clear();
        for (auto &[response, request] : answered) {
            fleetSlots().release();
            if (!failure.ok())
                continue;
            if (response.failure == PiResponse::Failure::Http && response.status == 401
                && m_connection.auth == PiAuth::Bearer && request.attempt == 0) {
                m_token.clear(); // expired early: one more try with a fresh token
                ++request.attempt;
                queue.push_back(std::move(request));
                continue;
            }
            Verdict verdict = Verdict::Done;
            if (!response.ok())
                // A server that cannot be reached gets one more try, not a minute of them.
                verdict = response.retryable()
                        && (response.failure != PiResponse::Failure::Unreachable || request.attempt < 1)
                    ? Verdict::Retry
                    : Verdict::Fail;
            else
                verdict = onAnswer(request, response, queue);
            if (verdict == Verdict::Retry && request.attempt + 1 < maxAttempts) {
                const int backOff = std::max(response.retryAfterMs, 500 << std::min(request.attempt, 5));
                qCInfo(lcPi).noquote() << displayUrl() << request.path << "retry" << request.attempt + 1
                                       << "in" << backOff << "ms:" << response.error;
                ++request.attempt;
                request.notBeforeMs = steadyMs() + backOff;
                queue.push_back(std::move(request));
            } else if (verdict != Verdict::Done) {
                failure = response;
                if (failure.ok()) { // onAnswer failed an answer that was fine on the wire
                    failure.failure = PiResponse::Failure::Http;
                }
                if (failure.error.isEmpty())
                    failure.error = tr("%1: the answer could not be used").arg(displayUrl());
            }
        }
        if (!failure.ok())
            abortAll();
    }
    return failure;
}

} // namespace tp
