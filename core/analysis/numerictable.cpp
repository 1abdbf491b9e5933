#include "numerictable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <charconv>
#include <vector>

namespace tp {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tp::NumericTable)
};

} // namespace

std::optional<Eigen::MatrixXd> readNumericTable(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &message) -> std::optional<Eigen::MatrixXd> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("%1: %2").arg(shown, file.errorString()));
    const QByteArray bytes = file.readAll();
    std::vector<double> values;
    Eigen::Index columns = -1, rows = 0;
    const char *p = bytes.constData();
    const char *end = p + bytes.size();
    int line = 0;
    while (p < end) {
        ++line;
        const char *eol = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        Eigen::Index count = 0;
        const char *q = p;
        while (q < eol) {
            while (q < eol && (*q == ' ' || *q == '\t' || *q == '\r' || *q == ','))
                ++q;
            if (q >= eol)
                break;
            double v = 0;
            const char *start = q;
            if (*q == '+')
                ++q;
            auto [next, ec] = std::from_chars(q, eol, v);
            if (ec != std::errc() || (next < eol && *next != ' ' && *next != '\t' && *next != '\r' && *next != ','))
                return fail(Tr::tr("%1, line %2, column %3: \"%4\" is not a number")
                                .arg(shown).arg(line).arg(count + 1)
                                .arg(QString::fromUtf8(start, std::min<qsizetype>(20, eol - start)).section(u' ', 0, 0)));
            values.push_back(v);
            ++count;
            q = next;
        }
        if (count > 0) {
            if (columns < 0)
                columns = count;
            else if (count != columns)
                return fail(Tr::tr("%1, line %2: %3 values where the first row has %4")
                                .arg(shown).arg(line).arg(count).arg(columns));
            ++rows;
        }
        p = eol + 1;
    }
    if (rows == 0)
        return fail(Tr::tr("%1: no numbers").arg(shown));
    return Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(values.data(), rows, columns);
}

} // namespace tp
