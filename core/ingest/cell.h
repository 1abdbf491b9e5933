#pragma once

#include <QList>
#include <QString>

namespace tp {

/** One cell of an export, as its producer wrote it. */
struct Cell {
    enum class Type { Empty, Number, DateTime, Text, Error, Bool };
    Type type = Type::Empty;
    double number = 0.0;  ///< Number, Bool (0/1)
    qint64 localMs = 0;   ///< DateTime: plant-local wall-clock time as if it were UTC, in ms
    bool utc = false;     ///< DateTime: the text named its zone (Z, +08:00): localMs is UTC
    QString text;         ///< Text, Error ("#N/A"), and the raw text of a Number/DateTime
    int style = -1;       ///< xlsx: style index; -1 for none

    bool isEmpty() const { return type == Type::Empty; }
};

/** One row: 1-based row number and its cells by 0-based column (missing cells are Empty). */
struct RawRow {
    qint64 number = 0;
    QList<Cell> cells;

    const Cell &at(qsizetype column) const
    {
        static const Cell empty;
        return column < cells.size() ? cells.at(column) : empty;
    }
};

/** "A", "B", ... "AA": the spreadsheet name of a 0-based column. */
QString columnName(qsizetype column);
/** 0-based column of a reference such as "AB12"; -1 when there are no letters. */
qsizetype columnFromReference(QStringView reference);
qsizetype columnFromReference(QByteArrayView reference);

} // namespace tp
