#include "operatorname.h"

#include "preferences.h"

#include <QInputDialog>

namespace tp {

namespace {
QString g_name; // the stated name, until the application closes
}

QString OperatorName::account()
{
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? tr("unknown account") : user;
}

QString OperatorName::signatureFor(const QString &name)
{
    const QString stated = name.trimmed();
    return stated.isEmpty() || stated == account() ? account() : tr("%1 (%2)").arg(stated, account());
}

std::optional<QString> OperatorName::signature(QWidget *parent)
{
    if (g_name.isEmpty() || Preferences::load().alwaysAskName) {
        bool ok = false;
        const QString name = QInputDialog::getText(parent, tr("Who is this?"),
                                                   tr("Your name or initials, for the alarm journal and the audit "
                                                      "log (the account %1 is recorded too):").arg(account()),
                                                   QLineEdit::Normal, g_name, &ok);
        if (!ok || name.trimmed().isEmpty())
            return std::nullopt;
        g_name = name.trimmed();
    }
    return signatureFor(g_name);
}

void OperatorName::forget()
{
    g_name.clear();
}

} // namespace tp
