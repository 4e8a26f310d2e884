// SplitMix64: a tiny seeded generator for tests and simulations, so that a
// failing run can be replayed from its seed. It is not a source of real
// randomness: the apps pass ids made from the system's randomness instead.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace pantau {

// Satisfies UniformRandomBitGenerator, so it works with <random>'s
// distributions.
class SplitMix64 {
  public:
    using result_type = std::uint64_t;

    explicit constexpr SplitMix64(std::uint64_t seed) : state_(seed) {}

    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

    constexpr result_type next() {
        state_ += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    constexpr result_type operator()() { return next(); }

    // Sixteen bytes for uuid_v4().
    constexpr std::array<std::uint8_t, 16> uuid_bytes() {
        std::array<std::uint8_t, 16> bytes{};
        for (std::size_t half = 0; half < 2; ++half) {
            const std::uint64_t word = next();
            for (std::size_t i = 0; i < 8; ++i)
                bytes[8 * half + i] = static_cast<std::uint8_t>(word >> (8 * i));
        }
        return bytes;
    }

  private:
    std::uint64_t state_;
};

}  // namespace pantau
