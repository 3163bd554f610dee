#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Conformance {

//! What the real run generated (IDs, secrets, cookies, codes) and what the sandbox generated
//! in its place, so later requests can carry the sandbox's own values.
class ValueMap
{
public:
    //! Remembers the strings a real request chose itself (user IDs, emails): never "generated".
    void noteClientChosen(const QJsonValue &value);
    //! Records that the real run produced \a real in step \a origin, whether or not the sandbox
    //! has a counterpart yet; a request that still carries it is then reported as unmapped.
    void noteGenerated(const QString &real, const QString &origin);
    //! Maps \a real to \a sandbox unless \a real is already mapped or both are equal.
    void learn(const QString &real, const QString &sandbox, const QString &origin);
    //! Walks both bodies in parallel and learns the generated values they hold.
    void learnFromBodies(const QJsonValue &real, const QJsonValue &sandbox, const QString &origin);
    //! Pairs session cookies by name, and the X-Fallback-Cookies entries.
    void learnFromCookies(const QList<QByteArray> &real, const QList<QByteArray> &sandbox,
                          const QString &origin);
    void learnFromFallbackCookies(const QByteArray &real, const QByteArray &sandbox,
                                  const QString &origin);
    //! Pairs the query values of two redirect locations (secret, userId).
    void learnFromLocations(const QByteArray &real, const QByteArray &sandbox,
                            const QString &origin);

    bool contains(const QString &real) const { return m_toSandbox.contains(real); }
    QString sandboxValue(const QString &real) const { return m_toSandbox.value(real); }

    //! \a text with a mapped real value replaced when it is the whole string.
    QString toSandbox(const QString &text);
    //! \a value with every mapped string replaced, recursively.
    QJsonValue toSandbox(const QJsonValue &value);
    //! \a text with every mapped value replaced where it occurs (cookie headers, JWTs).
    QString toSandboxWithin(const QString &text);
    //! \a text with sandbox values put back to the real ones, for comparing messages.
    QString toReal(const QString &text) const;

    //! Generated real values met in requests since the last call, with the step that made them.
    QStringList takeUnmapped();

private:
    void noteIfUnmapped(const QString &real);

    QHash<QString, QString> m_toSandbox;
    QHash<QString, QString> m_origin;
    QSet<QString> m_clientChosen;
    QStringList m_unmapped;
};

} // namespace Conformance
