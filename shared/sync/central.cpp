#include "sync/central.h"

#include <algorithm>
#include <charconv>

#include "records/record_types.h"
#include "sync/merge.h"
#include "sync/scope_exit.h"

namespace pantau::sync {

namespace {

// A rejected change as the log keeps it: whole, or past the size bound its
// envelope's short fields and how large it was.
nlohmann::json as_logged(const nlohmann::json& raw, std::size_t max_bytes) {
    const std::size_t size = raw.dump().size();
    if (size <= max_bytes)
        return raw;
    nlohmann::json kept = {{"omitted_bytes", size}};
    if (!raw.is_object())
        return kept;
    constexpr std::size_t kFieldChars = 100;
    for (const char* key : {"type", "id", "unit_id", "version", "base", "origin", "deleted"}) {
        const auto it = raw.find(key);
        if (it != raw.end() &&
            (it->is_boolean() ||
             (it->is_string() && it->get_ref<const std::string&>().size() <= kFieldChars)))
            kept[key] = *it;
    }
    return kept;
}

ChangeResult reject(CentralStore& store, const CallerScope& caller, const CentralConfig& config,
                    std::int64_t batch, const nlohmann::json& raw, std::string id,
                    const Problems& problems, std::int64_t now_ms) {
    ChangeResult result = ChangeResult::refused(std::move(id), ResultStatus::Rejected, problems);
    store.add_rejected({caller.device_id, batch, as_logged(raw, config.rejected_change_bytes),
                        result.reason, now_ms});
    return result;
}

Problems problem(std::string field, std::string code, std::string message_id,
                 std::string message_en) {
    return {{std::move(field), std::move(code), std::move(message_id), std::move(message_en)}};
}

ChangeResult apply_one(CentralStore& store, HlcClock& clock, const CallerScope& caller,
                       const std::optional<DeviceTime>& sent, std::int64_t batch,
                       const nlohmann::json& raw, std::int64_t now_ms, const ChangeRule& rule,
                       const CentralConfig& config, std::size_t& conflicts) {
    Problems problems;
    Change change = Change::from_json(raw, problems);
    const std::string id = raw.is_object() && raw.contains("id") && raw["id"].is_string()
                               ? raw["id"].get<std::string>()
                               : std::string();
    if (!problems.empty())
        return reject(store, caller, config, batch, raw, id, problems, now_ms);
    if (!change.deleted)
        change.data =
            config.catalogues
                ? normalised_record_data(change.type, std::move(change.data), *config.catalogues)
                : normalised_record_data(change.type, std::move(change.data));
    // The edit's own clocks bound its time; they are not part of the record.
    const ChangeContext context{caller, recorded_by_ms(change.recorded, sent, now_ms),
                                change.resent};
    change.recorded.reset();
    change.resent = false;
    if (change.origin.empty())
        change.origin = caller.device_id;
    if (change.origin != caller.device_id)
        return reject(store, caller, config, batch, raw, id,
                      problem("origin", "wrong_origin",
                              "Perangkat hanya boleh mengirim perubahannya sendiri.",
                              "a device can only send its own changes"),
                      now_ms);
    if (!caller.may_write)
        return reject(store, caller, config, batch, raw, id,
                      problem("", "read_only",
                              "Akun ini boleh membaca tetapi tidak menulis catatan lapangan.",
                              "this account may read but not write field records"),
                      now_ms);
    // One reason for both: whether an id exists in another unit is not the
    // device's to learn.
    const Problems outside = problem("unit_id", "outside_scope", "Di luar unit perangkat ini.",
                                     "outside this device's units");
    if (!caller.units.contains(change.unit_id))
        return reject(store, caller, config, batch, raw, id, outside, now_ms);

    auto current = store.current(change.type, change.id);
    if (current && current->unit_id != change.unit_id)
        return reject(store, caller, config, batch, raw, id, outside, now_ms);
    // The same version from the same device is a retry, and must be the same record.
    if (current && current->version == change.version && current->origin == change.origin &&
        (current->deleted != change.deleted || current->data != change.data))
        return reject(store, caller, config, batch, raw, id,
                      problem("version", "version_reused",
                              "Versi ini sudah tersimpan dengan isi lain; suntingan baru perlu "
                              "versi baru.",
                              "this version is already stored with other data; a new edit "
                              "needs a new version"),
                      now_ms);
    if (rule) {
        if (const Problems refused = rule(change, current, context); !refused.empty())
            return reject(store, caller, config, batch, raw, id, refused, now_ms);
    }

    // A device whose clock runs ahead must not win forever: its change takes
    // the server's time, and its own version stays in the audit trail.
    std::optional<std::string> device_version;
    const Hlc version = *Hlc::parse(change.version);
    if (is_far_ahead(version, now_ms, config.max_clock_ahead_ms)) {
        device_version = change.version;
        change.version = clock.send(now_ms).to_string();
    } else {
        (void)clock.receive(version, now_ms);
    }

    std::optional<CurrentVersion> held;
    if (current)
        held = CurrentVersion{current->version, current->origin, current->deleted};
    const MergeDecision decision = decide(change, held);
    if (decision.conflict) {
        const bool incoming_wins = decision.outcome == MergeOutcome::Applied;
        ++conflicts;
        store.add_conflict({change.type, change.id, change.unit_id,
                            incoming_wins ? change : *current, incoming_wins ? *current : change,
                            now_ms});
    }
    switch (decision.outcome) {
        case MergeOutcome::Applied:
            store.put(change, device_version);
            return ChangeResult::applied(id, device_version ? change.version : std::string());
        case MergeOutcome::Duplicate:
            return ChangeResult::applied(id);
        case MergeOutcome::Superseded:
            return ChangeResult::refused(
                id, ResultStatus::Superseded,
                problem("version", "superseded",
                        "Versi yang lebih baru sudah tersimpan di server: " + current->version,
                        "a newer version is already stored: " + current->version));
    }
    return ChangeResult::applied(id);
}

}  // namespace

Reply apply_push(CentralStore& store, const CallerScope& caller, const nlohmann::json& body,
                 std::int64_t now_ms, const ChangeRule& rule, const CentralConfig& config) {
    Problems problems;
    auto request = PushRequest::from_json(body, problems);
    if (!request)
        return {400, error_body("malformed_request", summarize(problems))};

    const nlohmann::json identity = store.identity().to_json();
    const std::int64_t last = store.last_batch(caller.device_id);
    if (request->batch <= last) {
        // A replay: the stored answer, and nothing changes. The identity is
        // today's, not the one stored with the answer (a restore may lie between).
        if (auto stored = store.stored_response(caller.device_id, request->batch)) {
            (*stored)["store"] = identity;
            return {200, std::move(*stored)};
        }
        return {409, error_body("batch_already_applied", "This batch number was used long ago.",
                                {{"expected_batch", last + 1}, {"store", identity}})};
    }
    if (request->batch != last + 1) {
        return {409, error_body("batch_out_of_order",
                                "Batch " + std::to_string(request->batch) +
                                    " skips ahead; the next is " + std::to_string(last + 1) + ".",
                                {{"expected_batch", last + 1}, {"store", identity}})};
    }
    if (request->changes.size() > config.max_changes_per_batch) {
        return {413, error_body("batch_too_large",
                                "A batch may hold at most " +
                                    std::to_string(config.max_changes_per_batch) + " changes.")};
    }

    // The server clock is read and saved once per batch, inside its transaction.
    HlcClock clock(store.clock(), config.max_clock_ahead_ms);
    PushResponse response;
    response.batch = request->batch;
    std::size_t conflicts = 0;
    for (const auto& raw : request->changes)
        response.results.push_back(apply_one(store, clock, caller, request->device_time,
                                             request->batch, raw, now_ms, rule, config, conflicts));
    store.save_clock(clock.last());
    nlohmann::json answer = response.to_json();
    store.save_response(caller.device_id, request->batch, answer);
    store.trim_device_logs(caller.device_id, request->batch - config.batches_kept_per_device + 1,
                           config.rejected_kept_per_device);
    answer["store"] = identity;
    return {200, std::move(answer), conflicts};
}

std::string encode_cursor(std::int64_t seq) {
    return seq <= 0 ? std::string() : "c" + std::to_string(seq);
}

std::optional<std::int64_t> decode_cursor(const std::string& cursor) {
    if (cursor.empty())
        return 0;
    if (cursor.size() < 2 || cursor.size() > 20 || cursor[0] != 'c')
        return std::nullopt;
    std::int64_t seq = 0;
    const auto* end = cursor.data() + cursor.size();
    auto [ptr, ec] = std::from_chars(cursor.data() + 1, end, seq);
    if (ec != std::errc() || ptr != end || seq < 1)
        return std::nullopt;
    return seq;
}

Reply read_pull(CentralStore& store, const CallerScope& caller, const std::string& cursor,
                int limit, const CentralConfig& config) {
    const auto after = decode_cursor(cursor);
    if (!after)
        return {400, error_body("bad_cursor", "The cursor is not one this server gave out.")};
    const StoreIdentity identity = store.identity();
    if (*after > store.last_seq())
        return {409, error_body(kCursorUnknown,
                                "The cursor is beyond this store's end: the server was restored "
                                "from a backup. Send again what this device made, then pull from "
                                "the start.",
                                {{"store", identity.to_json()}})};
    const std::size_t page_size =
        limit <= 0 ? config.max_pull_limit
                   : std::min<std::size_t>(static_cast<std::size_t>(limit), config.max_pull_limit);
    std::set<std::string> units = caller.units;
    units.emplace(kGlobalScopeUnit);
    auto committed = store.changes_after(*after, units, page_size + 1);

    PullPage page;
    page.more = committed.size() > page_size;
    if (page.more)
        committed.resize(page_size);
    std::int64_t last_seq = *after;
    std::size_t bytes = 0;
    for (auto& c : committed) {
        if (!page.changes.empty() && bytes >= config.max_pull_bytes) {
            page.more = true;
            break;
        }
        last_seq = c.seq;
        // An exit reaches only those who no longer see the record (scope_exit.h).
        if (c.change.type == kScopeExitRecordType) {
            const auto exit = ScopeExit::of(c.change);
            if (!exit || !exit->delivered_to(caller.units))
                continue;
        }
        bytes += c.data_bytes;
        page.changes.push_back(std::move(c.change));
    }
    page.cursor = encode_cursor(last_seq);
    page.store = identity;
    return {200, page.to_json()};
}

}  // namespace pantau::sync
