// DeviceDatabase: the device store on a thread of its own, so no screen ever
// waits on SQLite. Work is queued in order to that thread; its result comes
// back on the thread of the object that asked, and is dropped if that object
// is gone by then. A read that fails on I/O is reported by `failed`.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

#include "store/device_store.h"

namespace pantau::mobile {

class DeviceDatabase final : public QObject {
    Q_OBJECT

  public:
    // Opens (creating or migrating) the store at `path`; blocks until it is
    // open. ":memory:" gives a private store, for tests.
    explicit DeviceDatabase(const QString& path, QObject* parent = nullptr);
    ~DeviceDatabase() override;

    bool isOpen() const { return store_ != nullptr; }
    QString openError() const { return open_error_; }

    // Runs `work(store)` on the database thread, then `done(result)` on the
    // thread of `context`. Both run in the order they were queued.
    template <typename Work, typename Done>
    void run(QObject* context, Work work, Done done);

    // The same without an answer.
    template <typename Work>
    void run(Work work);

    // Runs `work` and waits for it: for start-up and tests only.
    template <typename Work>
    auto call(Work work) -> std::invoke_result_t<Work, store::DeviceStore&>;

    // Waits until everything queued so far has run (tests).
    void flush();

  signals:
    void failed(const QString& message);

  private:
    void post(std::function<void()> job);
    void report(const std::exception& e);

    QThread thread_;
    QObject* worker_ = nullptr;  // lives on thread_
    std::unique_ptr<store::DeviceStore> store_;
    QString open_error_;
};

template <typename Work, typename Done>
void DeviceDatabase::run(QObject* context, Work work, Done done) {
    using R = std::invoke_result_t<Work, store::DeviceStore&>;
    QPointer<QObject> guard(context);
    post([this, guard, work = std::move(work), done = std::move(done)]() mutable {
        try {
            if constexpr (std::is_void_v<R>) {
                work(*store_);
                QMetaObject::invokeMethod(
                    this,
                    [guard, done]() mutable {
                        if (guard)
                            done();
                    },
                    Qt::QueuedConnection);
            } else {
                auto result = std::make_shared<R>(work(*store_));
                QMetaObject::invokeMethod(
                    this,
                    [guard, done, result]() mutable {
                        if (guard)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
            }
        } catch (const std::exception& e) {
            report(e);
        }
    });
}

template <typename Work>
void DeviceDatabase::run(Work work) {
    post([this, work = std::move(work)]() mutable {
        try {
            (void)work(*store_);
        } catch (const std::exception& e) {
            report(e);
        }
    });
}

template <typename Work>
auto DeviceDatabase::call(Work work) -> std::invoke_result_t<Work, store::DeviceStore&> {
    using R = std::invoke_result_t<Work, store::DeviceStore&>;
    if constexpr (std::is_void_v<R>) {
        QMetaObject::invokeMethod(
            worker_, [&] { work(*store_); }, Qt::BlockingQueuedConnection);
    } else {
        std::optional<R> result;
        QMetaObject::invokeMethod(
            worker_, [&] { result.emplace(work(*store_)); }, Qt::BlockingQueuedConnection);
        return std::move(*result);
    }
}

}  // namespace pantau::mobile
