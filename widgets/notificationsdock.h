#pragma once

#include <QDockWidget>

class QListWidget;
class QToolButton;

namespace tp {

/**
 * What went wrong in the background (a refresh that failed, an action the worker refused),
 * listed newest first with the unit and the time, so that every failure reaches a person.
 * The dock's title and a status-bar button carry the count of unread entries.
 */
class NotificationsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit NotificationsDock(QWidget *parent = nullptr);

    /** Adds an entry ("K-12-01: refresh failed: ..."), stamped with the PC's time. */
    void add(const QString &unitId, const QString &text);
    int unread() const { return m_unread; }
    QStringList entries() const;
    /** The status-bar button that shows the count and opens the dock. */
    QToolButton *badge() const { return m_badge; }

private:
    void markRead();
    void updateCount();

    QListWidget *m_list = nullptr;
    QToolButton *m_badge = nullptr;
    int m_unread = 0;
};

} // namespace tp
