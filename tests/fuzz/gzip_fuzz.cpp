// gzip as the server reads request bodies: inflating with a size cap (a small
// body can inflate to gigabytes), and the Accept-Encoding reader.
//
// Properties: nothing throws; an inflated body is never larger than the cap;
// what is refused as too large under one cap inflates to more than it under a
// larger one; compressing any bytes and inflating them gives them back.
#include <string>

#include "fuzz/fuzz_support.h"
#include "http/gzip.h"

namespace {

using namespace pantau;
using namespace pantau::server;

constexpr std::size_t kCap = 64 * 1024;
constexpr std::size_t kLargerCap = 4 * kCap;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::as_text(data, size);

    const InflateResult small = gzip_inflate(bytes, kCap);
    if (small.status == InflateStatus::ok)
        fuzz::require(small.data.size() <= kCap, "an inflated body stays within the cap");
    else
        fuzz::require(small.data.empty(), "a refused body hands back no bytes");
    const InflateResult large = gzip_inflate(bytes, kLargerCap);
    if (small.status == InflateStatus::ok)
        fuzz::require(large.status == InflateStatus::ok && large.data == small.data,
                      "a larger cap inflates the same body to the same bytes");
    if (small.status == InflateStatus::too_large && large.status == InflateStatus::ok)
        fuzz::require(large.data.size() > kCap, "too large means larger than the cap");

    const InflateResult round = gzip_inflate(gzip_compress(bytes), size);
    fuzz::require(round.status == InflateStatus::ok && round.data == bytes,
                  "compressed bytes inflate back to themselves");

    (void)accepts_gzip(bytes);
    return 0;
}
