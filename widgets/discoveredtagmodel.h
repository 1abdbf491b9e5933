#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace tp {

/**
 * The tags a discovery found (PI points or an export's columns), one row each with a check box
 * in the name column: the checked rows become the new unit's tags. Rows that cannot be a tag
 * (a PI String point) are shown unchecked and cannot be checked. GUI thread only.
 */
class DiscoveredTagModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Description, EngineeringUnit, PointType, Notes, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    struct Row {
        QString name;
        QString description;
        QString engineeringUnit;
        QString pointType;
        QStringList notes;
        bool checkable = true;
        QString whyNot;          ///< tooltip of a row that cannot be checked
    };

    explicit DiscoveredTagModel(QObject *parent = nullptr);

    /** Replaces the rows; every checkable row starts checked. */
    void setRows(const QList<Row> &rows);
    void clear() { setRows({}); }
    const Row &row(int r) const { return m_rows.at(r); }

    bool isChecked(int row) const { return m_checked.at(row); }
    void setAllChecked(bool checked);
    /** The checked rows' names, in row order. */
    QStringList checkedNames() const;
    int checkedCount() const;
    int checkableCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The set of checked rows changed (one row, all rows, or new rows). */
    void checkedChanged();

private:
    QList<Row> m_rows;
    QList<bool> m_checked;
};

} // namespace tp
