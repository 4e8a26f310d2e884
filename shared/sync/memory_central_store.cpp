#include "sync/memory_central_store.h"

#include <algorithm>

namespace pantau::sync {

std::int64_t MemoryCentralStore::last_batch(const std::string& device_id) {
    auto it = responses_.find(device_id);
    return it == responses_.end() || it->second.empty() ? 0 : it->second.rbegin()->first;
}

std::optional<nlohmann::json> MemoryCentralStore::stored_response(const std::string& device_id,
                                                                  std::int64_t batch) {
    auto device = responses_.find(device_id);
    if (device == responses_.end())
        return std::nullopt;
    auto it = device->second.find(batch);
    if (it == device->second.end())
        return std::nullopt;
    return it->second;
}

void MemoryCentralStore::save_response(const std::string& device_id, std::int64_t batch,
                                       const nlohmann::json& response) {
    responses_[device_id][batch] = response;
}

void MemoryCentralStore::trim_device_logs(const std::string& device_id,
                                          std::int64_t first_batch_kept,
                                          std::size_t rejected_kept) {
    if (auto device = responses_.find(device_id); device != responses_.end())
        device->second.erase(device->second.begin(), device->second.lower_bound(first_batch_kept));
    std::size_t newer = 0;
    for (auto it = rejected_.rbegin(); it != rejected_.rend(); ++it)
        if (it->device_id == device_id)
            ++newer;
    // Drop the device's oldest entries beyond the newest `rejected_kept`.
    for (auto it = rejected_.begin(); it != rejected_.end() && newer > rejected_kept;) {
        if (it->device_id == device_id) {
            it = rejected_.erase(it);
            --newer;
        } else {
            ++it;
        }
    }
}

std::optional<Change> MemoryCentralStore::current(const std::string& type, const std::string& id) {
    auto it = records_.find({type, id});
    if (it == records_.end())
        return std::nullopt;
    return it->second.change;
}

void MemoryCentralStore::put(const Change& change,
                             const std::optional<std::string>& device_version) {
    const Key key{change.type, change.id};
    if (auto it = records_.find(key); it != records_.end())
        by_seq_.erase(it->second.seq);
    const std::int64_t seq = next_seq_++;
    records_[key] = {seq, change};
    by_seq_[seq] = key;
    if (device_version)
        restamped_[change.id] = *device_version;
}

std::vector<CommittedChange> MemoryCentralStore::changes_after(std::int64_t seq,
                                                               const std::set<std::string>& units,
                                                               std::size_t limit) {
    std::vector<CommittedChange> out;
    for (auto it = by_seq_.upper_bound(seq); it != by_seq_.end() && out.size() < limit; ++it) {
        const auto& committed = records_.at(it->second);
        if (units.contains(committed.change.unit_id))
            out.push_back({committed.seq, committed.change, committed.change.data.dump().size()});
    }
    return out;
}

void MemoryCentralStore::restore(const MemoryCentralStore& snapshot) {
    const std::int64_t generation =
        std::max(identity_.generation, snapshot.identity_.generation) + 1;
    *this = snapshot;
    identity_.generation = generation;
}

std::vector<Change> MemoryCentralStore::records() const {
    std::vector<Change> out;
    for (const auto& [key, committed] : records_)
        out.push_back(committed.change);
    return out;
}

}  // namespace pantau::sync
