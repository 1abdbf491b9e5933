#include "zipentrystream.h"

#include <quazip.h>
#include <quazipfile.h>

#include <zlib.h>

namespace tp {

struct ZipEntryStream::Private {
    std::unique_ptr<QuaZipFile> file;
    z_stream zs{};
    bool inflating = false; // zlib state initialised
    bool stored = false;    // method 0: no compression
    bool finished = false;
    QByteArray input;

    ~Private()
    {
        if (inflating)
            inflateEnd(&zs);
    }
};

ZipEntryStream::ZipEntryStream() : d(std::make_unique<Private>()) {}
ZipEntryStream::~ZipEntryStream() = default;

bool ZipEntryStream::open(QuaZip *zip, const QString &entryName, const ZipLimits &limits)
{
    d = std::make_unique<Private>();
    m_entry = entryName;
    m_error.clear();
    m_limits = limits;
    m_compressedRead = m_inflated = 0;
    if (!zip->setCurrentFile(entryName)) {
        m_error = tr("the archive has no part %1").arg(entryName);
        return false;
    }
    d->file = std::make_unique<QuaZipFile>(zip);
    int method = 0;
    int level = 0;
    if (!d->file->open(QIODevice::ReadOnly, &method, &level, true)) {
        m_error = tr("part %1 cannot be read (damaged archive)").arg(entryName);
        return false;
    }
    m_compressedSize = d->file->csize();
    if (method == 0) {
        d->stored = true;
    } else if (method == Z_DEFLATED) {
        if (inflateInit2(&d->zs, -MAX_WBITS) != Z_OK) {
            m_error = tr("part %1: cannot start decompression").arg(entryName);
            return false;
        }
        d->inflating = true;
    } else {
        m_error = tr("part %1 uses an unsupported compression method (%2)").arg(entryName).arg(method);
        return false;
    }
    return true;
}

bool ZipEntryStream::atEnd() const
{
    return d->finished || hasError();
}

QByteArray ZipEntryStream::read(qint64 maxBytes)
{
    QByteArray out;
    if (atEnd() || !d->file)
        return out;
    auto refill = [&]() -> bool {
        if (!d->input.isEmpty())
            return true;
        d->input = d->file->read(64 * 1024);
        if (d->input.isEmpty())
            return false;
        m_compressedRead += d->input.size();
        return true;
    };
    if (d->stored) {
        out = d->file->read(std::min(maxBytes, m_compressedSize - m_compressedRead));
        m_compressedRead += out.size();
        if (out.isEmpty()) {
            if (m_compressedRead < m_compressedSize) {
                m_error = tr("part %1 is truncated (the archive ends inside it)").arg(m_entry);
                return {};
            }
            d->finished = true;
        }
    } else {
        out.resize(maxBytes);
        qint64 produced = 0;
        while (produced < maxBytes) {
            if (!refill()) {
                m_error = tr("part %1 is truncated (the archive ends inside it)").arg(m_entry);
                return {};
            }
            d->zs.next_in = reinterpret_cast<Bytef *>(d->input.data());
            d->zs.avail_in = static_cast<uInt>(d->input.size());
            d->zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
            d->zs.avail_out = static_cast<uInt>(maxBytes - produced);
            const int rc = inflate(&d->zs, Z_NO_FLUSH);
            produced = maxBytes - d->zs.avail_out;
            d->input.remove(0, d->input.size() - d->zs.avail_in);
            if (rc == Z_STREAM_END) {
                d->finished = true;
                break;
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                m_error = tr("part %1 is damaged (%2)")
                              .arg(m_entry, QString::fromLatin1(d->zs.msg ? d->zs.msg : "inflate"));
                return {};
            }
        }
        out.resize(produced);
    }
    m_inflated += out.size();
    if (m_inflated > m_limits.maxEntryBytes) {
        m_error = tr("part %1 inflates to more than %2 MB; refused")
                      .arg(m_entry)
                      .arg(m_limits.maxEntryBytes >> 20);
        return {};
    }
    if (m_inflated > m_limits.ratioGraceBytes
        && double(m_inflated) > m_limits.maxRatio * double(std::max<qint64>(m_compressedRead, 1))) {
        m_error = tr("part %1 inflates more than %2 times its compressed size (a zip bomb?); refused")
                      .arg(m_entry)
                      .arg(m_limits.maxRatio);
        return {};
    }
    return out;
}

QByteArray ZipEntryStream::readAll()
{
    QByteArray all;
    while (!atEnd()) {
        const QByteArray chunk = read();
        if (chunk.isEmpty() && !d->finished)
            break;
        all += chunk;
    }
    return hasError() ? QByteArray() : all;
}

} // namespace tp
