#pragma once

#include <QString>

class QCoreApplication;
class QString;

namespace tp {

/** Installs Qt's own translations and TurboPredict's (compiled in under ":/i18n") for
 *  TP_LANGUAGE when set (e.g. "ms"), else @p language when given, else the system locale. */
void installTranslators(QCoreApplication &app, const QString &language = QString());

} // namespace tp
