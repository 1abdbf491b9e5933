#include "settingsdialog.h"

#include <QTimeZone>

#include "config/fleetconfigloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tp {

namespace {
QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const QString &title)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto *browse = new QPushButton(SettingsDialog::tr("Browse..."), row);
    h->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, parent, title] {
        const QString dir = QFileDialog::getExistingDirectory(parent, title, edit->text());
        if (!dir.isEmpty())
            edit->setText(QDir::toNativeSeparators(dir));
    });
    return row;
}
} // namespace

SettingsDialog::SettingsDialog(const Preferences &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    resize(720, 520);
    m_watcher = new QFutureWatcher<FleetConfigResult>(this);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_data = new QLineEdit(QDir::toNativeSeparators(current.dataDir), this);
    m_data->setPlaceholderText(tr("Default: the per-user data folder"));
    form->addRow(tr("&Data folder:"), withBrowse(m_data, this, tr("Data folder")));
    m_config = new QLineEdit(QDir::toNativeSeparators(current.configDir), this);
    m_config->setObjectName(QStringLiteral("configDir"));
    m_config->setPlaceholderText(tr("Empty: the built-in demo fleet"));
    form->addRow(tr("&Configuration folder:"), withBrowse(m_config, this, tr("Configuration folder")));
    m_configState = new QLabel(this);
    m_configState->setWordWrap(true);
    form->addRow(QString(), m_configState);
    m_language = new QComboBox(this);
    for (const auto &[code, name] : Preferences::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect when TurboPredict is started again."), this);
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Light grey (ISA-101)"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark control room"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));
    form->addRow(tr("&Theme:"), m_theme);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->addItem(tr("Each unit's plant zone"), QStringLiteral("plant"));
    m_zone->addItem(tr("This computer's zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QStringLiteral("local"));
    m_zone->addItem(tr("UTC"), QStringLiteral("utc"));
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(current.timeZone)));
    form->addRow(tr("Show times &in:"), m_zone);
    m_askName = new QCheckBox(tr("Ask for the operator's name at every acknowledgement (shared login)"), this);
    m_askName->setObjectName(QStringLiteral("alwaysAskName"));
    m_askName->setChecked(current.alwaysAskName);
    form->addRow(QString(), m_askName);
    m_span = new QSpinBox(this);
    m_span->setRange(1, 24 * 366);
    m_span->setSuffix(tr(" h"));
    m_span->setValue(current.trendSpanHours);
    form->addRow(tr("Default trend &span:"), m_span);
    m_live = new QSpinBox(this);
    m_live->setObjectName(QStringLiteral("liveRefresh"));
    m_live->setRange(1, 600);
    m_live->setSuffix(tr(" s"));
    m_live->setValue(current.liveRefreshSeconds);
    form->addRow(tr("Live trends &refresh every:"), m_live);
    m_shift = new QSpinBox(this);
    m_shift->setRange(1, 72);
    m_shift->setSuffix(tr(" h"));
    m_shift->setValue(current.shiftHours);
    form->addRow(tr("Handover report &covers the last:"), m_shift);
    layout->addLayout(form);
    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("configProblems"));
    m_problems->setHeaderLabels({tr("Severity"), tr("Problem in the configuration")});
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_problems, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_config, &QLineEdit::editingFinished, this, &SettingsDialog::validateConfig);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] { Theme::apply(m_theme->currentData().toString()); });
    connect(m_watcher, &QFutureWatcher<FleetConfigResult>::finished, this, [this] {
        const FleetConfigResult r = m_watcher->result();
        m_problems->clear();
        for (const ConfigDiagnostic &d : r.diagnostics) {
            auto *item = new QTreeWidgetItem(m_problems, {d.isError() ? tr("Error") : tr("Warning"), d.toString()});
            item->setIcon(0, style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        }
        if (std::exchange(m_validateQueued, false)) {
            validateConfig(); // the folder changed meanwhile: check that one
            return;
        }
        m_configState->setText(r.ok() ? tr("Valid: %n unit(s).", nullptr, int(r.fleet->units.size()))
                                      : tr("Not usable: %n error(s), listed below.", nullptr, r.errorCount()));
        Q_EMIT configValidated(r.ok());
    });
    validateConfig();
}

SettingsDialog::~SettingsDialog()
{
    m_watcher->waitForFinished();
}

void SettingsDialog::validateConfig()
{
    if (!m_watcher->isFinished()) {
        m_validateQueued = true;
        return;
    }
    const QString dir = QDir::fromNativeSeparators(m_config->text().trimmed());
    m_configState->setText(tr("Checking the configuration..."));
    m_watcher->setFuture(QtConcurrent::run([dir] {
        return dir.isEmpty() ? FleetConfigLoader::loadDemo() : FleetConfigLoader::load(dir);
    }));
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.dataDir = QDir::fromNativeSeparators(m_data->text().trimmed());
    p.configDir = QDir::fromNativeSeparators(m_config->text().trimmed());
    p.language = m_language->currentData().toString();
    p.theme = m_theme->currentData().toString();
    p.timeZone = m_zone->currentData().toString();
    p.alwaysAskName = m_askName->isChecked();
    p.trendSpanHours = m_span->value();
    p.shiftHours = m_shift->value();
    p.liveRefreshSeconds = m_live->value();
    return p;
}

} // namespace tp
