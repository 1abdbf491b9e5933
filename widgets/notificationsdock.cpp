#include "notificationsdock.h"

#include "presentation.h"

#include <QDateTime>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>

namespace tp {

NotificationsDock::NotificationsDock(QWidget *parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("notificationsDock"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("notifications"));
    m_list->setWordWrap(true);
    setWidget(m_list);
    m_badge = new QToolButton(parent);
    m_badge->setObjectName(QStringLiteral("notificationsBadge"));
    m_badge->setAutoRaise(true);
    m_badge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_badge->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    connect(m_badge, &QToolButton::clicked, this, [this] {
        show();
        raise();
        markRead();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            markRead();
    });
    updateCount();
}

void NotificationsDock::add(const QString &unitId, const QString &text)
{
    const QString at = Presentation::dateTime(QDateTime::currentMSecsSinceEpoch(), QTimeZone::systemTimeZone(), true);
    auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                     tr("%1  %2: %3").arg(at, unitId, text));
    item->setToolTip(text);
    m_list->insertItem(0, item);
    while (m_list->count() > 500) // a unit failing every minute for a shift, and more
        delete m_list->takeItem(m_list->count() - 1);
    if (!isVisible() || visibleRegion().isEmpty())
        ++m_unread;
    updateCount();
}

QStringList NotificationsDock::entries() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void NotificationsDock::markRead()
{
    m_unread = 0;
    updateCount();
}

void NotificationsDock::updateCount()
{
    setWindowTitle(m_unread > 0 ? tr("Notifications (%1 new)").arg(m_unread) : tr("Notifications"));
    m_badge->setText(m_unread > 0 ? tr("%n new notification(s)", nullptr, m_unread) : tr("Notifications"));
    m_badge->setVisible(m_list->count() > 0);
}

} // namespace tp
