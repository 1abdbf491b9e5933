// tp_bench_http: turbopredictd serve under a steady request rate.
//
// Starts `turbopredictd serve` (13 demo units, --sim-speed, default 60) on a free loopback
// port, waits until /ready, then for each of /health, /status, /metrics and a 24-hour series
// request of 4 tags sends --rate requests per second (default 100) for --seconds (default 60),
// open-loop (a request is sent on schedule whether or not earlier ones returned), and prints
// p50/p99/max latency and errors. Targets (issue 7): p99 <= 5 ms /health, <= 20 ms /metrics and
// /status, <= 50 ms series, zero errors.
// Usage: tp_bench_http PATH/TO/turbopredictd [--rate N] [--seconds S] [--sim-speed N]

#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace tp::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: tp_bench_http PATH/TO/turbopredictd [--rate N] [--seconds S] [--sim-speed N]\n");
        return 2;
    }
    auto value = [&](const char *name, double fallback) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        return i > 0 && i + 1 < args.size() ? args[i + 1].toDouble() : fallback;
    };
    const int rate = int(value("--rate", 100));
    const int seconds = int(value("--seconds", 60));
    const double speed = value("--sim-speed", 60);

    QTemporaryDir data;
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(args[1], {QStringLiteral("serve"), QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--sim-speed"), QString::number(speed),
                           QStringLiteral("--status-every"), QStringLiteral("1h")});
    QByteArray log;
    int port = 0;
    waitFor([&] {
        log += server.readAll();
        const qsizetype at = log.indexOf("http://127.0.0.1:");
        if (at >= 0)
            port = log.mid(at + 17).split(' ').first().split('\n').first().trimmed().toInt();
        return port > 0;
    }, 30000);
    if (port <= 0) {
        std::fprintf(stderr, "turbopredictd did not start:\n%s\n", log.constData());
        return 1;
    }
    QNetworkAccessManager net;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QElapsedTimer started;
    started.start();
    bool ready = false;
    waitFor([&] {
        QNetworkReply *r = net.get(QNetworkRequest(QUrl(base + QStringLiteral("/ready"))));
        QEventLoop l;
        QObject::connect(r, &QNetworkReply::finished, &l, &QEventLoop::quit);
        l.exec();
        ready = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        r->deleteLater();
        return ready;
    }, 600000);
    std::printf("turbopredictd serve: 13 units ready in %.1f s (simulator %gx)\n", started.nsecsElapsed() / 1e9, speed);
    // Four tags of the first unit for the series request.
    QString seriesPath;
    {
        QNetworkReply *r = net.get(QNetworkRequest(QUrl(base + QStringLiteral("/api/v1/units/K-12-01/tags"))));
        QEventLoop l;
        QObject::connect(r, &QNetworkReply::finished, &l, &QEventLoop::quit);
        l.exec();
        QStringList tags;
        for (const QJsonValue &t : QJsonDocument::fromJson(r->readAll()).array())
            if (tags.size() < 4)
                tags.append(t.toObject().value(QStringLiteral("name")).toString());
        r->deleteLater();
        seriesPath = QStringLiteral("/api/v1/units/K-12-01/series?tags=%1&max_points=1000").arg(tags.join(u','));
    }
    const QList<std::pair<QString, QString>> targets = {{QStringLiteral("/health"), QStringLiteral("/health")},
                                                        {QStringLiteral("/status"), QStringLiteral("/status")},
                                                        {QStringLiteral("/metrics"), QStringLiteral("/metrics")},
                                                        {QStringLiteral("series 24 h x 4 tags"), seriesPath}};
    int status = 0;
    for (const auto &[name, path] : targets) {
        std::vector<double> latency;
        int errors = 0, sent = 0, done = 0;
        const int total = rate * seconds;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1000 / std::max(1, rate));
        QObject::connect(&tick, &QTimer::timeout, [&, path = path] {
            if (sent >= total) {
                tick.stop();
                return;
            }
            ++sent;
            auto *t = new QElapsedTimer;
            t->start();
            QNetworkReply *r = net.get(QNetworkRequest(QUrl(base + path)));
            QObject::connect(r, &QNetworkReply::finished, [&, r, t] {
                latency.push_back(t->nsecsElapsed() / 1e6);
                delete t;
                if (r->error() != QNetworkReply::NoError || r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++errors;
                r->readAll();
                r->deleteLater();
                ++done;
            });
        });
        tick.start();
        waitFor([&] { return done >= total; }, (seconds + 60) * 1000);
        std::printf("%-22s %d requests at %d/s: p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d\n", qPrintable(name), done, rate,
                    percentile(latency, 0.5), percentile(latency, 0.99), percentile(latency, 1.0), errors);
        status |= errors > 0 ? 1 : 0;
    }
    server.terminate();
    server.waitForFinished(15000);
    return status;
}
