#pragma once
// A real turbopredictd for the tests (TP_TURBOPREDICTD, defined by the test's CMake target).

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

namespace tptest {

/**
 * Starts turbopredictd with @p args (e.g. serve ... --listen 127.0.0.1:0) and waits, spinning
 * the event loop, until it says where it serves. Returns that port, 0 when it did not within
 * 20 s or exited; what it printed so far in @p log.
 */
inline int startTurbopredictd(QProcess &server, const QStringList &args,
                              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                              QByteArray *log = nullptr)
{
    static const QByteArray marker = "Serving the API on http://127.0.0.1:";
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(TP_TURBOPREDICTD), args);
    QByteArray out;
    QElapsedTimer t;
    t.start();
    if (server.waitForStarted()) {
        while (t.elapsed() < 20000 && server.state() == QProcess::Running) {
            out += server.readAll();
            const qsizetype at = out.indexOf(marker);
            if (at >= 0 && out.indexOf('\n', at) > at)
                break;
            QTest::qWait(20);
        }
    }
    if (log)
        *log = out;
    const qsizetype at = out.indexOf(marker);
    if (at < 0)
        return 0;
    qsizetype end = at + marker.size();
    while (end < out.size() && std::isdigit(static_cast<unsigned char>(out[end])))
        ++end;
    return out.mid(at + marker.size(), end - at - marker.size()).toInt();
}

} // namespace tptest
