#include "discoveredtagmodel.h"

#include <algorithm>

namespace tp {

DiscoveredTagModel::DiscoveredTagModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiscoveredTagModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_checked.clear();
    m_checked.reserve(rows.size());
    for (const Row &r : rows)
        m_checked.append(r.checkable);
    endResetModel();
    Q_EMIT checkedChanged();
}

void DiscoveredTagModel::setAllChecked(bool checked)
{
    if (m_rows.isEmpty())
        return;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_checked[i] = checked && m_rows.at(i).checkable;
    Q_EMIT dataChanged(index(0, Name), index(int(m_rows.size()) - 1, Name), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

QStringList DiscoveredTagModel::checkedNames() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_checked.at(i))
            names.append(m_rows.at(i).name);
    return names;
}

int DiscoveredTagModel::checkedCount() const
{
    return int(std::count(m_checked.cbegin(), m_checked.cend(), true));
}

int DiscoveredTagModel::checkableCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.checkable; }));
}

int DiscoveredTagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiscoveredTagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiscoveredTagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::ParentIsInvalid) || !index.isValid())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Name)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole) {
        if (!r.checkable)
            return r.whyNot;
        if (index.column() == Notes && !r.notes.isEmpty())
            return r.notes.join(u'\n');
        if (index.column() == Description && !r.description.isEmpty())
            return r.description;
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name: return r.name;
    case Description: return r.description;
    case EngineeringUnit: return r.engineeringUnit;
    case PointType: return r.pointType;
    case Notes: return r.notes.join(QStringLiteral("; "));
    default: return {};
    }
}

bool DiscoveredTagModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != Name || !m_rows.at(index.row()).checkable)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_checked.at(index.row()) == checked)
        return true;
    m_checked[index.row()] = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags DiscoveredTagModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::ParentIsInvalid) || !index.isValid())
        return Qt::NoItemFlags;
    const Row &r = m_rows.at(index.row());
    if (!r.checkable)
        return Qt::ItemIsSelectable; // shown, but greyed out: it cannot be a tag
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant DiscoveredTagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Description: return tr("Description");
    case EngineeringUnit: return tr("Eng. unit");
    case PointType: return tr("Point type");
    case Notes: return tr("In the file");
    default: return {};
    }
}

} // namespace tp
