#include "runtime/storequery.h"

#include "analysis/robuststats.h"

#include <limits>

namespace tp {

qint64 PlotSeries::points() const
{
    qint64 n = 0;
    for (const auto &s : segments)
        n += qint64(s.size());
    return n;
}

PlotSeries plotSeries(const DecimatedSeries &series, qint64 gapMs)
{
    PlotSeries out;
    out.source = series.source;
    if (gapMs <= 0) {
        // Auto: three times the typical distance between filled buckets (the column width for
        // dense data, the sampling interval when zoomed in beyond it).
        std::vector<double> steps;
        qint64 previous = -1;
        for (const DecimatedBucket &b : series.buckets) {
            if (b.count == 0)
                continue;
            if (previous >= 0)
                steps.push_back(double(b.start - previous));
            previous = b.start;
        }
        gapMs = steps.empty() ? std::numeric_limits<qint64>::max() : qint64(3 * median(std::move(steps))) + 1;
    }
    std::vector<QPointF> current;
    qint64 lastStart = -1;
    auto close = [&] {
        if (!current.empty())
            out.segments.push_back(std::move(current));
        current.clear();
    };
    for (const DecimatedBucket &b : series.buckets) {
        if (b.count == 0) {
            if (b.badCount > 0) {
                close();
                if (!out.bad.empty() && out.bad.back().second >= b.start)
                    out.bad.back().second = b.end;
                else
                    out.bad.emplace_back(b.start, b.end);
            }
            continue;
        }
        if (lastStart >= 0 && b.start - lastStart > gapMs)
            close();
        const double mid = double(b.start + b.end) / 2.0;
        if (b.min == b.max) {
            current.emplace_back(mid, b.min);
        } else {
            current.emplace_back(mid, b.min);
            current.emplace_back(mid, b.max);
        }
        lastStart = b.start;
    }
    close();
    return out;
}

} // namespace tp
