#pragma once

#include <QList>
#include <QString>

namespace tp {

/** One finding while reading configuration: where it is, what key, and what is wrong. */
struct ConfigDiagnostic {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    int line = 0; ///< 1-based; 0 when the finding is about the file as a whole
    QString key;
    QString message; ///< translated
    /** A source file or folder that is not there: the unit shows an error until it is, the
     *  other units run; `check-config` refuses it. */
    bool missingSource = false;

    bool isError() const { return severity == Severity::Error; }
    /** "file:line: key: message", with "warning: " before the key for warnings. */
    QString toString() const;
};

using ConfigDiagnostics = QList<ConfigDiagnostic>;

} // namespace tp
