#include "xlsxreader.h"

#include "ingest/zipentrystream.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip.h>

#include <algorithm>
#include <cmath>

namespace tp {

namespace {

// Built-in number formats that show dates or times (ECMA-376 18.8.30, plus the CJK ids).
bool isBuiltinDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

QString builtinFormatCode(int id)
{
    switch (id) {
    case 0: return QStringLiteral("General");
    case 1: return QStringLiteral("0");
    case 2: return QStringLiteral("0.00");
    case 14: return QStringLiteral("m/d/yyyy");
    case 22: return QStringLiteral("m/d/yyyy h:mm");
    default: return isBuiltinDate(id) ? QStringLiteral("date format %1").arg(id)
                                      : QStringLiteral("number format %1").arg(id);
    }
}

QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return target.startsWith(u"xl/") ? target : u"xl/" + target;
}

} // namespace

struct XlsxReader::Private {
    ZipLimits limits;
    QString path;
    QString fileName;
    std::unique_ptr<QuaZip> zip;
    QStringList sheetNames;
    QStringList sheetTargets;
    QString sheet;
    bool date1904 = false;
    QStringList sharedStrings;
    QList<int> styleFormat;          // style index -> numFmtId
    QHash<int, QString> customFormats;
    QList<bool> styleIsDate;
    ZipEntryStream stream;
    QXmlStreamReader xml;
    QString error;
    bool done = false;
    qint64 lastRow = 0;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
    bool readPart(const QString &name, QByteArray *out, bool optional);
    bool parseWorkbook();
    bool parseStyles();
    bool parseSharedStrings();
    bool nextToken(QXmlStreamReader::TokenType *type);
};

bool XlsxReader::Private::readPart(const QString &name, QByteArray *out, bool optional)
{
    if (optional && !zip->setCurrentFile(name))
        return true;
    ZipEntryStream part;
    if (!part.open(zip.get(), name, limits))
        return fail(part.errorString());
    *out = part.readAll();
    if (part.hasError())
        return fail(part.errorString());
    return true;
}

bool XlsxReader::Private::parseWorkbook()
{
    QByteArray workbook, rels;
    if (!readPart(QStringLiteral("xl/workbook.xml"), &workbook, false)
        || !readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels, false))
        return false;
    QHash<QString, QString> targets;
    QXmlStreamReader r(rels);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"Relationship")
            targets.insert(r.attributes().value(QLatin1StringView("Id")).toString(),
                           resolveTarget(r.attributes().value(QLatin1StringView("Target")).toString()));
    }
    if (r.hasError())
        return fail(XlsxReader::tr("xl/_rels/workbook.xml.rels is damaged: %1").arg(r.errorString()));
    QXmlStreamReader w(workbook);
    while (!w.atEnd()) {
        w.readNext();
        if (!w.isStartElement())
            continue;
        if (w.name() == u"workbookPr") {
            const auto v = w.attributes().value(QLatin1StringView("date1904"));
            date1904 = v == u"1" || v == u"true";
        } else if (w.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : w.attributes()) {
                if (a.name() == u"id") // r:id, whatever the prefix
                    id = a.value().toString();
            }
            sheetNames.append(w.attributes().value(QLatin1StringView("name")).toString());
            sheetTargets.append(targets.value(id));
        }
    }
    if (w.hasError())
        return fail(XlsxReader::tr("xl/workbook.xml is damaged: %1").arg(w.errorString()));
    if (sheetNames.isEmpty())
        return fail(XlsxReader::tr("the workbook has no sheets"));
    return true;
}

