#include "remotesitedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

namespace tp {

RemoteSiteDialog::RemoteSiteDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add remote site"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("The units of a site's TurboPredict server (turbopredictd serve) appear in the fleet under "
                                "the site's name. Their data is copied here, so it stays readable while the site cannot be reached."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("siteName"));
    m_name->setPlaceholderText(tr("e.g. Offshore-A"));
    form->addRow(tr("Site &name:"), m_name);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("siteUrl"));
    m_url->setPlaceholderText(tr("https://site-host:8080"));
    form->addRow(tr("Server &URL:"), m_url);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("siteToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("the site's API token"));
    form->addRow(tr("&Token:"), m_token);
    m_history = new QSpinBox(this);
    m_history->setObjectName(QStringLiteral("siteHistory"));
    m_history->setRange(1, 400);
    m_history->setValue(30);
    m_history->setSuffix(tr(" days"));
    form->addRow(tr("&History to copy:"), m_history);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("siteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect and add"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoteSiteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<SiteDiscovery>::finished, this, [this] {
        if (result() == QDialog::Rejected && !isVisible())
            return; // cancelled meanwhile
        const SiteDiscovery d = m_watcher.result();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_token),
                           static_cast<QWidget *>(m_history)})
            w->setEnabled(true);
        if (!d.ok) {
            m_status->setText(tr("Not added: %1").arg(d.error));
            Q_EMIT discoveryFailed(d.error);
            return;
        }
        m_site = d.site;
        m_status->setText(tr("%1 serves %n unit(s).", nullptr, int(d.site.units.size())).arg(d.site.url));
        QDialog::accept();
    });
    resize(520, sizeHint().height());
}

RemoteSiteDialog::~RemoteSiteDialog()
{
    // Never waits: a discovery still running ends on its pool thread and its result is dropped.
    m_watcher.disconnect(this);
}

void RemoteSiteDialog::setSite(const QString &name, const QString &url, const QByteArray &token, int historyDays)
{
    m_name->setText(name);
    m_url->setText(url);
    m_token->setText(QString::fromUtf8(token));
    m_history->setValue(historyDays);
}

QString RemoteSiteDialog::statusText() const
{
    return m_status->text();
}

void RemoteSiteDialog::accept()
{
    if (!m_watcher.isFinished())
        return;
    if (RemoteSites::cleanName(m_name->text()).isEmpty()) {
        m_status->setText(tr("Give the site a name."));
        m_name->setFocus();
        return;
    }
    if (m_url->text().trimmed().isEmpty()) {
        m_status->setText(tr("Give the URL of the site's server."));
        m_url->setFocus();
        return;
    }
    RemoteSite site;
    site.name = m_name->text();
    site.url = m_url->text().trimmed();
    site.token = m_token->text().trimmed().toUtf8();
    site.history = std::chrono::hours(24 * m_history->value());
    m_status->setText(tr("Connecting to %1...").arg(site.url));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_token),
                       static_cast<QWidget *>(m_history)})
        w->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([site] { return RemoteSites::discover(site); }));
}

} // namespace tp
