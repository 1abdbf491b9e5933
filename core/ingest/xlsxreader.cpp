#include "xlsxreader.h"

#include "ingest/boundedqueue.h"
#include "ingest/zipentrystream.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <thread>

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
    // The sheet is inflated in a thread of its own, a few chunks ahead of the scanner; only
    // that thread touches `stream` (and the archive) once it runs.
    struct InflatedChunk {
        QByteArray data;
        qint64 compressedRead = 0;
        QString error;
    };
    BoundedQueue<InflatedChunk> inflated{4};
    std::thread inflater;
    qint64 compressedRead = 0;
    bool nextChunk(QByteArray *chunk);
    QXmlStreamReader xml;
    QString error;
    bool done = false;
    qint64 lastRow = 0;

    ~Private()
    {
        if (inflater.joinable()) {
            inflated.cancel();
            inflater.join();
        }
    }

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
    bool storeCell(RawRow &row, qsizetype column, QStringView cellType, int style,
                   const QString &value, const XlsxReader &self);
    void putCell(RawRow &row, qsizetype column, Cell &&cell);
    bool isDateStyle(int style) const
    {
        return style >= 0 && style < styleIsDate.size() && styleIsDate.at(style);
    }

    // The sheet scanner (see readRowFast).
    bool useStreamReader = false;
    QByteArray buffer;
    qsizetype pos = 0;
    bool inSheetData = false;
    qsizetype lastWidth = 0;
    bool refill();
};

void XlsxReader::Private::putCell(RawRow &row, qsizetype column, Cell &&cell)
{
    if (row.cells.size() <= column)
        row.cells.resize(column + 1);
    row.cells[column] = std::move(cell);
}

bool XlsxReader::Private::storeCell(RawRow &row, qsizetype column, QStringView cellType, int style,
                                    const QString &value, const XlsxReader &self)
{
    Cell cell;
    cell.style = style;
    if (cellType == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= sharedStrings.size())
            return fail(XlsxReader::tr("%1: cell refers to shared string %2, which does not exist")
                            .arg(self.cellReference(row.number, column), value));
        cell.type = Cell::Type::Text;
        cell.text = sharedStrings.at(index);
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
        } else if (isDateStyle(style)) {
            cell.type = Cell::Type::DateTime;
            cell.localMs = XlsxReader::serialToMs(cell.number, date1904);
        } else {
            cell.type = Cell::Type::Number;
        }
    }
    if (cell.type != Cell::Type::Empty)
        putCell(row, column, std::move(cell));
    return true;
}

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

qint64 XlsxReader::bytesRead() const { return d->compressedRead; }
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
        QByteArray chunk;
        if (!nextChunk(&chunk)) {
            if (!error.isEmpty())
                return false;
            return fail(XlsxReader::tr("%1: the sheet ends unexpectedly (truncated file?)").arg(sheet));
        }
        xml.addData(chunk);
    }
}

void XlsxReader::setUseStreamReader(bool on)
{
    d->useStreamReader = on;
}

bool XlsxReader::readRow(RawRow &row)
{
    if (d->done || !d->error.isEmpty() || !d->zip)
        return false;
    row.cells.clear();
    return d->useStreamReader ? readRowWithStreamReader(row) : readRowFast(row);
}

