#pragma once
// A PI Web API test server: the REST contract of /work/shared/PIWEBAPI.md over HTTP(S) on
// loopback, with deterministic synthetic data, for testing PI Web API clients. A test tool, not
// part of the installed product.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace tptest {

/** One recorded (or interpolated) value of a point. */
struct PiTestValue {
    qint64 ms = 0;              ///< UTC milliseconds (recorded timestamps are whole milliseconds)
    double value = 0;           ///< when !isState (0 for String points)
    bool isState = false;
    QString stateName;          ///< "I/O Timeout", "Shutdown", "Running", "Stopped" ...
    int stateValue = 0;         ///< the state's code (246 for I/O Timeout ...)
    bool isSystem = false;      ///< system digital state vs a Digital point's own state
    bool good = true, questionable = false, substituted = false;
    QString text;               ///< String points: the value (isState false, value 0)
};

/** A PI point as the server lists it. */
struct PiTestPoint {
    QString name;               ///< "PCFS.K-12-01.12TIA-419A.PV"
    QString descriptor, engUnits;
    QString pointType = QStringLiteral("Float32");  ///< Float32, Float64, Int32, Digital, String
    QString digitalSetName;     ///< Digital: "RunStatus" (Running=0, Stopped=1), "OnOff" (Off=0,
                                ///< On=1), "Modes" (Manual=0, Auto=1, Cascade=2); others: RunStatus's
    qint64 intervalMs = 60000;  ///< mean spacing of recorded samples
    // The generation parameters (kind, level, noise, jitter) the server derives from the name.
};

/**
 * A PI Web API server on 127.0.0.1 (HTTP, or HTTPS with a certificate and key) serving
 * deterministic data: sample k of a point lies at dataStart + k·interval + jitter(k) with jitter
 * in [0, interval/2) (whole seconds or, for some points, milliseconds), so a window is located
 * arithmetically and the same point name and options always give the same samples. Samples exist
 * from Options::dataStart up to now().
 *
 * Threads: the listener and all connections run in the server's own threads (two to six, by
 * the CPU count; connections are spread round-robin); the public methods may be called from
 * any thread. Add points before clients connect (adding later is safe but slower). The
 * destructor closes every connection and joins the threads.
 *
 * Choices where the contract leaves one (see the .cpp for the details):
 * - stream sets: an unknown webId gives that item {"WebId", "Exception": {"Errors": [...]},
 *   "Items": []} in its place and the call answers 207 (200 when every webId is known);
 * - POST batch answers 207 with each sub-request's own Status; a sub-request whose parent failed
 *   gets 409; a POST without X-Requested-With gets 403 with Errors;
 * - a query's '+' decodes to a space (as ASP.NET does): clients must send %2B;
 * - request line and headers over Options::maxRequestHeaderBytes get 414 (line) or 431.
 */
class PiWebApiTestServer : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString dataServer = QStringLiteral("PISRV01");
        QStringList extraDataServers;         ///< listed too, with no points
        QByteArray user, password;            ///< non-empty: Basic required on every call
        QByteArray clientId, clientSecret;    ///< non-empty: Bearer tokens from POST /connect/token
        int tokenLifetimeS = 3600;            ///< a token's expires_in
        int maxItemsPerCall = 150000;         ///< MaxReturnedItemsPerCall
        qint64 maxRequestContentLength = 4 * 1024 * 1024; ///< bigger bodies: 413
        int maxRequestHeaderBytes = 16384;    ///< request line + headers (HTTP.sys's default)
        QByteArray timeZone = "Asia/Kuala_Lumpur"; ///< the server's own zone for zoneless times
        QString tlsCertFile, tlsKeyFile;      ///< both set: HTTPS (PEM files)
        qint64 dataStart = 0;                 ///< UTC ms where recorded data begins (before: nothing)
        /** Every answer waits this long before it is sent (a real PI server's per-call archive
         *  time; 0: as fast as the test server can). Other connections are served meanwhile. */
        int latencyMs = 0;
    };
    struct Stats {
        qint64 requests = 0;      ///< HTTP requests answered (a batch counts once)
        qint64 dataRequests = 0;  ///< stream reads, batch sub-requests included, batches not
        qint64 valuesServed = 0;  ///< TimedValues written
        qint64 bytesServed = 0;   ///< response bytes (headers and bodies) queued to sockets
        qint64 busyNs = 0;        ///< time spent parsing, building and queuing answers
    };

    explicit PiWebApiTestServer(Options o, QObject *parent = nullptr);
    ~PiWebApiTestServer() override;       ///< stops and joins its threads

    /** Adds a point to the main data server (a name already there is replaced). */
    void addPoint(const PiTestPoint &p);
    /**
     * Adds a realistic unit of @p points points named "PLANT.UNIT.<ISA tag>.PV" (speeds SI,
     * flows FI, pressures PI, temperatures TI/TIA, vibrations XI, dP PDI, levels LI), the first
     * being the Digital "PLANT.UNIT.RUN-STATUS.PV" (set RunStatus, every 5 intervals). The unit
     * stops now and then (RUN-STATUS Stopped, speeds and flows near 0). A third of the points
     * are sampled regularly, a third at whole-second jitter, a third with millisecond times.
     */
    void addUnit(const QString &plant, const QString &unit, int points, qint64 intervalMs);
    /** The points added so far, sorted by name. */
    QList<PiTestPoint> points() const;
    /** A point's WebId (empty when unknown; names are case-insensitive). */
    QString webIdOf(const QString &pointName) const;

    bool listen(quint16 port = 0);        ///< on 127.0.0.1; false on failure (see errorString())
    QString errorString() const;
    quint16 port() const;
    QUrl baseUrl() const;                 ///< http(s)://127.0.0.1:PORT/piwebapi

    /** The server's "now" (UTC ms): data exists up to now, `*` means now. Until set, the
     *  wall clock. Settable from any thread. */
    void setNow(qint64 utcMs);
    qint64 now() const;

    /** Every recorded sample of a point with from <= ms <= to (and ms <= now()), oldest first. */
    QList<PiTestValue> recordedTruth(const QString &pointName, qint64 from, qint64 to) const;
    qint64 recordedCount(const QString &pointName, qint64 from, qint64 to) const;

    // Fault injection for the next n requests that read stream data (streams/..., streamsets/...,
    // batch); when several are pending: drop first, then status, then WebException.
    /** 200 with {"WebException": {"StatusCode": 500, "Errors": [...]}} beside half the items
     *  (in a batch: in the first sub-request reading data). */
    void injectWebException(int n = 1);
    /** That status with {"Errors": [...]} (429 and 503 with Retry-After: 1). */
    void injectStatus(int status, int n = 1);
    /** Headers and part of the body, then the connection closes. */
    void injectDrop(int n = 1);
    /** While down every connection is accepted and closed at once (open ones too). */
    void setDown(bool down);

    Stats stats() const;
    void resetStats();

    struct Private;
private:
    std::unique_ptr<Private> d;
};

} // namespace tptest
