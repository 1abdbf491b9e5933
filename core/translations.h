#pragma once

class QCoreApplication;

namespace tp {

/** Installs Qt's own translations and TurboPredict's (compiled in under ":/i18n") for the
 *  system locale, or for the language in TP_LANGUAGE when set (e.g. "ms"). */
void installTranslators(QCoreApplication &app);

} // namespace tp
