// SHA-1 (FIPS 180-4), only for name-based UUIDs (RFC 4122 version 5). It is
// not used for anything that needs collision resistance, and it keeps
// shared/ free of a crypto library dependency.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pantau {

using Sha1Digest = std::array<std::uint8_t, 20>;

// Incremental hashing: update() any number of times, then finish() once.
class Sha1 {
  public:
    Sha1();
    void update(std::string_view bytes);
    void update(const std::uint8_t* bytes, std::size_t size);
    Sha1Digest finish();

  private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 5> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

Sha1Digest sha1(std::string_view bytes);
// 40 lowercase hex digits.
std::string to_hex(const Sha1Digest& digest);

}  // namespace pantau
