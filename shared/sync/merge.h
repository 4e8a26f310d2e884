// The merge rule every replica applies to an incoming change against the
// record it holds: the higher (version, origin) wins; a write made without
// having seen the current version of another origin is a conflict, whichever
// side wins, so nothing is lost silently.
#pragma once

#include <optional>

#include "sync/change.h"

namespace pantau::sync {

struct CurrentVersion {
    std::string version;
    std::string origin;
    bool deleted = false;
};

enum class MergeOutcome {
    Applied,     // the incoming change becomes the record
    Superseded,  // the record already holds a higher version
    Duplicate,   // the very same version is already there: nothing to do
};

struct MergeDecision {
    MergeOutcome outcome;
    bool conflict;  // concurrent writes of different origins: keep both for review
};

MergeDecision decide(const Change& incoming, const std::optional<CurrentVersion>& current);

}  // namespace pantau::sync
