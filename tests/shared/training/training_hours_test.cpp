#include "training/training_hours.h"

#include <catch2/catch.hpp>
#include <vector>

using nlohmann::json;
using namespace pantau;

namespace {

constexpr auto kSiti = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
constexpr auto kBudi = "16fd2706-8baf-433b-82eb-8c7fada847da";

json training(const char* employee, const char* start, const char* end, double jp) {
    Training t;
    t.employee_id = employee;
    t.title = "Pelatihan";
    t.kind = "E_LEARNING";
    t.organiser = "LAN";
    t.start_date = *Date::parse(start);
    t.end_date = *Date::parse(end);
    t.jp = jp;
    t.competency = "TEKNIS";
    return t.to_json();
}

// Records held as the stores hold them; `deleted` marks tombstones.
struct Held {
    std::vector<json> data;
    std::vector<bool> deleted;

    void add(json d, bool gone = false) {
        data.push_back(std::move(d));
        deleted.push_back(gone);
    }
    std::map<std::string, JpDone> in(int year) const {
        std::vector<TrainingRecord> records;
        for (std::size_t i = 0; i < data.size(); ++i)
            records.push_back({&data[i], deleted[i]});
        return jp_by_employee(year, records);
    }
};

JpStanding standing_of(const Held& held, int year, const char* employee, const char* kind) {
    const auto done = held.in(year);
    const auto it = done.find(employee);
    return jp_standing(it == done.end() ? JpDone{} : it->second, kind,
                       training_minimum_catalogue());
}

}  // namespace

TEST_CASE("exactly the minimum of 20 JP is not short, 19.5 and 19 are") {
    Held held;
    held.add(training(kSiti, "2026-03-02", "2026-03-03", 12));
    held.add(training(kSiti, "2026-08-10", "2026-08-10", 8));
    const JpStanding twenty = standing_of(held, 2026, kSiti, "PNS");
    CHECK(twenty.done.jp() == 20);
    CHECK(twenty.done.trainings == 2);
    CHECK(twenty.minimum() == 20);
    CHECK(twenty.short_by() == 0);
    CHECK_FALSE(twenty.is_short());

    Held less;
    less.add(training(kSiti, "2026-03-02", "2026-03-03", 12));
    less.add(training(kSiti, "2026-08-10", "2026-08-10", 7.5));
    const JpStanding nineteen_and_a_half = standing_of(less, 2026, kSiti, "PNS");
    CHECK(nineteen_and_a_half.is_short());
    CHECK(nineteen_and_a_half.short_by_tenths() == 5);
    CHECK(nineteen_and_a_half.short_by() == 0.5);

    Held nineteen;
    nineteen.add(training(kSiti, "2026-03-02", "2026-03-03", 19));
    CHECK(standing_of(nineteen, 2026, kSiti, "PNS").short_by() == 1);
}

TEST_CASE("tenths of JP add up exactly") {
    Held held;
    for (int i = 0; i < 200; ++i)
        held.add(training(kSiti, "2026-05-04", "2026-05-04", 0.1));
    const JpStanding s = standing_of(held, 2026, kSiti, "PNS");
    CHECK(s.done.tenths == 200);
    CHECK_FALSE(s.is_short());
}

TEST_CASE("a training across New Year counts in the year it ends and in no other") {
    Held held;
    held.add(training(kSiti, "2026-12-28", "2027-01-03", 30));
    CHECK(standing_of(held, 2027, kSiti, "PNS").done.jp() == 30);
    CHECK_FALSE(standing_of(held, 2027, kSiti, "PNS").is_short());
    const JpStanding before = standing_of(held, 2026, kSiti, "PNS");
    CHECK(before.done.trainings == 0);
    CHECK(before.short_by() == 20);
}

TEST_CASE("a deleted training counts nowhere, nor data that is no training") {
    Held held;
    held.add(training(kSiti, "2026-03-02", "2026-03-03", 20), true);
    held.add(json{{"employee_id", kSiti}, {"jp", 40}});
    held.add(training(kSiti, "2026-04-01", "2026-04-01", 4));
    const JpStanding s = standing_of(held, 2026, kSiti, "PNS");
    CHECK(s.done.trainings == 1);
    CHECK(s.done.jp() == 4);
    CHECK(s.short_by() == 16);
}

TEST_CASE("each employee's JP are their own and each kind has its minimum from the catalogue") {
    Held held;
    held.add(training(kSiti, "2026-03-02", "2026-03-03", 16));
    held.add(training(kBudi, "2026-03-02", "2026-03-03", 4));
    const auto done = held.in(2026);
    CHECK(done.at(kSiti).jp() == 16);
    CHECK(done.at(kBudi).jp() == 4);

    // The minimum is data: each kind's entry, not a number in code.
    for (const char* kind : {"PNS", "PPPK"}) {
        INFO(kind);
        const TrainingMinimum* m = training_minimum_catalogue().find(kind);
        REQUIRE(m);
        const JpStanding s = standing_of(held, 2026, kBudi, kind);
        CHECK(s.minimum() == m->minimum_jp);
        CHECK(s.short_by() == m->minimum_jp - 4);
    }
    CHECK(training_minimum_catalogue().find("PNS")->minimum_jp == 20);

    SECTION("a catalogue with another PPPK minimum changes only the PPPK standing") {
        CatalogueFile file = embedded_catalogue("training_minimums");
        for (auto& entry : file.entries)
            if (entry.at("code") == "PPPK")
                entry["minimum_jp"] = 24;
        const auto other = TrainingMinimumCatalogue::from_file(file);
        const JpDone twenty{200, 2};
        CHECK(jp_standing(twenty, "PPPK", other).short_by() == 4);
        CHECK_FALSE(jp_standing(twenty, "PNS", other).is_short());
    }
    SECTION("a kind the catalogue lacks has no minimum and is never short") {
        const JpStanding s = jp_standing(JpDone{}, "HONORER", training_minimum_catalogue());
        CHECK_FALSE(s.minimum_tenths);
        CHECK_FALSE(s.is_short());
    }
}

TEST_CASE("a minimum catalogue with an unknown employee kind or a negative minimum is refused") {
    CatalogueFile file = embedded_catalogue("training_minimums");
    file.entries[0]["code"] = "HONORER";
    CHECK_THROWS_AS(TrainingMinimumCatalogue::from_file(file), std::invalid_argument);
    file = embedded_catalogue("training_minimums");
    file.entries[0]["minimum_jp"] = -1;
    CHECK_THROWS_AS(TrainingMinimumCatalogue::from_file(file), std::invalid_argument);
}
