#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace tp {

/** Exit statuses of turbopredictd. */
enum ExitStatus {
    ExitOk = 0,
    ExitFailure = 1,      ///< the command ran and found a problem (damaged store, I/O error)
    ExitInvalidInput = 2, ///< bad usage or invalid configuration
};

/**
 * The command line of `turbopredictd`: `turbopredictd <command> [options]`. Every command
 * accepts --config DIR, --data DIR and --help. Output for people on stdout, problems on stderr.
 */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tp::Cli)
public:
    explicit Cli(QStringList arguments);
    int run();

private:
    struct Command;
    static const QList<Command> &commands();

    int usage(int status);
    int checkConfig(const QString &configDir);
    int initConfig(const QStringList &positional);
    int checkStore(const QString &configDir, const QString &dataDir, const QString &unitId);

    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace tp
