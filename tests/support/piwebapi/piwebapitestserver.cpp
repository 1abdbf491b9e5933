#include "piwebapitestserver.h"

// Layout of this file:
//   1. small utilities (hashing, integer division, percent-decoding)
//   2. time: formatting (7 fractional digits) and PI time strings
//   3. the JSON writer and selectedFields
//   4. points and their deterministic samples
//   5. the shared server state (Core)
//   6. the REST handlers (one function per resource)
//   7. HTTP/1.1 on sockets: connections, workers, listener
//   8. PiWebApiTestServer
//
// Choices where the contract (PIWEBAPI.md) leaves one:
// - Stream sets: an unknown webId gives, in its place, {"WebId": id, "Exception": {"Errors":
//   [...]}, "Items": []} ("Value": null for end/value) and the call answers 207; 200 when every
//   webId is known (as points/multiple). No webId at all: 400.
// - Batch: always 207; each sub-request its own Status; a sub-request whose parent failed (status
//   >= 400) is not run and gets 409; a missing or cyclic parent 400. Parameters are JSONPaths
//   ("$.key.Content.Items[*].WebId", [n], [*], .Name) into parents' answers; one value each is
//   substituted for {0}, {1}...; with RequestTemplate (or a JSONPath Resource) one request per
//   value runs and Content is {"Items": [{Status, Headers, Content}...]}.
// - Fault injection counts HTTP requests; a batch is one. A WebException goes into the first
//   sub-request of the batch that reads stream data.
// - Time strings: "d" and "w" are fixed 24 h / 168 h (the default zone has no DST); "T"/"Y" are
//   midnight in the zone of the request's timeZone parameter or Options::timeZone. A relative
//   endTime ("+1h") counts from startTime, a relative startTime from now.
// - filterExpression, desiredUnits and webIdType are accepted and ignored.
// - Threads: one listener (in the first worker thread) hands sockets round-robin to the worker
//   threads; each request is answered in its connection's thread, under a read lock of the point
//   table. QSslServer is not used: a QTcpServer hands descriptors to workers, which wrap them in
//   QSslSocket there (QSslServer would start every handshake in the listener's thread).

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QReadWriteLock>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace tptest {
namespace {

Q_LOGGING_CATEGORY(lcTestServer, "tp.test.piwebapi")

// ================================================================== 1. utilities

constexpr qint64 kTicksPerMs = 10'000;               // PI's 100 ns ticks
constexpr qint64 kTicksPerSecond = 10'000'000;
constexpr qint64 kTicksPerDay = 864'000'000'000;
constexpr qint64 kLiveNow = std::numeric_limits<qint64>::min();

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
constexpr qint64 ceilDiv(qint64 a, qint64 b) { return -floorDiv(-a, b); }

constexpr quint64 mix64(quint64 x)
{
    // splitmix64's finaliser: every input bit affects every output bit.
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
constexpr quint64 hash2(quint64 a, quint64 b) { return mix64(a ^ mix64(b)); }
inline double unit01(quint64 h) { return double(h >> 11) * 0x1.0p-53; }

quint64 hashBytes(QByteArrayView v)
{
    quint64 h = 0xcbf29ce484222325ull; // FNV-1a, then mixed
    for (char c : v) {
        h ^= quint8(c);
        h *= 0x100000001b3ull;
    }
    return mix64(h);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/** %XX decoding; in query strings (and form bodies) '+' is a space, as ASP.NET reads them. */
QByteArray percentDecode(QByteArrayView in, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '+' && plusIsSpace) {
            out += ' ';
        } else if (c == '%' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            out += char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

using Pairs = QList<std::pair<QByteArray, QByteArray>>;

/** name=value&... with names lower-cased (PI Web API's parameter names are case-insensitive). */
Pairs parseQuery(const QByteArray &query)
{
    Pairs out;
    for (const QByteArray &piece : query.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        const QByteArrayView name = eq < 0 ? QByteArrayView(piece) : QByteArrayView(piece).first(eq);
        const QByteArrayView value = eq < 0 ? QByteArrayView() : QByteArrayView(piece).sliced(eq + 1);
        out.append({percentDecode(name, true).toLower(), percentDecode(value, true)});
    }
    return out;
}

bool ieq(const QByteArray &a, const char *b) { return a.compare(b, Qt::CaseInsensitive) == 0; }

// ================================================================== 2. time

void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    // Howard Hinnant's civil_from_days (proleptic Gregorian).
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yy + (m <= 2));
}

qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

/** Ticks of a relative unit ("s", "min", "hours" ...), 0 when unknown. */
qint64 unitTicks(QByteArrayView unit)
{
    static constexpr struct { const char *name; qint64 ticks; } units[] = {
        {"ms", kTicksPerMs},
        {"s", kTicksPerSecond}, {"sec", kTicksPerSecond}, {"secs", kTicksPerSecond},
        {"second", kTicksPerSecond}, {"seconds", kTicksPerSecond},
        {"m", 60 * kTicksPerSecond}, {"min", 60 * kTicksPerSecond}, {"mins", 60 * kTicksPerSecond},
        {"minute", 60 * kTicksPerSecond}, {"minutes", 60 * kTicksPerSecond},
        {"h", 3600 * kTicksPerSecond}, {"hr", 3600 * kTicksPerSecond}, {"hrs", 3600 * kTicksPerSecond},
        {"hour", 3600 * kTicksPerSecond}, {"hours", 3600 * kTicksPerSecond},
        {"d", kTicksPerDay}, {"day", kTicksPerDay}, {"days", kTicksPerDay},
        {"w", 7 * kTicksPerDay}, {"wk", 7 * kTicksPerDay}, {"week", 7 * kTicksPerDay},
        {"weeks", 7 * kTicksPerDay},
    };
    for (const auto &u : units) {
        if (unit.compare(QByteArrayView(u.name), Qt::CaseInsensitive) == 0)
            return u.ticks;
    }
    return 0;
}

/** "1.5h" at s[i...]: a positive number and a unit; advances i. */
std::optional<qint64> parseSpan(QByteArrayView s, qsizetype &i)
{
    const qsizetype start = i;
    while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
        ++i;
    if (i == start)
        return std::nullopt;
    bool ok = false;
    const double number = s.sliced(start, i - start).toByteArray().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    while (i < s.size() && s[i] == ' ')
        ++i;
    const qsizetype unitStart = i;
    while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
        ++i;
    const qint64 ticks = unitTicks(s.sliced(unitStart, i - unitStart));
    if (ticks == 0)
        return std::nullopt;
    return qint64(std::llround(number * double(ticks)));
}

/** An interval parameter ("6m", "1h"): ticks > 0, or nullopt. */
std::optional<qint64> parseInterval(const QByteArray &text)
{
    const QByteArray s = text.trimmed();
    qsizetype i = 0;
    const auto span = parseSpan(s, i);
    if (!span || i != s.size() || *span <= 0)
        return std::nullopt;
    return span;
}

/** PI time strings: *, now, T, Y, today, yesterday, ISO 8601, each with +/- offsets. */
class TimeParser
{
public:
    TimeParser(qint64 nowMs, const QTimeZone &zone) : m_nowMs(nowMs), m_zone(zone) {}

    /** Ticks, or nullopt. A time made only of offsets counts from @p relativeBase (or now). */
    std::optional<qint64> parse(const QByteArray &text, std::optional<qint64> relativeBase = {}) const
    {
        const QByteArray s = text.trimmed();
        if (s.isEmpty())
            return std::nullopt;
        qsizetype i = 0;
        qint64 base = 0;
        const QByteArray lower = s.toLower();
        auto keyword = [&](const char *word) {
            const qsizetype n = qsizetype(std::strlen(word));
            if (!lower.startsWith(word))
                return false;
            // A keyword ends at the end, a space or an offset's sign.
            if (n < s.size() && s[n] != ' ' && s[n] != '+' && s[n] != '-')
                return false;
            i = n;
            return true;
        };
        if (s[0] == '*') {
            base = m_nowMs * kTicksPerMs;
            i = 1;
        } else if (keyword("now")) {
            base = m_nowMs * kTicksPerMs;
        } else if (keyword("today") || keyword("t")) {
            base = midnight(0);
        } else if (keyword("yesterday") || keyword("y")) {
            base = midnight(-1);
        } else if (s[0] >= '0' && s[0] <= '9') {
            const auto absolute = parseIso(s, i);
            if (!absolute)
                return std::nullopt;
            base = *absolute;
        } else if (s[0] == '+' || s[0] == '-') {
            base = relativeBase ? *relativeBase : m_nowMs * kTicksPerMs;
        } else {
            return std::nullopt;
        }
        while (i < s.size()) {
            while (i < s.size() && s[i] == ' ')
                ++i;
            if (i == s.size())
                break;
            const char sign = s[i];
            if (sign != '+' && sign != '-')
                return std::nullopt;
            ++i;
            while (i < s.size() && s[i] == ' ')
                ++i;
            const auto span = parseSpan(s, i);
            if (!span)
                return std::nullopt;
            base += sign == '+' ? *span : -*span;
        }
        return base;
    }

private:
    qint64 midnight(int addDays) const
    {
        const QDate day = QDateTime::fromMSecsSinceEpoch(m_nowMs, m_zone).date().addDays(addDays);
        return QDateTime(day, QTime(0, 0), m_zone).toMSecsSinceEpoch() * kTicksPerMs;
    }

    static bool digits(QByteArrayView s, qsizetype &i, int n, int &out)
    {
        out = 0;
        for (int k = 0; k < n; ++k, ++i) {
            if (i >= s.size() || s[i] < '0' || s[i] > '9')
                return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    }

    /** YYYY-MM-DD[(T| )hh:mm[:ss[.fffffff]]][Z|±hh[:mm]]; no zone: the server's (or request's). */
    std::optional<qint64> parseIso(QByteArrayView s, qsizetype &i) const
    {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
        qint64 fraction = 0;
        if (!digits(s, i, 4, year) || i >= s.size() || s[i++] != '-' || !digits(s, i, 2, month)
            || i >= s.size() || s[i++] != '-' || !digits(s, i, 2, day))
            return std::nullopt;
        if (!QDate(year, month, day).isValid())
            return std::nullopt;
        if (i < s.size() && (s[i] == 'T' || s[i] == 't' || (s[i] == ' ' && i + 1 < s.size()
                                                            && s[i + 1] >= '0' && s[i + 1] <= '9'))) {
            ++i;
            if (!digits(s, i, 2, hour) || i >= s.size() || s[i++] != ':' || !digits(s, i, 2, minute))
                return std::nullopt;
            if (i < s.size() && s[i] == ':') {
                ++i;
                if (!digits(s, i, 2, second))
                    return std::nullopt;
                if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
                    ++i;
                    int n = 0;
                    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                        if (n < 7) {
                            fraction = fraction * 10 + (s[i] - '0');
                            ++n;
                        }
                        ++i;
                    }
                    if (n == 0)
                        return std::nullopt;
                    for (; n < 7; ++n)
                        fraction *= 10;
                }
            }
            if (hour > 23 || minute > 59 || second > 59)
                return std::nullopt;
        }
        const qint64 clockTicks = (hour * 3600LL + minute * 60LL + second) * kTicksPerSecond + fraction;
        // A zone: Z, or an offset of four digits (a sign and fewer digits is a relative offset).
        if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
            ++i;
            return daysFromCivil(year, unsigned(month), unsigned(day)) * kTicksPerDay + clockTicks;
        }
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            qsizetype j = i + 1;
            int oh = 0, om = 0;
            bool zone = digits(s, j, 2, oh);
            if (zone && j < s.size() && s[j] == ':')
                ++j;
            zone = zone && digits(s, j, 2, om)
                && (j == s.size() || s[j] == ' ' || s[j] == '+' || s[j] == '-');
            if (zone) {
                const qint64 offset = (oh * 60LL + om) * 60 * kTicksPerSecond;
                const qint64 utc = daysFromCivil(year, unsigned(month), unsigned(day)) * kTicksPerDay
                    + clockTicks - (s[i] == '+' ? offset : -offset);
                i = j;
                return utc;
            }
        }
        const QDateTime local(QDate(year, month, day), QTime(hour, minute, second), m_zone);
        if (!local.isValid())
            return std::nullopt;
        return local.toMSecsSinceEpoch() * kTicksPerMs + fraction;
    }

    qint64 m_nowMs;
    const QTimeZone &m_zone;
};

// ================================================================== 3. JSON out

