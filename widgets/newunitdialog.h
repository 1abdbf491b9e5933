#pragma once

#include "config/fleetconfig.h"
#include "config/unitfilewriter.h"
#include "pi/pidiscovery.h"

#include <QDialog>
#include <QSet>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QFutureWatcherBase;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace tp {

class DiscoveredTagModel;

/**
 * File › New unit: a unit file made from the points of a PI Web API or the columns of a
 * historian export, without hand-written YAML (the GUI's `turbopredictd discover-pi` and
 * `discover-file`).
 *
 * Non-modal. Listing points, reading an export, copying the demo fleet, writing the unit file
 * and checking it all run on pool threads; the dialog says what it is doing and stays
 * responsive. "Create unit" writes `units/<ID>.yml` into the configuration folder (never over
 * an existing file; a typed PI password goes into `units/<ID>.pi-password`, readable by the
 * owner only, and the unit file names that file), then reads the folder as check-config does:
 * with errors the files are removed again and the errors are listed here in check-config's
 * words; without, unitCreated() is emitted with the unit as read and the dialog closes.
 *
 * When the window shows the built-in demo fleet (configuration folder ""), Create first offers
 * to write an editable copy of it; configDirectoryCreated() then names the copy, which the
 * window makes its configuration folder.
 *
 * Closing the dialog while a discovery runs drops its result (a PI listing stops after the
 * page it is reading); it cannot be closed while the unit file is being written.
 */
class NewUnitDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Source { Pi, ExportFile };

    explicit NewUnitDialog(QWidget *parent = nullptr);
    ~NewUnitDialog() override;

    /** The configuration folder the unit file goes into; "" = the built-in demo fleet. */
    void setConfigDirectory(const QString &directory);
    QString configDirectory() const { return m_configDir; }
    /** The fleet's unit ids: a new unit cannot take one (compared as the loader does, ignoring case). */
    void setExistingUnitIds(const QStringList &unitIds);
    /** Where the demo fleet's copy is offered: `<AppConfigLocation>/fleet`. */
    static QString defaultFleetCopyDirectory();

    void setUnit(const QString &unitId, const QString &plant, const QByteArray &timeZone);
    Source source() const;
    void setSource(Source source);

    /** The PI tab's list and the export tab's list (check a row to make it a tag). */
    DiscoveredTagModel *pointModel() const { return m_pointModel; }
    DiscoveredTagModel *exportTagModel() const { return m_exportModel; }
    /** The last message under the lists (what failed or what is being done). */
    QString statusText() const;
    /** What reading the configuration said of the unit file at the last Create: check-config's
     *  "file:line: key: message" lines, errors and warnings. */
    QStringList diagnostics() const { return m_diagnostics; }
    /** The warnings among them after a successful Create (the window lists them as problems). */
    QStringList warnings() const { return m_warnings; }

public Q_SLOTS:
    /** Lists the PI data server's points that match the name filter (again: stops a listing). */
    void findPoints();
    /** Reads the export file as the unit will read it and lists its tags. */
    void readTags();
    /** Validates, writes, checks; see the class comment. */
    void createUnit();
    void reject() override;

Q_SIGNALS:
    void pointsListed(bool ok, const QString &error);
    void tagsRead(bool ok, const QString &error);
    /** The demo fleet was copied into @p directory, now the configuration folder. */
    void configDirectoryCreated(const QString &directory);
    /** The unit file was written and reads without errors; @p unit as the loader read it. */
    void unitCreated(const tp::UnitConfig &unit);
    void creationFailed(const QString &reason);

private:
    QWidget *makePiPage();
    QWidget *makeExportPage();
    QTableView *makeTagView(DiscoveredTagModel *model, const QString &objectName);
    QWidget *makeSelectionBar(DiscoveredTagModel *model, const QString &objectName, bool points);
    void updateAuthRows();
    void updateNameFilter();
    void setPiBusy(bool busy);
    void setExportBusy(bool busy);
    void setCreating(bool creating);
    void fail(const QString &reason);
    /** The PI source as the fields give it (files as absolute paths). */
    SourceConfig piSource() const;
    PiAuth piAuth() const;
    std::optional<UnitDraft> makeDraft(const QString &configDir, const QString &unitId, QString *error) const;
    void askForFleetCopy();
    void startCreate(const QString &configDir, bool copyDemo);

    QString m_configDir;
    QSet<QString> m_existingIds; ///< lower case
    QLineEdit *m_unitId = nullptr;
    QLineEdit *m_plant = nullptr;
    QComboBox *m_timeZone = nullptr;
    QTabWidget *m_tabs = nullptr;

    // From PI
    QWidget *m_piConnection = nullptr;
    QStackedWidget *m_authPages = nullptr;
    QLineEdit *m_piUrl = nullptr;
    QLineEdit *m_piDataServer = nullptr;
    QComboBox *m_piAuth = nullptr;
    QLineEdit *m_piUser = nullptr;
    QLineEdit *m_piPassword = nullptr;
    QLineEdit *m_piPasswordFile = nullptr;
    QLineEdit *m_piTokenUrl = nullptr;
    QLineEdit *m_piClientId = nullptr;
    QLineEdit *m_piClientSecretFile = nullptr;
    QLineEdit *m_piCaFile = nullptr;
    QLineEdit *m_piFilter = nullptr;
    bool m_filterEdited = false;
    QPushButton *m_findPoints = nullptr;
    QLabel *m_piProgress = nullptr;
    DiscoveredTagModel *m_pointModel = nullptr;
    QTableView *m_pointView = nullptr;
    PiPointList m_points;
    QFutureWatcherBase *m_piJob = nullptr;

    // From an export file
    QLineEdit *m_exportFile = nullptr;
    QLineEdit *m_exportSheet = nullptr;
    QPushButton *m_readTags = nullptr;
    QLabel *m_exportProgress = nullptr;
    DiscoveredTagModel *m_exportModel = nullptr;
    QTableView *m_exportView = nullptr;
    UnitDraft m_exportDraft;
    QByteArray m_exportZone;     ///< the zone the file's local times were read in
    qint64 m_exportValues = 0;
    QFutureWatcherBase *m_exportJob = nullptr;

    QListWidget *m_diagnosticList = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_close = nullptr;
    QFutureWatcherBase *m_createJob = nullptr;
    QStringList m_diagnostics;
    QStringList m_warnings;
};

} // namespace tp
