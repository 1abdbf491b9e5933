#include "cell.h"

namespace tp {

QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
    return name;
}

qsizetype columnFromReference(QByteArrayView reference)
{
    qsizetype column = 0;
    qsizetype letters = 0;
    for (char ch : reference) {
        const char u = (ch >= 'a' && ch <= 'z') ? char(ch - 32) : ch;
        if (u < 'A' || u > 'Z')
            break;
        column = column * 26 + (u - 'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

qsizetype columnFromReference(QStringView reference)
{
    qsizetype column = 0;
    qsizetype letters = 0;
    for (QChar ch : reference) {
        const char16_t u = ch.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

} // namespace tp
