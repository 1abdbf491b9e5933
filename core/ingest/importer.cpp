#include "importer.h"

#include "ingest/csvreader.h"
#include "ingest/localtime.h"
#include "ingest/rowpipe.h"
#include "ingest/xlsxreader.h"
#include "logging.h"
#include "storage/unitstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cmath>
#include <memory>
#include <thread>
#include <vector>

namespace tp {

namespace {

constexpr int kMaxWarnings = 200;
constexpr int kLookaheadRows = 200;

bool isGenericLabel(const QString &text)
{
    static const QStringList labels{QStringLiteral("time"), QStringLiteral("timestamp"),
                                    QStringLiteral("date"), QStringLiteral("datetime"),
                                    QStringLiteral("date/time"), QStringLiteral("value"),
                                    QStringLiteral("values"), QStringLiteral("tag")};
    return labels.contains(text.trimmed(), Qt::CaseInsensitive);
}

/** The historian tag in a header: `\\server\TAG` and `\\server\TAG|attr` give TAG. */
QString headerTagName(const QString &header)
{
    QString name = header.trimmed();
    const qsizetype slash = name.lastIndexOf(u'\\');
    if (slash >= 0)
        name = name.mid(slash + 1);
    return name.section(u'|', 0, 0).trimmed();
}

struct ColumnMap {
    qsizetype timeColumn = 0;
    qsizetype valueColumn = 0;
    qint64 tagId = 0;
};

/** Hex SHA-256 of a file's bytes, streamed; empty when it cannot be read. */
QString fileSha256(const QString &path, QString *error = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return QString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

qint64 firstNonEmpty(const RawRow &row)
{
    for (qsizetype c = 0; c < row.cells.size(); ++c) {
        if (!row.cells[c].isEmpty())
            return c;
    }
    return -1;
}

/** Columns up to the last non-empty cell: a trailing delimiter adds none. */
qsizetype usedWidth(const RawRow &row)
{
    qsizetype width = row.cells.size();
    while (width > 0 && row.cells[width - 1].isEmpty())
        --width;
    return width;
}

void listRow(qint64 *count, QList<qint64> *numbers, qint64 row)
{
    if (numbers->size() < ImportSummary::ListedRows)
        numbers->append(row);
    ++*count;
}

QString rowList(const QList<qint64> &numbers, qint64 count)
{
    QStringList texts;
    for (qint64 n : numbers)
        texts.append(QString::number(n));
    if (count > numbers.size())
        texts.append(QStringLiteral("..."));
    return texts.join(QStringLiteral(", "));
}

} // namespace

Importer::Importer(UnitStore &store, const UnitConfig &unit) : m_store(store), m_unit(unit) {}

ImportSummary Importer::importFile(const QString &path, const ImportOptions &options,
                                   const std::function<void(const ImportProgress &)> &progress,
                                   const std::atomic_bool *cancel)
{
    ImportSummary summary;
    summary.file = QFileInfo(path).fileName();
    QString readError;
    summary.sha256 = fileSha256(path, &readError);
    if (summary.sha256.isEmpty()) {
        summary.error = tr("%1: cannot be read: %2").arg(summary.file, readError);
        return summary;
    }
    QFile file(path);
    const bool isZip = file.open(QIODevice::ReadOnly) && file.peek(4) == QByteArrayView("PK\x03\x04", 4);
    file.close();

    const QString suffix = QFileInfo(path).suffix().toLower();
    std::unique_ptr<TableReader> reader;
    if (suffix == u"xlsx" || suffix == u"xlsm" || (isZip && suffix != u"csv")) {
        auto xlsx = std::make_unique<XlsxReader>();
        const QString sheet = !options.sheet.isEmpty() ? options.sheet : m_unit.source.sheet;
        if (!xlsx->open(path, sheet)) {
            summary.error = tr("%1: %2").arg(summary.file, xlsx->errorString());
            return summary;
        }
        summary.sheet = xlsx->sheetName();
        reader = std::move(xlsx);
    } else {
        auto csv = std::make_unique<CsvReader>();
        if (!csv->open(path)) {
            summary.error = tr("%1: %2").arg(summary.file, csv->errorString());
            return summary;
        }
        reader = std::move(csv);
    }
    return importRows(*reader, summary, options, progress, cancel);
}

QList<ImportSummary> Importer::importFolder(const QString &directory, const QString &pattern,
                                           const ImportOptions &options, const std::atomic_bool *cancel,
                                           const std::function<void(const ImportProgress &)> &progress)
{
    QList<ImportSummary> results;
    const QDir dir(directory);
    if (!dir.exists()) {
        ImportSummary s;
        s.file = QDir::toNativeSeparators(directory);
        s.error = tr("%1: the folder does not exist").arg(s.file);
        results.append(s);
        return results;
    }
    const QStringList names = dir.entryList(pattern.split(u';', Qt::SkipEmptyParts), QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (cancel && cancel->load())
            break;
        if (auto summary = importFileIfNew(dir.filePath(name), options, cancel, progress))
            results.append(*summary);
    }
    return results;
}

std::optional<ImportSummary> Importer::importFileIfNew(const QString &path, const ImportOptions &options,
                                                       const std::atomic_bool *cancel,
                                                       const std::function<void(const ImportProgress &)> &progress)
{
    const QString sha256 = fileSha256(path);
    if (sha256.isEmpty())
        return std::nullopt; // not readable now (being written?); the next refresh takes it
    if (m_store.hasCompleteImport(sha256))
        return std::nullopt;
    return importFile(path, options, progress, cancel);
}

ImportSummary Importer::importRows(TableReader &reader, ImportSummary summary,
                                   const ImportOptions &options,
                                   const std::function<void(const ImportProgress &)> &progress,
                                   const std::atomic_bool *cancel)
{
    auto warn = [&](const QString &message) {
        if (summary.warnings.size() < kMaxWarnings)
            summary.warnings.append(message);
        ++summary.warningCount;
    };
    auto failWith = [&](const QString &message) {
        summary.error = message;
        summary.ok = false;
        return summary;
    };

    // 1. Look ahead to the first data row: the first row whose first cell is a date-time.
    QList<RawRow> head;
    RawRow row; // lookahead only; the parser thread has its own
    qsizetype dataIndex = -1;
    while (head.size() < kLookaheadRows && reader.readRow(row)) {
        head.append(row);
        const qint64 first = firstNonEmpty(row);
        if (first < 0)
            continue;
        const Cell &cell = row.cells[first];
        if (cell.type == Cell::Type::DateTime) {
            dataIndex = head.size() - 1;
            break;
        }
        // A number under a header where a time belongs: the time column is not formatted as
        // a date. Say so with the cell and its format.
        if (cell.type == Cell::Type::Number && head.size() >= 2 && first == 0) {
            auto *xlsx = dynamic_cast<XlsxReader *>(&reader);
            const QString ref = reader.cellReference(row.number, first);
            if (xlsx)
                return failWith(tr("%1: %2: date cell has format \"%3\"")
                                    .arg(summary.file, ref, xlsx->formatCode(cell.style)));
            return failWith(tr("%1: %2: \"%3\" is not a date and time")
                                .arg(summary.file, ref, cell.text.isEmpty() ? QString::number(cell.number) : cell.text));
        }
    }
    if (!reader.errorString().isEmpty())
        return failWith(tr("%1: %2").arg(summary.file, reader.errorString()));
    if (dataIndex < 0)
        return failWith(tr("%1: no data found: no row in the first %2 starts with a date and time")
                            .arg(reader.location())
                            .arg(kLookaheadRows));
    const RawRow &firstData = head[dataIndex];

    // 2. Layout: compressed when every even column of the first data row holds a time.
    bool compressed = false;
    if (options.layout == u"compressed") {
        compressed = true;
    } else if (options.layout == u"auto") {
        int pairs = 0;
        bool allPairs = true;
        for (qsizetype c = 0; c < firstData.cells.size(); c += 2) {
            if (firstData.at(c).isEmpty() && firstData.at(c + 1).isEmpty())
                continue;
            if (firstData.at(c).type == Cell::Type::DateTime && firstData.at(c + 1).type != Cell::Type::DateTime)
                ++pairs;
            else
                allPairs = false;
        }
        compressed = allPairs && pairs >= 2;
    }
    summary.layout = compressed ? QStringLiteral("compressed") : QStringLiteral("sampled");

    // 3. Header names: the nearest non-generic text above the first data row.
    auto headerAt = [&](qsizetype column, qint64 *rowNumber) -> QString {
        for (qsizetype r = dataIndex - 1; r >= 0 && r >= dataIndex - 6; --r) {
            const Cell &cell = head[r].at(column);
            if (cell.type == Cell::Type::Text && !cell.text.trimmed().isEmpty()
                && !isGenericLabel(cell.text)) {
                *rowNumber = head[r].number;
                return cell.text;
            }
        }
        return QString();
    };
    std::vector<ColumnMap> maps;
    auto mapColumn = [&](qsizetype timeColumn, qsizetype valueColumn, qsizetype nameColumn,
                         qsizetype altNameColumn) {
        qint64 headerRow = 0;
        QString header = headerAt(nameColumn, &headerRow);
        qsizetype where = nameColumn;
        if (header.isEmpty() && altNameColumn >= 0) {
            header = headerAt(altNameColumn, &headerRow);
            where = altNameColumn;
        }
        if (header.isEmpty())
            return;
        const std::optional<qint64> id = m_store.tagId(headerTagName(header));
        if (!id) {
            summary.unmatchedColumns.append(
                QStringLiteral("%1 (%2)").arg(header.simplified(), reader.cellReference(headerRow, where)));
            summary.unmatchedTags.append(headerTagName(header));
            return;
        }
        maps.push_back({timeColumn, valueColumn, *id});
        summary.mappedTags.append(headerTagName(header));
    };
    qsizetype width = 0; // the header's: a data row wider than it has extra columns
    for (const RawRow &r : std::as_const(head))
        width = std::max(width, usedWidth(r));
    if (compressed) {
        for (qsizetype c = 0; c + 1 < width; c += 2)
            mapColumn(c, c + 1, c + 1, c);
    } else {
        const qsizetype timeColumn = firstNonEmpty(firstData);
        for (qsizetype c = timeColumn + 1; c < width; ++c)
            mapColumn(timeColumn, c, c, -1);
    }
    if (maps.empty())
        return failWith(tr("%1: no column matches a tag of unit %2 (unmatched: %3)")
                            .arg(reader.location(), m_unit.unitId,
                                 summary.unmatchedColumns.isEmpty()
                                     ? tr("none")
                                     : summary.unmatchedColumns.join(QStringLiteral(", "))));

    if (options.previewOnly) {
        summary.ok = true;
        return summary;
    }

    // 4. Rows.
    ImportRecord record;
    record.source = dynamic_cast<XlsxReader *>(&reader) ? QStringLiteral("xlsx") : QStringLiteral("csv");
    record.fileName = summary.file;
    record.sha256 = summary.sha256;
    record.sheet = summary.sheet;
    record.layout = summary.layout;
    record.status = QStringLiteral("running");
    const std::optional<qint64> recordId = m_store.addImport(record);
    if (!recordId)
        return failWith(tr("%1: %2").arg(summary.file, m_store.errorString()));
    record.id = *recordId;
    summary.importId = record.id;
    QHash<qint64, QString> tagNames;
    for (const auto &[name, id] : m_store.tagIds().asKeyValueRange())
        tagNames.insert(id, name);
    auto sampleText = [&](const Sample &s) {
        return s.quality == GoodQuality ? QString::number(s.value, 'g', QLocale::FloatingPointShortest)
                                        : m_store.qualityName(s.quality);
    };

    LocalTimeConverter clock(m_unit.timeZone);
    QHash<QString, int> qualityCache;
    std::vector<Sample> batch;
    batch.reserve(static_cast<size_t>(options.batchValues) + 1024);
    QHash<qsizetype, qint64> lastTs; // per time column
    summary.firstTs = std::numeric_limits<qint64>::max();
    summary.lastTs = std::numeric_limits<qint64>::min();

    auto updateRecord = [&](const QString &status, const QString &message) {
        record.rowsRead = summary.rowsRead;
        record.valuesStored = summary.valuesStored;
        record.valuesUnchanged = summary.valuesUnchanged;
        record.valuesReplaced = summary.valuesReplaced;
        record.valuesSkipped = summary.valuesSkipped;
        record.firstTs = summary.firstTs == std::numeric_limits<qint64>::max() ? 0 : summary.firstTs;
        record.lastTs = summary.lastTs == std::numeric_limits<qint64>::min() ? 0 : summary.lastTs;
        record.status = status;
        record.message = message;
        record.finishedAt = status == u"running" ? 0 : QDateTime::currentMSecsSinceEpoch();
        m_store.updateImport(record);
    };
    qint64 bytesRead = 0;
    const qint64 totalBytes = reader.bytesTotal();
    auto flush = [&]() -> bool {
        if (batch.empty())
            return true;
        const std::optional<WriteStats> stats = m_store.writeSamples(batch, record.id);
        if (!stats)
            return false;
        summary.valuesStored += stats->changed;
        summary.valuesUnchanged += stats->unchanged;
        summary.valuesReplaced += stats->replaced;
        for (const SampleChange &c : stats->replacedExamples) {
            if (summary.replacedValues.size() >= ImportSummary::ListedRows)
                break;
            summary.replacedValues.append(tr("%1 at %2: %3 → %4")
                                              .arg(tagNames.value(c.after.tagId),
                                                   plantTimeText(c.after.ts, m_unit.timeZone),
                                                   sampleText(c.before), sampleText(c.after)));
        }
        batch.clear();
        updateRecord(QStringLiteral("running"), QString());
        if (progress)
            progress({summary.rowsRead, bytesRead, totalBytes});
        return true;
    };

    auto processRow = [&](const RawRow &r) -> bool {
        // A line without a delimiter, or wider than the header (shifted columns?): not read.
        const qsizetype used = usedWidth(r);
        if (used == 1 && width > 1 && r.cells[0].type != Cell::Type::DateTime) {
            listRow(&summary.unreadableRows, &summary.unreadableRowNumbers, r.number);
            return true;
        }
        if (used > width) {
            listRow(&summary.extraColumnRows, &summary.extraColumnRowNumbers, r.number);
            for (const ColumnMap &m : maps)
                summary.valuesSkipped += r.at(m.valueColumn).isEmpty() ? 0 : 1;
            return true;
        }
        bool any = false;
        QHash<qsizetype, qint64> rowTs;
        for (const ColumnMap &m : maps) {
            const Cell &value = r.at(m.valueColumn);
            if (value.isEmpty())
                continue;
            qint64 ts;
            if (auto it = rowTs.constFind(m.timeColumn); it != rowTs.cend()) {
                ts = *it;
                if (ts == std::numeric_limits<qint64>::min()) {
                    ++summary.valuesSkipped; // the row's time was unusable
                    continue;
                }
            } else {
                const Cell &time = r.at(m.timeColumn);
                if (time.type != Cell::Type::DateTime) {
                    rowTs.insert(m.timeColumn, std::numeric_limits<qint64>::min());
                    if (!time.isEmpty())
                        warn(tr("%1: \"%2\" is not a date and time; row skipped")
                                 .arg(reader.cellReference(r.number, m.timeColumn),
                                      time.text.isEmpty() ? QString::number(time.number) : time.text));
                    else
                        warn(tr("%1: time missing; values of this row skipped")
                                 .arg(reader.cellReference(r.number, m.timeColumn)));
                    ++summary.valuesSkipped;
                    continue;
                }
                ts = time.utc ? time.localMs : clock.toUtc(time.localMs);
                rowTs.insert(m.timeColumn, ts);
                const auto last = lastTs.constFind(m.timeColumn);
                if (last != lastTs.cend() && ts < *last) {
                    ++summary.nonMonotonicRows;
                    warn(tr("%1: time goes backwards (earlier than the row before)")
                             .arg(reader.cellReference(r.number, m.timeColumn)));
                } else if (last != lastTs.cend() && ts == *last) {
                    ++summary.duplicateTimestampRows;
                    warn(tr("%1: same time as the row before; the later row wins")
                             .arg(reader.cellReference(r.number, m.timeColumn)));
                }
                lastTs.insert(m.timeColumn, ts);
                summary.firstTs = std::min(summary.firstTs, ts);
                summary.lastTs = std::max(summary.lastTs, ts);
            }
            ++summary.valuesRead;
            any = true;
            Sample s{m.tagId, ts, 0.0, GoodQuality};
            QString state;
            switch (value.type) {
            case Cell::Type::Number:
            case Cell::Type::Bool: s.value = value.number; break;
            case Cell::Type::Text: {
                const QString text = value.text.trimmed();
                if (text.isEmpty()) { // a formula returning "", a blank string: no sample
                    --summary.valuesRead;
                    continue;
                }
                bool ok = false;
                const double v = text.toDouble(&ok);
                if (ok && std::isfinite(v)) {
                    s.value = v;
                } else {
                    state = text;
                    if (text.front().isDigit() || text.front() == u'-')
                        warn(tr("%1: \"%2\" looks like a number but is not one here; stored as a state")
                                 .arg(reader.cellReference(r.number, m.valueColumn), text));
                }
                break;
            }
            case Cell::Type::Error:
                state = value.text.trimmed().isEmpty() ? QStringLiteral("#ERROR") : value.text.trimmed();
                break;
            case Cell::Type::DateTime:
                warn(tr("%1: a date where a value belongs; skipped")
                         .arg(reader.cellReference(r.number, m.valueColumn)));
                ++summary.valuesSkipped;
                continue;
            case Cell::Type::Empty: continue;
            }
            if (!state.isEmpty()) {
                auto it = qualityCache.constFind(state);
                int code;
                if (it != qualityCache.cend()) {
                    code = *it;
                } else {
                    const std::optional<int> c = m_store.qualityCode(state);
                    if (!c)
                        return false;
                    code = *c;
                    qualityCache.insert(state, code);
                }
                s.quality = code;
                s.value = std::nan("");
                ++summary.states[state];
            }
            batch.push_back(s);
        }
        if (any)
            ++summary.rowsRead;
        return true;
    };

    bool ok = true;
    for (qsizetype i = dataIndex; i < head.size() && ok; ++i)
        ok = processRow(head[i]);
    head.clear();
    // Parsing runs in a thread of its own while this thread (the store's) converts and writes:
    // the two overlap instead of adding up. The reader is touched only by that thread now.
    RowPipe pipe;
    std::thread parser([&reader, &pipe] {
        RawRow parsed;
        bool more = true;
        while (more) {
            RowChunk chunk;
            chunk.rows.reserve(1024);
            while (chunk.rows.size() < 1024 && (more = reader.readRow(parsed)))
                chunk.rows.push_back(std::move(parsed));
            chunk.bytesRead = reader.bytesRead();
            if (!chunk.rows.empty() && !pipe.push(std::move(chunk)))
                break;
        }
        pipe.finish();
    });
    // Whatever happens below, the parser thread is stopped and joined.
    const auto stopParser = qScopeGuard([&] {
        pipe.cancel();
        if (parser.joinable())
            parser.join();
    });
    while (ok) {
        std::optional<RowChunk> chunk = pipe.pop();
        if (!chunk)
            break;
        bytesRead = chunk->bytesRead;
        for (const RawRow &r : chunk->rows) {
            ok = processRow(r);
            if (ok && static_cast<qint64>(batch.size()) >= options.batchValues) {
                ok = flush();
                if (ok && cancel && cancel->load())
                    summary.cancelled = true;
            }
            if (!ok || summary.cancelled)
                break;
        }
        if (summary.cancelled)
            break;
    }
    pipe.cancel();
    parser.join();
    if (ok)
        ok = flush();
    summary.nonexistentLocalTimes = clock.nonexistentCount();
    summary.ambiguousLocalTimes = clock.ambiguousCount();
    if (!ok) {
        summary.error = tr("%1: %2").arg(summary.file, m_store.errorString());
        updateRecord(QStringLiteral("failed"), summary.error);
        return summary;
    }
    if (!reader.errorString().isEmpty()) {
        summary.error = tr("%1: %2").arg(reader.location(), reader.errorString());
        updateRecord(QStringLiteral("failed"), summary.error);
        return summary;
    }
    if (summary.cancelled) {
        updateRecord(QStringLiteral("cancelled"), tr("cancelled after %n row(s)", nullptr, int(summary.rowsRead)));
        return summary;
    }
    summary.ok = true;
    updateRecord(QStringLiteral("complete"), QString());
    if (progress)
        progress({summary.rowsRead, reader.bytesTotal(), reader.bytesTotal()});
    return summary;
}

QList<ImportFinding> importFindings(const ImportSummary &s)
{
    QList<ImportFinding> findings;
    if (s.valuesReplaced > 0) {
        QStringList items = s.replacedValues;
        if (s.valuesReplaced > items.size())
            items.append(Importer::tr("... and %n more", nullptr, int(s.valuesReplaced - items.size())));
        findings.append({Importer::tr("%n value(s) replaced (old → new):", nullptr, int(s.valuesReplaced)), items});
    }
    if (s.unreadableRows > 0)
        findings.append({Importer::tr("%n line(s) with a single field (no delimiter) skipped, line numbers: %1", nullptr, int(s.unreadableRows))
                             .arg(rowList(s.unreadableRowNumbers, s.unreadableRows)),
                         {}});
    if (s.extraColumnRows > 0)
        findings.append({Importer::tr("%n row(s) with more columns than the header skipped, line numbers: %1", nullptr,
                                      int(s.extraColumnRows))
                             .arg(rowList(s.extraColumnRowNumbers, s.extraColumnRows)),
                         {}});
    return findings;
}

} // namespace tp
