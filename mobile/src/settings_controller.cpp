#include "settings_controller.h"

namespace pantau::mobile {

SettingsController::SettingsController(QObject* parent) : QObject(parent) {}

void SettingsController::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_->sync(), nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_->sync(), &SyncService::countsChanged, this,
                &SettingsController::unsentChanged);
        connect(core_, &AppCore::languageChanged, this, &SettingsController::unsentChanged);
        core_->sync()->refreshCounts();
    }
    emit coreChanged();
    emit unsentChanged();
}

int SettingsController::unsent() const {
    return core_ ? core_->sync()->waiting() + core_->sync()->rejected() : 0;
}

QString SettingsController::signOutWarning() const {
    if (unsent() == 0)
        return tr("Semua data sudah terkirim. Data di HP ini akan dihapus.");
    return tr(
        "%n perubahan belum terkirim dan akan HILANG jika Anda keluar sekarang. "
        "Sinkronkan dulu jika bisa.",
        "", unsent());
}

bool SettingsController::signOut(bool accept_loss) {
    if (!core_)
        return false;
    // Counts may lag behind a write queued a moment ago: ask the store itself.
    const int unsent_now = core_->database().call([](store::DeviceStore& s) {
        return static_cast<int>(s.waiting_count() + s.rejected().size());
    });
    if (unsent_now > 0 && !accept_loss)
        return false;
    core_->endSession();
    return true;
}

}  // namespace pantau::mobile
