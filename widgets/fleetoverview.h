#pragma once

#include "config/fleetconfig.h"
#include "runtime/unitsnapshot.h"

#include <QFrame>
#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace tp {

/** One unit at a glance: health, mode, worst alarm, RUL, freshness, refresh, error. */
class UnitCard : public QFrame
{
    Q_OBJECT
public:
    UnitCard(const UnitConfig &unit, QWidget *parent = nullptr);
    void setSnapshot(const UnitSnapshot &snapshot);
    const QString &unitId() const { return m_unitId; }
    const std::optional<UnitSnapshot> &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void activated(const QString &unitId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fitHeight();

    QString m_unitId;
    QByteArray m_timeZone;
    std::optional<UnitSnapshot> m_snapshot;
    QLabel *m_title = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_grade = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_alarm = nullptr;
    QLabel *m_rul = nullptr;
    QLabel *m_fresh = nullptr;
    QLabel *m_error = nullptr;
};

/**
 * The fleet overview: a card per unit, grouped by plant or sorted worst first (health, RUL).
 * Clicking a card (or Enter on it) asks for the unit's tab.
 */
class FleetOverview : public QWidget
{
    Q_OBJECT
public:
    enum class Order { ByPlant, WorstHealth, ShortestRul };

    explicit FleetOverview(QWidget *parent = nullptr);
    void setFleet(const FleetConfig &fleet);
    void setSnapshot(const UnitSnapshot &snapshot);
    void setOrder(Order order);
    UnitCard *card(const QString &unitId) const { return m_cards.value(unitId); }
    /** The unit ids in their displayed order. */
    QStringList displayedOrder() const;

Q_SIGNALS:
    void unitActivated(const QString &unitId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    FleetConfig m_fleet;
    QComboBox *m_order = nullptr;
    QWidget *m_canvas = nullptr;
    QVBoxLayout *m_canvasLayout = nullptr;
    QHash<QString, UnitCard *> m_cards;
    QList<QWidget *> m_sections;
    QStringList m_displayed;
    int m_columns = 0;
};

} // namespace tp
