#include "clock/boot.h"

#include <chrono>
#include <fstream>
#include <random>

#include "clock/uuid.h"

namespace pantau {

std::int64_t uptime_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

const std::string& boot_id() {
    static const std::string id = [] {
        std::ifstream file("/proc/sys/kernel/random/boot_id");
        std::string text;
        if (file && std::getline(file, text) && !text.empty())
            return text;
        std::random_device device;
        UuidBytes bytes{};
        for (auto& b : bytes)
            b = static_cast<std::uint8_t>(device());
        return "process-" + uuid_v4(bytes);
    }();
    return id;
}

}  // namespace pantau