/** A fast append-only JSON writer into one QByteArray (numbers with std::to_chars). */
class JsonOut
{
public:
    explicit JsonOut(qsizetype reserve = 1024)
    {
        m_buf.resize(std::max<qsizetype>(reserve, 64));
        m_p = m_buf.data();
        m_end = m_p + m_buf.size();
    }
    void need(qsizetype n)
    {
        if (m_end - m_p < n)
            grow(n);
    }
    void raw(const char *s, qsizetype n)
    {
        need(n);
        std::memcpy(m_p, s, size_t(n));
        m_p += n;
    }
    template <size_t N> void lit(const char (&s)[N]) { raw(s, qsizetype(N - 1)); }
    void raw(QByteArrayView v) { raw(v.data(), v.size()); }
    void ch(char c)
    {
        need(1);
        *m_p++ = c;
    }
    void str(QByteArrayView utf8)
    {
        need(utf8.size() + 2);
        *m_p++ = '"';
        for (char c : utf8) {
            const auto u = quint8(c);
            if (u >= 0x20 && c != '"' && c != '\\') {
                need(2);
                *m_p++ = c;
                continue;
            }
            need(8);
            *m_p++ = '\\';
            switch (c) {
            case '"': *m_p++ = '"'; break;
            case '\\': *m_p++ = '\\'; break;
            case '\n': *m_p++ = 'n'; break;
            case '\r': *m_p++ = 'r'; break;
            case '\t': *m_p++ = 't'; break;
            case '\b': *m_p++ = 'b'; break;
            case '\f': *m_p++ = 'f'; break;
            default: {
                static const char hex[] = "0123456789abcdef";
                *m_p++ = 'u';
                *m_p++ = '0';
                *m_p++ = '0';
                *m_p++ = hex[u >> 4];
                *m_p++ = hex[u & 15];
            }
            }
        }
        need(1);
        *m_p++ = '"';
    }
    void str(const QByteArray &b) { str(QByteArrayView(b)); }
    template <size_t N> void str(const char (&s)[N]) { str(QByteArrayView(s, qsizetype(N - 1))); }
    void num(double v)
    {
        need(32);
        m_p = std::to_chars(m_p, m_p + 32, v).ptr; // shortest text that reads back as v
    }
    void integer(qint64 v)
    {
        need(24);
        m_p = std::to_chars(m_p, m_p + 24, v).ptr;
    }
    void boolean(bool b)
    {
        if (b)
            lit("true");
        else
            lit("false");
    }
    /** "YYYY-MM-DDThh:mm:ss[.fffffff]Z" (7 fractional digits when not whole seconds). */
    void timestamp(qint64 ticks)
    {
        need(32);
        const qint64 day = floorDiv(ticks, kTicksPerDay);
        if (day != m_day) {
            int y;
            unsigned m, d;
            civilFromDays(day, y, m, d);
            std::snprintf(m_date, sizeof m_date, "%04d-%02u-%02u", y % 10000, m % 100, d % 100);
            m_day = day;
        }
        const qint64 rem = ticks - day * kTicksPerDay;
        const int secs = int(rem / kTicksPerSecond);
        const int frac = int(rem % kTicksPerSecond);
        char *p = m_p;
        *p++ = '"';
        std::memcpy(p, m_date, 10);
        p += 10;
        *p++ = 'T';
        two(p, secs / 3600);
        *p++ = ':';
        two(p, secs / 60 % 60);
        *p++ = ':';
        two(p, secs % 60);
        if (frac != 0) {
            *p++ = '.';
            int f = frac;
            for (int k = 6; k >= 0; --k) {
                p[k] = char('0' + f % 10);
                f /= 10;
            }
            p += 7;
        }
        *p++ = 'Z';
        *p++ = '"';
        m_p = p;
    }
    qsizetype size() const { return m_p - m_buf.constData(); }
    QByteArray take()
    {
        m_buf.resize(size());
        QByteArray out = std::move(m_buf);
        m_buf = QByteArray();
        m_p = m_end = nullptr;
        return out;
    }

private:
    static void two(char *&p, int v)
    {
        *p++ = char('0' + v / 10);
        *p++ = char('0' + v % 10);
    }
    void grow(qsizetype n)
    {
        const qsizetype used = m_p - m_buf.data();
        const qsizetype cap = std::max(m_buf.size() * 2, used + n + 1024);
        m_buf.resize(cap);
        m_p = m_buf.data() + used;
        m_end = m_buf.data() + cap;
    }

    QByteArray m_buf;
    char *m_p = nullptr;
    char *m_end = nullptr;
    qint64 m_day = std::numeric_limits<qint64>::min();
    char m_date[24] = {};
};

/** Writes an object's members with the commas: `Obj o(out); o.key("Name").str(...); o.end();` */
class Obj
{
public:
    explicit Obj(JsonOut &out) : m_out(out) { m_out.ch('{'); }
    template <size_t N> JsonOut &key(const char (&k)[N])
    {
        if (!m_first)
            m_out.ch(',');
        m_first = false;
        m_out.ch('"');
        m_out.raw(k, qsizetype(N - 1));
        m_out.lit("\":");
        return m_out;
    }
    /** A member whose name is not a literal (escaped). */
    JsonOut &key(QByteArrayView name)
    {
        if (!m_first)
            m_out.ch(',');
        m_first = false;
        m_out.str(name);
        m_out.ch(':');
        return m_out;
    }
    void end() { m_out.ch('}'); }

private:
    JsonOut &m_out;
    bool m_first = true;
};

QByteArray jsonString(QByteArrayView utf8)
{
    JsonOut o(utf8.size() + 16);
    o.str(utf8);
    return o.take();
}

/**
 * selectedFields as a tree of lower-cased names ("Items.Timestamp;Items.Value"). A node selected
 * whole (all) selects every descendant; without the parameter the root is whole.
 */
struct Sel {
    bool all = false;
    std::vector<std::pair<std::string, Sel>> kids; // vector: allowed with the incomplete Sel

    /** The child named @p lower (lower case), or nullptr when it is not selected. */
    const Sel *child(std::string_view lower) const
    {
        if (all)
            return this;
        for (const auto &k : kids) {
            if (k.first == lower)
                return &k.second;
        }
        return nullptr;
    }
    bool has(std::string_view lower) const { return child(lower) != nullptr; }

    static Sel parse(const std::optional<QByteArray> &param)
    {
        Sel root;
        if (!param || param->trimmed().isEmpty()) {
            root.all = true;
            return root;
        }
        for (const QByteArray &part : param->split(';')) {
            const QByteArray path = part.trimmed().toLower();
            if (path.isEmpty())
                continue;
            Sel *node = &root;
            for (const QByteArray &segment : path.split('.')) {
                const std::string name = segment.trimmed().toStdString();
                auto it = std::find_if(node->kids.begin(), node->kids.end(),
                                       [&](const auto &k) { return k.first == name; });
                if (it == node->kids.end()) {
                    node->kids.emplace_back(name, Sel());
                    it = node->kids.end() - 1;
                }
                node = &it->second;
            }
            node->all = true;
        }
        return root;
    }
};

/** Which members of a TimedValue to write, decided once per answer. */
struct TvFields {
    bool timestamp = false, value = false, units = false, good = false, questionable = false,
         substituted = false, annotated = false;
    bool stateName = false, stateValue = false, stateIsSystem = false;
    explicit TvFields(const Sel *s)
    {
        if (!s)
            return;
        timestamp = s->has("timestamp");
        units = s->has("unitsabbreviation");
        good = s->has("good");
        questionable = s->has("questionable");
        substituted = s->has("substituted");
        annotated = s->has("annotated");
        if (const Sel *v = s->child("value")) {
            value = true;
            // A state's object: all of it unless Value.Name etc. were named.
            const bool whole = v->all || v->kids.empty();
            stateName = whole || v->has("name");
            stateValue = whole || v->has("value");
            stateIsSystem = whole || v->has("issystem");
        }
    }
};

// ================================================================== 4. points and samples

struct StateDef {
    const char *name;
    int code;
};

// PI's SYSTEM set has 300+ states; these are the ones a historian shows on process tags.
constexpr StateDef kSystemStates[] = {
    {"I/O Timeout", 246}, {"No Data", 248}, {"Shutdown", 254}, {"Bad Input", 307}, {"Comm Fail", 313},
};
constexpr StateDef kPtCreated = {"Pt Created", 252};
constexpr StateDef kNoData = {"No Data", 248};

constexpr StateDef kRunStatus[] = {{"Running", 0}, {"Stopped", 1}};
constexpr StateDef kOnOff[] = {{"Off", 0}, {"On", 1}};
constexpr StateDef kModes[] = {{"Manual", 0}, {"Auto", 1}, {"Cascade", 2}};

enum class Kind { Speed, Flow, Pressure, Temperature, Vibration, DiffPressure, Level, Generic, Digital, Text };

/** What a kind of instrument reads, typically: the generator's defaults. */
struct KindProfile {
    Kind kind;
    const char *units;
    double base, dailyAmp, amp2, period2H, noise;
    int decimals;
    double lo, hi, ambient, span;
    bool followsRun; // reads ambient while the unit is stopped
};

constexpr KindProfile kProfiles[] = {
    {Kind::Speed, "rpm", 10200, 250, 80, 3.7, 12, 1, 0, 20000, 0, 15000, true},
    {Kind::Flow, "t/h", 125, 10, 3, 5.3, 1.5, 2, 0, 5000, 0, 250, true},
    {Kind::Pressure, "barg", 38, 1.5, 0.4, 2.9, 0.08, 3, 0, 500, 1, 60, true},
    {Kind::Temperature, "degC", 82, 3, 0.8, 6.1, 0.3, 2, -40, 600, 32, 150, true},
    {Kind::Vibration, "um", 28, 3, 1, 1.9, 1.2, 2, 0, 500, 1, 150, true},
    {Kind::DiffPressure, "kPa", 18, 2, 0.5, 4.4, 0.4, 2, 0, 1000, 0.2, 100, true},
    {Kind::Level, "%", 62, 4, 1.5, 7.3, 0.8, 0, 0, 100, 62, 100, false},
    {Kind::Generic, "", 50, 5, 1, 3.1, 0.5, 3, -1e12, 1e12, 50, 100, false},
};

const KindProfile &profileOf(Kind kind)
{
    for (const auto &p : kProfiles) {
        if (p.kind == kind)
            return p;
    }
    return kProfiles[std::size(kProfiles) - 1];
}

/** The instrument kind from the ISA letters of "PLANT.UNIT.12TIA-419A.PV", else from the units. */
Kind inferKind(const PiTestPoint &p)
{
    if (p.pointType.compare(QLatin1String("Digital"), Qt::CaseInsensitive) == 0)
        return Kind::Digital;
    if (p.pointType.compare(QLatin1String("String"), Qt::CaseInsensitive) == 0)
        return Kind::Text;
    QStringList parts = p.name.split(QLatin1Char('.'));
    if (parts.size() > 1 && parts.last().compare(QLatin1String("PV"), Qt::CaseInsensitive) == 0)
        parts.removeLast();
    QString tag = parts.isEmpty() ? QString() : parts.last().toUpper();
    qsizetype i = 0;
    while (i < tag.size() && tag[i].isDigit())
        ++i;
    tag = tag.mid(i);
    if (tag.startsWith(QLatin1String("PDI")) || tag.startsWith(QLatin1String("PDT"))
        || tag.startsWith(QLatin1String("DP")))
        return Kind::DiffPressure;
    if (!tag.isEmpty()) {
        switch (tag[0].unicode()) {
        case 'S': return Kind::Speed;
        case 'F': return Kind::Flow;
        case 'P': return Kind::Pressure;
        case 'T': return Kind::Temperature;
        case 'X': case 'V': return Kind::Vibration;
        case 'L': return Kind::Level;
        default: break;
        }
    }
    const QString u = p.engUnits.toLower();
    if (u == QLatin1String("rpm"))
        return Kind::Speed;
    if (u == QLatin1String("degc") || u == QLatin1String("°c"))
        return Kind::Temperature;
    if (u.contains(QLatin1String("bar")))
        return Kind::Pressure;
    if (u == QLatin1String("um") || u == QLatin1String("mm/s"))
        return Kind::Vibration;
    return Kind::Generic;
}

/** A point as served: its description, pre-escaped JSON pieces and generation parameters. */
struct PointRec {
    PiTestPoint def;
    int id = 0;
    QByteArray webId;
    QByteArray upperName;               // lookup key (PI names are case-insensitive)
    QByteArray jsonName, jsonPath, jsonDescriptor, jsonUnits, jsonPointType, jsonDigitalSet;
    Kind kind = Kind::Generic;
    bool isInt = false, step = false;
    double zero = 0, span = 100;
    const StateDef *ownStates = nullptr; // Digital
    int ownCount = 0;
    bool runStatusSet = false;
    // Generation: sample k at dataStart + k·interval + jitter(k).
    qint64 dataStart = 0, interval = 60000;
    int jitterMode = 0;                  // 0 regular, 1 whole seconds, 2 some milliseconds
    quint64 seed = 0, unitSeed = 0;
    bool followsRun = false;
    double base = 0, ambient = 0, amp1 = 0, w1 = 0, ph1 = 0, amp2 = 0, w2 = 0, ph2 = 0, noise = 0;
    double scale = 1, lo = 0, hi = 0;    // quantisation (1 / resolution) and clamps
};

/** One sample (or interpolated value) before it is written. */
struct Sample {
    qint64 ticks = 0;
    double value = 0;
    const StateDef *state = nullptr;
    bool isSystem = false, questionable = false, substituted = false;
    qint64 textNo = -1; // String points
};

