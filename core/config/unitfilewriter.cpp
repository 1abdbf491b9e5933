#include "config/unitfilewriter.h"

#include "config/duration.h"
#include "config/tagkind.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace tp {

namespace {

/** One scalar as YAML writes it (quoted when plain text would be read differently). */
QString scalar(const QString &text)
{
    YAML::Emitter out;
    out << text.toStdString();
    return QString::fromStdString(out.c_str());
}

/** The instrument part of PLANT.UNIT.TAG.ATTR (or the name itself). */
QString instrumentOf(const QString &name)
{
    const QStringList parts = name.split(u'.');
    return parts.size() >= 3 ? parts.at(parts.size() - 2) : name;
}

/** A comment's text on one line (a file name or a state set name may hold a line break). */
QString oneLine(QString text)
{
    text.replace(u'\r', u' ').replace(u'\n', u' ');
    return text;
}

} // namespace

bool UnitFileWriter::isValidUnitId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    return valid.match(id).hasMatch();
}

void UnitFileWriter::guessRoles(UnitDraft &draft)
{
    const bool hasSpeed = std::any_of(draft.tags.cbegin(), draft.tags.cend(), [](const UnitDraft::Tag &t) { return t.role == TagRole::Speed; });
    const bool hasFlow = std::any_of(draft.tags.cbegin(), draft.tags.cend(), [](const UnitDraft::Tag &t) { return t.role == TagRole::MainFlow; });
    // An indicator (…I…), a process value: S.I-401 speed, F.I-402 flow; recycle and anti-surge
    // flows and controller outputs are not the unit's main flow.
    static const QRegularExpression indicator(QStringLiteral("^\\d*[A-Z]*I"));
    auto candidate = [](const UnitDraft::Tag &t, TagKind kind) {
        if (deriveTagKind(t.name) != kind || t.name.endsWith(QLatin1StringView(".MV"), Qt::CaseInsensitive)
            || t.name.endsWith(QLatin1StringView(".SP"), Qt::CaseInsensitive))
            return false;
        const QString d = t.description.toLower();
        return !d.contains(QLatin1StringView("recycle")) && !d.contains(QLatin1StringView("surge"))
            && !d.contains(QLatin1StringView("setpoint")) && !d.contains(QLatin1StringView("output"));
    };
    if (!hasSpeed) {
        for (UnitDraft::Tag &t : draft.tags) {
            if (candidate(t, TagKind::Speed) && indicator.match(instrumentOf(t.name)).hasMatch()) {
                t.role = TagRole::Speed;
                break;
            }
        }
    }
    if (!hasFlow) {
        for (UnitDraft::Tag &t : draft.tags) {
            if (candidate(t, TagKind::Flow) && indicator.match(instrumentOf(t.name)).hasMatch()) {
                t.role = TagRole::MainFlow;
                break;
            }
        }
    }
}

QString UnitFileWriter::yaml(const UnitDraft &draft)
{
    QString y;
    for (const QString &note : draft.notes)
        y += u"# " + oneLine(note) + u'\n';
    y += tr("# Every key is explained in README.md. Fill in the limits and normal ranges you know;\n"
            "# `turbopredictd check-config` says what is wrong, with the line.\n");
    y += u"unit_id: " + scalar(draft.unitId) + u'\n';
    y += u"plant: " + scalar(draft.plant) + u'\n';
    if (!draft.description.isEmpty())
        y += u"description: " + scalar(draft.description) + u'\n';
    if (!draft.timeZone.isEmpty())
        y += u"timezone: " + scalar(QString::fromLatin1(draft.timeZone)) + u'\n';
    y += QStringLiteral("refresh_interval: 5m\n");
    const SourceConfig &s = draft.source;
    y += QStringLiteral("source:\n  type: ") + sourceTypeId(s.type) + u'\n';
    auto key = [&y](const char *name, const QString &value) {
        if (!value.isEmpty())
            y += QStringLiteral("  ") + QLatin1StringView(name) + QStringLiteral(": ") + scalar(value) + u'\n';
    };
    if (s.type == SourceType::PiWebApi) {
        key("url", s.url);
        key("data_server", s.dataServer);
        key("auth", piAuthId(s.piAuth));
        key("user", s.piUser);
        key("password_file", s.passwordFile);
        key("token_url", s.tokenUrl);
        key("client_id", s.clientId);
        key("client_secret_file", s.clientSecretFile);
        key("ca_file", s.caFile);
        key("history", formatDuration(s.history));
        key("mode", s.interpolated ? QStringLiteral("interpolated") : QStringLiteral("recorded"));
        if (s.interpolated)
            key("interval", formatDuration(s.interval));
        if (s.maxItemsPerCall != 150'000)
            key("max_items_per_call", QString::number(s.maxItemsPerCall));
    } else {
        key("path", draft.sourcePathText.isEmpty() ? s.path : draft.sourcePathText);
        key("sheet", s.sheet);
        if (!s.layout.isEmpty() && s.layout != u"auto")
            key("layout", s.layout);
    }
    y += QStringLiteral("tags:\n");
    for (const UnitDraft::Tag &t : draft.tags) {
        for (const QString &note : t.notes)
            y += QStringLiteral("  # ") + oneLine(note) + u'\n';
        y += QStringLiteral("  - name: ") + scalar(t.name) + u'\n';
        if (!t.description.isEmpty())
            y += QStringLiteral("    description: ") + scalar(t.description) + u'\n';
        if (!t.engineeringUnit.isEmpty())
            y += QStringLiteral("    unit: ") + scalar(t.engineeringUnit) + u'\n';
        const TagKind kind = deriveTagKind(t.name);
        y += QStringLiteral("    # kind: %1   (from the ISA letters; set it when that is wrong)\n").arg(tagKindId(kind));
        if (t.role != TagRole::None)
            y += QStringLiteral("    role: %1   # guessed: the unit's %2\n")
                     .arg(tagRoleId(t.role),
                          t.role == TagRole::Speed ? QStringLiteral("main speed") : QStringLiteral("main flow"));
        y += QStringLiteral("    # normal: [LOW, HIGH]\n"
                            "    # limits: {lo: VALUE, hi: VALUE, hihi: {value: VALUE, priority: critical}}\n");
    }
    return y;
}

} // namespace tp