bool XlsxReader::readRowWithStreamReader(RawRow &row)
{
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
                if (!d->storeCell(row, column, cellType, style, value, *this))
                    return false;
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

bool XlsxReader::Private::refill()
{
    if (pos > 0) {
        buffer.remove(0, pos);
        pos = 0;
    }
    QByteArray chunk;
    if (!nextChunk(&chunk))
        return false;
    buffer += chunk;
    return true;
}

// The next inflated piece of the sheet; false at its end (error empty) or on an error.
bool XlsxReader::Private::nextChunk(QByteArray *chunk)
{
    if (!inflater.joinable()) {
        inflater = std::thread([this] {
            while (true) {
                InflatedChunk next;
                next.data = stream.read();
                next.compressedRead = stream.compressedRead();
                if (stream.hasError())
                    next.error = stream.errorString();
                const bool last = next.data.isEmpty() || !next.error.isEmpty();
                if ((next.data.isEmpty() && next.error.isEmpty()) || !inflated.push(std::move(next)) || last)
                    break;
            }
            inflated.finish();
        });
    }
    std::optional<InflatedChunk> next = inflated.pop();
    if (!next)
        return false;
    if (!next->error.isEmpty())
        return fail(next->error);
    compressedRead = next->compressedRead;
    *chunk = std::move(next->data);
    return !chunk->isEmpty();
}

namespace {

// Decodes XML character data: the five entities and numeric references; CDATA is passed in
// already unwrapped. Returns false on a malformed reference.
bool appendDecoded(QByteArray &out, QByteArrayView text)
{
    if (!std::memchr(text.data(), '&', size_t(text.size()))) {
        out.append(text.data(), text.size());
        return true;
    }
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf('&', i);
        if (amp < 0) {
            out.append(text.sliced(i));
            break;
        }
        out.append(text.sliced(i, amp - i));
        const qsizetype semi = text.indexOf(';', amp);
        if (semi < 0 || semi - amp > 12)
            return false;
        const QByteArrayView name = text.sliced(amp + 1, semi - amp - 1);
        if (name == "amp") out += '&';
        else if (name == "lt") out += '<';
        else if (name == "gt") out += '>';
        else if (name == "quot") out += '"';
        else if (name == "apos") out += '\'';
        else if (name.startsWith('#')) {
            bool ok = false;
            const uint code = name.startsWith("#x") ? name.sliced(2).toByteArray().toUInt(&ok, 16)
                                                    : name.sliced(1).toByteArray().toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                return false;
            const char32_t c = code;
            out += QString::fromUcs4(&c, 1).toUtf8();
        } else {
            return false;
        }
        i = semi + 1;
    }
    return true;
}

// The value of attribute @p name in the attribute text of a start tag ("" when absent).
QByteArrayView attribute(QByteArrayView attrs, QByteArrayView name)
{
    qsizetype i = 0;
    while (i < attrs.size()) {
        while (i < attrs.size() && (attrs[i] == ' ' || attrs[i] == '\t' || attrs[i] == '\r' || attrs[i] == '\n'))
            ++i;
        const qsizetype nameStart = i;
        while (i < attrs.size() && attrs[i] != '=' && attrs[i] != ' ' && attrs[i] != '/')
            ++i;
        QByteArrayView attrName = attrs.sliced(nameStart, i - nameStart);
        if (const qsizetype colon = attrName.indexOf(':'); colon >= 0)
            attrName = attrName.sliced(colon + 1);
        while (i < attrs.size() && attrs[i] == ' ')
            ++i;
        if (i >= attrs.size() || attrs[i] != '=')
            return {};
        ++i;
        while (i < attrs.size() && attrs[i] == ' ')
            ++i;
        if (i >= attrs.size() || (attrs[i] != '"' && attrs[i] != '\''))
            return {};
        const char quote = attrs[i++];
        const qsizetype valueStart = i;
        while (i < attrs.size() && attrs[i] != quote)
            ++i;
        if (i >= attrs.size())
            return {};
        if (attrName == name)
            return attrs.sliced(valueStart, i - valueStart);
        ++i;
    }
    return {};
}

enum class SheetTag { Other, SheetData, Row, C, V, Is, T, RPh };

SheetTag classify(QByteArrayView name)
{
    const char *p = name.data();
    switch (name.size()) {
    case 1: return p[0] == 'c' ? SheetTag::C : p[0] == 'v' ? SheetTag::V : p[0] == 't' ? SheetTag::T : SheetTag::Other;
    case 2: return p[0] == 'i' && p[1] == 's' ? SheetTag::Is : SheetTag::Other;
    case 3:
        if (p[0] == 'r' && p[1] == 'o' && p[2] == 'w')
            return SheetTag::Row;
        return p[0] == 'r' && p[1] == 'P' && p[2] == 'h' ? SheetTag::RPh : SheetTag::Other;
    case 9: return std::memcmp(p, "sheetData", 9) == 0 ? SheetTag::SheetData : SheetTag::Other;
    default: return SheetTag::Other;
    }
}

// r, t and s of a <c> start tag in one pass.
void attributes(QByteArrayView attrs, QByteArrayView *r, QByteArrayView *t, QByteArrayView *s)
{
    qsizetype i = 0;
    const qsizetype n = attrs.size();
    while (i < n) {
        while (i < n && (attrs[i] == ' ' || attrs[i] == '\t' || attrs[i] == '\r' || attrs[i] == '\n'))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && attrs[i] != '=' && attrs[i] != ' ')
            ++i;
        QByteArrayView name = attrs.sliced(nameStart, i - nameStart);
        if (const qsizetype colon = name.indexOf(':'); colon >= 0)
            name = name.sliced(colon + 1);
        while (i < n && (attrs[i] == ' ' || attrs[i] == '='))
            ++i;
        if (i >= n || (attrs[i] != '"' && attrs[i] != '\''))
            return;
        const char quote = attrs[i++];
        const qsizetype valueStart = i;
        while (i < n && attrs[i] != quote)
            ++i;
        if (i >= n)
            return;
        const QByteArrayView value = attrs.sliced(valueStart, i - valueStart);
        if (name.size() == 1) {
            if (name[0] == 'r')
                *r = value;
            else if (name[0] == 't')
                *t = value;
            else if (name[0] == 's')
                *s = value;
        }
        ++i;
    }
}

} // namespace

