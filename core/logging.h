#pragma once

#include <QLoggingCategory>

// Logging categories of tp_core, one per module (messages are for developers, in English).
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcRuntime)
Q_DECLARE_LOGGING_CATEGORY(lcPi)
