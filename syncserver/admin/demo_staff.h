// The staff of the demo kabupaten: plausible people for a puskesmas or a
// kecamatan office, made by a seeded generator so every run yields the same
// people. Each NIP (PNS) or NI PPPK is built from a birth date, an
// appointment (TMT CPNS, or year and contract count), gender and sequence,
// the way BKN numbers them, with the golongan that education and years of
// service give, capped by what the position allows.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "org/employee.h"

namespace pantau::server {

// `count` employees of a unit of kind PUSKESMAS or KECAMATAN; the first is
// the head of the unit (kepala puskesmas, camat). NIPs in `taken` are avoided
// and the new ones added. Fails ("invalid_demo_data") if a generated record
// does not validate, which would be a bug in the generator.
Result<std::vector<Employee>> demo_staff(std::string_view unit_kind, const std::string& unit_id,
                                         int count, std::uint64_t seed,
                                         std::set<std::string>& taken);

}  // namespace pantau::server
