#include "tagtablemodel.h"

#include "presentation.h"

#include <QFont>

namespace tp {

TagTableModel::TagTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TagTableModel::setSnapshot(const UnitSnapshot &snapshot)
{
    if (snapshot.tags.size() != m_tags.size()) {
        beginResetModel();
        m_tags = snapshot.tags;
        endResetModel();
        return;
    }
    m_tags = snapshot.tags; // the same tags in the same order: values changed
    if (!m_tags.isEmpty())
        Q_EMIT dataChanged(index(0, Value), index(int(m_tags.size()) - 1, ColumnCount - 1));
}

QStringList TagTableModel::checkedTags() const
{
    return m_checked;
}

void TagTableModel::setChecked(const QString &tag, bool checked)
{
    const int row = rowOf(tag);
    if (row >= 0)
        setData(index(row, Name), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int TagTableModel::rowOf(const QString &tag) const
{
    for (int i = 0; i < m_tags.size(); ++i)
        if (m_tags[i].name == tag)
            return i;
    return -1;
}

const TagSnapshot *TagTableModel::tagAt(int row) const
{
    return row >= 0 && row < m_tags.size() ? &m_tags[row] : nullptr;
}

int TagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int TagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagSnapshot &t = m_tags[index.row()];
    switch (role) {
    case NameRole: return t.name;
    case KindRole: return int(t.kind);
    case AlarmRole: return t.alarm.has_value() && *t.alarm != AlarmState::Normal;
    case SortRole:
        if (index.column() == Value)
            return t.value;
        return data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        if (index.column() == Name)
            return m_checked.contains(t.name) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return Presentation::shortTag(t.name);
        case Description: return t.description;
        case Kind: return Presentation::kindText(t.kind);
        case Value: return t.ts > 0 ? Presentation::value(t.value, t.engineeringUnit) : QString();
        case Quality:
            if (t.stale)
                return tr("stale");
            return t.quality == u"good" ? tr("good") : t.quality;
        case Alarm: return t.alarm ? alarmStateText(*t.alarm) : QString();
        case Indicators: return Presentation::indicatorsText(t.indicators);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return t.name;
        if (index.column() == Value && t.ts > 0)
            return tr("at %1").arg(Presentation::dateTime(t.ts));
        break;
    case Qt::FontRole:
        if (t.alarm && (*t.alarm == AlarmState::ActiveUnacknowledged || *t.alarm == AlarmState::ReturnedUnacknowledged)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool TagTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Name || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString &name = m_tags[index.row()].name;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(name))
        return true;
    if (checked)
        m_checked.append(name);
    else
        m_checked.removeAll(name);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedTagsChanged(m_checked);
    return true;
}

Qt::ItemFlags TagTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Tag");
    case Description: return tr("Description");
    case Kind: return tr("Kind");
    case Value: return tr("Value");
    case Quality: return tr("Quality");
    case Alarm: return tr("Alarm");
    case Indicators: return tr("Indicators");
    }
    return {};
}

void TagFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void TagFilterProxy::setKind(std::optional<TagKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void TagFilterProxy::setAlarmingOnly(bool on)
{
    m_alarmingOnly = on;
    invalidateFilter();
}

bool TagFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && i.data(TagTableModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_alarmingOnly && !i.data(TagTableModel::AlarmRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    const QString description = sourceModel()->index(sourceRow, TagTableModel::Description, sourceParent).data().toString();
    return i.data(TagTableModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive)
        || description.contains(m_text, Qt::CaseInsensitive);
}

} // namespace tp
