// The fixed world the fuzz targets and their seed corpora share: ids of
// units, employees and devices, and device tokens, written out literally so
// that a corpus file (a real push, a real pull page) can name them.
#pragma once

#include <cstdint>
#include <string_view>

namespace pantau::fuzz {

// 2026-11-23 09:00 WIB: the server's and the phone's clock in every run.
inline constexpr std::int64_t kNow = 1'795'400'000'000;

inline constexpr std::string_view kDinas = "f0000000-0000-4000-8000-000000000001";
inline constexpr std::string_view kUnitA = "f0000000-0000-4000-8000-00000000000a";  // Sukamaju
inline constexpr std::string_view kUnitB = "f0000000-0000-4000-8000-00000000000b";  // Cibeureum
inline constexpr std::string_view kEmployeeA = "e0000000-0000-4000-8000-00000000000a";
inline constexpr std::string_view kEmployeeA2 = "e0000000-0000-4000-8000-0000000000a2";
inline constexpr std::string_view kEmployeeB = "e0000000-0000-4000-8000-00000000000b";

// Devices: the supervisor of unit A (writes), of unit B, central HR and the
// inspectorate (both read only; only the inspectorate reads the audit log).
inline constexpr std::string_view kSupervisorADevice = "d0000000-0000-4000-8000-00000000000a";
inline constexpr std::string_view kSupervisorBDevice = "d0000000-0000-4000-8000-00000000000b";
inline constexpr std::string_view kHrDevice = "d0000000-0000-4000-8000-0000000000c1";
inline constexpr std::string_view kOversightDevice = "d0000000-0000-4000-8000-0000000000d1";
inline constexpr std::string_view kSupervisorAToken =
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
inline constexpr std::string_view kSupervisorBToken =
    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
inline constexpr std::string_view kHrToken =
    "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc";
inline constexpr std::string_view kOversightToken =
    "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd";
// An unused enrolment code of the supervisor of unit A.
inline constexpr std::string_view kEnrollCode = "K7QM-3XTP-9RWA-HC4E";

}  // namespace pantau::fuzz