// The shape nearly every cell has, <c ...><v>text</v></c> with a number or a shared-string
// index, read in one step from the buffer. Anything else (entities, whitespace between tags,
// prefixes, a value split across chunks, text that does not parse) returns false untouched and
// goes through the general scanner.
bool XlsxReader::tryPlainValue(RawRow &row, qsizetype column, QByteArrayView cellType, int style)
{
    const char *b = d->buffer.constData();
    const qsizetype n = d->buffer.size();
    const qsizetype p = d->pos;
    if (n - p < 3 || std::memcmp(b + p, "<v>", 3) != 0)
        return false;
    const void *lt = std::memchr(b + p + 3, '<', size_t(n - p - 3));
    if (!lt)
        return false;
    const qsizetype q = static_cast<const char *>(lt) - b;
    if (n - q < 8 || std::memcmp(b + q, "</v></c>", 8) != 0)
        return false;
    const QByteArrayView text = QByteArrayView(b + p + 3, q - p - 3).trimmed();
    const bool numeric = cellType.isEmpty() || cellType == "n";
    Cell cell;
    cell.style = style;
    if (numeric) {
        const auto [ptr, ec] = std::from_chars(text.begin(), text.end(), cell.number);
        if (ec != std::errc() || ptr != text.end() || !std::isfinite(cell.number))
            return false;
        cell.type = d->isDateStyle(style) ? Cell::Type::DateTime : Cell::Type::Number;
        if (cell.type == Cell::Type::DateTime)
            cell.localMs = serialToMs(cell.number, d->date1904);
    } else if (cellType == "s") {
        qsizetype index = -1;
        const auto [ptr, ec] = std::from_chars(text.begin(), text.end(), index);
        if (ec != std::errc() || ptr != text.end() || index < 0 || index >= d->sharedStrings.size())
            return false; // the general path reports it
        cell.type = Cell::Type::Text;
        cell.text = d->sharedStrings.at(index);
    } else {
        return false;
    }
    d->putCell(row, column, std::move(cell));
    d->pos = q + 8;
    return true;
}

