#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

//! Facts about this run of the app that the UI shows: version, and where it is connected.
class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString sandboxEndpoint READ sandboxEndpoint NOTIFY sandboxEndpointChanged)
public:
    static AppInfo *instance();
    static AppInfo *create(QQmlEngine *, QJSEngine *);

    QString version() const;
    //! The embedded sandbox's API root, or empty when none runs.
    QString sandboxEndpoint() const { return m_sandboxEndpoint.toString(); }
    void setSandboxEndpoint(const QUrl &endpoint);

Q_SIGNALS:
    void sandboxEndpointChanged();

private:
    using QObject::QObject;
    QUrl m_sandboxEndpoint;
};
