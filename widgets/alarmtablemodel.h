#pragma once

#include "runtime/unitsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tp {

/**
 * Standing alarms of one unit or of the whole fleet (one row per alarm), refreshed from the
 * units' snapshots. Sorted and filtered through a QSortFilterProxyModel by the views; the
 * sort role gives times and priorities as numbers.
 */
class AlarmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /** Since and Value are the raise record: they do not change when the alarm is acknowledged. */
    enum Column { Unit, Priority, State, Tag, Message, Value, Since, Acknowledged, Comment, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;    ///< the alarm's key
    static constexpr int UnitRole = Qt::UserRole + 2;
    static constexpr int SortRole = Qt::UserRole + 3;

    explicit AlarmTableModel(QObject *parent = nullptr);

    /** Replaces the rows of @p snapshot's unit with its standing alarms. */
    void setSnapshot(const UnitSnapshot &snapshot);
    const AlarmStatus *alarmAt(int row) const;
    QString unitAt(int row) const;
    int unacknowledged() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString unit;
        AlarmStatus alarm;
    };
    QList<Row> m_rows;
};

} // namespace tp