bool XlsxReader::Private::parseStyles()
{
    QByteArray bytes;
    if (!readPart(QStringLiteral("xl/styles.xml"), &bytes, true))
        return false;
    if (bytes.isEmpty())
        return true; // no styles: every number is a plain number
    QXmlStreamReader r(bytes);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"numFmt") {
                customFormats.insert(r.attributes().value(QLatin1StringView("numFmtId")).toInt(),
                                     r.attributes().value(QLatin1StringView("formatCode")).toString());
            } else if (r.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && r.name() == u"xf") {
                styleFormat.append(r.attributes().value(QLatin1StringView("numFmtId")).toInt());
            }
        } else if (r.isEndElement() && r.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (r.hasError())
        return fail(XlsxReader::tr("xl/styles.xml is damaged: %1").arg(r.errorString()));
    for (int id : std::as_const(styleFormat))
        styleIsDate.append(XlsxReader::isDateFormat(id, customFormats.value(id)));
    return true;
}

bool XlsxReader::Private::parseSharedStrings()
{
    if (!zip->setCurrentFile(QStringLiteral("xl/sharedStrings.xml")))
        return true;
    ZipEntryStream part;
    if (!part.open(zip.get(), QStringLiteral("xl/sharedStrings.xml"), limits))
        return fail(part.errorString());
    QXmlStreamReader r;
    QString current;
    bool inText = false;
    int depthPhonetic = 0;
    qint64 chars = 0;
    while (true) {
        const auto type = r.readNext();
        if (r.hasError()) {
            if (r.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                return fail(XlsxReader::tr("xl/sharedStrings.xml is damaged: %1").arg(r.errorString()));
            const QByteArray chunk = part.read();
            if (part.hasError())
                return fail(part.errorString());
            if (chunk.isEmpty())
                return fail(XlsxReader::tr("xl/sharedStrings.xml ends unexpectedly (truncated file?)"));
            r.addData(chunk);
            continue;
        }
        if (type == QXmlStreamReader::StartElement) {
            if (r.name() == u"si")
                current.clear();
            else if (r.name() == u"rPh")
                ++depthPhonetic;
            else if (r.name() == u"t" && depthPhonetic == 0)
                inText = true;
        } else if (type == QXmlStreamReader::EndElement) {
            if (r.name() == u"t") {
                inText = false;
            } else if (r.name() == u"rPh") {
                --depthPhonetic;
            } else if (r.name() == u"si") {
                chars += current.size();
                sharedStrings.append(current);
                if (sharedStrings.size() > limits.maxSharedStrings)
                    return fail(XlsxReader::tr("more than %1 shared strings; refused")
                                    .arg(limits.maxSharedStrings));
                if (chars > limits.maxSharedStringChars)
                    return fail(XlsxReader::tr("shared strings exceed %1 million characters; refused")
                                    .arg(limits.maxSharedStringChars / 1'000'000));
            }
        } else if (type == QXmlStreamReader::Characters && inText) {
            current += r.text();
        } else if (type == QXmlStreamReader::EndDocument) {
            break;
        }
    }
    return true;
}

XlsxReader::XlsxReader(const ZipLimits &limits) : d(std::make_unique<Private>())
{
    d->limits = limits;
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open(const QString &path, const QString &sheetName)
{
    const ZipLimits limits = d->limits;
    d = std::make_unique<Private>();
    d->limits = limits;
    d->path = path;
    d->fileName = QFileInfo(path).fileName();
    d->zip = std::make_unique<QuaZip>(path);
    if (!QFileInfo::exists(path))
        return d->fail(tr("the file does not exist"));
    if (!d->zip->open(QuaZip::mdUnzip))
        return d->fail(tr("not an xlsx workbook (not a zip archive, or truncated or damaged)"));
    if (d->zip->getEntriesCount() > d->limits.maxEntries)
        return d->fail(tr("the archive has %1 parts, more than the %2 allowed; refused")
                           .arg(d->zip->getEntriesCount())
                           .arg(d->limits.maxEntries));
    if (!d->parseWorkbook() || !d->parseStyles() || !d->parseSharedStrings())
        return false;
    int index = 0;
    if (!sheetName.isEmpty()) {
        index = -1;
        for (int i = 0; i < d->sheetNames.size(); ++i) {
            if (d->sheetNames[i].compare(sheetName, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0)
            return d->fail(tr("has no sheet \"%1\" (sheets: %2)")
                               .arg(sheetName, d->sheetNames.join(QStringLiteral(", "))));
    }
    d->sheet = d->sheetNames.at(index);
    if (d->sheetTargets.at(index).isEmpty())
        return d->fail(tr("sheet \"%1\" has no part in the archive").arg(d->sheet));
    if (!d->stream.open(d->zip.get(), d->sheetTargets.at(index), d->limits))
        return d->fail(d->stream.errorString());
    return true;
}

QStringList XlsxReader::sheetNames() const { return d->sheetNames; }
QString XlsxReader::sheetName() const { return d->sheet; }
bool XlsxReader::uses1904Dates() const { return d->date1904; }
QString XlsxReader::errorString() const { return d->error; }

QString XlsxReader::location() const
{
    return d->sheet.isEmpty() ? d->fileName : QStringLiteral("%1: %2").arg(d->fileName, d->sheet);
}

QString XlsxReader::cellReference(qint64 row, qsizetype column) const
{
    return QStringLiteral("%1!%2%3").arg(d->sheet, columnName(column)).arg(row);
}

qint64 XlsxReader::bytesRead() const { return d->stream.compressedRead(); }
qint64 XlsxReader::bytesTotal() const { return d->stream.compressedSize(); }

QString XlsxReader::formatCode(int style) const
{
    if (style < 0 || style >= d->styleFormat.size())
        return builtinFormatCode(0);
    const int id = d->styleFormat.at(style);
    return d->customFormats.contains(id) ? d->customFormats.value(id) : builtinFormatCode(id);
}

bool XlsxReader::isDateFormat(int numFmtId, const QString &code)
{
    if (isBuiltinDate(numFmtId))
        return true;
    if (code.isEmpty() || code.compare(u"General", Qt::CaseInsensitive) == 0)
        return false;
    // Date/time letters outside quoted text, escapes and [colour]/[locale] brackets.
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            // [h], [mm], [ss]: elapsed time. [Red], [$-409], [Magenta]: not dates.
            const qsizetype close = code.indexOf(u']', i);
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            if (!inside.isEmpty() && std::all_of(inside.cbegin(), inside.cend(), [](QChar ch) {
                    return ch == u'h' || ch == u'm' || ch == u's';
                }))
                return true;
            ++bracket;
        } else if (c == u']') {
            --bracket;
        } else if (bracket == 0) {
            const char16_t l = c.toLower().unicode();
            if (l == u'y' || l == u'd' || l == u'h' || l == u's' || l == u'm')
                return true;
        }
    }
    return false;
}

qint64 XlsxReader::serialToMs(double serial, bool date1904)
{
    // 1900 system: day 25569 is 1970-01-01 (serials count from 1899-12-30, which absorbs
    // Excel's phantom 1900-02-29 for every date after February 1900).
    const double days = serial - (date1904 ? 24107.0 : 25569.0);
    return static_cast<qint64>(std::llround(days * 86'400'000.0));
}

bool XlsxReader::Private::nextToken(QXmlStreamReader::TokenType *type)
{
    while (true) {
        *type = xml.readNext();
        if (!xml.hasError())
            return true;
        if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return fail(XlsxReader::tr("%1: the sheet XML is damaged at line %2: %3")
                            .arg(sheet)
                            .arg(xml.lineNumber())
                            .arg(xml.errorString()));
        const QByteArray chunk = stream.read();
        if (stream.hasError())
            return fail(stream.errorString());
        if (chunk.isEmpty())
            return fail(XlsxReader::tr("%1: the sheet ends unexpectedly (truncated file?)").arg(sheet));
        xml.addData(chunk);
    }
}

bool XlsxReader::readRow(RawRow &row)
{
    if (d->done || !d->error.isEmpty() || !d->zip)
        return false;
    row.cells.clear();
    bool inRow = false;
    qsizetype column = -1;
    QString cellType;
    int style = -1;
    QString value;
    bool collecting = false;
    bool inInline = false;
    QXmlStreamReader::TokenType type;
    while (d->nextToken(&type)) {
        if (type == QXmlStreamReader::StartElement) {
            const QStringView name = d->xml.name();
            if (name == u"row") {
                inRow = true;
                const auto r = d->xml.attributes().value(QLatin1StringView("r"));
                row.number = r.isEmpty() ? d->lastRow + 1 : r.toLongLong();
                if (row.number <= d->lastRow) {
                    d->fail(tr("%1: row %2 comes after row %3").arg(d->sheet).arg(row.number).arg(d->lastRow));
                    return false;
                }
                d->lastRow = row.number;
                column = -1;
            } else if (name == u"c" && inRow) {
                const QXmlStreamAttributes attrs = d->xml.attributes();
                const auto ref = attrs.value(QLatin1StringView("r"));
                const qsizetype c = ref.isEmpty() ? column + 1 : columnFromReference(ref);
                column = c < 0 ? column + 1 : c;
                if (column >= d->limits.maxColumns) {
                    d->fail(tr("%1: row %2 has more than %3 columns; refused")
                                .arg(d->sheet).arg(row.number).arg(d->limits.maxColumns));
                    return false;
                }
                cellType = attrs.value(QLatin1StringView("t")).toString();
                style = attrs.hasAttribute(QLatin1StringView("s")) ? attrs.value(QLatin1StringView("s")).toInt() : -1;
                value.clear();
                inInline = false;
            } else if (name == u"v") {
                collecting = true;
            } else if (name == u"is") {
                inInline = true;
            } else if (name == u"t" && inInline) {
                collecting = true;
            }
        } else if (type == QXmlStreamReader::Characters) {
            if (collecting)
                value += d->xml.text();
        } else if (type == QXmlStreamReader::EndElement) {
            const QStringView name = d->xml.name();
            if (name == u"v" || name == u"t") {
                collecting = false;
            } else if (name == u"c" && inRow) {
                Cell cell;
                cell.style = style;
                if (cellType == u"s") {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= d->sharedStrings.size()) {
                        d->fail(tr("%1: cell refers to shared string %2, which does not exist")
                                    .arg(cellReference(row.number, column), value));
                        return false;
                    }
                    cell.type = Cell::Type::Text;
                    cell.text = d->sharedStrings.at(index);
                } else if (cellType == u"inlineStr" || cellType == u"str") {
                    cell.type = Cell::Type::Text;
                    cell.text = value;
                } else if (cellType == u"b") {
                    cell.type = Cell::Type::Bool;
                    cell.number = value.trimmed() == u"1" ? 1.0 : 0.0;
                    cell.text = value;
                } else if (cellType == u"e") {
                    cell.type = Cell::Type::Error;
                    cell.text = value.trimmed();
                } else if (!value.isEmpty()) {
                    bool ok = false;
                    cell.number = value.toDouble(&ok);
                    cell.text = value;
                    if (!ok || !std::isfinite(cell.number)) {
                        cell.type = Cell::Type::Text;
                    } else if (style >= 0 && style < d->styleIsDate.size() && d->styleIsDate.at(style)) {
                        cell.type = Cell::Type::DateTime;
                        cell.localMs = serialToMs(cell.number, d->date1904);
                    } else {
                        cell.type = Cell::Type::Number;
                    }
                }
                if (cell.type != Cell::Type::Empty) {
                    if (row.cells.size() <= column)
                        row.cells.resize(column + 1);
                    row.cells[column] = std::move(cell);
                }
            } else if (name == u"is") {
                inInline = false;
            } else if (name == u"row" && inRow) {
                return true;
            } else if (name == u"sheetData") {
                d->done = true;
                return false;
            }
        } else if (type == QXmlStreamReader::EndDocument) {
            d->done = true;
            return false;
        }
    }
    return false;
}

} // namespace tp
