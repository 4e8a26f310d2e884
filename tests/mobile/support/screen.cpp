#include "screen.h"

#include <QCoreApplication>
#include <QTest>
#include <catch2/catch.hpp>
#include <functional>

#include "test_app.h"

namespace pantau::test {

namespace {

// QML errors thrown while a page is pushed reach the console, not the
// engine's warnings signal: the open Screen collects those too.
QStringList* g_console = nullptr;
QtMessageHandler g_previous = nullptr;

void on_message(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (g_console && type != QtDebugMsg && type != QtInfoMsg &&
        message.contains(QStringLiteral("qrc:/Pantau/")))
        g_console->push_back(message);
    if (g_previous)
        g_previous(type, context, message);
}

void collect(QQuickItem* item, const QString& name, QList<QQuickItem*>& out) {
    if (!item || !item->isVisible())
        return;
    if (item->objectName() == name)
        out.push_back(item);
    for (QQuickItem* child : item->childItems())
        collect(child, name, out);
}

}  // namespace

Screen::Screen(mobile::AppCore& core, const QString& page, const QVariantMap& properties)
    : engine_(std::make_unique<QQmlApplicationEngine>()), core_(core) {
    g_console = &console_;
    g_previous = qInstallMessageHandler(on_message);
    QObject::connect(engine_.get(), &QQmlEngine::warnings, engine_.get(),
                     [this](const QList<QQmlError>& errors) {
                         for (const auto& e : errors)
                             warnings_.push_back(e.toString());
                     });
    core.setEngine(engine_.get());
    engine_->setInitialProperties({{QStringLiteral("core"), QVariant::fromValue(&core)}});
    engine_->load(QUrl(QStringLiteral("qrc:/Pantau/Main.qml")));
    REQUIRE(!engine_->rootObjects().isEmpty());
    window_ = qobject_cast<QQuickWindow*>(engine_->rootObjects().first());
    REQUIRE(window_ != nullptr);
    window_->resize(360, 640);
    window_->show();
    REQUIRE(QTest::qWaitForWindowExposed(window_));
    if (!page.isEmpty())
        open(page, properties);
    settle(core_);
}

QStringList Screen::warnings() const {
    QStringList all = warnings_;
    for (const QString& line : console_)
        if (!all.contains(line))
            all.push_back(line);
    return all;
}

Screen::~Screen() {
    qInstallMessageHandler(g_previous);
    g_console = nullptr;
    core_.setEngine(nullptr);
    engine_.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QQuickItem* Screen::find(const QString& object_name) const {
    const auto found = all(object_name);
    return found.isEmpty() ? nullptr : found.first();
}

QList<QQuickItem*> Screen::all(const QString& object_name) const {
    QList<QQuickItem*> out;
    QQuickItem* root = window_->contentItem();
    while (root->parentItem())
        root = root->parentItem();  // the overlay of popups sits beside the content
    collect(root, object_name, out);
    return out;
}

QQuickItem* Screen::item(const QString& object_name) {
    QQuickItem* found = nullptr;
    wait_until([&] { return (found = find(object_name)) != nullptr; }, std::chrono::seconds(5));
    INFO("item " << object_name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

void Screen::click(const QString& object_name) {
    click(item(object_name));
}

void Screen::waitIdle() {
    // A page pushed or popped slides in: a touch during the slide lands
    // wherever the item happens to be in that frame.
    auto* stack = window_->findChild<QQuickItem*>(QStringLiteral("stack"));
    wait_until([&] { return !stack || !stack->property("busy").toBool(); });
    settle(core_);
}

void Screen::click(QQuickItem* target) {
    REQUIRE(target != nullptr);
    waitIdle();
    // A layout may still be settling after the last change: wait until the
    // item's centre is inside the window before touching it.
    const auto centre_of = [&] {
        return target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    };
    wait_until(
        [&] {
            const QPointF c = centre_of();
            return c.x() >= 0 && c.y() >= 0 && c.x() < window_->width() &&
                   c.y() < window_->height();
        },
        std::chrono::seconds(2));
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(window_, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    waitIdle();
}

void Screen::type(const QString& object_name, const QString& text) {
    QQuickItem* field = item(object_name);
    click(field);
    field->forceActiveFocus();
    QMetaObject::invokeMethod(field, "selectAll");
    QTest::keyClick(window_, Qt::Key_Backspace);
    for (const QChar ch : text)
        QTest::keyClick(window_, ch.toLatin1());
    settle(core_);
}

void Screen::open(const QString& page, const QVariantMap& properties) {
    QVariant ignored;
    REQUIRE(QMetaObject::invokeMethod(window_, "openPage", Q_RETURN_ARG(QVariant, ignored),
                                      Q_ARG(QVariant, page), Q_ARG(QVariant, properties)));
    waitIdle();
}

QQuickItem* Screen::currentPage() const {
    auto* stack = window_->findChild<QQuickItem*>(QStringLiteral("stack"));
    return stack ? stack->property("currentItem").value<QQuickItem*>() : nullptr;
}

QImage Screen::grab() {
    settle(core_);
    return window_->grabWindow();
}

QString text_of(const QQuickItem* item) {
    return item ? item->property("text").toString() : QString();
}

}  // namespace pantau::test
