#include "ingest/exportdiscovery.h"

#include "ingest/importer.h"
#include "storage/unitstore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

namespace tp {

ExportDiscoveryResult ExportDiscovery::discover(const QString &file, const QString &unitId, const QString &plant,
                                                const QByteArray &timeZone, const QString &sheet,
                                                const QString &sourcePathText)
{
    ExportDiscoveryResult result;
    const QFileInfo info(file);
    if (!info.isFile()) {
        result.error = tr("%1: the file does not exist").arg(QDir::toNativeSeparators(file));
        return result;
    }
    const bool csv = info.suffix().compare(QLatin1StringView("csv"), Qt::CaseInsensitive) == 0;
    UnitConfig unit;
    unit.unitId = unitId;
    unit.plant = plant;
    unit.timeZone = timeZone;
    unit.source.type = csv ? SourceType::Csv : SourceType::Xlsx;
    unit.source.path = info.absoluteFilePath();
    unit.source.sheet = sheet;

    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        result.error = tr("no scratch folder for reading %1: %2").arg(QDir::toNativeSeparators(file), scratch.errorString());
        return result;
    }
    // 1. The header's tags: a unit without tags matches no column, and says which there are.
    QStringList names;
    {
        UnitStore store(unitId);
        if (!store.open(scratch.filePath(QStringLiteral("discover.sqlite")))) {
            result.error = store.errorString();
            return result;
        }
        Importer importer(store, unit);
        ImportOptions options;
        options.sheet = sheet;
        options.previewOnly = true;
        const ImportSummary preview = importer.importFile(unit.source.path, options);
        for (const QString &name : preview.unmatchedTags) {
            if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
                names.append(name);
        }
        if (names.isEmpty()) {
            result.error = preview.error.isEmpty() ? tr("%1: no tag names in the header").arg(QDir::toNativeSeparators(file))
                                                   : preview.error;
            return result;
        }
        result.draft.source.sheet = preview.sheet.isEmpty() ? sheet : preview.sheet;
        store.close();
    }
    // 2. The whole file, as the unit will read it, for each tag's first and last time.
    for (const QString &name : std::as_const(names)) {
        TagConfig t;
        t.name = name;
        unit.tags.append(t);
    }
    UnitStore store(unitId);
    if (!store.open(scratch.filePath(QStringLiteral("read.sqlite"))) || !store.syncTags(unit.tags)) {
        result.error = store.errorString();
        return result;
    }
    Importer importer(store, unit);
    ImportOptions options;
    options.sheet = sheet;
    const ImportSummary summary = importer.importFile(unit.source.path, options);
    if (!summary.ok) {
        result.error = summary.error;
        return result;
    }
    result.values = summary.valuesRead;
    const QTimeZone zone = timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(timeZone);
    auto shown = [&zone](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    };
    UnitDraft &d = result.draft;
    d.unitId = unitId;
    d.plant = plant;
    d.timeZone = timeZone;
    d.source.type = unit.source.type;
    d.source.path = unit.source.path;
    d.source.layout = summary.layout;
    d.sourcePathText = sourcePathText;
    d.notes.append(tr("Written by turbopredictd discover-file from %1 (%2, %3 layout, %n data row(s)).", nullptr, int(summary.rowsRead))
                       .arg(info.fileName(), summary.sheet.isEmpty() ? QStringLiteral("CSV") : tr("sheet %1").arg(summary.sheet), summary.layout));
    if (timeZone.isEmpty())
        d.notes.append(tr("No timezone was given: the file's local times were read as UTC. Set timezone to the plant's zone."));
    const QList<LatestValue> latest = store.latestValues();
    for (const QString &name : std::as_const(names)) {
        UnitDraft::Tag t;
        t.name = name;
        const auto id = store.tagId(name);
        // First time, last time and counts without reading every sample.
        const auto first = id ? store.readRange(*id, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), 1)
                              : std::optional<QList<Sample>>();
        qint64 lastTs = 0;
        for (const LatestValue &l : latest) {
            if (id && l.tagId == *id)
                lastTs = l.sample.ts;
        }
        const auto totals = first && !first->isEmpty() ? store.readDecimated(*id, first->constFirst().ts, lastTs + 1, 1)
                                                       : std::optional<DecimatedSeries>();
        if (totals) {
            qint64 good = 0, states = 0;
            for (const DecimatedBucket &b : totals->buckets) {
                good += b.count;
                states += b.badCount;
            }
            t.notes.append(tr("%1 to %2, %n value(s)", nullptr, int(good + states))
                               .arg(shown(first->constFirst().ts), shown(lastTs))
                           + tr(", %n digital state(s)", nullptr, int(states)));
        } else {
            t.notes.append(tr("no values in the file"));
        }
        d.tags.append(t);
    }
    UnitFileWriter::guessRoles(d);
    result.ok = true;
    return result;
}

} // namespace tp
