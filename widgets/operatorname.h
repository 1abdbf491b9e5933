#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace tp {

/**
 * Who did it: the OS account and the name or initials the operator states, asked for the
 * first time an acknowledgement, a shelving or an annotation needs it and remembered until the
 * application closes (Settings: always ask, for a shared control-room login). Records keep
 * both, as "Name (account)".
 */
class OperatorName
{
    Q_DECLARE_TR_FUNCTIONS(tp::OperatorName)
public:
    /** The logged-on account (USERNAME on Windows, USER elsewhere). */
    static QString account();
    /** "A. Rahman (ahmad)", asking when needed; empty when the operator cancels. */
    static std::optional<QString> signature(QWidget *parent);
    /** What the records say for a stated name: "A. Rahman (ahmad)", or the account alone. */
    static QString signatureFor(const QString &name);
    /** Forgets the stated name (tests; a new shift on the same login). */
    static void forget();
};

} // namespace tp
