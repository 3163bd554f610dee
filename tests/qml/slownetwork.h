#pragma once

#include <QQmlNetworkAccessManagerFactory>

//! A slow server for QML files: `held:` + an absolute path answers with that file 200 ms later
//! (or "not found"), so that a test can push a screen that is certainly still loading
//! (ScreenStack.pushWhenReady). The engine's loader thread fetches every URL that is not a
//! local file or a resource through this factory's managers.
class SlowNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
};
