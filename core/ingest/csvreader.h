#pragma once

#include "ingest/tablereader.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace tp {

/**
 * Reads a CSV export row by row in chunks: delimiter detection (comma, semicolon, tab),
 * quoted fields with embedded delimiters, quotes and newlines, UTF-8 with or without BOM,
 * decimal comma, and date-times in ISO form or common local forms (dd/MM/yyyy, dd.MM.yyyy,
 * dd-MMM-yyyy as PI writes them). A time with Z or an offset is marked as UTC.
 */
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(tp::CsvReader)
public:
    CsvReader() = default;
    bool open(const QString &path);

    char delimiter() const { return m_delimiter; }
    bool decimalComma() const { return m_decimalComma; }

    bool readRow(RawRow &row) override;
    QString errorString() const override { return m_error; }
    QString location() const override { return m_fileName; }
    QString cellReference(qint64 row, qsizetype column) const override;
    qint64 bytesRead() const override { return m_consumed; }
    qint64 bytesTotal() const override { return m_size; }

    /** Parses one field as the reader would (for tests and other readers). */
    static Cell parseField(QByteArrayView field, bool decimalComma);
    /** Wall-clock ms of a date-time text, with *utc set when it carries Z or an offset. */
    static std::optional<qint64> parseDateTime(QByteArrayView text, bool *utc);

private:
    bool fill();

    QFile m_file;
    QString m_fileName;
    QString m_error;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_size = 0;
    qint64 m_line = 0;
    qint64 m_row = 0;
    char m_delimiter = ',';
    bool m_decimalComma = false;
    bool m_eof = false;
};

} // namespace tp