qint64 jitterOf(const PointRec &p, qint64 k)
{
    const qint64 half = p.interval / 2;
    if (p.jitterMode == 0 || half < 1)
        return 0;
    const quint64 h = hash2(p.seed ^ 0x6a17'7e50'0000'0001ull, quint64(k));
    const qint64 wholeSeconds = half / 1000;
    if (wholeSeconds < 1 || (p.jitterMode == 2 && (h >> 40) % 3 == 0))
        return qint64(h % quint64(half));                     // milliseconds: 12:00:57.123
    return qint64(h % quint64(wholeSeconds)) * 1000;          // whole seconds
}

qint64 sampleMs(const PointRec &p, qint64 k) { return p.dataStart + k * p.interval + jitterOf(p, k); }

/** First sample index with time >= ms (may not exist yet). */
qint64 firstAtOrAfter(const PointRec &p, qint64 ms)
{
    if (ms <= p.dataStart)
        return 0;
    const qint64 k = floorDiv(ms - p.dataStart, p.interval);
    return sampleMs(p, k) >= ms ? k : k + 1;
}

/** Last sample index with time <= ms, -1 when none. */
qint64 lastAtOrBefore(const PointRec &p, qint64 ms)
{
    if (ms < p.dataStart)
        return -1;
    const qint64 k = floorDiv(ms - p.dataStart, p.interval);
    return sampleMs(p, k) <= ms ? k : k - 1;
}

/** Whether the point's unit runs at @p ms: stops of 6 h blocks, about one block in 29. */
bool unitRunning(const PointRec &p, qint64 ms)
{
    const quint64 h = hash2(p.unitSeed ^ 0x5155'0000'7275'6eull, quint64(floorDiv(ms, 6 * 3600 * 1000LL)));
    return h % 29 != 0;
}

Sample sampleAt(const PointRec &p, qint64 k)
{
    Sample s;
    const qint64 ms = sampleMs(p, k);
    s.ticks = ms * kTicksPerMs;
    if (k == 0) { // PI writes "Pt Created" as a point's first event
        s.state = &kPtCreated;
        s.isSystem = true;
        return s;
    }
    // System states: in one block of 128 samples out of 53, a run of 1-5 samples.
    const quint64 hb = hash2(p.seed ^ 0x5157'5354'4154'45ull, quint64(k >> 7));
    if (hb % 53 == 0) {
        const qint64 offset = qint64((hb >> 8) % 120), length = 1 + qint64((hb >> 16) % 5);
        const qint64 pos = k & 127;
        if (pos >= offset && pos < offset + length) {
            s.state = &kSystemStates[(hb >> 24) % std::size(kSystemStates)];
            s.isSystem = true;
            return s;
        }
    }
    if (p.kind == Kind::Digital) {
        if (p.runStatusSet)
            s.state = &p.ownStates[unitRunning(p, ms) ? 0 : 1];
        else
            s.state = &p.ownStates[hash2(p.seed, quint64(floorDiv(ms, 4 * 3600 * 1000LL))) % quint64(p.ownCount)];
        return s;
    }
    if (p.kind == Kind::Text) {
        s.textNo = 1000 + qint64(hash2(p.seed, quint64(floorDiv(ms, 8 * 3600 * 1000LL))) % 9000);
        return s;
    }
    const quint64 h = hash2(p.seed, quint64(k));
    const double load = (p.followsRun && !unitRunning(p, ms)) ? 0.0 : 1.0;
    const double t = double(ms);
    const double noise = (unit01(h) + unit01(mix64(h)) - 1.0) * p.noise * (0.25 + 0.75 * load);
    double x = p.ambient
        + load * (p.base - p.ambient + p.amp1 * std::sin(p.w1 * t + p.ph1) + p.amp2 * std::sin(p.w2 * t + p.ph2))
        + noise;
    x = std::clamp(x, p.lo, p.hi);
    // Rounded to the instrument's resolution: the shortest text of the double reads back exactly.
    s.value = std::round(x * p.scale) / p.scale;
    s.questionable = (h & 0xFF) == 0x5A;
    s.substituted = ((h >> 8) & 0x1FF) == 0x11;
    return s;
}

/** The value at @p ticks: recorded, linear between numeric values, else the previous one. */
Sample interpolatedAt(const PointRec &p, qint64 ticks, qint64 lastK)
{
    const qint64 k = std::min(lastAtOrBefore(p, floorDiv(ticks, kTicksPerMs)), lastK);
    Sample s;
    s.ticks = ticks;
    if (k < 0) {
        s.state = &kNoData;
        s.isSystem = true;
        return s;
    }
    Sample a = sampleAt(p, k);
    if (a.ticks == ticks)
        return a;
    a.ticks = ticks;
    if (a.state || p.kind == Kind::Text || p.step || k + 1 > lastK)
        return a; // states, text and step points hold; after the last sample: the snapshot
    const Sample b = sampleAt(p, k + 1);
    if (b.state)
        return a;
    const double at = double(sampleMs(p, k)), bt = double(sampleMs(p, k + 1));
    const double f = (double(ticks) / kTicksPerMs - at) / (bt - at);
    a.value = a.value + (b.value - a.value) * f;
    if (p.isInt)
        a.value = std::round(a.value);
    a.questionable = a.questionable || b.questionable;
    a.substituted = false;
    return a;
}

PiTestValue toTestValue(const PointRec &p, const Sample &s)
{
    PiTestValue v;
    v.ms = floorDiv(s.ticks, kTicksPerMs);
    if (s.state) {
        v.isState = true;
        v.stateName = QString::fromLatin1(s.state->name);
        v.stateValue = s.state->code;
        v.isSystem = s.isSystem;
        v.good = !s.isSystem;
    } else if (p.kind == Kind::Text) {
        v.text = QStringLiteral("Batch-%1").arg(s.textNo);
    } else {
        v.value = s.value;
    }
    v.questionable = s.questionable;
    v.substituted = s.substituted;
    return v;
}

// ================================================================== 5. shared state

struct DataServerRec {
    QString name;
    QByteArray webId, id, jsonName, jsonPath;
};

struct Fault {
    bool drop = false, webException = false;
    int status = 0;
};

/** Everything the threads share. Points under `lock`; counters and switches atomic. */
struct Core {
    PiWebApiTestServer::Options opt;
    QTimeZone zone;
    std::vector<DataServerRec> servers;          // [0]: the one with the points

    mutable QReadWriteLock lock;
    std::vector<std::unique_ptr<PointRec>> points;
    QHash<QByteArray, PointRec *> byWebId;       // case-sensitive, as WebIds are
    QHash<QByteArray, PointRec *> byName;        // upper-case names
    std::vector<const PointRec *> sorted;        // by name, case-insensitive

    std::atomic<qint64> fixedNow{kLiveNow};
    std::atomic<bool> down{false};
    QMutex faultMutex;
    int pendingDrop = 0, pendingStatus = 0, pendingStatusCode = 0, pendingWebException = 0;

    QMutex tokenMutex;
    QHash<QByteArray, qint64> tokens;            // bearer token -> expiry (wall-clock ms)

    bool tls = false;
    QSslConfiguration ssl;
    std::atomic<quint16> port{0};

    std::atomic<qint64> requests{0}, dataRequests{0}, valuesServed{0}, bytesServed{0}, busyNs{0};

    qint64 now() const
    {
        const qint64 fixed = fixedNow.load();
        return fixed == kLiveNow ? QDateTime::currentMSecsSinceEpoch() : fixed;
    }
    const DataServerRec &mainServer() const { return servers.front(); }

    Fault takeFault()
    {
        QMutexLocker locker(&faultMutex);
        Fault f;
        if (pendingDrop > 0) {
            --pendingDrop;
            f.drop = true;
        } else if (pendingStatus > 0) {
            --pendingStatus;
            f.status = pendingStatusCode;
        } else if (pendingWebException > 0) {
            --pendingWebException;
            f.webException = true;
        }
        return f;
    }

    const PointRec *pointByWebId(const QByteArray &webId) const { return byWebId.value(webId); }
    const PointRec *pointByName(const QString &name) const { return byName.value(name.toUpper().toUtf8()); }

    /** "\\SERVER\TAG" (either server name) -> the point, case-insensitive. */
    const PointRec *pointByPath(const QByteArray &path) const
    {
        const QString p = QString::fromUtf8(path);
        if (!p.startsWith(QLatin1String("\\\\")))
            return nullptr;
        const qsizetype slash = p.indexOf(QLatin1Char('\\'), 2);
        if (slash < 0)
            return nullptr;
        if (p.mid(2, slash - 2).compare(mainServer().name, Qt::CaseInsensitive) != 0)
            return nullptr;
        return pointByName(p.mid(slash + 1));
    }
};

// ================================================================== 6. REST handlers

struct Request {
    QByteArray method, path;   // path percent-decoded, e.g. /piwebapi/streams/F1DP.../recorded
    Pairs query, headers;      // names lower-case
    QByteArray body;

    QByteArray header(const char *lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const char *lowerName) const
    {
        return std::any_of(headers.begin(), headers.end(), [&](const auto &h) { return h.first == lowerName; });
    }
    std::optional<QByteArray> param(const char *lowerName) const
    {
        for (const auto &q : query) {
            if (q.first == lowerName)
                return q.second;
        }
        return std::nullopt;
    }
    QList<QByteArray> params(const char *lowerName) const
    {
        QList<QByteArray> out;
        for (const auto &q : query) {
            if (q.first == lowerName)
                out.append(q.second);
        }
        return out;
    }
};

struct Response {
    int status = 200;
    QByteArray body;
    Pairs headers;
    QByteArray contentType = "application/json; charset=utf-8";
    bool drop = false;
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(std::make_pair(name, value)); }
};

Response jsonResponse(int status, QByteArray body)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Response errorResponse(int status, const QByteArray &message)
{
    JsonOut o(message.size() + 32);
    o.lit("{\"Errors\":[");
    o.str(message);
    o.lit("]}");
    return jsonResponse(status, o.take());
}

QByteArray overLimitMessage(int limit)
{
    return QByteArray("Parameter 'maxCount' is greater than the maximum allowed (") + QByteArray::number(limit)
        + QByteArray(").");
}

/** One request's context: the shared state, its links' base and the faults it carries. */
struct Ctx {
    explicit Ctx(Core &c) : core(c) {}
    Core &core;
    QByteArray base;          // scheme://host/piwebapi, from the request's Host
    qint64 nowMs = 0;
    bool webException = false; // to put into the next stream answer
    qint64 values = 0;
    qint64 dataRequests = 0;
};

// ---- descriptions

void writeLinks(JsonOut &o, std::initializer_list<std::pair<const char *, QByteArray>> links)
{
    o.ch('{');
    bool first = true;
    for (const auto &l : links) {
        if (!first)
            o.ch(',');
        first = false;
        o.str(QByteArrayView(l.first, qsizetype(std::strlen(l.first))));
        o.ch(':');
        o.str(l.second);
    }
    o.ch('}');
}

void writeDataServer(JsonOut &o, const Ctx &c, const DataServerRec &s, const Sel *sel)
{
    if (!sel) {
        o.lit("{}");
        return;
    }
    Obj obj(o);
    const QByteArray self = c.base + "/dataservers/" + s.webId;
    if (sel->has("webid"))
        obj.key("WebId").str(s.webId);
    if (sel->has("id"))
        obj.key("Id").str(s.id);
    if (sel->has("name"))
        obj.key("Name").raw(s.jsonName);
    if (sel->has("path"))
        obj.key("Path").raw(s.jsonPath);
    if (sel->has("isconnected"))
        obj.key("IsConnected").boolean(true);
    if (sel->has("serverversion"))
        obj.key("ServerVersion").str("3.4.440.477");
    if (sel->has("servertime"))
        obj.key("ServerTime").timestamp(c.nowMs * kTicksPerMs);
    if (sel->has("links")) {
        obj.key("Links");
        writeLinks(o, {{"Self", self}, {"Points", self + "/points"}, {"EnumerationSets", self + "/enumerationsets"}});
    }
    obj.end();
}

void writePoint(JsonOut &o, const Ctx &c, const PointRec &p, const Sel *sel)
{
    if (!sel) {
        o.lit("{}");
        return;
    }
    Obj obj(o);
    if (sel->has("webid"))
        obj.key("WebId").str(p.webId);
    if (sel->has("id"))
        obj.key("Id").integer(p.id);
    if (sel->has("name"))
        obj.key("Name").raw(p.jsonName);
    if (sel->has("path"))
        obj.key("Path").raw(p.jsonPath);
    if (sel->has("descriptor"))
        obj.key("Descriptor").raw(p.jsonDescriptor);
    if (sel->has("pointclass"))
        obj.key("PointClass").lit("\"classic\"");
    if (sel->has("pointtype"))
        obj.key("PointType").raw(p.jsonPointType);
    if (sel->has("digitalsetname"))
        obj.key("DigitalSetName").raw(p.jsonDigitalSet);
    if (sel->has("engineeringunits"))
        obj.key("EngineeringUnits").raw(p.jsonUnits);
    if (sel->has("span"))
        obj.key("Span").num(p.span);
    if (sel->has("zero"))
        obj.key("Zero").num(p.zero);
    if (sel->has("step"))
        obj.key("Step").boolean(p.step);
    if (sel->has("future"))
        obj.key("Future").boolean(false);
    if (sel->has("displaydigits"))
        obj.key("DisplayDigits").integer(-5);
    if (sel->has("links")) {
        const QByteArray self = c.base + "/points/" + p.webId;
        const QByteArray stream = c.base + "/streams/" + p.webId;
        obj.key("Links");
        writeLinks(o, {{"Self", self},
                       {"DataServer", c.base + "/dataservers/" + c.core.mainServer().webId},
                       {"Attributes", self + "/attributes"},
                       {"InterpolatedData", stream + "/interpolated"},
                       {"RecordedData", stream + "/recorded"},
                       {"PlotData", stream + "/plot"},
                       {"SummaryData", stream + "/summary"},
                       {"Value", stream + "/value"},
                       {"EndValue", stream + "/end"}});
    }
    obj.end();
}

// ---- values

/** One TimedValue as the selection asks. */
void writeTimedValue(JsonOut &o, const TvFields &f, const PointRec &p, const Sample &s)
{
    char sep = '{';
    auto key = [&](auto &literal) {
        o.ch(sep);
        sep = ',';
        o.lit(literal);
    };
    if (f.timestamp) {
        key("\"Timestamp\":");
        o.timestamp(s.ticks);
    }
    if (f.value) {
        key("\"Value\":");
        if (s.state) {
            char inner = '{';
            if (f.stateName) {
                o.ch(inner);
                inner = ',';
                o.lit("\"Name\":");
                o.str(QByteArrayView(s.state->name, qsizetype(std::strlen(s.state->name))));
            }
            if (f.stateValue) {
                o.ch(inner);
                inner = ',';
                o.lit("\"Value\":");
                o.integer(s.state->code);
            }
            if (f.stateIsSystem) {
                o.ch(inner);
                inner = ',';
                o.lit("\"IsSystem\":");
                o.boolean(s.isSystem);
            }
            if (inner == '{')
                o.lit("{}");
            else
                o.ch('}');
        } else if (p.kind == Kind::Text) {
            o.lit("\"Batch-");
            o.integer(s.textNo);
            o.ch('"');
        } else if (p.isInt) {
            o.integer(qint64(s.value));
        } else {
            o.num(s.value);
        }
    }
    if (f.units) {
        key("\"UnitsAbbreviation\":");
        o.raw(p.jsonUnits);
    }
    if (f.good) {
        key("\"Good\":");
        o.boolean(!(s.state && s.isSystem));
    }
    if (f.questionable) {
        key("\"Questionable\":");
        o.boolean(s.questionable);
    }
    if (f.substituted) {
        key("\"Substituted\":");
        o.boolean(s.substituted);
    }
    if (f.annotated) {
        key("\"Annotated\":");
        o.boolean(false);
    }
    if (sep == '{')
        o.lit("{}");
    else
        o.ch('}');
}

/** The value of an injected "WebException" member. */
void writeWebException(JsonOut &o)
{
    o.lit("{\"StatusCode\":500,\"Errors\":[\"An error occurred while reading the archive: "
          "the operation was interrupted (injected by the test server).\"]}");
}

/** A start/end pair in ticks, possibly descending. */
struct Range {
    qint64 start = 0, end = 0;
    bool descending() const { return end < start; }
    qint64 lo() const { return std::min(start, end); }
    qint64 hi() const { return std::max(start, end); }
};

/** The zone of the request's timeZone parameter, else the server's. */
QTimeZone zoneFor(const Ctx &c, const Request &r)
{
    if (const auto tz = r.param("timezone"); tz && !tz->isEmpty()) {
        QTimeZone zone(*tz);
        if (!zone.isValid())
            zone = QTimeZone(QTimeZone::windowsIdToDefaultIanaId(*tz));
        if (zone.isValid())
            return zone;
    }
    return c.core.zone;
}

std::optional<qint64> parseTimeParam(const Ctx &c, const Request &r, const char *name, const char *fallback,
                                     std::optional<qint64> relativeBase, Response *error)
{
    const QTimeZone zone = zoneFor(c, r);
    const TimeParser parser(c.nowMs, zone);
    const QByteArray text = r.param(name).value_or(QByteArray(fallback));
    const auto ticks = parser.parse(text, relativeBase);
    if (!ticks)
        *error = errorResponse(400, QByteArray("The time string '") + text + QByteArray("' could not be parsed."));
    return ticks;
}

std::optional<Range> parseRange(const Ctx &c, const Request &r, Response *error)
{
    const auto start = parseTimeParam(c, r, "starttime", "*-1d", std::nullopt, error);
    if (!start)
        return std::nullopt;
    const auto end = parseTimeParam(c, r, "endtime", "*", start, error);
    if (!end)
        return std::nullopt;
    return Range{*start, *end};
}

std::optional<qint64> parseIntParam(const Request &r, const char *name, qint64 fallback, Response *error)
{
    const auto text = r.param(name);
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 v = text->trimmed().toLongLong(&ok);
    if (!ok) {
        *error = errorResponse(400, QByteArray("The value '") + *text + QByteArray("' is not valid for ")
                                        + QByteArray(name) + QByteArray("."));
        return std::nullopt;
    }
    return v;
}

/** The samples a recorded call writes for one stream. */
struct RecordedPlan {
    qint64 k0 = 0, k1 = -1;                 // inside the range (and up to now), inclusive
    std::optional<Sample> pre, post;        // boundaryType Interpolated: values at lo and hi
    bool descending = false;
    qint64 count() const { return (k1 >= k0 ? k1 - k0 + 1 : 0) + (pre ? 1 : 0) + (post ? 1 : 0); }
};

enum class Boundary { Inside, Outside, Interpolated };

RecordedPlan planRecorded(const PointRec &p, const Range &range, Boundary boundary, qint64 nowMs)
{
    RecordedPlan plan;
    plan.descending = range.descending();
    const qint64 last = lastAtOrBefore(p, nowMs);
    const qint64 fromMs = ceilDiv(range.lo(), kTicksPerMs), toMs = floorDiv(range.hi(), kTicksPerMs);
    plan.k0 = firstAtOrAfter(p, fromMs);
    plan.k1 = std::min(lastAtOrBefore(p, toMs), last);
    if (boundary == Boundary::Outside) {
        const qint64 before = std::min(plan.k0, last + 1) - 1;
        if (before >= 0)
            plan.k0 = before;
        if (plan.k1 + 1 <= last && plan.k1 + 1 >= plan.k0)
            plan.k1 += 1;
    } else if (boundary == Boundary::Interpolated) {
        const bool hasLo = plan.k1 >= plan.k0 && sampleMs(p, plan.k0) * kTicksPerMs == range.lo();
        const bool hasHi = plan.k1 >= plan.k0 && sampleMs(p, plan.k1) * kTicksPerMs == range.hi();
        if (!hasLo && lastAtOrBefore(p, floorDiv(range.lo(), kTicksPerMs)) >= 0 && range.lo() <= nowMs * kTicksPerMs)
            plan.pre = interpolatedAt(p, range.lo(), last);
        if (!hasHi && lastAtOrBefore(p, floorDiv(range.hi(), kTicksPerMs)) >= 0 && range.hi() <= nowMs * kTicksPerMs
            && range.hi() != range.lo())
            plan.post = interpolatedAt(p, range.hi(), last);
    }
    return plan;
}

/** Writes up to @p maxCount items (half when a WebException is injected); returns how many. */
qint64 writeRecordedItems(JsonOut &o, const TvFields &f, const PointRec &p, const RecordedPlan &plan,
                          qint64 maxCount, bool half)
{
    qint64 limit = std::min(plan.count(), maxCount);
    if (half)
        limit /= 2;
    qint64 n = 0;
    auto emit = [&](const Sample &s) {
        if (n > 0)
            o.ch(',');
        writeTimedValue(o, f, p, s);
        ++n;
    };
    o.ch('[');
    if (!plan.descending) {
        if (plan.pre && n < limit)
            emit(*plan.pre);
        for (qint64 k = plan.k0; k <= plan.k1 && n < limit; ++k)
            emit(sampleAt(p, k));
        if (plan.post && n < limit)
            emit(*plan.post);
    } else {
        if (plan.post && n < limit)
            emit(*plan.post);
        for (qint64 k = plan.k1; k >= plan.k0 && n < limit; --k)
            emit(sampleAt(p, k));
        if (plan.pre && n < limit)
            emit(*plan.pre);
    }
    o.ch(']');
    return n;
}

/** Interpolated times: start, start ± interval ... up to end (syncTime aligns them). */
struct InterpolatedPlan {
    qint64 first = 0, step = 0, count = 0;
};

std::optional<InterpolatedPlan> planInterpolated(const Ctx &c, const Request &r, const Range &range, Response *error)
{
    const QByteArray intervalText = r.param("interval").value_or(QByteArray("1h"));
    const auto interval = parseInterval(intervalText);
    if (!interval) {
        *error = errorResponse(400, QByteArray("The interval '") + intervalText + QByteArray("' is not valid."));
        return std::nullopt;
    }
    InterpolatedPlan plan;
    plan.step = range.descending() ? -*interval : *interval;
    plan.first = range.start;
    if (r.param("synctime")) {
        const auto sync = parseTimeParam(c, r, "synctime", "*", std::nullopt, error);
        if (!sync)
            return std::nullopt;
        // The first time on the grid sync + n·interval inside the range, from its start.
        const qint64 n = range.descending() ? floorDiv(range.start - *sync, *interval)
                                            : ceilDiv(range.start - *sync, *interval);
        plan.first = *sync + n * *interval;
    }
    const qint64 span = range.descending() ? plan.first - range.end : range.end - plan.first;
    plan.count = span < 0 ? 0 : span / *interval + 1;
    return plan;
}

qint64 writeInterpolatedItems(JsonOut &o, const TvFields &f, const PointRec &p, const InterpolatedPlan &plan,
                              qint64 nowMs, bool half)
{
    const qint64 last = lastAtOrBefore(p, nowMs);
    const qint64 limit = half ? plan.count / 2 : plan.count;
    o.ch('[');
    for (qint64 i = 0; i < limit; ++i) {
        if (i > 0)
            o.ch(',');
        writeTimedValue(o, f, p, interpolatedAt(p, plan.first + i * plan.step, last));
    }
    o.ch(']');
    return limit;
}

/** PI's plot decimation: per interval the first, last, min, max and one state value. */
std::vector<Sample> plotValues(const PointRec &p, const Range &range, qint64 intervals, qint64 nowMs)
{
    std::vector<Sample> out;
    const qint64 last = lastAtOrBefore(p, nowMs);
    const qint64 lo = range.lo(), hi = range.hi();
    const qint64 width = std::max<qint64>(1, (hi - lo) / intervals);
    auto addBoundary = [&](qint64 ticks) {
        if (ticks <= nowMs * kTicksPerMs && lastAtOrBefore(p, floorDiv(ticks, kTicksPerMs)) >= 0)
            out.push_back(interpolatedAt(p, ticks, last));
    };
    addBoundary(lo);
    for (qint64 i = 0; i < intervals; ++i) {
        const qint64 a = lo + i * width;
        const qint64 b = (i == intervals - 1) ? hi : a + width; // [a, b), the last one [a, hi]
        const qint64 k0 = firstAtOrAfter(p, ceilDiv(a, kTicksPerMs));
        qint64 k1 = std::min(lastAtOrBefore(p, floorDiv(b, kTicksPerMs)), last);
        if (i != intervals - 1 && k1 >= k0 && sampleMs(p, k1) * kTicksPerMs >= b)
            --k1;
        if (k1 < k0)
            continue;
        qint64 kMin = -1, kMax = -1, kState = -1;
        double vMin = 0, vMax = 0;
        for (qint64 k = k0; k <= k1; ++k) {
            const Sample s = sampleAt(p, k);
            if (s.state || p.kind == Kind::Text) {
                if (kState < 0 && (s.isSystem || p.kind == Kind::Digital))
                    kState = k;
                continue;
            }
            if (kMin < 0 || s.value < vMin) {
                kMin = k;
                vMin = s.value;
            }
            if (kMax < 0 || s.value > vMax) {
                kMax = k;
                vMax = s.value;
            }
        }
        qint64 picks[] = {k0, k1, kMin, kMax, kState};
        std::sort(std::begin(picks), std::end(picks));
        qint64 previous = -1;
        for (qint64 k : picks) {
            if (k < 0 || k == previous)
                continue;
            previous = k;
            const Sample s = sampleAt(p, k);
            if (!out.empty() && out.back().ticks == s.ticks)
                out.back() = s;
            else
                out.push_back(s);
        }
    }
    if (out.empty() || out.back().ticks != hi)
        addBoundary(hi);
    if (range.descending())
        std::reverse(out.begin(), out.end());
    return out;
}

Boundary parseBoundary(const Request &r)
{
    const QByteArray b = r.param("boundarytype").value_or(QByteArray("Inside"));
    if (ieq(b, "Outside"))
        return Boundary::Outside;
    if (ieq(b, "Interpolated"))
        return Boundary::Interpolated;
    return Boundary::Inside;
}

QByteArray unknownWebId(const QByteArray &webId)
{
    return QByteArray("Unknown or invalid WebID '") + webId + QByteArray("'.");
}

bool takeWebException(Ctx &c)
{
    const bool w = c.webException;
    c.webException = false;
    return w;
}

/** GET streams/{webId}/{recorded|interpolated|plot|end|value}. */
Response handleStream(Ctx &c, const Request &r, const QByteArray &webId, const QByteArray &action)
{
    ++c.dataRequests;
    const PointRec *p = c.core.pointByWebId(webId);
    if (!p)
        return errorResponse(404, unknownWebId(webId));
    Response error;
    const Sel root = Sel::parse(r.param("selectedfields"));
    const int limit = c.core.opt.maxItemsPerCall;
    JsonOut o(4096);
    if (ieq(action, "recorded") || ieq(action, "interpolated") || ieq(action, "plot")) {
        const auto range = parseRange(c, r, &error);
        if (!range)
            return error;
        const bool half = takeWebException(c);
        const TvFields fields(root.child("items"));
        Obj obj(o);
        if (root.has("links"))
            obj.key("Links").lit("{}");
        if (ieq(action, "recorded")) {
            const auto maxCount = parseIntParam(r, "maxcount", 1000, &error);
            if (!maxCount)
                return error;
            if (*maxCount > limit)
                return errorResponse(400, overLimitMessage(limit));
            if (*maxCount < 1)
                return errorResponse(400, "Parameter 'maxCount' must be greater than 0.");
            const RecordedPlan plan = planRecorded(*p, *range, parseBoundary(r), c.nowMs);
            if (root.has("items"))
                c.values += writeRecordedItems(obj.key("Items"), fields, *p, plan, *maxCount, half);
        } else if (ieq(action, "interpolated")) {
            const auto plan = planInterpolated(c, r, *range, &error);
            if (!plan)
                return error;
            if (plan->count > limit)
                return errorResponse(400, QByteArray("The number of values requested (") + QByteArray::number(plan->count)
                                              + QByteArray(") is greater than the maximum allowed (")
                                              + QByteArray::number(limit) + QByteArray(")."));
            if (root.has("items"))
                c.values += writeInterpolatedItems(obj.key("Items"), fields, *p, *plan, c.nowMs, half);
        } else {
            const auto intervals = parseIntParam(r, "intervals", 24, &error);
            if (!intervals)
                return error;
            if (*intervals < 1)
                return errorResponse(400, "Parameter 'intervals' must be greater than 0.");
            if (*intervals * 5 > limit)
                return errorResponse(400, overLimitMessage(limit));
            const std::vector<Sample> values = plotValues(*p, *range, *intervals, c.nowMs);
            if (root.has("items")) {
                JsonOut &items = obj.key("Items");
                const size_t n = half ? values.size() / 2 : values.size();
                items.ch('[');
                for (size_t i = 0; i < n; ++i) {
                    if (i > 0)
                        items.ch(',');
                    writeTimedValue(items, fields, *p, values[i]);
                }
                items.ch(']');
                c.values += qint64(n);
            }
        }
        if (root.has("unitsabbreviation"))
            obj.key("UnitsAbbreviation").raw(p->jsonUnits);
        if (half)
            writeWebException(obj.key("WebException"));
        obj.end();
        return jsonResponse(200, o.take());
    }
    if (ieq(action, "end") || ieq(action, "value")) {
        const qint64 last = lastAtOrBefore(*p, c.nowMs);
        Sample s;
        if (ieq(action, "value") && r.param("time")) {
            const auto t = parseTimeParam(c, r, "time", "*", std::nullopt, &error);
            if (!t)
                return error;
            s = interpolatedAt(*p, *t, last);
        } else if (last >= 0) {
            s = sampleAt(*p, last);
        } else {
            s.ticks = c.nowMs * kTicksPerMs;
            s.state = &kNoData;
            s.isSystem = true;
        }
        const bool half = takeWebException(c);
        if (half) { // a value object holding only Errors, as the contract allows
            o.lit("{\"Errors\":[\"The value could not be read (injected by the test server).\"],"
                  "\"WebException\":");
            writeWebException(o);
            o.ch('}');
            return jsonResponse(200, o.take());
        }
        writeTimedValue(o, TvFields(&root), *p, s);
        ++c.values;
        return jsonResponse(200, o.take());
    }
    return errorResponse(404, QByteArray("The stream action '") + action + QByteArray("' is not supported."));
}

/** GET streamsets/{recorded|interpolated|plot|end|value}?webId=A&webId=B... */
Response handleStreamSet(Ctx &c, const Request &r, const QByteArray &action)
{
    const bool recorded = ieq(action, "recorded"), interpolated = ieq(action, "interpolated"),
               plot = ieq(action, "plot"), single = ieq(action, "end") || ieq(action, "value");
    if (!recorded && !interpolated && !plot && !single)
        return errorResponse(404, QByteArray("The stream set action '") + action + QByteArray("' is not supported."));
    ++c.dataRequests;
    const QList<QByteArray> webIds = r.params("webid");
    if (webIds.isEmpty())
        return errorResponse(400, "The 'webId' parameter is required.");
    const int limit = c.core.opt.maxItemsPerCall;
    const qint64 streams = webIds.size();
    Response error;
    std::optional<Range> range;
    qint64 maxCount = 0, intervals = 0;
    std::optional<InterpolatedPlan> iplan;
    std::optional<qint64> valueTime;
    if (!single) {
        range = parseRange(c, r, &error);
        if (!range)
            return error;
    }
    if (recorded) {
        const auto m = parseIntParam(r, "maxcount", 1000, &error);
        if (!m)
            return error;
        if (*m < 1)
            return errorResponse(400, "Parameter 'maxCount' must be greater than 0.");
        // Per stream, but the call's total must stay within MaxReturnedItemsPerCall.
        if (*m > limit || *m * streams > limit)
            return errorResponse(400, overLimitMessage(limit));
        maxCount = *m;
    } else if (interpolated) {
        iplan = planInterpolated(c, r, *range, &error);
        if (!iplan)
            return error;
        if (iplan->count * streams > limit)
            return errorResponse(400, QByteArray("The number of values requested (")
                                          + QByteArray::number(iplan->count * streams)
                                          + QByteArray(") is greater than the maximum allowed (")
                                          + QByteArray::number(limit) + QByteArray(")."));
    } else if (plot) {
        const auto n = parseIntParam(r, "intervals", 24, &error);
        if (!n)
            return error;
        if (*n < 1)
            return errorResponse(400, "Parameter 'intervals' must be greater than 0.");
        if (*n * 5 * streams > limit)
            return errorResponse(400, overLimitMessage(limit));
        intervals = *n;
    } else if (ieq(action, "value") && r.param("time")) {
        valueTime = parseTimeParam(c, r, "time", "*", std::nullopt, &error);
        if (!valueTime)
            return error;
    }

    const bool half = takeWebException(c);
    const Sel root = Sel::parse(r.param("selectedfields"));
    const Sel *itemSel = root.child("items");
    const Sel *valuesSel = itemSel ? itemSel->child(single ? "value" : "items") : nullptr;
    const TvFields fields(valuesSel);
    const Boundary boundary = parseBoundary(r);
    bool anyUnknown = false;
    JsonOut o(recorded ? 256 * maxCount * streams / 4 + 4096 : 8192);
    Obj top(o);
    if (root.has("links"))
        top.key("Links").lit("{}");
    if (itemSel) {
        JsonOut &items = top.key("Items");
        items.ch('[');
        for (qint64 i = 0; i < streams; ++i) {
            if (i > 0)
                o.ch(',');
            const QByteArray &webId = webIds[i];
            const PointRec *p = c.core.pointByWebId(webId);
            Obj item(o);
            if (itemSel->has("webid") || !p)
                item.key("WebId").str(webId);
            if (!p) {
                anyUnknown = true;
                item.key("Exception").lit("{\"Errors\":[");
                o.str(unknownWebId(webId));
                o.lit("]}");
                if (single)
                    item.key("Value").lit("null");
                else
                    item.key("Items").lit("[]");
                item.end();
                continue;
            }
            if (itemSel->has("name"))
                item.key("Name").raw(p->jsonName);
            if (itemSel->has("path"))
                item.key("Path").raw(p->jsonPath);
            if (itemSel->has("links"))
                item.key("Links").lit("{}");
            // A WebException leaves the second half of the streams empty.
            const bool cut = half && i >= (streams + 1) / 2;
            if (valuesSel) {
                if (recorded) {
                    const RecordedPlan plan = planRecorded(*p, *range, boundary, c.nowMs);
                    c.values += writeRecordedItems(item.key("Items"), fields, *p, plan, cut ? 0 : maxCount, false);
                } else if (interpolated) {
                    InterpolatedPlan ip = *iplan;
                    if (cut)
                        ip.count = 0;
                    c.values += writeInterpolatedItems(item.key("Items"), fields, *p, ip, c.nowMs, false);
                } else if (plot) {
                    const std::vector<Sample> values = cut ? std::vector<Sample>() : plotValues(*p, *range, intervals, c.nowMs);
                    JsonOut &arr = item.key("Items");
                    arr.ch('[');
                    for (size_t k = 0; k < values.size(); ++k) {
                        if (k > 0)
                            arr.ch(',');
                        writeTimedValue(arr, fields, *p, values[k]);
                    }
                    arr.ch(']');
                    c.values += qint64(values.size());
                } else {
                    const qint64 last = lastAtOrBefore(*p, c.nowMs);
                    Sample s;
                    if (valueTime) {
                        s = interpolatedAt(*p, *valueTime, last);
                    } else if (last >= 0) {
                        s = sampleAt(*p, last);
                    } else {
                        s.ticks = c.nowMs * kTicksPerMs;
                        s.state = &kNoData;
                        s.isSystem = true;
                    }
                    if (cut) {
                        item.key("Value").lit("null");
                    } else {
                        writeTimedValue(item.key("Value"), fields, *p, s);
                        ++c.values;
                    }
                }
            }
            if (itemSel->has("unitsabbreviation"))
                item.key("UnitsAbbreviation").raw(p->jsonUnits);
            item.end();
        }
        o.ch(']');
    }
    if (half)
        writeWebException(top.key("WebException"));
    top.end();
    return jsonResponse(anyUnknown ? 207 : 200, o.take());
}

/** Case-insensitive wildcard match with * and ?. */
bool wildcardMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?')
                                   || pattern[p].toCaseFolded() == text[t].toCaseFolded())) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

