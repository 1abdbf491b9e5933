#include "duration.h"

#include <limits>

namespace tp {

namespace {
struct UnitFactor {
    QStringView suffix;
    qint64 ms;
};
// Longest suffix first so that "ms" is not read as "m" + "s".
constexpr UnitFactor kUnits[] = {
    {u"ms", 1}, {u"s", 1000}, {u"m", 60'000}, {u"h", 3'600'000}, {u"d", 86'400'000},
};
} // namespace

std::optional<std::chrono::milliseconds> parseDuration(QStringView text)
{
    text = text.trimmed();
    qsizetype digits = 0;
    while (digits < text.size() && text[digits].isDigit() && text[digits].unicode() < 128)
        ++digits;
    if (digits == 0 || digits > 12)
        return std::nullopt;
    const QStringView suffix = text.mid(digits);
    bool ok = false;
    const qint64 number = text.left(digits).toLongLong(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    for (const UnitFactor &unit : kUnits) {
        if (suffix == unit.suffix) {
            if (number > std::numeric_limits<qint64>::max() / unit.ms)
                return std::nullopt;
            return std::chrono::milliseconds(number * unit.ms);
        }
    }
    return std::nullopt;
}

QString formatDuration(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    for (auto it = std::rbegin(kUnits); it != std::rend(kUnits); ++it) {
        if (ms != 0 && ms % it->ms == 0)
            return QString::number(ms / it->ms) + it->suffix.toString();
    }
    return QString::number(ms) + u"ms";
}

} // namespace tp
