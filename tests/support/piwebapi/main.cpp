// tp-piwebapi-testserver: the PI Web API test server as a process, for trying clients by hand
// and for benchmarks. Serves until SIGINT or SIGTERM.
//
//   tp-piwebapi-testserver --port 0 --units K-12-01,K-16-01 --points 40 --history 30d --interval 60s

#include "piwebapitestserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QTimeZone>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace {

/** "30d", "60s", "500ms", "2h", "1w" -> milliseconds (> 0). */
std::optional<qint64> parseDurationMs(const QString &text)
{
    static const struct { const char *unit; qint64 ms; } units[] = {
        {"ms", 1}, {"s", 1000}, {"m", 60'000}, {"h", 3'600'000}, {"d", 86'400'000}, {"w", 604'800'000}};
    const QString t = text.trimmed();
    for (const auto &u : units) { // "ms" before "s" and "m"
        const QString unit = QString::fromLatin1(u.unit);
        if (!t.endsWith(unit))
            continue;
        bool ok = false;
        const qint64 n = t.left(t.size() - unit.size()).toLongLong(&ok);
        if (ok && n > 0)
            return n * u.ms;
    }
    return std::nullopt;
}

#ifdef Q_OS_UNIX
int s_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(s_signalPipe[1], &c, 1);
}
#endif

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tp-piwebapi-testserver"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A PI Web API test server on 127.0.0.1 with deterministic synthetic data (a test tool)."));
    parser.addHelpOption();
    auto option = [&](const char *name, const char *description, const char *value, const char *fallback) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(value),
                             QString::fromLatin1(fallback));
        parser.addOption(o);
        return o;
    };
    const auto port = option("port", "TCP port (0: a free one).", "n", "0");
    const auto tlsCert = option("tls-cert", "PEM certificate (with --tls-key: HTTPS).", "file", "");
    const auto tlsKey = option("tls-key", "PEM private key.", "file", "");
    const auto user = option("user", "Basic authentication user (with --password).", "name", "");
    const auto password = option("password", "Basic authentication password.", "secret", "");
    const auto clientId = option("client-id", "Bearer: client id for POST /connect/token.", "id", "");
    const auto clientSecret = option("client-secret", "Bearer: client secret.", "secret", "");
    const auto points = option("points", "Points per unit (the first is RUN-STATUS).", "n", "40");
    const auto plant = option("plant", "Plant prefix of the point names.", "name", "PCFS");
    const auto units = option("units", "Comma-separated units.", "list", "K-12-01,K-16-01");
    const auto history = option("history", "Recorded history before now (e.g. 30d).", "duration", "30d");
    const auto interval = option("interval", "Mean spacing of recorded samples (e.g. 60s).", "duration", "60s");
    const auto maxItems = option("max-items", "MaxReturnedItemsPerCall.", "n", "150000");
    const auto dataServer = option("data-server", "The data server's name.", "name", "PISRV01");
    const auto timeZone = option("time-zone", "The server's zone for zoneless times.", "iana-id", "Asia/Kuala_Lumpur");
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "tp-piwebapi-testserver: %s\n", qPrintable(message));
        return 2;
    };
    const auto historyMs = parseDurationMs(parser.value(history));
    const auto intervalMs = parseDurationMs(parser.value(interval));
    if (!historyMs || !intervalMs)
        return fail(QStringLiteral("--history and --interval take durations such as 30d, 60s, 500ms"));
    bool portOk = false, pointsOk = false, maxOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    const int pointCount = parser.value(points).toInt(&pointsOk);
    const int maxItemsPerCall = parser.value(maxItems).toInt(&maxOk);
    if (!portOk || portNumber > 65535 || !pointsOk || pointCount < 1 || !maxOk || maxItemsPerCall < 1)
        return fail(QStringLiteral("--port, --points and --max-items take positive numbers"));
    if (parser.value(tlsCert).isEmpty() != parser.value(tlsKey).isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));

    tptest::PiWebApiTestServer::Options o;
    o.dataServer = parser.value(dataServer);
    o.user = parser.value(user).toUtf8();
    o.password = parser.value(password).toUtf8();
    o.clientId = parser.value(clientId).toUtf8();
    o.clientSecret = parser.value(clientSecret).toUtf8();
    o.maxItemsPerCall = maxItemsPerCall;
    o.timeZone = parser.value(timeZone).toUtf8();
    o.tlsCertFile = parser.value(tlsCert);
    o.tlsKeyFile = parser.value(tlsKey);
    // History starts on the interval's grid, so that regular points sample on round times.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    o.dataStart = (now - *historyMs) / *intervalMs * *intervalMs;

    tptest::PiWebApiTestServer server(o);
    const QStringList unitNames = parser.value(units).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &unit : unitNames)
        server.addUnit(parser.value(plant), unit.trimmed(), pointCount, *intervalMs);
    if (!server.listen(quint16(portNumber)))
        return fail(QStringLiteral("cannot listen: %1").arg(server.errorString()));
    std::printf("PI Web API test server on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    std::fprintf(stderr, "%lld points on \\\\%s, data from %s, up to now (the wall clock)\n",
                 static_cast<long long>(server.points().size()), qPrintable(o.dataServer),
                 qPrintable(QDateTime::fromMSecsSinceEpoch(o.dataStart, QTimeZone::utc()).toString(Qt::ISODate)));

#ifdef Q_OS_UNIX
    // Signals end the event loop through a pipe (nothing but write() in the handler).
    if (::pipe(s_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char c;
            [[maybe_unused]] const auto n = ::read(s_signalPipe[0], &c, 1);
            QCoreApplication::quit();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
#endif
    const int rc = app.exec();
    const auto s = server.stats();
    std::fprintf(stderr, "served %lld requests (%lld data), %lld values, %lld bytes, busy %.3f s\n",
                 static_cast<long long>(s.requests), static_cast<long long>(s.dataRequests),
                 static_cast<long long>(s.valuesServed), static_cast<long long>(s.bytesServed), double(s.busyNs) / 1e9);
    return rc;
}
