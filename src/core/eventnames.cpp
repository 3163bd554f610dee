#include "core/eventnames.h"

#include <QHash>

namespace {
struct EventText
{
    const char *event;
    const char *text;
};

constexpr EventText eventTexts[] = {
        {"user.create", QT_TRANSLATE_NOOP("EventNames", "Account created")},
        {"user.update", QT_TRANSLATE_NOOP("EventNames", "Account details changed")},
        {"user.delete", QT_TRANSLATE_NOOP("EventNames", "Account deleted")},
        {"session.create", QT_TRANSLATE_NOOP("EventNames", "Signed in")},
        {"session.update", QT_TRANSLATE_NOOP("EventNames", "Session extended")},
        {"session.delete", QT_TRANSLATE_NOOP("EventNames", "Signed out")},
        {"verification.create", QT_TRANSLATE_NOOP("EventNames", "Verification requested")},
        {"verification.update", QT_TRANSLATE_NOOP("EventNames", "Email or phone verified")},
        {"recovery.create", QT_TRANSLATE_NOOP("EventNames", "Password reset requested")},
        {"recovery.update", QT_TRANSLATE_NOOP("EventNames", "Password reset")},
        {"challenge.create", QT_TRANSLATE_NOOP("EventNames", "Second-factor check started")},
        {"challenge.update", QT_TRANSLATE_NOOP("EventNames", "Second factor confirmed")},
        {"challenges.create", QT_TRANSLATE_NOOP("EventNames", "Second-factor check started")},
        {"challenges.update", QT_TRANSLATE_NOOP("EventNames", "Second factor confirmed")},
        {"target.create", QT_TRANSLATE_NOOP("EventNames", "Device added for notifications")},
        {"target.update", QT_TRANSLATE_NOOP("EventNames", "Notification device changed")},
        {"target.delete", QT_TRANSLATE_NOOP("EventNames", "Notification device removed")},
        {"identity.delete", QT_TRANSLATE_NOOP("EventNames", "Linked account removed")},
        {"jwt.create", QT_TRANSLATE_NOOP("EventNames", "Access token created")},
};

const QHash<QString, const char *> &table()
{
    static const QHash<QString, const char *> events = [] {
        QHash<QString, const char *> t;
        for (const EventText &entry : eventTexts)
            t.insert(QString::fromLatin1(entry.event), entry.text);
        return t;
    }();
    return events;
}
} // namespace

QString EventNames::describe(const QString &event)
{
    const auto it = table().constFind(event);
    if (it != table().constEnd())
        return tr(it.value());
    // An event newer than this app: still say something readable.
    return tr("Account activity (%1)").arg(event);
}

QStringList EventNames::known()
{
    return table().keys();
}
