#include "sync/protocol.h"

#include "core/json_fields.h"
#include "core/timestamp.h"

namespace pantau::sync {

std::string to_string(ResultStatus s) {
    switch (s) {
        case ResultStatus::Applied:
            return "applied";
        case ResultStatus::Superseded:
            return "superseded";
        case ResultStatus::Rejected:
            return "rejected";
    }
    return "rejected";
}

std::optional<ResultStatus> result_status_from_string(std::string_view s) {
    if (s == "applied")
        return ResultStatus::Applied;
    if (s == "superseded")
        return ResultStatus::Superseded;
    if (s == "rejected")
        return ResultStatus::Rejected;
    return std::nullopt;
}

nlohmann::json StoreIdentity::to_json() const {
    return nlohmann::json{{"id", id}, {"generation", generation}};
}

std::optional<StoreIdentity> StoreIdentity::from_json(const nlohmann::json& j) {
    if (!j.is_object())
        return std::nullopt;
    const auto id = j.find("id");
    const auto generation = j.find("generation");
    if (id == j.end() || !id->is_string() || id->get_ref<const std::string&>().empty() ||
        generation == j.end() || !generation->is_number_integer() ||
        generation->get<std::int64_t>() < 1)
        return std::nullopt;
    return StoreIdentity{id->get<std::string>(), generation->get<std::int64_t>()};
}

namespace {

// An optional "store" field: absent is fine, malformed is a problem.
std::optional<StoreIdentity> read_store(const nlohmann::json& j, Problems& problems) {
    if (!j.is_object() || !j.contains("store"))
        return std::nullopt;
    auto store = StoreIdentity::from_json(j["store"]);
    if (!store)
        add_problem(problems, "store", "invalid_store",
                    "Identitas penyimpanan server harus berisi id dan generasi.",
                    "The server store's identity must hold an id and a generation.");
    return store;
}

}  // namespace

std::optional<PushRequest> PushRequest::from_json(const nlohmann::json& j, Problems& problems) {
    const auto before = problems.size();
    FieldReader r(j, problems);
    PushRequest request;
    request.batch = r.integer("batch");
    if (const auto* changes = r.array("changes"))
        request.changes.assign(changes->begin(), changes->end());
    if (const auto* time = r.object("device_time", false))
        request.device_time = DeviceTime::from_json(*time, problems, "device_time");
    r.reject_unknown();
    if (problems.size() == before && request.batch < 1)
        add_problem(problems, "batch", "invalid_batch", "Nomor batch dimulai dari 1.",
                    "Batch numbers start at 1.");
    if (problems.size() != before)
        return std::nullopt;
    return request;
}

nlohmann::json PushRequest::to_json() const {
    nlohmann::json j{{"batch", batch}, {"changes", changes}};
    if (device_time)
        with_device_time(j, *device_time);
    return j;
}

std::optional<DeviceTime> device_time_of(const nlohmann::json& push_body) {
    if (!push_body.is_object() || !push_body.contains("device_time"))
        return std::nullopt;
    Problems problems;
    DeviceTime time = DeviceTime::from_json(push_body["device_time"], problems, "device_time");
    if (!problems.empty())
        return std::nullopt;
    return time;
}

void with_device_time(nlohmann::json& push_body, const DeviceTime& time) {
    push_body["device_time"] = time.to_json();
}

ChangeResult ChangeResult::applied(std::string id, std::string version) {
    ChangeResult result;
    result.id = std::move(id);
    result.version = std::move(version);
    return result;
}

ChangeResult ChangeResult::refused(std::string id, ResultStatus status, const Problems& problems) {
    ChangeResult result;
    result.id = std::move(id);
    result.status = status;
    result.code = problems.size() == 1 ? problems.front().code : std::string("invalid_record");
    result.reason = summarize(problems);
    result.reason_en = result.reason;
    result.reason_id = summarize_id(problems);
    return result;
}

std::optional<PushResponse> PushResponse::from_json(const nlohmann::json& j, Problems& problems) {
    const auto before = problems.size();
    FieldReader r(j, problems);
    PushResponse response;
    response.batch = r.integer("batch");
    const auto* results = r.array("results");
    if (results) {
        for (std::size_t i = 0; i < results->size(); ++i) {
            FieldReader item((*results)[i], problems, "results[" + std::to_string(i) + "]");
            ChangeResult result;
            result.id = item.string("id");
            if (auto status = item.enumeration<ResultStatus>("status", result_status_from_string))
                result.status = *status;
            result.reason = item.optional_string("reason").value_or("");
            result.version = item.optional_string("version").value_or("");
            result.code = item.optional_string("code").value_or("");
            result.reason_id = item.optional_string("reason_id").value_or("");
            result.reason_en = item.optional_string("reason_en").value_or("");
            response.results.push_back(std::move(result));
        }
    }
    response.store = read_store(j, problems);
    if (problems.size() != before)
        return std::nullopt;
    return response;
}

nlohmann::json PushResponse::to_json() const {
    auto results_json = nlohmann::json::array();
    for (const auto& r : results) {
        nlohmann::json item{{"id", r.id}, {"status", to_string(r.status)}};
        if (!r.reason.empty())
            item["reason"] = r.reason;
        if (!r.version.empty())
            item["version"] = r.version;
        for (const auto& [key, value] :
             {std::pair{"code", &r.code}, {"reason_id", &r.reason_id}, {"reason_en", &r.reason_en}})
            if (!value->empty())
                item[key] = *value;
        results_json.push_back(std::move(item));
    }
    nlohmann::json out{{"batch", batch}, {"results", std::move(results_json)}};
    if (store)
        out["store"] = store->to_json();
    return out;
}

std::optional<PullPage> PullPage::from_json(const nlohmann::json& j, Problems& problems) {
    const auto before = problems.size();
    FieldReader r(j, problems);
    PullPage page;
    page.cursor = r.string("cursor");
    page.more = r.boolean("more");
    if (const auto* changes = r.array("changes")) {
        for (std::size_t i = 0; i < changes->size(); ++i) {
            Problems change_problems;
            page.changes.push_back(Change::from_json((*changes)[i], change_problems));
            for (auto& p : change_problems) {
                p.field = "changes[" + std::to_string(i) + "]." + p.field;
                problems.push_back(std::move(p));
            }
        }
    }
    page.store = read_store(j, problems);
    if (problems.size() != before)
        return std::nullopt;
    return page;
}

nlohmann::json PullPage::to_json() const {
    auto changes_json = nlohmann::json::array();
    for (const auto& c : changes)
        changes_json.push_back(c.to_json());
    nlohmann::json out{{"changes", std::move(changes_json)}, {"cursor", cursor}, {"more", more}};
    if (store)
        out["store"] = store->to_json();
    return out;
}

nlohmann::json error_body(std::string_view code, std::string_view message,
                          const nlohmann::json& extra) {
    nlohmann::json error{{"code", code}, {"message", message}};
    for (const auto& [key, value] : extra.items())
        error[key] = value;
    return nlohmann::json{{"error", std::move(error)}};
}

std::optional<std::int64_t> expected_batch(const nlohmann::json& body) {
    if (!body.is_object())
        return std::nullopt;
    const auto error = body.find("error");
    if (error == body.end() || !error->is_object())
        return std::nullopt;
    const auto expected = error->find("expected_batch");
    if (expected == error->end() || !expected->is_number_integer())
        return std::nullopt;
    return expected->get<std::int64_t>();
}

std::string error_code(const nlohmann::json& body) {
    if (!body.is_object())
        return "";
    const auto error = body.find("error");
    if (error == body.end() || !error->is_object())
        return "";
    const auto code = error->find("code");
    return code != error->end() && code->is_string() ? code->get<std::string>() : "";
}

std::optional<StoreIdentity> store_identity(const nlohmann::json& body) {
    if (!body.is_object())
        return std::nullopt;
    if (const auto store = body.find("store"); store != body.end())
        return StoreIdentity::from_json(*store);
    const auto error = body.find("error");
    if (error == body.end() || !error->is_object())
        return std::nullopt;
    const auto store = error->find("store");
    return store == error->end() ? std::nullopt : StoreIdentity::from_json(*store);
}

}  // namespace pantau::sync
