#include "pi/pitime.h"

#include <QDateTime>
#include <QTimeZone>

namespace tp {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil):
// PI answers carry millions of timestamps, and QDateTime's parser costs a microsecond each.
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

bool digits(QByteArrayView s, qsizetype at, qsizetype n, int *out)
{
    if (at + n > s.size())
        return false;
    int v = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

} // namespace

std::optional<qint64> parsePiTimestamp(QByteArrayView s)
{
    // yyyy-MM-ddTHH:mm:ss[.fffffff](Z|+hh:mm|-hh:mm)
    int year, month, day, hour, minute, second;
    if (!digits(s, 0, 4, &year) || s.size() < 20 || s[4] != '-' || !digits(s, 5, 2, &month)
        || s[7] != '-' || !digits(s, 8, 2, &day) || (s[10] != 'T' && s[10] != ' ')
        || !digits(s, 11, 2, &hour) || s[13] != ':' || !digits(s, 14, 2, &minute) || s[16] != ':'
        || !digits(s, 17, 2, &second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    qsizetype at = 19;
    int ms = 0;
    if (at < s.size() && s[at] == '.') {
        ++at;
        int n = 0;
        while (at < s.size() && s[at] >= '0' && s[at] <= '9') {
            if (n < 3)
                ms = ms * 10 + (s[at] - '0');
            ++n;
            ++at;
        }
        if (n == 0)
            return std::nullopt;
        for (int i = n; i < 3; ++i)
            ms *= 10;
    }
    qint64 offsetMs = 0;
    if (at < s.size() && s[at] == 'Z') {
        ++at;
    } else if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
        const int sign = s[at] == '-' ? -1 : 1;
        int oh, om;
        if (!digits(s, at + 1, 2, &oh) || at + 3 >= s.size() || s[at + 3] != ':'
            || !digits(s, at + 4, 2, &om))
            return std::nullopt;
        offsetMs = sign * (qint64(oh) * 3600 + qint64(om) * 60) * 1000;
        at += 6;
    } else {
        return std::nullopt; // no zone: never guess the server's
    }
    if (at != s.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    return ((days * 24 + hour) * 60 + minute) * 60'000 + qint64(second) * 1000 + ms - offsetMs;
}

QByteArray formatPiTimestamp(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
        .toLatin1();
}

} // namespace tp
