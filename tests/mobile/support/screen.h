// Screen: the real QML of the app in an offscreen window at 360x640, driven
// by simulated touches (mouse clicks at an item's centre) and typing. Every
// QML warning the engine reports is kept, so a test can require none.
#pragma once

#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>
#include <QVariantMap>
#include <memory>

#include "app_core.h"

namespace pantau::test {

class Screen {
  public:
    // Loads qrc:/Pantau/Main.qml for `core`; with `page`, opens that page
    // ("RollCallPage") on top of the first one, with `properties` besides `core`.
    explicit Screen(mobile::AppCore& core, const QString& page = {},
                    const QVariantMap& properties = {});
    ~Screen();

    QQuickWindow* window() const { return window_; }
    QQmlApplicationEngine& engine() { return *engine_; }

    // The visible item named `object_name` (popups and list delegates too);
    // nullptr when there is none.
    QQuickItem* find(const QString& object_name) const;
    // Like find(), but waits up to 5 s for it to appear; fails the test if not.
    QQuickItem* item(const QString& object_name);
    // Every visible item with that name, in tree order (list rows).
    QList<QQuickItem*> all(const QString& object_name) const;

    // A touch at the centre of the item; waits for it to appear first.
    void click(const QString& object_name);
    void click(QQuickItem* item);
    // Focuses a text field, selects what is there, and types `text`.
    void type(const QString& object_name, const QString& text);
    // Opens a page on top, as the app's navigation does.
    void open(const QString& page, const QVariantMap& properties = {});
    // Waits for page transitions and queued database work to end.
    void waitIdle();
    // The page at the top of the stack.
    QQuickItem* currentPage() const;

    // The engine's warnings and QML messages on the console.
    QStringList warnings() const;
    QImage grab();

  private:
    std::unique_ptr<QQmlApplicationEngine> engine_;
    QQuickWindow* window_ = nullptr;
    mobile::AppCore& core_;
    QStringList warnings_;
    QStringList console_;
};

// The text of a QML item's `text` property.
QString text_of(const QQuickItem* item);

}  // namespace pantau::test

// Fails the test with the QML warnings listed, if there were any.
#define CHECK_NO_QML_WARNINGS(screen)                                 \
    do {                                                              \
        const QStringList pantau_warnings_ = (screen).warnings();     \
        INFO(pantau_warnings_.join(QLatin1Char('\n')).toStdString()); \
        CHECK(pantau_warnings_.isEmpty());                            \
    } while (false)
