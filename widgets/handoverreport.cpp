#include "handoverreport.h"

#include "presentation.h"

#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QFileInfo>
#include <QGraphicsScene>

namespace tp {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// One small chart of one series, painted into an image (no widget, no event loop).
QImage chartImage(const PlotSeries &series, const QString &title, qint64 from, qint64 to, const QString &unit)
{
    QChart chart;
    chart.setTitle(title);
    chart.legend()->hide();
    chart.setBackgroundRoundness(0);
    chart.setMargins(QMargins(2, 2, 2, 2));
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("HH:mm"));
    time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    auto *value = new QValueAxis;
    value->setTitleText(unit);
    chart.addAxis(time, Qt::AlignBottom);
    chart.addAxis(value, Qt::AlignLeft);
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    for (const auto &segment : series.segments) {
        auto *s = new QLineSeries;
        s->setPen(QPen(QColor(0x1f, 0x4e, 0x9a), 1.5));
        s->replace(QList<QPointF>(segment.cbegin(), segment.cend()));
        chart.addSeries(s);
        s->attachAxis(time);
        s->attachAxis(value);
        for (const QPointF &p : segment) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    if (lo <= hi) {
        const double pad = std::max(1e-6, (hi - lo) * 0.08);
        value->setRange(lo - pad, hi + pad);
        value->applyNiceNumbers();
    }
    QImage image(900, 260, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.resize(image.size());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(image.rect()), QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    scene.removeItem(&chart);
    return image;
}
} // namespace

HandoverData HandoverReport::collect(const QString &dataDir, const QList<std::pair<UnitConfig, UnitSnapshot>> &units,
                                     qint64 from, qint64 to, int width)
{
    HandoverData d;
    d.from = from;
    d.to = to;
    for (const auto &[unit, snapshot] : units) {
        HandoverUnit u;
        u.unit = unit;
        u.snapshot = snapshot;
        withUnitStore(dataDir, unit.unitId, [&](UnitStore &store) {
            u.log = store.alarmLog(from, to + 1, 500);
            u.annotations = store.annotations(from, to + 1);
            QStringList tags;
            for (const AlarmStatus &a : snapshot.alarms)
                if (a.isActive() && !tags.contains(a.tag) && tags.size() < 4)
                    tags.append(a.tag);
            tags.append(derivedTagName(unit, DerivedTag::Health));
            for (const QString &t : tags) {
                PlotSeries p;
                if (const auto id = store.tagId(t))
                    if (const auto dec = store.readDecimated(*id, from, to + 1, width))
                        p = plotSeries(*dec, 0);
                p.tag = t;
                u.trends.append(p);
            }
            return true;
        }, &u.error);
        d.units.append(u);
    }
    return d;
}

QString HandoverReport::html(const HandoverData &d, bool withImages)
{
    QString h;
    h += QStringLiteral("<html><body style='font-family:sans-serif; font-size:9pt'>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Shift handover")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Shift from %1 to %2; %n unit(s)", nullptr, int(d.units.size()))
                                                 .arg(Presentation::dateTime(d.from), Presentation::dateTime(d.to))));
    if (d.units.size() > 1) {
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(tr("Unit")), esc(tr("Health")), esc(tr("Mode")), esc(tr("Alarms")), esc(tr("Most urgent forecast")));
        for (const HandoverUnit &u : d.units) {
            const UnitSnapshot &s = u.snapshot;
            auto urgent = std::find_if(s.rul.cbegin(), s.rul.cend(), [](const RulSummary &r) { return r.state == u"beyond_limit"; });
            if (urgent == s.rul.cend())
                urgent = std::find_if(s.rul.cbegin(), s.rul.cend(), [](const RulSummary &r) { return r.state == u"forecast"; });
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(esc(s.unitId),
                          esc(s.healthIndex ? tr("%1 (%2)").arg(qRound(*s.healthIndex)).arg(s.healthGrade) : tr("none")),
                          esc(operatingModeText(s.mode)),
                          esc(tr("%n standing", nullptr, int(s.alarms.size())) + QStringLiteral(", ")
                              + tr("%n unacknowledged", nullptr, s.unacknowledgedCount())),
                          esc(urgent != s.rul.cend() ? tr("%1: %2").arg(Presentation::rulIndicator(*urgent), Presentation::rulText(*urgent))
                                                     : tr("no crossing forecast")));
        }
        h += QStringLiteral("</table>");
    }
    int image = 0;
    for (const HandoverUnit &u : d.units) {
        const UnitSnapshot &s = u.snapshot;
        if (d.units.size() > 1)
            h += QStringLiteral("<div style='page-break-before:always'></div>");
        h += QStringLiteral("<h2>%1 - %2</h2>").arg(esc(s.unitId), esc(s.description));
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("State %1; mode %2; health %3; data age %4; last refresh %5")
                                                     .arg(unitStateText(s.state), operatingModeText(s.mode),
                                                          s.healthIndex ? tr("%1 (%2)").arg(qRound(*s.healthIndex)).arg(s.healthGrade) : tr("none"),
                                                          s.freshnessMs < 0 ? tr("no data") : Presentation::age(s.freshnessMs),
                                                          Presentation::dateTime(s.lastRefreshAt))));
        if (!u.error.isEmpty())
            h += QStringLiteral("<p><b>%1</b></p>").arg(esc(u.error));
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Standing alarms")));
        if (s.alarms.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("None")));
        } else {
            h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                     .arg(esc(tr("Priority")), esc(tr("State")), esc(tr("Alarm")), esc(tr("Value at raise")), esc(tr("Since")),
                          esc(tr("Acknowledged")), esc(tr("Comment")));
            for (const AlarmStatus &a : s.alarms)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                         .arg(esc(Presentation::prioritySymbol(a.priority) + u' ' + Presentation::priorityText(a.priority)),
                              esc(alarmStateText(a.state)), esc(a.message), esc(Presentation::value(a.value, a.engineeringUnit)),
                              esc(Presentation::dateTime(a.raisedAt)),
                              esc(a.acknowledgedBy.isEmpty() ? QString() : tr("%1, %2").arg(a.acknowledgedBy, Presentation::dateTime(a.acknowledgedAt))),
                              esc(a.comment));
            h += QStringLiteral("</table>");
        }
        QStringList actions;
        for (const AlarmLogEntry &e : u.log)
            if (!e.actor.isEmpty())
                actions.append(tr("%1 %2 %3 %4%5").arg(Presentation::dateTime(e.ts), e.actor, Presentation::reasonText(e.reason),
                                                       e.message.isEmpty() ? e.alarm : e.message,
                                                       e.comment.isEmpty() ? QString() : QStringLiteral(": ") + e.comment)
                                   .toHtmlEscaped());
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Actions and comments this shift")));
        h += actions.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("None")))
                               : QStringLiteral("<ul><li>%1</li></ul>").arg(actions.join(QStringLiteral("</li><li>")));
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Annotations")));
        if (u.annotations.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("None")));
        for (const Annotation &a : u.annotations)
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("%1, %2: %3").arg(Presentation::dateTime(a.ts), a.author, a.text)));
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Remaining useful life")));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(esc(tr("Indicator")), esc(tr("Forecast")), esc(tr("Limit")));
        // Only what needs attention; the rest is counted.
        int quiet = 0;
        for (const RulSummary &r : s.rul) {
            if (r.state != u"forecast" && r.state != u"beyond_limit") {
                ++quiet;
                continue;
            }
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(Presentation::rulIndicator(r, true)), esc(Presentation::rulText(r)), esc(Presentation::rulLimit(r)));
        }
        h += QStringLiteral("</table>");
        if (quiet > 0)
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("%n other indicator(s): no crossing forecast (no significant trend, beyond the horizon or too little data).", nullptr, quiet)));
        if (withImages) {
            h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Trends of the alarming tags and the health index")));
            for (qsizetype i = 0; i < u.trends.size(); ++i)
                h += QStringLiteral("<p><img src='chart%1' width='640'></p>").arg(image++);
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

bool HandoverReport::writePdf(const HandoverData &d, const QString &path, QString *error)
{
    QTextDocument doc;
    int image = 0;
    for (const HandoverUnit &u : d.units) {
        for (const PlotSeries &p : u.trends) {
            const TagConfig *tag = u.unit.findTag(p.tag);
            const QString title = p.tag.contains(u"TP-HEALTH")    ? tr("%1 health index").arg(u.unit.unitId)
                                  : p.tag.contains(u"TP-ANOMALY") ? tr("%1 anomaly index (1 = limit)").arg(u.unit.unitId)
                                                                  : tr("%1 %2").arg(Presentation::shortTag(p.tag), tag ? tag->description : QString());
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart%1").arg(image++)),
                            chartImage(p, title, d.from, d.to, tag ? tag->engineeringUnit : QString()));
        }
    }
    doc.setHtml(html(d, true));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("Shift handover"));
    writer.setCreator(QStringLiteral("TurboPredict"));
    doc.print(&writer);
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0) {
        if (error)
            *error = tr("%1: the report could not be written").arg(path);
        return false;
    }
    return true;
}

} // namespace tp