bool XlsxReader::readRowFast(RawRow &row)
{
    row.cells.reserve(d->lastWidth);
    // State of the cell being read.
    bool inRow = false;
    qsizetype column = -1;
    char typeBuffer[16];
    QByteArrayView cellType;
    int style = -1;
    QByteArray value;
    bool collecting = false; // inside <v>, or <t> within <is>
    bool inCell = false;     // between <c> and </c>
    bool inInline = false;
    bool inPhonetic = false; // <rPh> runs are not part of the text
    auto malformed = [&](const char *what) {
        d->fail(tr("%1: the sheet XML is damaged near row %2 (%3)")
                    .arg(d->sheet)
                    .arg(row.number ? row.number : d->lastRow + 1)
                    .arg(QLatin1StringView(what)));
        return false;
    };
    while (true) {
        // Text up to the next tag.
        qsizetype lt = d->buffer.indexOf('<', d->pos);
        while (lt < 0) {
            if (collecting) {
                const qsizetype keep = d->buffer.size() - d->pos;
                // Keep an incomplete entity for the next round (look only at the pending text).
                const QByteArrayView pending = QByteArrayView(d->buffer).sliced(d->pos);
                const qsizetype amp = pending.lastIndexOf('&');
                if (!(amp >= 0 && pending.indexOf(';', amp) < 0) || keep > 64) {
                    if (!appendDecoded(value, QByteArrayView(d->buffer).sliced(d->pos)))
                        return malformed("bad character reference");
                    d->pos = d->buffer.size();
                }
            } else {
                d->pos = d->buffer.size();
            }
            const qsizetype scanned = d->buffer.size() - d->pos;
            if (!d->refill()) {
                if (!d->error.isEmpty())
                    return false;
                if (d->inSheetData)
                    return d->fail(tr("%1: the sheet ends unexpectedly (truncated file?)").arg(d->sheet));
                d->done = true;
                return false;
            }
            lt = d->buffer.indexOf('<', d->pos + scanned);
        }
        if (collecting && lt > d->pos
            && !appendDecoded(value, QByteArrayView(d->buffer).sliced(d->pos, lt - d->pos)))
            return malformed("bad character reference");
        d->pos = lt;

        // The whole tag: up to '>' outside quotes (or the end of a comment, PI or CDATA).
        qsizetype gt = -1;
        qsizetype contentEnd = -1; // CDATA: where its text ends
        while (gt < 0) {
            const QByteArrayView rest = QByteArrayView(d->buffer).sliced(d->pos);
            const char c1 = rest.size() > 1 ? rest[1] : 0;
            if (c1 == '!' || c1 == '?' || c1 == 0) {
                if (rest.startsWith("<!--")) {
                    const qsizetype e = rest.indexOf("-->", 4);
                    gt = e < 0 ? -1 : d->pos + e + 2;
                } else if (rest.startsWith("<![CDATA[")) {
                    const qsizetype e = rest.indexOf("]]>", 9);
                    if (e >= 0) {
                        contentEnd = d->pos + e;
                        gt = d->pos + e + 2;
                    }
                } else if (c1 == '?') {
                    const qsizetype e = rest.indexOf("?>", 2);
                    gt = e < 0 ? -1 : d->pos + e + 1;
                } else if (rest.size() >= 9) { // <!DOCTYPE ...>
                    const qsizetype e = rest.indexOf('>');
                    gt = e < 0 ? -1 : d->pos + e;
                }
            } else {
                // An element tag: up to '>' outside quoted attribute values.
                const char *p = rest.data();
                const qsizetype n = rest.size();
                qsizetype i = 1;
                while (i < n) {
                    const char c = p[i];
                    if (c == '>') {
                        gt = d->pos + i;
                        break;
                    }
                    if (c == '"' || c == '\'') {
                        const void *close = std::memchr(p + i + 1, c, size_t(n - i - 1));
                        if (!close)
                            break;
                        i = static_cast<const char *>(close) - p + 1;
                        continue;
                    }
                    if (c == '<')
                        return malformed("'<' inside a tag");
                    ++i;
                }
            }
            if (gt >= 0)
                break;
            if (d->buffer.size() - d->pos > (16 << 20))
                return malformed("a tag longer than 16 MB");
            if (!d->refill()) {
                if (!d->error.isEmpty())
                    return false;
                return d->fail(tr("%1: the sheet ends unexpectedly (truncated file?)").arg(d->sheet));
            }
        }
        const QByteArrayView tag = QByteArrayView(d->buffer).sliced(d->pos, gt - d->pos + 1);
        d->pos = gt + 1;
        if (tag[1] == '!' || tag[1] == '?') {
            if (collecting && contentEnd >= 0) // CDATA
                value.append(tag.sliced(9, tag.size() - 9 - 3));
            continue;
        }

        const bool closing = tag.size() > 1 && tag[1] == '/';
        const bool selfClosing = !closing && tag.size() > 2 && tag[tag.size() - 2] == '/';
        qsizetype nameStart = closing ? 2 : 1;
        qsizetype nameEnd = nameStart;
        while (nameEnd < tag.size() && tag[nameEnd] != ' ' && tag[nameEnd] != '/' && tag[nameEnd] != '>'
               && tag[nameEnd] != '\t' && tag[nameEnd] != '\r' && tag[nameEnd] != '\n')
            ++nameEnd;
        QByteArrayView name = tag.sliced(nameStart, nameEnd - nameStart);
        for (qsizetype i = name.size() - 1; i >= 0; --i) { // strip a namespace prefix
            if (name[i] == ':') {
                name = name.sliced(i + 1);
                break;
            }
        }
        const SheetTag kind = classify(name);
        const QByteArrayView attrs = closing ? QByteArrayView()
                                             : tag.sliced(nameEnd, tag.size() - nameEnd - (selfClosing ? 2 : 1));

        if (!closing) {
            if (kind == SheetTag::SheetData) {
                d->inSheetData = !selfClosing;
                if (selfClosing) {
                    d->done = true;
                    return false;
                }
            } else if (kind == SheetTag::Row && d->inSheetData) {
                inRow = true;
                const QByteArrayView r = attribute(attrs, "r");
                bool ok = false;
                row.number = r.isEmpty() ? d->lastRow + 1 : r.toLongLong(&ok);
                if (!r.isEmpty() && !ok)
                    return malformed("row number");
                if (row.number <= d->lastRow)
                    return d->fail(tr("%1: row %2 comes after row %3").arg(d->sheet).arg(row.number).arg(d->lastRow));
                d->lastRow = row.number;
                column = -1;
                inCell = false; // a <row> inside an unclosed <c> starts afresh
                collecting = false;
                if (selfClosing)
                    return true;
            } else if (kind == SheetTag::C && inRow) {
                QByteArrayView ref, t, st;
                attributes(attrs, &ref, &t, &st);
                const qsizetype c = ref.isEmpty() ? column + 1 : columnFromReference(ref);
                column = c < 0 ? column + 1 : c;
                if (column >= d->limits.maxColumns)
                    return d->fail(tr("%1: row %2 has more than %3 columns; refused")
                                       .arg(d->sheet).arg(row.number).arg(d->limits.maxColumns));
                t = t.first(std::min<qsizetype>(t.size(), sizeof typeBuffer));
                std::copy(t.begin(), t.end(), typeBuffer); // attrs may move on refill
                cellType = QByteArrayView(typeBuffer, t.size());
                style = st.isEmpty() ? -1 : st.toInt();
                value.resize(0); // keeps its capacity
                inInline = false;
                inPhonetic = false;
                inCell = !selfClosing;
                // A self-closing <c/> holds no value: nothing to store.
                if (inCell && tryPlainValue(row, column, cellType, style)) {
                    inCell = false;
                    continue;
                }
            } else if (kind == SheetTag::V && inRow && !selfClosing) {
                collecting = true;
            } else if (kind == SheetTag::Is && inRow && !selfClosing) {
                inInline = true;
            } else if (kind == SheetTag::RPh && inInline && !selfClosing) {
                inPhonetic = true;
            } else if (kind == SheetTag::T && inInline && !inPhonetic && !selfClosing) {
                collecting = true;
            }
            continue;
        }
        if (kind == SheetTag::V || kind == SheetTag::T) {
            collecting = false;
        } else if (kind == SheetTag::RPh) {
            inPhonetic = false;
        } else if (kind == SheetTag::Is) {
            inInline = false;
        } else if (kind == SheetTag::C && inRow) {
            if (!inCell || column < 0)
                return malformed("</c> without <c>");
            inCell = false;
            collecting = false;
            const bool numeric = cellType.isEmpty() || (cellType.size() == 1 && cellType[0] == 'n');
            if (numeric && !value.isEmpty()) {
                // The common case, without a QString: a number, perhaps a date.
                Cell cell;
                cell.style = style;
                const QByteArrayView v = QByteArrayView(value).trimmed();
                const auto [ptr, ec] = std::from_chars(v.begin(), v.end(), cell.number);
                if (ec == std::errc() && ptr == v.end() && std::isfinite(cell.number)) {
                    cell.type = d->isDateStyle(style) ? Cell::Type::DateTime : Cell::Type::Number;
                    if (cell.type == Cell::Type::DateTime)
                        cell.localMs = serialToMs(cell.number, d->date1904);
                    d->putCell(row, column, std::move(cell));
                    continue;
                }
            }
            if (!d->storeCell(row, column, QString::fromLatin1(cellType.data(), cellType.size()), style,
                              QString::fromUtf8(value), *this))
                return false;
        } else if (kind == SheetTag::Row && inRow) {
            d->lastWidth = row.cells.size();
            return true;
        } else if (kind == SheetTag::SheetData) {
            d->inSheetData = false;
            d->done = true;
            return false;
        }
    }
}

} // namespace tp
