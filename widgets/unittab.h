#pragma once

#include "config/fleetconfig.h"
#include "runtime/unitsnapshot.h"

#include <QSet>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace tp {

class AlarmTableModel;
class JournalView;
class Fleet;
class HealthPanel;
class ImportDialog;
class RulPanel;
class TagFilterProxy;
class TagTableModel;
class TrendChart;

/** One unit: tag browser, trend, health, remaining life and alarms. */
class UnitTab : public QWidget
{
    Q_OBJECT
public:
    UnitTab(UnitConfig unit, QString dataDir, Fleet *fleet, QWidget *parent = nullptr);

    void setSnapshot(const UnitSnapshot &snapshot);
    const QString &unitId() const { return m_unit.unitId; }
    const UnitConfig &unit() const { return m_unit; }

    TagTableModel *tagModel() const { return m_tags; }
    QTableView *tagView() const { return m_tagView; }
    QLineEdit *tagSearch() const { return m_search; }
    TrendChart *trend() const { return m_trend; }
    HealthPanel *health() const { return m_health; }
    RulPanel *rul() const { return m_rul; }
    QTableView *alarmView() const { return m_alarmView; }
    AlarmTableModel *alarmModel() const { return m_alarms; }
    QTabWidget *pages() const { return m_pages; }
    JournalView *journal() const { return m_journal; }
    /** The Alarms page with @p alarmKey selected, and its tag trended around its raise. */
    void showAlarm(const QString &alarmKey);
    /** A new import dialog for this unit (deleted when closed); the caller shows it. */
    ImportDialog *openImport();
    /** Presets in ms; 0 = all. */
    void choosePreset(qint64 spanMs);

    /** Acknowledges the alarm (as @p user, with @p comment). */
    void acknowledge(const QString &alarmKey, const QString &user, const QString &comment);
    /** Shelves it until @p until (0: for 8 hours of unit time). */
    void shelve(const QString &alarmKey, const QString &user, const QString &comment, qint64 until);
    /** Stores an annotation at @p ts (on a pool thread) and reloads the trend. */
    void annotate(qint64 ts, const QString &user, const QString &text);
    /** Writes the raw samples of the trend's tags in its visible range to @p path. */
    void exportCsv(const QString &path);

Q_SIGNALS:
    void annotationStored(bool ok, const QString &message);
    void csvExported(bool ok, const QString &message);

private:
    void askAnnotation(qint64 ts);
    void askAcknowledge(bool shelve);

    UnitConfig m_unit;
    QString m_dataDir;
    Fleet *m_fleet = nullptr;
    QLabel *m_header = nullptr;
    TagTableModel *m_tags = nullptr;
    TagFilterProxy *m_tagProxy = nullptr;
    QTableView *m_tagView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_alarmingOnly = nullptr;
    QTabWidget *m_pages = nullptr;
    TrendChart *m_trend = nullptr;
    QButtonGroup *m_presets = nullptr;
    QCheckBox *m_live = nullptr;
    HealthPanel *m_health = nullptr;
    RulPanel *m_rul = nullptr;
    AlarmTableModel *m_alarms = nullptr;
    QSortFilterProxyModel *m_alarmProxy = nullptr;
    QTableView *m_alarmView = nullptr;
    QWidget *m_alarmPage = nullptr;
    JournalView *m_journal = nullptr;
    bool m_firstSnapshot = true;
    QSet<QString> m_pendingActions; ///< asked for here: a refusal is shown here
};

} // namespace tp
