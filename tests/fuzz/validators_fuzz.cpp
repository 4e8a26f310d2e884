// The domain validators: one JSON document checked as the data of every
// record type (check_record_data, what the server runs on every change and the
// device store before an edit enters the outbox), parsed with parse_json.
//
// Properties: nothing throws; data a type accepts still passes once decoded
// and encoded again (what a device stores and sends back is still valid), and
// encoding it is stable.
#include <nlohmann/json.hpp>

#include "attendance/attendance.h"
#include "core/json_parse.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "evaluation/evaluation.h"
#include "fuzz/fuzz_support.h"
#include "org/employee.h"
#include "org/unit.h"
#include "records/record_types.h"
#include "survey/survey_response.h"
#include "training/training.h"

namespace {

using namespace pantau;

template <typename Record>
void check_type(std::string_view type, const nlohmann::json& data) {
    const Problems problems = check_record_data(type, data);
    if (!problems.empty())
        return;
    Problems decoding;
    const Record record = Record::from_json(data, decoding);
    fuzz::require(decoding.empty(), "data the validator accepts decodes without problems");
    const nlohmann::json encoded = record.to_json();
    fuzz::require(check_record_data(type, encoded).empty(),
                  "accepted data, decoded and encoded again, is still accepted");
    Problems again;
    fuzz::require(Record::from_json(encoded, again).to_json() == encoded && again.empty(),
                  "an accepted record encodes the same way twice");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto parsed = parse_json(fuzz::as_text(data, size));
    if (!parsed)
        return 0;
    const nlohmann::json& document = *parsed;
    // A document {"type": ..., "data": ...} is also checked as the change it looks like.
    if (document.is_object() && document.contains("type") && document["type"].is_string() &&
        document.contains("data"))
        (void)check_record_data(document["type"].get<std::string>(), document["data"]);
    check_type<Unit>("unit", document);
    check_type<Employee>("employee", document);
    check_type<Attendance>("attendance", document);
    check_type<DisciplineCase>("discipline_case", document);
    check_type<DisciplineEvent>("discipline_event", document);
    check_type<Evaluation>("evaluation", document);
    check_type<SurveyResponse>("survey_response", document);
    check_type<Training>("training", document);
    for (const auto& type : record_types())
        fuzz::require(find_record_type(type.name) == &type, "every record type is found by name");
    return 0;
}
