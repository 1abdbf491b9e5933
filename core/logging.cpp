#include "logging.h"

Q_LOGGING_CATEGORY(lcConfig, "tp.core.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "tp.core.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRuntime, "tp.core.runtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPi, "tp.core.pi", QtInfoMsg)
