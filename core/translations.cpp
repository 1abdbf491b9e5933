#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tp {

void installTranslators(QCoreApplication &app, const QString &preferred)
{
    QString language = qEnvironmentVariable("TP_LANGUAGE");
    if (language.isEmpty())
        language = preferred;
    QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // LANG=C (containers, services) reads as English: the English catalogue holds the plural
    // forms ("13 units", not "13 unit(s)").
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const struct {
        const char *name;
        bool builtIn;
    } catalogues[] = {{"qtbase", false}, {"turbopredict_core", true},
                      {"turbopredict_widgets", true}, {"turbopredict_app", true}, {"turbopredict_server", true},
                      {"turbopredict_gui", true}};
    for (const auto &catalogue : catalogues) {
        auto *translator = new QTranslator(&app);
        const QString directory = catalogue.builtIn ? QStringLiteral(":/i18n") : qtPath;
        if (translator->load(locale, QString::fromLatin1(catalogue.name), QStringLiteral("_"),
                             directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

} // namespace tp
