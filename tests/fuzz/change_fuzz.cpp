// The change decoder on a body as a device would push it: parse_json with the
// server's limits, then the push request and every change envelope in it, and
// the same document read as a push response and a pull page (what a phone
// decodes).
//
// Properties: nothing throws; a change that decodes without problems encodes
// to JSON that decodes, again without problems, to an equal change; the same
// holds for a push request, a push response and a pull page.
#include <nlohmann/json.hpp>

#include "core/json_parse.h"
#include "fuzz/fuzz_support.h"
#include "sync/change.h"
#include "sync/protocol.h"

namespace {

using namespace pantau;
using namespace pantau::sync;

void check_change(const nlohmann::json& j) {
    Problems problems;
    const Change change = Change::from_json(j, problems);
    if (!problems.empty())
        return;
    Problems again;
    const Change decoded = Change::from_json(change.to_json(), again);
    fuzz::require(again.empty(), "an accepted change re-encodes to an accepted one");
    fuzz::require(decoded == change, "an accepted change survives encoding unchanged");
}

template <typename Message>
void check_round_trip(const nlohmann::json& j, std::string_view what) {
    Problems problems;
    const auto message = Message::from_json(j, problems);
    if (!message)
        return;
    Problems again;
    const auto decoded = Message::from_json(message->to_json(), again);
    fuzz::require(decoded.has_value() && again.empty(), what);
    fuzz::require(decoded->to_json() == message->to_json(), what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto parsed = parse_json(fuzz::as_text(data, size));
    if (!parsed)
        return 0;
    const nlohmann::json& body = *parsed;
    Problems problems;
    if (const auto push = PushRequest::from_json(body, problems)) {
        for (const auto& change : push->changes)
            check_change(change);
    }
    check_change(body);
    check_round_trip<PushRequest>(body, "a push request survives encoding");
    check_round_trip<PushResponse>(body, "a push response survives encoding");
    check_round_trip<PullPage>(body, "a pull page survives encoding");
    return 0;
}
