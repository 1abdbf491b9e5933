// A real Prometheus (Debian's package) scrapes a real turbopredictd serve on loopback; through
// Prometheus's own query API: the scrape target is up, every unit has turbopredict_up 1, and
// every unit the server has a health index for (all but a unit that is in a stop on the day of
// the run: the simulator runs on the real clock) has one in Prometheus. Skipped only when the
// prometheus binary is not installed.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "../support/turbopredictd.h"

class TestPrometheus : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_net;

    QJsonArray query(quint16 port, const QString &promql)
    {
        QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(port));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), promql);
        url.setQuery(q);
        QNetworkReply *reply = m_net.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
    }

    // The units with a health index, as the server's own /status says.
    QSet<QString> unitsWithHealth(int apiPort)
    {
        QNetworkReply *reply = m_net.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/status").arg(apiPort))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        QSet<QString> ids;
        for (const QJsonValue &u : QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("units")).toArray())
            if (u.toObject().value(QStringLiteral("health_index")).isDouble())
                ids.insert(u.toObject().value(QStringLiteral("id")).toString());
        reply->deleteLater();
        return ids;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private Q_SLOTS:
    void scrapesEveryUnit()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        if (prometheus.isEmpty())
            QSKIP("prometheus is not installed (Debian package prometheus; scripts/test.sh installs it)");
        QTemporaryDir dir;
        QProcess server;
        const int apiPort = tptest::startTurbopredictd(server, {QStringLiteral("serve"), QStringLiteral("--data"), dir.filePath(QStringLiteral("data")),
                                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                                 QStringLiteral("--sim-history"), QStringLiteral("3d")});
        QVERIFY(apiPort > 0);

        const quint16 promPort = freePort();
        QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                                    "scrape_configs:\n  - job_name: turbopredict\n    static_configs:\n"
                                    "      - targets: ['127.0.0.1:%1']\n").arg(apiPort).toUtf8());
        config.close();
        QProcess prom;
        prom.setProcessChannelMode(QProcess::MergedChannels);
        prom.start(prometheus, {QStringLiteral("--config.file=") + config.fileName(),
                                QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("tsdb")),
                                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(promPort)});
        QVERIFY(prom.waitForStarted());

        // The target is up (Prometheus's own "up" series of the scrape).
        auto up = [&] {
            const QJsonArray r = query(promPort, QStringLiteral("up{job=\"turbopredict\"}"));
            return r.size() == 1 && r.first().toObject().value(QStringLiteral("value")).toArray().at(1).toString() == u"1";
        };
        QTRY_VERIFY2_WITH_TIMEOUT(up(), prom.readAll().right(2000).constData(), 60000);
        // Every unit up and refreshed; a health index for each unit whose model is trained.
        auto unitSet = [&](const QString &promql) {
            QSet<QString> ids;
            for (const QJsonValue &v : query(promPort, promql))
                ids.insert(v.toObject().value(QStringLiteral("metric")).toObject().value(QStringLiteral("unit")).toString());
            return ids;
        };
        auto units = [&](const QString &promql) { return unitSet(promql).size(); };
        QTRY_COMPARE_WITH_TIMEOUT(units(QStringLiteral("turbopredict_up == 1")), 13, 180000);
        QTRY_COMPARE_WITH_TIMEOUT(units(QStringLiteral("turbopredict_refresh_duration_seconds_count > 0")), 13, 180000);
        // A model needs 200 running frames in the baseline: most units have them on any day.
        QTRY_VERIFY_WITH_TIMEOUT(unitsWithHealth(apiPort).size() >= 9, 180000);
        QTRY_VERIFY_WITH_TIMEOUT(unitSet(QStringLiteral("turbopredict_health_index")) == unitsWithHealth(apiPort), 30000);
        qInfo("health index of %lld units in Prometheus", qlonglong(unitsWithHealth(apiPort).size()));

        prom.terminate();
        server.terminate();
        QVERIFY(prom.waitForFinished(15000));
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