const DataServerRec *serverByWebId(const Ctx &c, const QByteArray &webId)
{
    for (const auto &s : c.core.servers) {
        if (s.webId == webId)
            return &s;
    }
    return nullptr;
}

Response handleDataServers(Ctx &c, const Request &r, const QList<QByteArray> &rest)
{
    const Sel root = Sel::parse(r.param("selectedfields"));
    JsonOut o(4096);
    if (rest.size() == 1) {
        const auto name = r.param("name");
        const auto path = r.param("path");
        if (name || path) {
            for (const auto &s : c.core.servers) {
                const bool match = name ? s.name.compare(QString::fromUtf8(*name), Qt::CaseInsensitive) == 0
                                        : QString(QLatin1String("\\\\") + s.name).compare(QString::fromUtf8(*path), Qt::CaseInsensitive) == 0;
                if (match) {
                    writeDataServer(o, c, s, &root);
                    return jsonResponse(200, o.take());
                }
            }
            return errorResponse(404, QByteArray("The data server '") + (name ? *name : *path)
                                          + QByteArray("' was not found."));
        }
        Obj obj(o);
        if (root.has("links"))
            obj.key("Links").lit("{}");
        if (const Sel *items = root.child("items")) {
            obj.key("Items").ch('[');
            for (size_t i = 0; i < c.core.servers.size(); ++i) {
                if (i > 0)
                    o.ch(',');
                writeDataServer(o, c, c.core.servers[i], items);
            }
            o.ch(']');
        }
        obj.end();
        return jsonResponse(200, o.take());
    }
    const DataServerRec *server = serverByWebId(c, rest[1]);
    if (!server)
        return errorResponse(404, unknownWebId(rest[1]));
    if (rest.size() == 2) {
        writeDataServer(o, c, *server, &root);
        return jsonResponse(200, o.take());
    }
    if (rest.size() == 3 && ieq(rest[2], "points")) {
        Response error;
        const auto startIndex = parseIntParam(r, "startindex", 0, &error);
        if (!startIndex)
            return error;
        const auto maxCount = parseIntParam(r, "maxcount", 1000, &error);
        if (!maxCount)
            return error;
        if (*maxCount > c.core.opt.maxItemsPerCall)
            return errorResponse(400, overLimitMessage(c.core.opt.maxItemsPerCall));
        if (*startIndex < 0 || *maxCount < 1)
            return errorResponse(400, "Parameters 'startIndex' and 'maxCount' must not be negative.");
        const QString filter = QString::fromUtf8(r.param("namefilter").value_or(QByteArray("*")));
        Obj obj(o);
        if (root.has("links"))
            obj.key("Links").lit("{}");
        if (const Sel *items = root.child("items")) {
            obj.key("Items").ch('[');
            qint64 matched = 0, written = 0;
            if (server == &c.core.mainServer()) {
                for (const PointRec *p : c.core.sorted) {
                    if (!wildcardMatch(filter, p->def.name))
                        continue;
                    if (matched++ < *startIndex)
                        continue;
                    if (written > 0)
                        o.ch(',');
                    writePoint(o, c, *p, items);
                    if (++written == *maxCount)
                        break;
                }
            }
            o.ch(']');
        }
        obj.end();
        return jsonResponse(200, o.take());
    }
    return errorResponse(404, "The requested resource was not found.");
}

