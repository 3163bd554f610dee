// What the page suites share: the pages one at a time in a window the size of the shell's page
// area (the harness below), offscreen, against a private sandbox where a fresh user signed up.
// With UI_SCREENSHOT_DIR set, a PNG of every page and dialog in light and dark.
#pragma once

#include "core/language.h"
#include "core/uiengine.h"
#include "pagesharness.h"
#include "sandboxprocess.h"
#include "uidriver.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

#include <memory>

class PagesFixture : public QObject
{
    Q_OBJECT

protected:
    QQuickItem *visibleItem(const QString &name) { return UiDriver::findVisible(m_window, name); }
    void show(const QString &page)
    {
        QMetaObject::invokeMethod(m_window, "show", Q_ARG(QVariant, page));
    }
    bool click(const QString &name)
    {
        QQuickItem *button = visibleItem(name);
        if (!button || !button->isEnabled())
            return false;
        return QMetaObject::invokeMethod(button, "clicked");
    }
    QVariantMap windowMap(const char *property) const
    {
        return m_window->property(property).toMap();
    }
    void setText(const QString &name, const QString &text)
    {
        QQuickItem *field = visibleItem(name);
        QVERIFY2(field, qPrintable(name));
        // FormField exposes its input as `field`; plain fields take the text directly.
        auto *input = field->property("field").value<QQuickItem *>();
        (input ? input : field)->setProperty("text", text);
    }
    //! Writes <name>-light.png and <name>-dark.png with the window grown to the page's full
    //! height, then <name>-800x600-*.png: the page area the smallest app window leaves (what a
    //! person sees there, scroll bars included).
    void screenshot(const QString &name)
    {
        if (m_shotDir.isEmpty())
            return;
        const QSize size = m_window->size();
        auto *page = m_window->property("page").value<QQuickItem *>();
        const qreal contentHeight = page ? page->property("contentHeight").toReal() : 0;
        const QSize full(size.width(), int(qBound<qreal>(size.height(), contentHeight, 4000)));
        // The shell's sidebar (232 px and a 1 px rule) and header (60 px) around the page.
        const QSize smallest(800 - 233, 600 - 60);
        for (const QSize &shot : {full, smallest}) {
            QVERIFY(UiDriver::resizeAndSettle(m_window, shot));
            const QString suffix = shot == smallest ? QStringLiteral("-800x600") : QString();
            for (const bool dark : {false, true}) {
                QMetaObject::invokeMethod(m_window, "setDark", Q_ARG(QVariant, dark));
                UiDriver::waitForStillFrame(m_window);
                const QImage image = m_window->grabWindow();
                const QString file = QDir(m_shotDir).filePath(
                        name + suffix
                        + (dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png")));
                QVERIFY2(image.save(file), qPrintable(file));
            }
        }
        QMetaObject::invokeMethod(m_window, "setDark", Q_ARG(QVariant, false));
        QVERIFY(UiDriver::resizeAndSettle(m_window, size));
    }

    //! Each suite's initTestCase: the sandbox, the harness window, a user signed up as \a name.
    void startPages(const QString &name)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("appwrite-account-tests"));
        m_shotDir = qEnvironmentVariable("UI_SCREENSHOT_DIR");
        if (!m_shotDir.isEmpty())
            QVERIFY(QDir().mkpath(m_shotDir));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));

        m_engine = std::make_unique<QQmlApplicationEngine>();
        Language::instance()->apply(); // as the app does: "13 events", not "13 event(s)"
        QString error;
        m_window = pages::openSignedUp(*m_engine, m_sandbox, m_email, m_password, name, &error);
        QVERIFY2(m_window, qPrintable(error));
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QString m_shotDir;
    QString m_email =
            QStringLiteral("pages.%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
    QString m_password = QStringLiteral("correct horse battery");
};
