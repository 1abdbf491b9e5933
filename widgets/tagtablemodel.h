#pragma once

#include "runtime/unitsnapshot.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace tp {

/** A unit's tags with their newest value, quality, alarm and indicators; checkable for trends. */
class TagTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Description, Kind, Value, Quality, Alarm, Indicators, ColumnCount };
    static constexpr int NameRole = Qt::UserRole + 1;   ///< the full tag name
    static constexpr int KindRole = Qt::UserRole + 2;   ///< int(TagKind)
    static constexpr int AlarmRole = Qt::UserRole + 3;  ///< true when the tag has a standing alarm
    static constexpr int SortRole = Qt::UserRole + 4;

    explicit TagTableModel(QObject *parent = nullptr);
    void setSnapshot(const UnitSnapshot &snapshot);
    QStringList checkedTags() const;
    void setChecked(const QString &tag, bool checked);
    int rowOf(const QString &tag) const;
    const TagSnapshot *tagAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedTagsChanged(const QStringList &tags);

private:
    QList<TagSnapshot> m_tags;
    QStringList m_checked; ///< in the order they were checked
};

/** Filters tags by text (name or description), kind and "alarming only". */
class TagFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void setKind(std::optional<TagKind> kind);
    void setAlarmingOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<TagKind> m_kind;
    bool m_alarmingOnly = false;
};

} // namespace tp
