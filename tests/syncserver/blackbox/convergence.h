// What the black-box convergence runs share (fault_test.cpp, where one
// server is killed behind a faulty network, and scale_out_test.cpp, where
// two servers share a store): seeded edits on phones, a record of every
// edit made, and the final check that every phone, the server's store and
// its export hold the same records at the same versions, none lost, none
// stored twice.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "kabupaten.h"
#include "store/server_store.h"

namespace pantau::server::testing {

using Key = std::pair<std::string, std::string>;  // (type, id)

struct Edit {
    std::string unit;
    std::string version;
    std::string origin;
    bool deleted = false;
    nlohmann::json data;
};

bool later(const Edit& a, const Edit& b);

struct Phone {
    std::unique_ptr<TestDevice> device;
    std::string unit;
    std::vector<std::string> staff;
};

struct Run {
    explicit Run(unsigned seed) : random(seed) {}
    std::mt19937 random;
    std::map<Key, Edit> latest;  // the highest edit of each record, made anywhere
    std::vector<std::pair<Key, Edit>> edits;
    int surveys = 0;

    int below(int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); }
    void made(const sync::Change& change);
    void record(Phone& phone, const store::LocalEdit& edit);
    // One edit on the phone: attendance marked or deleted, an evaluation
    // draft written or deleted, or a survey response collected.
    void edit(Phone& phone);
};

extern const std::vector<std::string> kTypes;

// A column of a store row as text ("" for null) or as an integer.
std::string text_at(const StoreRow& row, const StoreTable& table, std::string_view column);
std::int64_t number_at(const StoreRow& row, const StoreTable& table, std::string_view column);

// The rows of `pantau-server export --type TYPE --format json`.
nlohmann::json export_of(Kabupaten& k, const std::string& type);

// How many versions of a record the server stored (read through the store,
// whichever kind it is).
std::int64_t stored_versions(Kabupaten& k, const std::string& id);

// Every phone syncs, round after round, until none has anything to send
// (at most six rounds); REQUIREs each sync to finish. True when quiet.
bool sync_until_quiet(std::vector<Phone>& phones);

struct Tally {
    int lost = 0;
    int duplicated = 0;
};

// After every phone synced until quiet: CHECKs that the server's store, its
// export and every phone agree with what the run made; returns what was
// lost or stored twice.
Tally check_converged(Kabupaten& k, const Run& run, std::vector<Phone>& phones);

}  // namespace pantau::server::testing
