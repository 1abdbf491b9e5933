#pragma once

#include "ingest/tablereader.h"
#include "ingest/ziplimits.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace tp {

/**
 * Reads one worksheet of an .xlsx workbook row by row: QuaZip for the container, zlib
 * inflation with bomb limits (ZipEntryStream), so the sheet is never held in memory. The
 * workbook, styles and shared strings are read with QXmlStreamReader. The sheet's rows are
 * read by a scanner for the few SpreadsheetML elements a sheet's data uses (row, c, v, is/t,
 * f), with XML entities, CDATA, comments and namespace prefixes; QXmlStreamReader alone
 * tokenises a sheet at ~44 MB/s here, the scanner reads ~250 MB/s. setUseStreamReader()
 * selects the QXmlStreamReader reading, against which tests and the fuzzer compare. Shared strings, inline strings, numbers, booleans, error
 * cells, sparse rows and cells without `r`, dates through styles.xml number formats (built-in
 * and custom) in the 1900 and 1904 date systems.
 */
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(tp::XlsxReader)
public:
    explicit XlsxReader(const ZipLimits &limits = {});
    ~XlsxReader() override;

    /** Opens @p sheetName (case-insensitive), or the first sheet when it is empty. */
    bool open(const QString &path, const QString &sheetName = QString());

    QStringList sheetNames() const;
    QString sheetName() const;
    bool uses1904Dates() const;
    /** The number format of a style index ("General", "yyyy-mm-dd hh:mm", ...). */
    QString formatCode(int style) const;

    /** Reads the sheet with QXmlStreamReader instead of the sheet scanner (the reference
     *  implementation, for differential tests; about 8x slower). Call before the first row. */
    void setUseStreamReader(bool on);

    bool readRow(RawRow &row) override;
    QString errorString() const override;
    QString location() const override;
    QString cellReference(qint64 row, qsizetype column) const override;
    qint64 bytesRead() const override;
    qint64 bytesTotal() const override;

    /** True for the built-in date/time format ids and custom codes with date or time parts. */
    static bool isDateFormat(int numFmtId, const QString &code);
    /** Excel serial day number to milliseconds of wall-clock time (as if UTC). */
    static qint64 serialToMs(double serial, bool date1904);

private:
    bool readRowWithStreamReader(RawRow &row);
    bool readRowFast(RawRow &row);
    bool tryPlainValue(RawRow &row, qsizetype column, QByteArrayView cellType, int style);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tp