Response handlePoints(Ctx &c, const Request &r, const QList<QByteArray> &rest)
{
    const Sel root = Sel::parse(r.param("selectedfields"));
    JsonOut o(4096);
    if (rest.size() == 1) {
        const auto path = r.param("path");
        if (!path)
            return errorResponse(400, "The 'path' parameter is required.");
        const PointRec *p = c.core.pointByPath(*path);
        if (!p)
            return errorResponse(404, QByteArray("PI Point not found '") + *path + QByteArray("'."));
        writePoint(o, c, *p, &root);
        return jsonResponse(200, o.take());
    }
    if (rest.size() == 2 && ieq(rest[1], "multiple")) {
        // Identifiers in the order given, paths and webIds alike.
        bool anyFailed = false, any = false;
        const Sel *items = root.child("items");
        Obj obj(o);
        if (root.has("links"))
            obj.key("Links").lit("{}");
        obj.key("Items").ch('[');
        for (const auto &q : r.query) {
            const bool byPath = q.first == "path", byWebId = q.first == "webid";
            if (!byPath && !byWebId)
                continue;
            if (any)
                o.ch(',');
            any = true;
            const PointRec *p = byPath ? c.core.pointByPath(q.second) : c.core.pointByWebId(q.second);
            Obj item(o);
            item.key("Identifier").str(q.second);
            item.key("IdentifierType").str(byPath ? QByteArrayView("Path") : QByteArrayView("WebId"));
            if (p) {
                writePoint(item.key("Object"), c, *p, items ? items->child("object") : nullptr);
                item.key("Exception").lit("null");
            } else {
                anyFailed = true;
                item.key("Exception").lit("{\"Errors\":[");
                o.str(byPath ? QByteArray("PI Point not found '") + q.second + QByteArray("'.") : unknownWebId(q.second));
                o.lit("]}");
            }
            item.end();
        }
        o.ch(']');
        obj.end();
        if (!any)
            return errorResponse(400, "At least one 'path' or 'webId' parameter is required.");
        return jsonResponse(anyFailed ? 207 : 200, o.take());
    }
    if (rest.size() == 2) {
        const PointRec *p = c.core.pointByWebId(rest[1]);
        if (!p)
            return errorResponse(404, unknownWebId(rest[1]));
        writePoint(o, c, *p, &root);
        return jsonResponse(200, o.take());
    }
    return errorResponse(404, "The requested resource was not found.");
}

