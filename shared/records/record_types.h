// The record types that travel in sync (sync-protocol.md, "Types"): what a
// device may do with each, and how one record's data is checked. The device
// store checks data with it before an edit enters the outbox; the server
// checks every incoming change with it.
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string_view>

#include "core/problem.h"

namespace pantau {

class CatalogueSet;

enum class DeviceRight {
    Read,                         // master data, managed centrally
    CreateAndUpdate,              // attendance
    CreateAndUpdateUntilDecided,  // discipline cases
    CreateOnly,                   // immutable: discipline events, survey responses
    CreateAndUpdateWhileDraft,    // evaluations
};

struct RecordType {
    std::string_view name;
    DeviceRight device_right;
    std::string_view label_id;
    std::string_view label_en;
    // Structure, then the domain rules, with the catalogue tables of `catalogues`.
    Problems (*check)(const nlohmann::json& data, const CatalogueSet& catalogues);
};

std::span<const RecordType> record_types();
const RecordType* find_record_type(std::string_view name);

// Every problem of one record's data, or one "unknown_type" problem, with
// the catalogues in force (current_catalogues()) or with `catalogues`.
Problems check_record_data(std::string_view type, const nlohmann::json& data);
Problems check_record_data(std::string_view type, const nlohmann::json& data,
                           const CatalogueSet& catalogues);

// The form a record's data is checked and stored in, so that what other
// systems send for "nothing" means nothing: a field whose value is null is
// left out, so is an empty string in an optional text field (a note, a leave
// kind, a sanction, ...), and so are attendance minutes of 0 on a status that
// records no minutes. Anything else is left as sent, for the checks to judge.
// Data already in this form is returned unchanged. The statuses are those of
// the catalogues in force, or of `catalogues`.
nlohmann::json normalised_record_data(std::string_view type, nlohmann::json data);
nlohmann::json normalised_record_data(std::string_view type, nlohmann::json data,
                                      const CatalogueSet& catalogues);

}  // namespace pantau
