#include "device_database.h"

namespace pantau::mobile {

DeviceDatabase::DeviceDatabase(const QString& path, QObject* parent) : QObject(parent) {
    thread_.setObjectName(QStringLiteral("pantau-db"));
    worker_ = new QObject;
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
    QMetaObject::invokeMethod(
        worker_,
        [&] {
            auto opened = store::DeviceStore::open(path.toStdString());
            if (!opened) {
                open_error_ = QString::fromStdString(opened.error().message);
                return;
            }
            store_ = std::make_unique<store::DeviceStore>(std::move(*opened));
        },
        Qt::BlockingQueuedConnection);
}

DeviceDatabase::~DeviceDatabase() {
    // Queued work finishes first: a recorded edit is never cut off.
    thread_.quit();
    thread_.wait();
    store_.reset();
}

void DeviceDatabase::post(std::function<void()> job) {
    if (!store_) {
        emit failed(open_error_);
        return;
    }
    QMetaObject::invokeMethod(worker_, std::move(job), Qt::QueuedConnection);
}

void DeviceDatabase::report(const std::exception& e) {
    const QString message = QString::fromUtf8(e.what());
    QMetaObject::invokeMethod(
        this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
}

void DeviceDatabase::flush() {
    if (store_)
        QMetaObject::invokeMethod(
            worker_, [] {}, Qt::BlockingQueuedConnection);
}

}  // namespace pantau::mobile
