// MemoryCentralStore: a CentralStore in memory, for protocol tests and
// simulations. Each record keeps only its current version, moved to the end
// of the commit order whenever it changes, as the real stores do.
#pragma once

#include <map>
#include <utility>

#include "sync/central.h"

namespace pantau::sync {

class MemoryCentralStore final : public CentralStore {
  public:
    explicit MemoryCentralStore(std::string id = "memory-store") : identity_{std::move(id), 1} {}

    std::int64_t last_batch(const std::string& device_id) override;
    std::optional<nlohmann::json> stored_response(const std::string& device_id,
                                                  std::int64_t batch) override;
    void save_response(const std::string& device_id, std::int64_t batch,
                       const nlohmann::json& response) override;
    std::optional<Change> current(const std::string& type, const std::string& id) override;
    void put(const Change& change, const std::optional<std::string>& device_version) override;
    std::vector<CommittedChange> changes_after(std::int64_t seq, const std::set<std::string>& units,
                                               std::size_t limit) override;
    void add_conflict(const ConflictRecord& conflict) override { conflicts_.push_back(conflict); }
    void add_rejected(const RejectedRecord& rejected) override { rejected_.push_back(rejected); }
    void trim_device_logs(const std::string& device_id, std::int64_t first_batch_kept,
                          std::size_t rejected_kept) override;
    Hlc clock() override { return clock_; }
    void save_clock(Hlc last) override { clock_ = last; }
    StoreIdentity identity() override { return identity_; }
    std::int64_t last_seq() override { return next_seq_ - 1; }

    // Puts back an earlier copy of this store, as `pantau-server restore`
    // does: everything since is forgotten, and the generation goes up past
    // both the copy's and this store's.
    void restore(const MemoryCentralStore& snapshot);

    // For assertions.
    const std::vector<ConflictRecord>& conflicts() const { return conflicts_; }
    const std::vector<RejectedRecord>& rejected() const { return rejected_; }
    std::vector<Change> records() const;  // every current record, tombstones included
    const std::map<std::string, std::string>& restamped() const {
        return restamped_;
    }  // id -> device version

  private:
    using Key = std::pair<std::string, std::string>;  // type, id
    std::map<Key, CommittedChange> records_;
    std::map<std::int64_t, Key> by_seq_;
    std::int64_t next_seq_ = 1;
    std::map<std::string, std::map<std::int64_t, nlohmann::json>> responses_;
    std::vector<ConflictRecord> conflicts_;
    std::vector<RejectedRecord> rejected_;
    std::map<std::string, std::string> restamped_;
    Hlc clock_;
    StoreIdentity identity_;
};

}  // namespace pantau::sync
