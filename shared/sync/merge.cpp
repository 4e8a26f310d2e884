#include "sync/merge.h"

namespace pantau::sync {

MergeDecision decide(const Change& incoming, const std::optional<CurrentVersion>& current) {
    if (!current)
        return {MergeOutcome::Applied, false};
    const VersionKey theirs{current->version, current->origin};
    const VersionKey mine = key_of(incoming);
    if (mine == theirs)
        return {MergeOutcome::Duplicate, false};

    const bool other_origin = current->origin != incoming.origin;
    if (mine > theirs) {
        // Overwriting a version the writer never saw loses that version's edit.
        const bool unseen = !incoming.base || *incoming.base != current->version;
        return {MergeOutcome::Applied, other_origin && unseen};
    }
    // A lower version from another origin loses its edit: always worth a review.
    return {MergeOutcome::Superseded, other_origin};
}

}  // namespace pantau::sync
