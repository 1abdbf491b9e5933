#pragma once

#include "runtime/remotesite.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tp {

/**
 * "Add remote site": name, URL and token of a turbopredictd, and how much history to copy.
 * OK asks the site for its units in the background (the dialog stays responsive and says what
 * it is doing); only a site that answered is accepted, otherwise the reason is shown.
 */
class RemoteSiteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RemoteSiteDialog(QWidget *parent = nullptr);
    ~RemoteSiteDialog() override;

    void setSite(const QString &name, const QString &url, const QByteArray &token, int historyDays);
    /** The site as it answered, with its units (after accepted()). */
    RemoteSite site() const { return m_site; }
    QString statusText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void discoveryFailed(const QString &error);

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QSpinBox *m_history = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<SiteDiscovery> m_watcher;
    RemoteSite m_site;
};

} // namespace tp