Response handle(Ctx &c, const Request &r, bool inBatch);

// ---- batch

/** A mini JSONPath: $.key.Member[n][*].Member ... over the answers given by @p root. */
QList<QJsonValue> evalJsonPath(const QString &path, const std::function<QJsonValue(const QString &)> &root)
{
    QList<QJsonValue> current;
    if (!path.startsWith(QLatin1String("$.")))
        return current;
    // Tokens: names, [n], [*], ['name'].
    QStringList tokens;
    QString name;
    for (qsizetype i = 2; i < path.size(); ++i) {
        const QChar ch = path[i];
        if (ch == QLatin1Char('.')) {
            if (!name.isEmpty())
                tokens << name;
            name.clear();
        } else if (ch == QLatin1Char('[')) {
            if (!name.isEmpty())
                tokens << name;
            name.clear();
            const qsizetype close = path.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return {};
            QString inside = path.mid(i + 1, close - i - 1);
            if (inside.startsWith(QLatin1Char('\'')) && inside.endsWith(QLatin1Char('\'')) && inside.size() >= 2)
                tokens << inside.mid(1, inside.size() - 2);
            else
                tokens << QLatin1Char('[') + inside + QLatin1Char(']');
            i = close;
        } else {
            name += ch;
        }
    }
    if (!name.isEmpty())
        tokens << name;
    if (tokens.isEmpty())
        return {};
    current << root(tokens.takeFirst());
    for (const QString &t : std::as_const(tokens)) {
        QList<QJsonValue> next;
        for (const QJsonValue &v : std::as_const(current)) {
            if (t == QLatin1String("[*]")) {
                if (v.isArray()) {
                    for (const QJsonValue &e : v.toArray())
                        next << e;
                } else if (v.isObject()) {
                    for (const QJsonValue &e : v.toObject())
                        next << e;
                }
            } else if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'))) {
                bool ok = false;
                const int index = t.mid(1, t.size() - 2).toInt(&ok);
                if (ok && v.isArray() && index >= 0 && index < v.toArray().size())
                    next << v.toArray().at(index);
            } else if (v.isObject() && v.toObject().contains(t)) {
                next << v.toObject().value(t);
            }
        }
        current = next;
    }
    return current;
}

QString jsonScalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

/** A sub-request's Resource (absolute URL, /piwebapi/..., or relative to the base) as a Request. */
Request subRequest(const QByteArray &method, const QByteArray &resource)
{
    QByteArray target = resource.trimmed();
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    } else if (!target.startsWith('/')) {
        target = QByteArray("/piwebapi/") + target;
    }
    Request r;
    r.method = method.toUpper();
    const qsizetype q = target.indexOf('?');
    r.path = percentDecode(q < 0 ? QByteArrayView(target) : QByteArrayView(target).first(q), false);
    if (q >= 0)
        r.query = parseQuery(target.mid(q + 1));
    return r;
}

void writeSubAnswer(JsonOut &o, int status, const QByteArray &content)
{
    o.lit("{\"Status\":");
    o.integer(status);
    o.lit(",\"Headers\":{\"Content-Type\":\"application/json; charset=utf-8\"},\"Content\":");
    if (content.isEmpty())
        o.lit("null");
    else
        o.raw(content);
    o.ch('}');
}

Response handleBatch(Ctx &c, const Request &r)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return errorResponse(400, "The batch request's body must be a JSON object of requests.");
    const QJsonObject requests = doc.object();
    struct Item {
        QString key;
        QJsonObject req;
        bool done = false;
        int status = 0;
        QByteArray content;
        std::optional<QJsonObject> parsed; // {"Status", "Headers", "Content"} for JSONPaths
    };
    std::vector<Item> items;
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        Item item;
        item.key = it.key();
        item.req = it.value().toObject();
        items.push_back(std::move(item));
    }
    auto find = [&](const QString &key) -> Item * {
        for (auto &i : items) {
            if (i.key == key)
                return &i;
        }
        return nullptr;
    };
    auto answerOf = [&](const QString &key) -> QJsonValue {
        Item *i = find(key);
        if (!i || !i->done)
            return QJsonValue();
        if (!i->parsed) {
            QJsonObject o;
            o.insert(QStringLiteral("Status"), i->status);
            o.insert(QStringLiteral("Headers"), QJsonObject{{QStringLiteral("Content-Type"),
                                                              QStringLiteral("application/json; charset=utf-8")}});
            const QJsonDocument content = QJsonDocument::fromJson(i->content);
            o.insert(QStringLiteral("Content"), content.isObject() ? QJsonValue(content.object())
                                                                   : QJsonValue(content.array()));
            i->parsed = o;
        }
        return *i->parsed;
    };
    auto run = [&](const QByteArray &method, const QByteArray &resource, int &status, QByteArray &content) {
        const Request sub = subRequest(method, resource);
        const Response answer = handle(c, sub, true);
        status = answer.status;
        content = answer.body;
    };
    auto execute = [&](Item &item) {
        for (const QJsonValue &parent : item.req.value(QStringLiteral("ParentIds")).toArray()) {
            const Item *p = find(parent.toString());
            if (p && p->status >= 400) {
                item.status = 409;
                item.content = errorResponse(409, QByteArray("The parent request '") + parent.toString().toUtf8()
                                                      + QByteArray("' failed.")).body;
                return;
            }
        }
        const QByteArray method = item.req.value(QStringLiteral("Method")).toString(QStringLiteral("GET")).toUtf8();
        const QJsonObject tmpl = item.req.value(QStringLiteral("RequestTemplate")).toObject();
        QString resource = item.req.value(QStringLiteral("Resource")).toString();
        // Parameters: each a JSONPath giving one value (or several with a RequestTemplate).
        QList<QStringList> values;
        for (const QJsonValue &param : item.req.value(QStringLiteral("Parameters")).toArray()) {
            QStringList texts;
            const QString expr = param.toString();
            if (expr.startsWith(QLatin1String("$."))) {
                for (const QJsonValue &v : evalJsonPath(expr, answerOf))
                    texts << jsonScalarText(v);
            } else {
                texts << expr;
            }
            values << texts;
        }
        QStringList resources;
        if (!tmpl.isEmpty() || resource.startsWith(QLatin1String("$."))) {
            if (!tmpl.isEmpty()) {
                qsizetype n = 0;
                for (const auto &v : values)
                    n = std::max(n, v.size());
                for (qsizetype k = 0; k < n; ++k) {
                    QString res = tmpl.value(QStringLiteral("Resource")).toString();
                    for (qsizetype i = 0; i < values.size(); ++i) {
                        const QStringList &v = values[i];
                        const QString text = v.isEmpty() ? QString() : v[std::min(k, v.size() - 1)];
                        res.replace(QLatin1Char('{') + QString::number(i) + QLatin1Char('}'), text);
                    }
                    resources << res;
                }
            } else {
                for (const QJsonValue &v : evalJsonPath(resource, answerOf))
                    resources << jsonScalarText(v);
            }
            // Several requests: Content lists their answers.
            JsonOut o(4096);
            o.lit("{\"Items\":[");
            bool allOk = true;
            for (qsizetype k = 0; k < resources.size(); ++k) {
                int status = 0;
                QByteArray content;
                run(method, resources[k].toUtf8(), status, content);
                allOk = allOk && status < 300;
                if (k > 0)
                    o.ch(',');
                writeSubAnswer(o, status, content);
            }
            o.lit("]}");
            item.status = allOk ? 200 : 207;
            item.content = o.take();
            return;
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values[i].size() != 1) {
                item.status = 400;
                item.content = errorResponse(400, QByteArray("Parameter ") + QByteArray::number(i)
                                                      + QByteArray(" does not give exactly one value.")).body;
                return;
            }
            resource.replace(QLatin1Char('{') + QString::number(i) + QLatin1Char('}'), values[i].first());
        }
        if (resource.isEmpty()) {
            item.status = 400;
            item.content = errorResponse(400, "The sub-request has no Resource.").body;
            return;
        }
        run(method, resource.toUtf8(), item.status, item.content);
    };
    // Run what is ready until nothing more is: parents before children.
    for (bool progress = true; progress;) {
        progress = false;
        for (auto &item : items) {
            if (item.done)
                continue;
            bool ready = true;
            for (const QJsonValue &parent : item.req.value(QStringLiteral("ParentIds")).toArray()) {
                const Item *p = find(parent.toString());
                ready = ready && p && p->done;
            }
            if (!ready)
                continue;
            execute(item);
            item.done = true;
            progress = true;
        }
    }
    JsonOut o(4096);
    Obj obj(o);
    for (auto &item : items) {
        if (!item.done) {
            item.status = 400;
            item.content = errorResponse(400, "A parent request is missing or the requests depend on each other in a cycle.").body;
        }
        writeSubAnswer(obj.key(item.key.toUtf8()), item.status, item.content);
    }
    obj.end();
    return jsonResponse(207, o.take());
}

Response handleRoot(const Ctx &c)
{
    JsonOut o(512);
    o.lit("{\"Links\":");
    writeLinks(o, {{"Self", c.base + "/"},
                   {"AssetServers", c.base + "/assetservers"},
                   {"DataServers", c.base + "/dataservers"},
                   {"Search", c.base + "/search"},
                   {"System", c.base + "/system"}});
    o.ch('}');
    return jsonResponse(200, o.take());
}

/** Routes a request under /piwebapi (authentication and CSRF already checked). */
Response handle(Ctx &c, const Request &r, bool inBatch)
{
    QList<QByteArray> segments;
    for (const QByteArray &s : r.path.split('/')) {
        if (!s.isEmpty())
            segments << s;
    }
    if (segments.isEmpty() || !ieq(segments[0], "piwebapi"))
        return errorResponse(404, "The requested resource was not found.");
    const QList<QByteArray> rest = segments.mid(1);
    const bool get = r.method == "GET" || r.method == "HEAD";
    if (!rest.isEmpty() && ieq(rest[0], "batch") && rest.size() == 1) {
        if (r.method != "POST")
            return errorResponse(405, "The requested resource does not support http method '" + r.method + "'.");
        if (inBatch)
            return errorResponse(400, "A batch request cannot contain a batch request.");
        return handleBatch(c, r);
    }
    if (!get)
        return errorResponse(405, "The requested resource does not support http method '" + r.method + "'.");
    if (rest.isEmpty())
        return handleRoot(c);
    const QByteArray &first = rest[0];
    if (ieq(first, "dataservers"))
        return handleDataServers(c, r, rest);
    if (ieq(first, "points"))
        return handlePoints(c, r, rest);
    if (ieq(first, "streams") && rest.size() == 3)
        return handleStream(c, r, rest[1], rest[2]);
    if (ieq(first, "streamsets") && rest.size() == 2)
        return handleStreamSet(c, r, rest[1]);
    if (ieq(first, "system") && rest.size() == 1)
        return jsonResponse(200, "{\"Links\":{},\"ProductTitle\":\"PI Web API\",\"ProductVersion\":\"1.13.0.6518\","
                                 "\"Comment\":\"TurboPredict's test server\"}");
    if (ieq(first, "assetservers") && rest.size() == 1)
        return jsonResponse(200, "{\"Links\":{},\"Items\":[]}");
    if (ieq(first, "search") && rest.size() == 1)
        return jsonResponse(200, "{\"Links\":{}}");
    return errorResponse(404, "The requested resource was not found.");
}

// ---- authentication, the token endpoint, and what comes before routing

/** POST /connect/token: the OpenID Connect client_credentials grant (form body or Basic). */
Response handleToken(Core &core, const Request &r)
{
    if (core.opt.clientId.isEmpty())
        return errorResponse(404, "The requested resource was not found.");
    if (r.method != "POST")
        return errorResponse(405, QByteArray("The requested resource does not support http method '") + r.method
                                      + QByteArray("'."));
    const Pairs form = parseQuery(r.body);
    auto field = [&](const char *name) {
        for (const auto &f : form) {
            if (f.first == name)
                return f.second;
        }
        return QByteArray();
    };
    QByteArray id = field("client_id"), secret = field("client_secret");
    const QByteArray authorization = r.header("authorization").trimmed();
    if (authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        id = percentDecode(QByteArrayView(pair).first(std::max<qsizetype>(colon, 0)), true);
        secret = colon < 0 ? QByteArray() : percentDecode(QByteArrayView(pair).sliced(colon + 1), true);
    }
    auto oauthError = [](int status, const char *error) {
        return jsonResponse(status, QByteArray("{\"error\":\"") + QByteArray(error) + QByteArray("\"}"));
    };
    if (field("grant_type") != "client_credentials")
        return oauthError(400, "unsupported_grant_type");
    if (id != core.opt.clientId || secret != core.opt.clientSecret)
        return oauthError(401, "invalid_client");
    const QByteArray token = base64Url(QByteArray::number(QRandomGenerator::system()->generate64(), 36)
                                       + QByteArray::number(QRandomGenerator::system()->generate64(), 36));
    const int lifetime = std::max(1, core.opt.tokenLifetimeS);
    {
        QMutexLocker locker(&core.tokenMutex);
        core.tokens.insert(token, QDateTime::currentMSecsSinceEpoch() + lifetime * 1000LL);
    }
    JsonOut o(256);
    Obj obj(o);
    obj.key("access_token").str(token);
    obj.key("token_type").lit("\"Bearer\"");
    obj.key("expires_in").integer(lifetime);
    obj.end();
    Response answer = jsonResponse(200, o.take());
    answer.addHeader("Cache-Control", "no-store");
    return answer;
}

