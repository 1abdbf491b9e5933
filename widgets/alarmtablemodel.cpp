#include "alarmtablemodel.h"

#include "presentation.h"

#include <QBrush>
#include <QFont>

namespace tp {

AlarmTableModel::AlarmTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlarmTableModel::setSnapshot(const UnitSnapshot &snapshot)
{
    // Rows are matched by unit and alarm key: an alarm keeps its row (and the view its
    // selection) while others come and go.
    QHash<QString, const AlarmStatus *> current;
    for (const AlarmStatus &a : snapshot.alarms)
        current.insert(a.key, &a);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows[i].unit != snapshot.unitId)
            continue;
        if (const auto it = current.constFind(m_rows[i].alarm.key); it != current.cend()) {
            m_rows[i].alarm = **it;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            current.remove(m_rows[i].alarm.key);
        } else {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QList<AlarmStatus> added;
    for (const AlarmStatus &a : snapshot.alarms) // in the snapshot's order (most urgent first)
        if (current.contains(a.key))
            added.append(a);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const AlarmStatus &a : added)
            m_rows.append({snapshot.unitId, a});
        endInsertRows();
    }
}

const AlarmStatus *AlarmTableModel::alarmAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].alarm : nullptr;
}

QString AlarmTableModel::unitAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].unit : QString();
}

int AlarmTableModel::unacknowledged() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.alarm.needsAcknowledgement(); }));
}

int AlarmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlarmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const AlarmStatus &a = r.alarm;
    switch (role) {
    case KeyRole: return a.key;
    case UnitRole: return r.unit;
    case SortRole:
        switch (index.column()) {
        case Priority: return int(a.priority);
        case Since: return a.raisedAt;
        case Acknowledged: return a.acknowledgedAt;
        case Value: return a.value;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Unit: return r.unit;
        case Priority: return tr("%1 %2").arg(Presentation::prioritySymbol(a.priority), Presentation::priorityText(a.priority));
        case State: return alarmStateText(a.state);
        case Tag: return Presentation::shortTag(a.tag);
        case Message: return a.message;
        case Value: return Presentation::value(a.value, a.engineeringUnit);
        case Since: return Presentation::dateTime(a.raisedAt);
        case Acknowledged:
            return a.acknowledgedBy.isEmpty() ? QString()
                                              : tr("%1, %2").arg(a.acknowledgedBy, Presentation::dateTime(a.acknowledgedAt));
        case Comment: return a.comment;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Tag)
            return a.tag;
        if (index.column() == State && a.state == AlarmState::Shelved)
            return tr("Shelved by %1 until %2").arg(a.shelvedBy, Presentation::dateTime(a.shelvedUntil));
        if (index.column() == Since)
            return tr("Raised at %1").arg(Presentation::dateTime(a.raisedAt));
        if (index.column() == Message || index.column() == Comment)
            return a.comment.isEmpty() ? a.message : tr("%1\nComment: %2").arg(a.message, a.comment);
        break;
    case Qt::DecorationRole:
        if (index.column() == Priority && a.isActive())
            return Presentation::priorityColor(a.priority);
        break;
    case Qt::FontRole:
        if (a.needsAcknowledgement()) {
            QFont f;
            f.setBold(true); // unacknowledged: bold as well as its state text
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

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit: return tr("Unit");
    case Priority: return tr("Priority");
    case State: return tr("State");
    case Tag: return tr("Tag");
    case Message: return tr("Alarm");
    case Value: return tr("Value at raise");
    case Since: return tr("Since");
    case Acknowledged: return tr("Acknowledged");
    case Comment: return tr("Comment");
    }
    return {};
}

} // namespace tp
