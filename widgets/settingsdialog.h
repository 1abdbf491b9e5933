#pragma once

#include "preferences.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace tp {

struct FleetConfigResult;

/**
 * Preferences: data folder, configuration folder (validated in the background, problems
 * listed), language (takes effect at the next start, as the dialog says), theme (at once),
 * trend and report defaults.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const Preferences &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    Preferences preferences() const;
    /** Validates the configuration folder now (configValidated follows). */
    void validateConfig();
    QTreeWidget *problems() const { return m_problems; }
    QLineEdit *configEdit() const { return m_config; }
    QComboBox *themeBox() const { return m_theme; }

Q_SIGNALS:
    void configValidated(bool ok);

private:
    QLineEdit *m_data = nullptr;
    QLineEdit *m_config = nullptr;
    QLabel *m_configState = nullptr;
    QTreeWidget *m_problems = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_zone = nullptr;
    QCheckBox *m_askName = nullptr;
    QSpinBox *m_span = nullptr;
    QSpinBox *m_shift = nullptr;
    QSpinBox *m_live = nullptr;
    QFutureWatcher<struct FleetConfigResult> *m_watcher = nullptr;
    bool m_validateQueued = false;
};

} // namespace tp