/** 401 unless the request carries the configured Basic credentials or a live Bearer token. */
std::optional<Response> checkAuthorization(Core &core, const Request &r)
{
    const bool basic = !core.opt.user.isEmpty(), bearer = !core.opt.clientId.isEmpty();
    if (!basic && !bearer)
        return std::nullopt;
    const QByteArray authorization = r.header("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = space < 0 ? authorization : authorization.left(space);
    const QByteArray credentials = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    bool badToken = false;
    if (basic && ieq(scheme, "Basic")
        && QByteArray::fromBase64(credentials) == core.opt.user + ':' + core.opt.password)
        return std::nullopt;
    if (bearer && ieq(scheme, "Bearer")) {
        QMutexLocker locker(&core.tokenMutex);
        if (core.tokens.value(credentials, 0) > QDateTime::currentMSecsSinceEpoch())
            return std::nullopt;
        badToken = true;
    }
    Response denied = errorResponse(401, "Authorization has been denied for this request.");
    denied.addHeader("WWW-Authenticate", "Negotiate");
    if (basic)
        denied.addHeader("WWW-Authenticate", "Basic realm=\"PI Web API\"");
    if (bearer)
        denied.addHeader("WWW-Authenticate", badToken ? QByteArray("Bearer error=\"invalid_token\"")
                                                      : QByteArray("Bearer"));
    return denied;
}

bool isDataRequest(const Request &r)
{
    QList<QByteArray> segments;
    for (const QByteArray &s : r.path.split('/')) {
        if (!s.isEmpty())
            segments << s;
    }
    return segments.size() >= 2 && ieq(segments[0], "piwebapi")
        && (ieq(segments[1], "streams") || ieq(segments[1], "streamsets") || ieq(segments[1], "batch"));
}

/** A whole HTTP request: token endpoint, authentication, CSRF, injected faults, then routing. */
Response serve(Core &core, const Request &r, const QByteArray &host)
{
    const QByteArray path = r.path.toLower();
    if (path == "/connect/token" || path == "/connect/token/")
        return handleToken(core, r);
    if (auto denied = checkAuthorization(core, r))
        return *denied;
    if (r.method != "GET" && r.method != "HEAD" && r.method != "OPTIONS" && !r.hasHeader("x-requested-with"))
        return errorResponse(403, "The request was refused: a request with the HTTP method '" + r.method
                                      + "' must carry an 'X-Requested-With' header (CSRF defence).");
    Ctx c(core);
    c.base = QByteArray(core.tls ? "https://" : "http://")
        + (host.isEmpty() ? QByteArray("127.0.0.1:") + QByteArray::number(core.port.load()) : host)
        + QByteArray("/piwebapi");
    c.nowMs = core.now();
    Fault fault;
    if (isDataRequest(r))
        fault = core.takeFault();
    if (fault.status != 0) {
        Response injected = errorResponse(fault.status, "The server could not answer (status injected by the test server).");
        if (fault.status == 429 || fault.status == 503)
            injected.addHeader("Retry-After", "1");
        return injected;
    }
    c.webException = fault.webException;
    QReadLocker locker(&core.lock);
    Response answer = handle(c, r, false);
    answer.drop = fault.drop;
    core.dataRequests += c.dataRequests;
    core.valuesServed += c.values;
    return answer;
}

// ================================================================== 7. HTTP on sockets

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 207: return "Multi-Status";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Request Entity Too Large";
    case 414: return "Request-URI Too Long";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

class Worker;

/** One client connection: parses HTTP/1.1 requests (keep-alive, Content-Length) and answers. */
class Connection : public QObject
{
public:
    Connection(Core &core, QTcpSocket *socket, Worker *worker);
    ~Connection() override;
    void abortNow()
    {
        m_closing = true;
        m_socket->abort();
        deleteLater();
    }

private:
    void onReadyRead()
    {
        if (m_core.down.load()) {
            abortNow();
            return;
        }
        m_in += m_socket->readAll();
        process();
    }
    void process();
    void fail(int status, const QByteArray &message)
    {
        send(errorResponse(status, message), true, false);
    }
    void send(const Response &r, bool close, bool headOnly);

    Core &m_core;
    QTcpSocket *m_socket;
    Worker *m_worker;
    QByteArray m_in;
    bool m_closing = false;
    bool m_continued = false;
    bool m_delaying = false; ///< an answer waits out Options::latencyMs
};

/** A thread's share of the connections. */
class Worker : public QObject
{
public:
    explicit Worker(Core &core) : m_core(core) {}
    ~Worker() override
    {
        // Before m_connections goes: each connection's destructor calls forget().
        const auto connections = m_connections;
        for (Connection *c : connections)
            delete c;
    }
    void adopt(qintptr descriptor)
    {
        QTcpSocket *socket = nullptr;
        if (m_core.tls) {
            auto *ssl = new QSslSocket;
            if (!ssl->setSocketDescriptor(descriptor)) {
                delete ssl;
                return;
            }
            ssl->setSslConfiguration(m_core.ssl);
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket;
            if (!socket->setSocketDescriptor(descriptor)) {
                delete socket;
                return;
            }
        }
        if (m_core.down.load()) {
            socket->abort();
            delete socket;
            return;
        }
        // Two writes (headers, body) must not wait for a delayed ACK.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(new Connection(m_core, socket, this));
    }
    void closeAll()
    {
        const auto connections = m_connections;
        for (Connection *c : connections)
            c->abortNow();
    }
    void forget(Connection *c) { m_connections.remove(c); }

private:
    Core &m_core;
    QSet<Connection *> m_connections;
};

Connection::Connection(Core &core, QTcpSocket *socket, Worker *worker)
    : QObject(worker), m_core(core), m_socket(socket), m_worker(worker)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::sslErrors, this, [](const QList<QSslError> &errors) {
            qCDebug(lcTestServer) << "TLS:" << errors;
        });
    }
}

Connection::~Connection() { m_worker->forget(this); }

