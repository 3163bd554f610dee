#include "core/language.h"
#include "core/uiengine.h"
#include "slownetwork.h"

#include <QQmlEngine>
#include <QtQuickTest>

// Qt 6.4 does not search qrc:/qt/qml by default; the app's modules live there.
class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        // The tests read English texts, plural forms included, as the app shows them.
        qputenv("APPWRITE_LANGUAGE", "en");
        Language::instance()->apply();
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        UiEngine::configure(*engine);
        engine->setNetworkAccessManagerFactory(&m_slowNetwork); // held: URLs
    }

private:
    SlowNetworkFactory m_slowNetwork;
};

QUICK_TEST_MAIN_WITH_SETUP(appwrite_qml, Setup)
#include "main.moc"
