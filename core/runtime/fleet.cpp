#include "fleet.h"

#include "runtime/unitcontroller.h"

#include <QTimer>

namespace tp {

Fleet::Fleet(FleetConfig config, RuntimeOptions options, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_options(std::move(options))
{
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = UnitStore::defaultDataDir();
    m_options.store.busyTimeoutMs = static_cast<int>(m_config.global.busyTimeout.count());
    m_options.store.synchronous = m_config.global.synchronous;
    m_options.alarms = m_config.global.alarms;
    for (UnitConfig &unit : m_config.units) {
        if (m_options.simulatorHistory && unit.source.type == SourceType::Simulator)
            unit.source.history = *m_options.simulatorHistory;
    }
    for (const UnitConfig &unit : std::as_const(m_config.units))
        m_units.push_back(makeController(unit));
}

std::unique_ptr<UnitController> Fleet::makeController(const UnitConfig &unit)
{
    auto controller = std::make_unique<UnitController>(unit, m_options);
    connect(controller.get(), &UnitController::snapshotUpdated, this, &Fleet::snapshotUpdated);
    connect(controller.get(), &UnitController::stalled, this, &Fleet::unitStalled);
    connect(controller.get(), &UnitController::recovered, this, &Fleet::unitRecovered);
    connect(controller.get(), &UnitController::errorOccurred, this, &Fleet::errorOccurred);
    connect(controller.get(), &UnitController::actionFinished, this, &Fleet::actionFinished);
    return controller;
}

bool Fleet::addUnit(const UnitConfig &unit)
{
    if (this->unit(unit.unitId))
        return false;
    m_config.units.append(unit);
    m_units.push_back(makeController(unit));
    if (m_started)
        m_units.back()->start();
    return true;
}

bool Fleet::removeUnit(const QString &unitId)
{
    const auto it = std::find_if(m_units.begin(), m_units.end(), [&](const auto &u) { return u->unitId().compare(unitId, Qt::CaseInsensitive) == 0; });
    if (it == m_units.end())
        return false;
    // Stopped without waiting here (the caller may be the GUI thread): deleted once its thread
    // has ended, its worker having closed the store.
    UnitController *dying = it->get();
    m_dying.push_back(std::move(*it));
    m_units.erase(it);
    disconnect(dying, nullptr, this, nullptr);
    dying->requestStop();
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, dying, poll] {
        const auto it = std::find_if(m_dying.begin(), m_dying.end(), [&](const auto &u) { return u.get() == dying; });
        if (it == m_dying.end()) { // stop() already waited for it
            poll->deleteLater();
            return;
        }
        if (!dying->hasEnded())
            return;
        m_dying.erase(it);
        poll->deleteLater();
    });
    poll->start(20);
    m_config.units.removeIf([&](const UnitConfig &u) { return u.unitId.compare(unitId, Qt::CaseInsensitive) == 0; });
    return true;
}

Fleet::~Fleet()
{
    stop();
}

void Fleet::start()
{
    m_started = true;
    for (const auto &unit : m_units)
        unit->start();
}

void Fleet::stop()
{
    // Ask every unit to stop first, so that they wind down side by side.
    for (const auto &unit : m_units)
        unit->requestStop();
    for (const auto &unit : m_units)
        unit->stop();
    m_dying.clear(); // each waits for its thread
}

QStringList Fleet::unitIds() const
{
    QStringList ids;
    for (const auto &unit : m_units)
        ids.append(unit->unitId());
    return ids;
}

UnitController *Fleet::unit(const QString &unitId) const
{
    for (const auto &unit : m_units) {
        if (unit->unitId().compare(unitId, Qt::CaseInsensitive) == 0)
            return unit.get();
    }
    return nullptr;
}

QList<UnitSnapshot> Fleet::snapshots() const
{
    QList<UnitSnapshot> result;
    for (const auto &unit : m_units)
        result.append(unit->snapshot());
    return result;
}

bool Fleet::requestRefresh(const QString &unitId)
{
    UnitController *u = unit(unitId);
    if (u)
        u->requestRefresh();
    return u != nullptr;
}

bool Fleet::requestAnalyze(const QString &unitId)
{
    UnitController *u = unit(unitId);
    if (u)
        u->requestAnalyze();
    return u != nullptr;
}

bool Fleet::requestRetrain(const QString &unitId)
{
    UnitController *u = unit(unitId);
    if (u)
        u->requestRetrain();
    return u != nullptr;
}

} // namespace tp
