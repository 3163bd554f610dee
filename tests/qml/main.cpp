#include <QQmlEngine>
#include <QtQuickTest>

// Qt 6.4 does not search qrc:/qt/qml by default; the app's modules live there.
class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(appwrite_qml, Setup)
#include "main.moc"
