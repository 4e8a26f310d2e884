// gzip for HTTP bodies: compressing responses, inflating request bodies with
// a size cap (a few kilobytes of gzip can inflate to gigabytes), and reading
// whether a client's Accept-Encoding allows gzip.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace pantau::server {

std::string gzip_compress(std::string_view data);

// One gzip member written in pieces: each piece is flushed (Z_SYNC_FLUSH) so
// the client can inflate what has arrived; finish() ends the member.
class GzipStream {
  public:
    GzipStream();
    ~GzipStream();
    GzipStream(const GzipStream&) = delete;
    GzipStream& operator=(const GzipStream&) = delete;
    std::string compress(std::string_view piece);
    std::string finish();

  private:
    std::string run(std::string_view input, int flush);
    struct State;
    std::unique_ptr<State> state_;
};

enum class InflateStatus { ok, bad_data, too_large };

struct InflateResult {
    InflateStatus status = InflateStatus::ok;
    std::string data;  // the inflated bytes when ok
};

// Inflates a gzip stream (several concatenated members allowed). Stops as
// soon as the output would exceed max_size, so a zip bomb costs at most
// max_size bytes of memory.
InflateResult gzip_inflate(std::string_view compressed, std::size_t max_size);

// Whether an Accept-Encoding header value allows a gzip response
// ("gzip", "x-gzip" or "*" with a quality above zero).
bool accepts_gzip(std::string_view accept_encoding);

}  // namespace pantau::server
