#pragma once

#include "runtime/alarmjournal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace tp {

/** Alarm-journal entries as a read-only table, newest first (the order they are given in). */
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Unit, Priority, Kind, Alarm, Value, User, Comment, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int UnitRole = Qt::UserRole + 2;

    explicit JournalModel(QObject *parent = nullptr);

    /** Replaces the rows; times are shown in each unit's display zone from @p zones. */
    void setEntries(const QList<JournalEntry> &entries, const QHash<QString, QTimeZone> &zones);
    const JournalEntry &entryAt(int row) const { return m_entries[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JournalEntry> m_entries;
    QHash<QString, QTimeZone> m_zones;
};

} // namespace tp
