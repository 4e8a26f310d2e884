// What every fuzz target shares: the libFuzzer entry point's signature, a
// check that aborts (so libFuzzer and the replay driver both see a failed
// property as a crash), and a scratch folder for the targets that need files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace pantau::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Prints the property that failed and aborts: the input that got here is a bug.
[[noreturn]] void fail(std::string_view what);

inline void require(bool condition, std::string_view what) {
    if (!condition)
        fail(what);
}

// A fresh folder for this process, on /dev/shm when the machine has one (the
// stores sync every commit), removed at exit.
const std::filesystem::path& scratch_dir();

}  // namespace pantau::fuzz