void Connection::process()
{
    const qsizetype maxHeader = m_core.opt.maxRequestHeaderBytes;
    while (!m_closing && !m_delaying) {
        const qsizetype headerEnd = m_in.indexOf("\r\n\r\n");
        const qsizetype lineEnd = m_in.indexOf("\r\n");
        if (headerEnd < 0 && m_in.size() <= maxHeader)
            return; // more to come
        if (headerEnd < 0 || headerEnd > maxHeader) {
            if (lineEnd < 0 || lineEnd > maxHeader)
                fail(414, "The request URL is too long.");
            else
                fail(431, "The request's headers are too long.");
            return;
        }
        Request r;
        const QList<QByteArray> requestLine = m_in.left(lineEnd).split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            fail(400, "Bad request line.");
            return;
        }
        r.method = requestLine[0].toUpper();
        QByteArray target = requestLine[1];
        const QByteArray version = requestLine[2];
        qint64 contentLength = 0;
        bool chunked = false, expectContinue = false;
        QByteArray host;
        QList<QByteArray> connectionTokens;
        for (QByteArray line : m_in.mid(lineEnd + 2, headerEnd - lineEnd - 2).split('\n')) {
            line = line.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                contentLength = value.toLongLong();
            else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                chunked = true;
            else if (name == "expect" && value.toLower() == "100-continue")
                expectContinue = true;
            else if (name == "host")
                host = value;
            else if (name == "connection")
                for (const QByteArray &t : value.toLower().split(','))
                    connectionTokens << t.trimmed();
            r.headers.append({name, value});
        }
        if (chunked) {
            fail(411, "Chunked request bodies are not supported: send Content-Length.");
            return;
        }
        if (contentLength < 0 || contentLength > m_core.opt.maxRequestContentLength) {
            fail(413, "The request body is larger than MaxRequestContentLength.");
            return;
        }
        const qsizetype total = headerEnd + 4 + qsizetype(contentLength);
        if (m_in.size() < total) {
            if (expectContinue && !m_continued) {
                m_continued = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        m_continued = false;
        r.body = m_in.mid(headerEnd + 4, qsizetype(contentLength));
        m_in.remove(0, total);
        if (target.startsWith("http://") || target.startsWith("https://")) { // absolute-form
            const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
            target = slash < 0 ? QByteArray("/") : target.mid(slash);
        }
        const qsizetype q = target.indexOf('?');
        r.path = percentDecode(q < 0 ? QByteArrayView(target) : QByteArrayView(target).first(q), false);
        if (q >= 0)
            r.query = parseQuery(target.mid(q + 1));
        const bool keepAlive = version == "HTTP/1.1" ? !connectionTokens.contains("close")
                                                     : connectionTokens.contains("keep-alive");
        QElapsedTimer timer;
        timer.start();
        ++m_core.requests;
        const Response answer = serve(m_core, r, host);
        m_core.busyNs += timer.nsecsElapsed();
        if (m_core.opt.latencyMs > 0) {
            // The archive's time to answer a call (a real server's per-call cost): this
            // connection waits, the thread serves the others meanwhile.
            m_delaying = true;
            QTimer::singleShot(m_core.opt.latencyMs, this, [this, answer, close = !keepAlive, head = r.method == "HEAD"] {
                m_delaying = false;
                send(answer, close, head);
                process();
            });
            return;
        }
        send(answer, !keepAlive, r.method == "HEAD");
    }
}

void Connection::send(const Response &r, bool close, bool headOnly)
{
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    head += "Content-Type: " + r.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += "Server: tp-piwebapi-testserver\r\n";
    for (const auto &h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    qint64 bytes = 0;
    if (r.drop) {
        // Headers and part of the body, then the connection ends: a dead proxy or server.
        head += QByteArrayView(r.body).first(r.body.size() / 2);
        bytes = m_socket->write(head);
        m_socket->flush();
        m_closing = true;
        m_socket->disconnectFromHost();
    } else {
        if (!headOnly && r.body.size() < 65536) {
            head += r.body;
            bytes = m_socket->write(head);
        } else {
            bytes = m_socket->write(head);
            if (!headOnly)
                bytes += m_socket->write(r.body);
        }
        if (close) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    }
    m_core.bytesServed += std::max<qint64>(bytes, 0);
}

/** Accepts on 127.0.0.1 and hands each socket to the next worker thread. */
class Listener : public QTcpServer
{
public:
    Listener(Core &core, std::vector<Worker *> workers) : m_core(core), m_workers(std::move(workers)) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (m_core.down.load()) { // a dead server: accept, then close at once
            QTcpSocket socket;
            if (socket.setSocketDescriptor(descriptor))
                socket.abort();
            return;
        }
        Worker *worker = m_workers[m_next++ % m_workers.size()];
        QMetaObject::invokeMethod(worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
    }

private:
    Core &m_core;
    std::vector<Worker *> m_workers;
    size_t m_next = 0;
};

// ================================================================== 4b. building points

/** A unit's instruments, in the order addUnit() creates them (after RUN-STATUS). */
struct UnitTemplate {
    Kind kind;
    const char *letters, *suffix, *description, *pointType, *units;
    double base;
};

constexpr UnitTemplate kUnitTemplates[] = {
    {Kind::Speed, "SI", "", "compressor speed", "Float32", "rpm", 10200},
    {Kind::Flow, "FI", "", "suction flow", "Float64", "t/h", 125},
    {Kind::Pressure, "PI", "", "suction pressure", "Float32", "barg", 12.5},
    {Kind::Pressure, "PI", "", "discharge pressure", "Float32", "barg", 38},
    {Kind::Temperature, "TI", "", "suction temperature", "Float32", "degC", 35},
    {Kind::Temperature, "TI", "", "discharge temperature", "Float32", "degC", 118},
    {Kind::Temperature, "TIA", "A", "DE journal bearing temperature", "Float32", "degC", 82},
    {Kind::Temperature, "TIA", "B", "NDE journal bearing temperature", "Float32", "degC", 79},
    {Kind::Temperature, "TIA", "C", "thrust bearing temperature", "Float32", "degC", 76},
    {Kind::Vibration, "XI", "A", "DE radial vibration X", "Float32", "um", 28},
    {Kind::Vibration, "XI", "B", "DE radial vibration Y", "Float32", "um", 26},
    {Kind::Vibration, "XI", "C", "NDE radial vibration X", "Float32", "um", 22},
    {Kind::Vibration, "XI", "D", "NDE radial vibration Y", "Float32", "um", 21},
    {Kind::DiffPressure, "PDI", "", "suction strainer dP", "Float32", "kPa", 18},
    {Kind::Level, "LI", "", "lube oil reservoir level", "Int32", "%", 62},
    {Kind::Temperature, "TI", "", "lube oil supply temperature", "Float32", "degC", 48},
    {Kind::Pressure, "PI", "", "lube oil supply pressure", "Float32", "barg", 2.4},
    {Kind::Flow, "FI", "", "seal gas flow", "Float64", "Nm3/h", 45},
    {Kind::DiffPressure, "PDI", "", "seal gas filter dP", "Float32", "kPa", 35},
    {Kind::Speed, "SI", "", "turbine speed", "Float32", "rpm", 10150},
};

/** What addUnit() decides instead of the name-derived defaults. */
struct PointOverrides {
    Kind kind = Kind::Generic;
    double base = 0;
    int jitterMode = 0;
    quint64 unitSeed = 0;
};

std::unique_ptr<PointRec> buildPoint(const Core &core, PiTestPoint def, const PointOverrides *ov)
{
    auto rec = std::make_unique<PointRec>();
    const QByteArray upper = def.name.toUpper().toUtf8();
    rec->upperName = upper;
    rec->seed = hashBytes(upper);
    rec->kind = ov ? ov->kind : inferKind(def);
    const QList<QByteArray> parts = upper.split('.');
    rec->unitSeed = ov ? ov->unitSeed : (parts.size() >= 3 ? hashBytes(QByteArray(parts[0] + '.' + parts[1])) : rec->seed);
    rec->jitterMode = ov ? ov->jitterMode : int(rec->seed % 3);
    rec->interval = std::max<qint64>(1, def.intervalMs);
    def.intervalMs = rec->interval;
    rec->dataStart = core.opt.dataStart;
    rec->isInt = def.pointType.startsWith(QLatin1String("Int"), Qt::CaseInsensitive);

    const KindProfile &profile = profileOf(rec->kind);
    const double base = (ov && ov->base > 0) ? ov->base : profile.base * (0.9 + 0.2 * unit01(rec->seed));
    const double ratio = base / profile.base;
    const double hourMs = 3600.0 * 1000.0;
    rec->base = base;
    rec->followsRun = profile.followsRun && (ov || parts.size() >= 3);
    rec->ambient = profile.followsRun ? profile.ambient * (rec->kind == Kind::Temperature ? 1.0 : ratio) : base;
    rec->amp1 = profile.dailyAmp * ratio * (0.7 + 0.6 * unit01(mix64(rec->seed + 1)));
    rec->w1 = 2 * M_PI / (24 * hourMs);
    rec->ph1 = 2 * M_PI * unit01(mix64(rec->seed + 2));
    rec->amp2 = profile.amp2 * ratio * (0.7 + 0.6 * unit01(mix64(rec->seed + 3)));
    rec->w2 = 2 * M_PI / (profile.period2H * (0.8 + 0.4 * unit01(mix64(rec->seed + 4))) * hourMs);
    rec->ph2 = 2 * M_PI * unit01(mix64(rec->seed + 5));
    rec->noise = profile.noise * ratio;
    rec->scale = std::pow(10.0, rec->isInt ? 0 : profile.decimals);
    rec->lo = profile.lo;
    rec->hi = std::max(profile.hi, base * 3);
    rec->zero = 0;
    rec->span = std::max(profile.span, std::ceil(base * 1.5 / 10) * 10);
    if (rec->kind == Kind::Digital) {
        const QString set = def.digitalSetName;
        if (set.compare(QLatin1String("OnOff"), Qt::CaseInsensitive) == 0) {
            rec->ownStates = kOnOff;
            rec->ownCount = 2;
        } else if (set.compare(QLatin1String("Modes"), Qt::CaseInsensitive) == 0) {
            rec->ownStates = kModes;
            rec->ownCount = 3;
        } else {
            rec->ownStates = kRunStatus;
            rec->ownCount = 2;
            rec->runStatusSet = true;
            if (set.isEmpty())
                def.digitalSetName = QStringLiteral("RunStatus");
        }
        rec->step = true;
        rec->span = rec->ownCount - 1;
        def.engUnits.clear();
    } else if (rec->kind == Kind::Text) {
        def.engUnits.clear();
        rec->span = 0;
    } else if (def.engUnits.isEmpty()) {
        def.engUnits = QString::fromUtf8(profile.units);
    }
    if (rec->kind == Kind::Digital && def.pointType.compare(QLatin1String("Digital"), Qt::CaseInsensitive) != 0)
        def.pointType = QStringLiteral("Digital");

    const QByteArray path = "\\\\" + core.mainServer().name.toUtf8() + '\\' + def.name.toUtf8();
    rec->jsonName = jsonString(def.name.toUtf8());
    rec->jsonPath = jsonString(path);
    rec->jsonDescriptor = jsonString(def.descriptor.toUtf8());
    rec->jsonUnits = jsonString(def.engUnits.toUtf8());
    rec->jsonPointType = jsonString(def.pointType.toUtf8());
    rec->jsonDigitalSet = jsonString(def.digitalSetName.toUtf8());
    // Opaque: "F1DP", the server's GUID, a hash of the path (no readable name inside).
    rec->webId = "F1DP" + base64Url(QCryptographicHash::hash(core.mainServer().name.toUpper().toUtf8(), QCryptographicHash::Md5))
        + base64Url(QCryptographicHash::hash(path.toUpper(), QCryptographicHash::Sha1));
    rec->def = std::move(def);
    return rec;
}

} // namespace

// ================================================================== 8. PiWebApiTestServer

struct PiWebApiTestServer::Private {
    Core core;
    std::vector<QThread *> threads;
    std::vector<Worker *> workers;
    Listener *listener = nullptr;
    QString error;

    void insert(std::unique_ptr<PointRec> rec)
    {
        QWriteLocker locker(&core.lock);
        if (PointRec *existing = core.byName.value(rec->upperName)) {
            rec->id = existing->id;
            core.byWebId.remove(existing->webId);
            *existing = std::move(*rec);
            core.byWebId.insert(existing->webId, existing);
            return;
        }
        rec->id = int(core.points.size()) + 1;
        PointRec *p = rec.get();
        core.points.push_back(std::move(rec));
        core.byName.insert(p->upperName, p);
        core.byWebId.insert(p->webId, p);
        auto less = [](const PointRec *a, const PointRec *b) {
            const int c = a->def.name.compare(b->def.name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a->def.name < b->def.name;
        };
        core.sorted.insert(std::upper_bound(core.sorted.begin(), core.sorted.end(), p, less), p);
    }
};

PiWebApiTestServer::PiWebApiTestServer(Options o, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    Core &core = d->core;
    core.opt = std::move(o);
    core.zone = QTimeZone(core.opt.timeZone);
    if (!core.zone.isValid()) {
        qCWarning(lcTestServer) << "Unknown time zone" << core.opt.timeZone << "- using UTC";
        core.zone = QTimeZone::utc();
    }
    QStringList names{core.opt.dataServer};
    names += core.opt.extraDataServers;
    for (const QString &name : std::as_const(names)) {
        const QByteArray guid = QCryptographicHash::hash(name.toUpper().toUtf8(), QCryptographicHash::Md5);
        DataServerRec s;
        s.name = name;
        s.webId = "F1DS" + base64Url(guid);
        s.id = QUuid::fromRfc4122(guid).toString(QUuid::WithoutBraces).toLatin1();
        s.jsonName = jsonString(name.toUtf8());
        s.jsonPath = jsonString(QByteArray("\\\\" + name.toUtf8()));
        core.servers.push_back(s);
    }
    const int n = std::clamp(QThread::idealThreadCount(), 2, 6);
    for (int i = 0; i < n; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("PiWebApiTestServer-%1").arg(i));
        auto *worker = new Worker(core);
        worker->moveToThread(thread);
        thread->start();
        d->threads.push_back(thread);
        d->workers.push_back(worker);
    }
    d->listener = new Listener(core, d->workers);
    d->listener->moveToThread(d->threads.front());
}

PiWebApiTestServer::~PiWebApiTestServer()
{
    Listener *listener = d->listener;
    QMetaObject::invokeMethod(listener, [listener] {
        listener->close();
        delete listener;
    }, Qt::BlockingQueuedConnection);
    for (Worker *worker : d->workers) {
        QMetaObject::invokeMethod(worker, [worker] {
            worker->closeAll();
            delete worker;
        }, Qt::BlockingQueuedConnection);
    }
    for (QThread *thread : d->threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

void PiWebApiTestServer::addPoint(const PiTestPoint &p)
{
    d->insert(buildPoint(d->core, p, nullptr));
}

void PiWebApiTestServer::addUnit(const QString &plant, const QString &unit, int points, qint64 intervalMs)
{
    // "K-12-01" -> "12": the unit's number opens its ISA tags (12TIA-407A).
    QString digits;
    for (const QChar ch : unit) {
        if (ch.isDigit())
            digits += ch;
        else if (!digits.isEmpty())
            break;
    }
    const QString prefix = plant + QLatin1Char('.') + unit + QLatin1Char('.');
    PointOverrides ov;
    ov.unitSeed = hashBytes((plant + QLatin1Char('.') + unit).toUpper().toUtf8());
    for (int i = 0; i < points; ++i) {
        PiTestPoint p;
        if (i == 0) {
            p.name = prefix + QStringLiteral("RUN-STATUS.PV");
            p.descriptor = unit + QStringLiteral(" run status");
            p.pointType = QStringLiteral("Digital");
            p.digitalSetName = QStringLiteral("RunStatus");
            p.intervalMs = intervalMs * 5;
            ov.kind = Kind::Digital;
            ov.base = 0;
            ov.jitterMode = 0;
        } else {
            const size_t n = std::size(kUnitTemplates);
            const UnitTemplate &t = kUnitTemplates[size_t(i - 1) % n];
            const int repeat = (i - 1) / int(n);
            p.name = prefix + digits + QLatin1String(t.letters) + QLatin1Char('-') + QString::number(400 + i)
                + QLatin1String(t.suffix) + QStringLiteral(".PV");
            p.descriptor = unit + QLatin1Char(' ') + QLatin1String(t.description)
                + (repeat > 0 ? QStringLiteral(" (%1)").arg(repeat + 1) : QString());
            p.pointType = QLatin1String(t.pointType);
            p.engUnits = QString::fromUtf8(t.units);
            p.intervalMs = intervalMs;
            ov.kind = t.kind;
            ov.base = t.base;
            ov.jitterMode = i % 3;
        }
        d->insert(buildPoint(d->core, p, &ov));
    }
}

QList<PiTestPoint> PiWebApiTestServer::points() const
{
    QReadLocker locker(&d->core.lock);
    QList<PiTestPoint> out;
    out.reserve(qsizetype(d->core.sorted.size()));
    for (const PointRec *p : d->core.sorted)
        out.append(p->def);
    return out;
}

QString PiWebApiTestServer::webIdOf(const QString &pointName) const
{
    QReadLocker locker(&d->core.lock);
    const PointRec *p = d->core.pointByName(pointName);
    return p ? QString::fromLatin1(p->webId) : QString();
}

bool PiWebApiTestServer::listen(quint16 port)
{
    Core &core = d->core;
    if (!core.opt.tlsCertFile.isEmpty() || !core.opt.tlsKeyFile.isEmpty()) {
        if (!QSslSocket::supportsSsl()) {
            d->error = QStringLiteral("TLS is not available (no OpenSSL backend)");
            return false;
        }
        QFile certFile(core.opt.tlsCertFile), keyFile(core.opt.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            d->error = QStringLiteral("Cannot read the certificate or key file");
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            d->error = QStringLiteral("The certificate or key is not valid PEM");
            return false;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")}); // no HTTP/2, as PI Web API
        core.ssl = ssl;
        core.tls = true;
    }
    bool ok = false;
    QString error;
    Listener *listener = d->listener;
    QMetaObject::invokeMethod(listener, [&] {
        ok = listener->isListening() || listener->listen(QHostAddress::LocalHost, port);
        if (ok)
            core.port = listener->serverPort();
        else
            error = listener->errorString();
    }, Qt::BlockingQueuedConnection);
    d->error = error;
    return ok;
}

QString PiWebApiTestServer::errorString() const { return d->error; }

quint16 PiWebApiTestServer::port() const { return d->core.port.load(); }

QUrl PiWebApiTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/piwebapi")
                    .arg(d->core.tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port()));
}

void PiWebApiTestServer::setNow(qint64 utcMs) { d->core.fixedNow = utcMs; }

qint64 PiWebApiTestServer::now() const { return d->core.now(); }

QList<PiTestValue> PiWebApiTestServer::recordedTruth(const QString &pointName, qint64 from, qint64 to) const
{
    QReadLocker locker(&d->core.lock);
    QList<PiTestValue> out;
    const PointRec *p = d->core.pointByName(pointName);
    if (!p)
        return out;
    const qint64 k0 = firstAtOrAfter(*p, from);
    const qint64 k1 = std::min(lastAtOrBefore(*p, to), lastAtOrBefore(*p, d->core.now()));
    out.reserve(std::max<qint64>(0, k1 - k0 + 1));
    for (qint64 k = k0; k <= k1; ++k)
        out.append(toTestValue(*p, sampleAt(*p, k)));
    return out;
}

qint64 PiWebApiTestServer::recordedCount(const QString &pointName, qint64 from, qint64 to) const
{
    QReadLocker locker(&d->core.lock);
    const PointRec *p = d->core.pointByName(pointName);
    if (!p)
        return 0;
    const qint64 k0 = firstAtOrAfter(*p, from);
    const qint64 k1 = std::min(lastAtOrBefore(*p, to), lastAtOrBefore(*p, d->core.now()));
    return std::max<qint64>(0, k1 - k0 + 1);
}

void PiWebApiTestServer::injectWebException(int n)
{
    QMutexLocker locker(&d->core.faultMutex);
    d->core.pendingWebException += n;
}

void PiWebApiTestServer::injectStatus(int status, int n)
{
    QMutexLocker locker(&d->core.faultMutex);
    d->core.pendingStatusCode = status;
    d->core.pendingStatus += n;
}

void PiWebApiTestServer::injectDrop(int n)
{
    QMutexLocker locker(&d->core.faultMutex);
    d->core.pendingDrop += n;
}

void PiWebApiTestServer::setDown(bool down)
{
    d->core.down = down;
    if (down) {
        for (Worker *worker : d->workers)
            QMetaObject::invokeMethod(worker, [worker] { worker->closeAll(); }, Qt::QueuedConnection);
    }
}

PiWebApiTestServer::Stats PiWebApiTestServer::stats() const
{
    const Core &c = d->core;
    return Stats{c.requests.load(), c.dataRequests.load(), c.valuesServed.load(), c.bytesServed.load(), c.busyNs.load()};
}

void PiWebApiTestServer::resetStats()
{
    Core &c = d->core;
    c.requests = 0;
    c.dataRequests = 0;
    c.valuesServed = 0;
    c.bytesServed = 0;
    c.busyNs = 0;
}

} // namespace tptest
