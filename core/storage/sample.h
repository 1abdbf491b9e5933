#pragma once

#include <QtGlobal>

namespace tp {

/** Quality code of a good sample; other codes name a historian state or error text. */
inline constexpr int GoodQuality = 0;

/** One stored value: tag, UTC milliseconds, value (NaN when quality is not good). */
struct Sample {
    qint64 tagId = 0;
    qint64 ts = 0;
    double value = 0.0;
    int quality = GoodQuality;

    friend bool operator==(const Sample &, const Sample &) = default;
};

} // namespace tp
