#pragma once

#include "runtime/alarmfigures.h"
#include "runtime/fleetclock.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QTableView;

namespace tp {

class JournalModel;

/**
 * The alarm journal of one unit or of the fleet, newest first, with filters (unit, priority,
 * kind, time range) and, for the fleet, the ISA-18.2 / EEMUA 191 figures of the range above
 * it. Reads the stores on a pool thread; refresh() again after news (an action, a refresh).
 */
class JournalView : public QWidget
{
    Q_OBJECT
public:
    JournalView(QString dataDir, QList<UnitConfig> units, bool withFigures,
                std::shared_ptr<const FleetClock> clock, QWidget *parent = nullptr);

    void setUnits(const QList<UnitConfig> &units);
    void refresh();

    JournalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    const AlarmFigures &figures() const { return m_figures; }

Q_SIGNALS:
    /** A refresh finished and the table shows its result. */
    void refreshed();

private:
    struct Result {
        QList<JournalEntry> entries;
        AlarmFigures figures;
    };
    JournalFilter filter() const;
    QString figuresText() const;

    QString m_dataDir;
    QList<UnitConfig> m_units;
    std::shared_ptr<const FleetClock> m_clock;
    JournalModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_span = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_figuresLabel = nullptr;
    AlarmFigures m_figures;
    int m_generation = 0; ///< only the newest refresh's result is shown
};

} // namespace tp
