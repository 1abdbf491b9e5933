#pragma once

#include "ingest/ziplimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QuaZip;

namespace tp {

/**
 * Streams one entry of a zip archive: reads the raw deflate data through QuaZip and inflates
 * it with zlib itself, so that the ratio of inflated to consumed bytes is known at every
 * chunk (a declared size can lie) and a bomb is refused after at most ratioGraceBytes plus
 * one chunk.
 */
class ZipEntryStream
{
    Q_DECLARE_TR_FUNCTIONS(tp::ZipEntryStream)
public:
    ZipEntryStream();
    ~ZipEntryStream();

    bool open(QuaZip *zip, const QString &entryName, const ZipLimits &limits);
    /** Next inflated chunk (at most @p maxBytes); empty at the end or on an error. */
    QByteArray read(qint64 maxBytes = 256 * 1024);
    /** The whole entry, for small parts such as workbook.xml (limits still apply). */
    QByteArray readAll();

    bool atEnd() const;
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 compressedSize() const { return m_compressedSize; }
    qint64 compressedRead() const { return m_compressedRead; }
    qint64 inflated() const { return m_inflated; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_entry;
    QString m_error;
    ZipLimits m_limits;
    qint64 m_compressedSize = 0;
    qint64 m_compressedRead = 0;
    qint64 m_inflated = 0;
};

} // namespace tp
