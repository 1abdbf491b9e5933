#include "csvreader.h"

#include <QDate>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace tp {

namespace {

constexpr qsizetype kChunk = 1 << 20;
constexpr qsizetype kMaxRecordBytes = 64 << 20; // one record (quoted newlines included)

// Reads n digits at p; -1 if any is not a digit.
int digits(QByteArrayView s, qsizetype p, int n)
{
    if (p + n > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[p + i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

int monthFromName(QByteArrayView s)
{
    static const std::array<const char *, 12> names{"jan", "feb", "mar", "apr", "may", "jun",
                                                    "jul", "aug", "sep", "oct", "nov", "dec"};
    if (s.size() != 3)
        return -1;
    for (int i = 0; i < 12; ++i) {
        if (QByteArrayView(names[i]).compare(s, Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return -1;
}

} // namespace

std::optional<qint64> CsvReader::parseDateTime(QByteArrayView t, bool *utc)
{
    *utc = false;
    t = t.trimmed();
    if (t.size() < 8)
        return std::nullopt;
    int y = -1, mo = -1, d = -1;
    qsizetype p = 0;
    if (digits(t, 0, 4) >= 0 && t.size() >= 10 && t[4] == '-' && t[7] == '-') { // ISO
        y = digits(t, 0, 4);
        mo = digits(t, 5, 2);
        d = digits(t, 8, 2);
        p = 10;
    } else {
        // d/M/yyyy, d.M.yyyy, d-MMM-yyyy, d-MMM-yy (day first)
        qsizetype i = 0;
        while (i < t.size() && i < 2 && t[i] >= '0' && t[i] <= '9')
            ++i;
        if (i == 0 || i >= t.size())
            return std::nullopt;
        d = digits(t, 0, int(i));
        const char sep = t[i];
        if (sep != '/' && sep != '.' && sep != '-')
            return std::nullopt;
        qsizetype j = i + 1;
        qsizetype k = j;
        while (k < t.size() && t[k] != sep)
            ++k;
        if (k >= t.size())
            return std::nullopt;
        const QByteArrayView month = t.sliced(j, k - j);
        mo = (month.size() <= 2) ? digits(month, 0, int(month.size())) : monthFromName(month);
        qsizetype l = k + 1;
        qsizetype yearDigits = 0;
        while (l + yearDigits < t.size() && t[l + yearDigits] >= '0' && t[l + yearDigits] <= '9')
            ++yearDigits;
        if (yearDigits == 4)
            y = digits(t, l, 4);
        else if (yearDigits == 2) // Excel's rule: 00-29 are 2000s, 30-99 are 1900s
            y = digits(t, l, 2) + (digits(t, l, 2) < 30 ? 2000 : 1900);
        else
            return std::nullopt;
        p = l + yearDigits;
    }
    if (y < 0 || mo < 1 || mo > 12 || d < 1)
        return std::nullopt;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return std::nullopt;
    int h = 0, mi = 0, s = 0, ms = 0;
    if (p < t.size()) {
        if (t[p] != 'T' && t[p] != ' ')
            return std::nullopt;
        ++p;
        while (p < t.size() && t[p] == ' ')
            ++p;
        qsizetype hd = 0;
        while (p + hd < t.size() && hd < 2 && t[p + hd] >= '0' && t[p + hd] <= '9')
            ++hd;
        h = hd ? digits(t, p, int(hd)) : -1;
        p += hd;
        if (h < 0 || h > 23 || p >= t.size() || t[p] != ':')
            return std::nullopt;
        mi = digits(t, p + 1, 2);
        p += 3;
        if (mi < 0 || mi > 59)
            return std::nullopt;
        if (p < t.size() && t[p] == ':') {
            s = digits(t, p + 1, 2);
            p += 3;
            if (s < 0 || s > 59)
                return std::nullopt;
            if (p < t.size() && (t[p] == '.' || t[p] == ',')) {
                ++p;
                int scale = 100;
                while (p < t.size() && t[p] >= '0' && t[p] <= '9') {
                    ms += (t[p] - '0') * scale;
                    scale /= 10;
                    ++p;
                }
            }
        }
    }
    qint64 offsetMs = 0;
    if (p < t.size()) {
        if (t[p] == 'Z' && p + 1 == t.size()) {
            *utc = true;
        } else if ((t[p] == '+' || t[p] == '-') && t.size() - p == 6 && t[p + 3] == ':') {
            const int oh = digits(t, p + 1, 2), om = digits(t, p + 4, 2);
            if (oh < 0 || om < 0)
                return std::nullopt;
            offsetMs = (oh * 60 + om) * 60'000LL * (t[p] == '+' ? 1 : -1);
            *utc = true;
        } else {
            return std::nullopt;
        }
    }
    const qint64 days = date.toJulianDay() - 2440588; // 1970-01-01
    return days * 86'400'000LL + ((h * 60 + mi) * 60 + s) * 1000LL + ms - offsetMs;
}

Cell CsvReader::parseField(QByteArrayView field, bool decimalComma)
{
    Cell cell;
    const QByteArrayView trimmed = field.trimmed();
    if (trimmed.isEmpty())
        return cell;
    const char c0 = trimmed.front();
    if ((c0 >= '0' && c0 <= '9') || c0 == '-' || c0 == '+' || c0 == '.' || c0 == ',') {
        // std::from_chars: locale-free and fast; a leading '+' is not part of its grammar.
        char buffer[64];
        QByteArrayView number = trimmed.front() == '+' ? trimmed.sliced(1) : trimmed;
        if (decimalComma && number.size() < qsizetype(sizeof buffer) && number.contains(',')
            && !number.contains('.')) {
            std::copy(number.begin(), number.end(), buffer);
            std::replace(buffer, buffer + number.size(), ',', '.');
            number = QByteArrayView(buffer, number.size());
        }
        double v = 0;
        const auto [ptr, ec] = std::from_chars(number.begin(), number.end(), v);
        if (ec == std::errc() && ptr == number.end() && std::isfinite(v)) {
            cell.type = Cell::Type::Number;
            cell.number = v;
            return cell;
        }
        bool utc = false;
        if (auto ms = parseDateTime(trimmed, &utc)) {
            cell.type = Cell::Type::DateTime;
            cell.localMs = *ms;
            cell.utc = utc;
            cell.text = QString::fromUtf8(trimmed);
            return cell;
        }
    }
    cell.type = trimmed.startsWith('#') && trimmed.size() <= 8 ? Cell::Type::Error : Cell::Type::Text;
    cell.text = QString::fromUtf8(trimmed);
    return cell;
}

bool CsvReader::open(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot be read: %1").arg(m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    if (!fill())
        return m_error.isEmpty();
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_consumed = 3;
    }
    else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
        m_error = tr("is UTF-16 encoded; save it as UTF-8 CSV");
        return false;
    }
    // Delimiter: the candidate that splits the first lines (outside quotes) most consistently.
    const QByteArrayView sample = QByteArrayView(m_buffer).sliced(m_pos, std::min<qsizetype>(m_buffer.size() - m_pos, 64 * 1024));
    int best = -1;
    for (char candidate : {',', ';', '\t'}) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (char c : sample) {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == candidate)
                ++count;
            else if (!quoted && c == '\n') {
                counts.append(count);
                count = 0;
                if (counts.size() >= 20)
                    break;
            }
        }
        if (counts.isEmpty())
            counts.append(count);
        int min = *std::min_element(counts.cbegin(), counts.cend());
        const int score = min * 1000 + *std::max_element(counts.cbegin(), counts.cend());
        if (score > best && *std::max_element(counts.cbegin(), counts.cend()) > 0) {
            best = score;
            m_delimiter = candidate;
        }
    }
    // Decimal comma: only with ; or tab, when whole fields like 1,5 outnumber fields like 1.5
    // (dates such as 15.01.2024 are not numbers and do not count).
    if (m_delimiter != ',') {
        int comma = 0, dot = 0;
        const QByteArray sampleBytes = sample.toByteArray();
        for (const QByteArray &line : sampleBytes.split('\n')) {
            for (const QByteArray &whole : line.split(m_delimiter)) {
                QByteArrayView field = QByteArrayView(whole).trimmed();
                if (field.startsWith('-') || field.startsWith('+'))
                    field = field.sliced(1);
                const qsizetype sep = field.indexOf(',') >= 0 ? field.indexOf(',') : field.indexOf('.');
                if (sep <= 0 || sep + 1 >= field.size())
                    continue;
                const auto allDigits = [](QByteArrayView v) {
                    return std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
                };
                if (allDigits(field.first(sep)) && allDigits(field.sliced(sep + 1)))
                    ++(field[sep] == ',' ? comma : dot);
            }
        }
        m_decimalComma = comma > dot;
    }
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_file.read(kChunk);
    if (chunk.isEmpty()) {
        if (m_file.error() != QFileDevice::NoError)
            m_error = tr("cannot be read: %1").arg(m_file.errorString());
        m_eof = true;
        return false;
    }
    m_buffer += chunk;
    return true;
}

QString CsvReader::cellReference(qint64 row, qsizetype column) const
{
    return tr("row %1, column %2").arg(row).arg(columnName(column));
}

bool CsvReader::readRow(RawRow &row)
{
    row.cells.clear();
    if (!m_error.isEmpty())
        return false;
    // Find the end of the record (a newline outside quotes), reading more as needed.
    // Quotes count only in a field that starts with one; there each quote toggles, which
    // also reads "" as an escaped quote.
    qsizetype scan = m_pos;
    bool quoted = false;
    bool quoteField = false;
    bool fieldStart = true;
    qsizetype end = -1;
    while (end < 0) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        for (qsizetype i = scan; i < size; ++i) {
            const char c = data[i];
            if (c == '"') {
                if (fieldStart)
                    quoteField = true;
                if (quoteField)
                    quoted = !quoted;
                fieldStart = false;
            } else if (quoted) {
                continue;
            } else if (c == m_delimiter) {
                fieldStart = true;
                quoteField = false;
            } else if (c == '\n') {
                end = i;
                break;
            } else {
                fieldStart = false;
            }
        }
        if (end >= 0)
            break;
        scan = m_buffer.size() - m_pos; // fill() moves the unread part to the front
        if (scan > kMaxRecordBytes) {
            m_error = tr("row %1 is longer than %2 MB; refused").arg(m_row + 1).arg(kMaxRecordBytes >> 20);
            return false;
        }
        if (!fill()) {
            if (!m_error.isEmpty())
                return false;
            if (quoted) {
                m_error = tr("row %1: a quoted field is not closed before the end of the file").arg(m_row + 1);
                return false;
            }
            if (m_pos >= m_buffer.size())
                return false; // clean end
            end = m_buffer.size();
            break;
        }
        scan += m_pos; // m_pos is 0 after fill()
    }

    // Split [m_pos, end) into fields.
    const char *data = m_buffer.constData();
    qsizetype lineEnd = end;
    if (lineEnd > m_pos && data[lineEnd - 1] == '\r')
        --lineEnd;
    qsizetype p = m_pos;
    QByteArray unquoted;
    while (true) {
        if (p < lineEnd && data[p] == '"') {
            // Quoted: "" is a quote; text after the closing quote is kept as written.
            unquoted.clear();
            qsizetype i = p + 1;
            while (i < lineEnd) {
                if (data[i] == '"') {
                    if (i + 1 < lineEnd && data[i + 1] == '"') {
                        unquoted += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                const qsizetype start = i;
                while (i < lineEnd && data[i] != '"')
                    ++i;
                unquoted.append(data + start, i - start);
            }
            while (i < lineEnd && data[i] != m_delimiter)
                unquoted += data[i++];
            row.cells.append(parseField(unquoted, m_decimalComma));
            p = i;
        } else {
            const qsizetype start = p;
            while (p < lineEnd && data[p] != m_delimiter)
                ++p;
            row.cells.append(parseField(QByteArrayView(data + start, p - start), m_decimalComma));
        }
        if (row.cells.size() > 16384) {
            m_error = tr("row %1 has more than 16384 columns; refused").arg(m_row + 1);
            return false;
        }
        if (p >= lineEnd)
            break;
        ++p; // the delimiter
    }
    const qsizetype next = std::min<qsizetype>(end + 1, m_buffer.size());
    m_consumed += next - m_pos;
    m_pos = next;
    row.number = ++m_row;
    return true;
}

} // namespace tp
