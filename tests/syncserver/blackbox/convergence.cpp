#include "convergence.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <tuple>

#include "clock/uuid.h"
#include "evaluation/evaluation.h"
#include "survey/survey_response.h"

namespace pantau::server::testing {

using nlohmann::json;

bool later(const Edit& a, const Edit& b) {
    return std::tie(a.version, a.origin) > std::tie(b.version, b.origin);
}

void Run::made(const sync::Change& change) {
    const Edit edit{change.unit_id, change.version, change.origin, change.deleted, change.data};
    const Key key{change.type, change.id};
    edits.emplace_back(key, edit);
    auto found = latest.find(key);
    if (found == latest.end() || later(edit, found->second))
        latest[key] = edit;
}

void Run::record(Phone& phone, const store::LocalEdit& edit) {
    auto change = phone.device->store().record(edit, now_ms());
    INFO((change ? "" : change.error().message));
    REQUIRE(change);
    made(*change);
}

void Run::edit(Phone& phone) {
    static const std::vector<std::string> kStatuses = {"HADIR", "SAKIT", "IZIN", "DINAS_LUAR",
                                                       "TANPA_KETERANGAN"};
    const auto& employee = phone.staff[static_cast<std::size_t>(below(4))];
    const int what = below(10);
    if (what < 5) {
        const auto id = attendance_id(phone.unit, employee, *Date::parse(today_wib()));
        const auto stored = phone.device->store().get("attendance", id);
        if (what == 0 && stored && !stored->deleted)
            return record(phone, {"attendance", id, phone.unit, {}, true});
        made(mark(*phone.device, phone.unit, employee,
                  kStatuses[static_cast<std::size_t>(below(5))], now_ms()));
    } else if (what < 8) {
        Evaluation e;
        e.employee_id = employee;
        e.period = "2026-11";
        e.feedback = "catatan " + std::to_string(random() % 1000);
        const auto id = evaluation_id(employee, e.period);
        const auto stored = phone.device->store().get("evaluation", id);
        if (what == 5 && stored && !stored->deleted)
            return record(phone, {"evaluation", id, phone.unit, {}, true});
        record(phone, {"evaluation", id, phone.unit, e.to_json()});
    } else {
        SurveyResponse r;
        r.unit_id = phone.unit;
        r.collected_at = now_ms() - 60'000;
        r.scores = {4, 3, 4, 4, 3, 4, 4, 3, 4};
        UuidBytes bytes;
        for (auto& b : bytes)
            b = static_cast<std::uint8_t>(random());
        ++surveys;
        record(phone, {"survey_response", uuid_v4(bytes), phone.unit, r.to_json()});
    }
}

const std::vector<std::string> kTypes = {"attendance", "evaluation", "survey_response"};

json export_of(Kabupaten& k, const std::string& type) {
    const auto result =
        run_server_command({"export", "--store", k.store_url, "--type", type, "--format", "json"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return json::parse(result.out).at("rows");
}

// A column of a store row as text ("" for null) or as an integer.
std::string text_at(const StoreRow& row, const StoreTable& table, std::string_view column) {
    const auto& cell = row.at(column_index(table, column));
    return cell ? std::get<std::string>(*cell) : std::string();
}
std::int64_t number_at(const StoreRow& row, const StoreTable& table, std::string_view column) {
    const auto& cell = row.at(column_index(table, column));
    return cell ? std::get<std::int64_t>(*cell) : 0;
}

// How many versions of a record the server stored (read through the store,
// whichever kind it is).
std::int64_t stored_versions(Kabupaten& k, const std::string& id) {
    const auto& history = store_table("record_history");
    std::int64_t count = 0;
    open_store(k.store_url)->read([&](ServerTransaction& tx) {
        tx.scan_rows(history, [&](const StoreRow& row) {
            if (text_at(row, history, "id") == id)
                ++count;
        });
    });
    return count;
}

bool sync_until_quiet(std::vector<Phone>& phones) {
    bool quiet = false;
    for (int round = 0; round < 6 && !quiet; ++round) {
        quiet = std::all_of(phones.begin(), phones.end(),
                            [](Phone& p) { return p.device->store().waiting_count() == 0; });
        for (auto& p : phones) {
            INFO("stopped: " << p.device->last_stop());
            REQUIRE(p.device->sync(now_ms(), 5) == SyncOutcome::Finished);
        }
    }
    return quiet;
}

Tally check_converged(Kabupaten& k, const Run& run, std::vector<Phone>& phones) {
    // The server's store: every record at its latest edit, each version stored once.
    Tally tally;
    int& lost = tally.lost;
    int& duplicated = tally.duplicated;
    std::map<Key, Edit> server;
    {
        static const std::set<std::string> kKept = {"attendance", "evaluation", "survey_response"};
        const auto& records = store_table("records");
        const auto& history = store_table("record_history");
        std::map<std::tuple<std::string, std::string, std::string, std::string>, int> versions;
        open_store(k.store_url)->read([&](ServerTransaction& tx) {
            tx.scan_rows(records, [&](const StoreRow& row) {
                const auto type = text_at(row, records, "type");
                if (kKept.contains(type))
                    server[{type, text_at(row, records, "id")}] = {
                        text_at(row, records, "unit_id"), text_at(row, records, "version"),
                        text_at(row, records, "origin"), number_at(row, records, "deleted") != 0,
                        json::parse(text_at(row, records, "data"))};
            });
            tx.scan_rows(history, [&](const StoreRow& row) {
                const auto type = text_at(row, history, "type");
                if (kKept.contains(type))
                    ++versions[{type, text_at(row, history, "id"), text_at(row, history, "version"),
                                text_at(row, history, "origin")}];
            });
        });
        for (const auto& [version, count] : versions) {
            if (count < 2)
                continue;
            UNSCOPED_INFO("stored twice: " << std::get<0>(version) << " " << std::get<1>(version)
                                           << " " << std::get<2>(version));
            ++duplicated;
        }
    }
    for (const auto& [key, edit] : run.latest) {
        const auto found = server.find(key);
        const bool kept = found != server.end() && found->second.version == edit.version &&
                          found->second.origin == edit.origin &&
                          found->second.deleted == edit.deleted &&
                          (edit.deleted || found->second.data == edit.data);
        if (!kept) {
            UNSCOPED_INFO("lost: " << key.first << " " << key.second << " " << edit.version);
            ++lost;
        }
    }
    // Every edit made is there, or a later one of the same record is.
    for (const auto& [key, edit] : run.edits)
        if (const auto found = server.find(key);
            found == server.end() || later(edit, found->second))
            ++lost;
    CHECK(server.size() == run.latest.size());  // nothing the devices did not make

    // The export lists each live record once, at its version.
    for (const auto& type : kTypes) {
        const json rows = export_of(k, type == "survey_response" ? "survey" : type);
        std::set<std::string> ids;
        for (const auto& row : rows) {
            const auto id = row.at("id").get<std::string>();
            if (!ids.insert(id).second)
                ++duplicated;
            const auto found = server.find({type, id});
            REQUIRE(found != server.end());
            CHECK_FALSE(found->second.deleted);
            if (row.contains("version"))
                CHECK(row.at("version") == found->second.version);
        }
        std::size_t live = 0;
        for (const auto& [key, edit] : server)
            live += key.first == type && !edit.deleted;
        CHECK(ids.size() == live);
    }

    // Every phone holds exactly its unit's records (deleted ones too), as the server does.
    for (auto& p : phones) {
        INFO("phone of " << p.unit);
        CHECK(p.device->store().waiting_count() == 0);
        CHECK(p.device->store().rejected().empty());
        for (const auto& [key, edit] : server) {
            INFO(key.first << " " << key.second);
            const auto mine = p.device->store().get(key.first, key.second);
            if (edit.unit != p.unit) {
                CHECK_FALSE(mine);
                continue;
            }
            REQUIRE(mine);
            CHECK(mine->version == edit.version);
            CHECK(mine->origin == edit.origin);
            CHECK(mine->deleted == edit.deleted);
            if (!edit.deleted)
                CHECK(mine->data == edit.data);
        }
        for (const auto& type : kTypes)
            for (const auto& record : p.device->store().list(type))
                CHECK(server.count({type, record.id}) == 1);
    }
    return tally;
}

}  // namespace pantau::server::testing
