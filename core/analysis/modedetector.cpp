#include "modedetector.h"

#include <cmath>

namespace tp {

QString operatingModeId(OperatingMode mode)
{
    switch (mode) {
    case OperatingMode::Unknown: return QStringLiteral("unknown");
    case OperatingMode::Running: return QStringLiteral("running");
    case OperatingMode::Transient: return QStringLiteral("transient");
    case OperatingMode::Stopped: return QStringLiteral("stopped");
    }
    return QString();
}

std::optional<OperatingMode> operatingModeFromId(QStringView id)
{
    for (OperatingMode m : {OperatingMode::Unknown, OperatingMode::Running, OperatingMode::Transient,
                            OperatingMode::Stopped}) {
        if (operatingModeId(m) == id)
            return m;
    }
    return std::nullopt;
}

QString operatingModeText(OperatingMode mode)
{
    switch (mode) {
    case OperatingMode::Unknown: return ModeDetector::tr("Unknown");
    case OperatingMode::Running: return ModeDetector::tr("Running");
    case OperatingMode::Transient: return ModeDetector::tr("Transient");
    case OperatingMode::Stopped: return ModeDetector::tr("Stopped");
    }
    return QString();
}

ModeDetector::ModeDetector(const UnitConfig &unit, const ModeSettings &settings)
{
    m_minDwell = settings.minDwell.count();
    const TagConfig *role = nullptr;
    for (TagRole wanted : {TagRole::Speed, TagRole::MainFlow}) {
        for (const TagConfig &tag : unit.tags) {
            if (tag.role == wanted && tag.normalLow && *tag.normalLow > 0) {
                role = &tag;
                break;
            }
        }
        if (role)
            break;
    }
    if (!role)
        return;
    m_tag = role->name;
    const double base = *role->normalLow;
    m_runningAbove = settings.runningAbove * base;
    m_runningUntil = settings.runningUntil * base;
    m_stoppedBelow = settings.stoppedBelow * base;
    m_stoppedUntil = settings.stoppedUntil * base;
}

void ModeDetector::restore(OperatingMode mode, qint64 since)
{
    m_mode = mode;
    m_since = since;
    m_candidate = mode;
    m_candidateSince = since;
}

bool ModeDetector::feed(qint64 ts, double value, bool good)
{
    if (m_tag.isEmpty() || !good || !std::isfinite(value))
        return false;
    OperatingMode next = m_mode;
    switch (m_mode) {
    case OperatingMode::Unknown:
        next = value >= m_runningAbove ? OperatingMode::Running
            : value <= m_stoppedBelow  ? OperatingMode::Stopped
                                       : OperatingMode::Transient;
        break;
    case OperatingMode::Running:
        if (value < m_runningUntil)
            next = value <= m_stoppedBelow ? OperatingMode::Stopped : OperatingMode::Transient;
        break;
    case OperatingMode::Stopped:
        if (value > m_stoppedUntil)
            next = value >= m_runningAbove ? OperatingMode::Running : OperatingMode::Transient;
        break;
    case OperatingMode::Transient:
        if (value >= m_runningAbove)
            next = OperatingMode::Running;
        else if (value <= m_stoppedBelow)
            next = OperatingMode::Stopped;
        break;
    }
    if (next == m_mode) {
        m_candidate = m_mode;
        return false;
    }
    if (next != m_candidate) {
        // Running -> transient -> stopped is one stop: it began when the machine left running.
        const bool continuing = m_candidate != m_mode && m_candidate != OperatingMode::Running
            && next != OperatingMode::Running;
        m_candidate = next;
        if (!continuing)
            m_candidateSince = ts;
    }
    if (m_mode != OperatingMode::Unknown && ts - m_candidateSince < m_minDwell)
        return false;
    m_mode = next;
    m_since = m_candidateSince;
    return true;
}

} // namespace tp
