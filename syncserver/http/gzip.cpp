#include "http/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <stdexcept>

namespace pantau::server {
namespace {

// windowBits 15 plus 16 selects the gzip wrapper instead of raw zlib.
constexpr int kGzipWindowBits = 15 + 16;
constexpr int kMemLevel = 8;
constexpr std::size_t kChunk = 64 * 1024;

Bytef* input_bytes(std::string_view data) {
    // zlib's API is not const-correct; it never writes through next_in.
    return reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

// The q value of one Accept-Encoding element ("gzip;q=0.5"); 1 when absent,
// nullopt when unreadable.
std::optional<double> quality(std::string_view parameters) {
    while (!parameters.empty()) {
        const auto semicolon = parameters.find(';');
        const auto parameter = trim(parameters.substr(0, semicolon));
        parameters = semicolon == std::string_view::npos ? std::string_view{}
                                                         : parameters.substr(semicolon + 1);
        if (parameter.size() >= 2 && (parameter[0] == 'q' || parameter[0] == 'Q') &&
            parameter[1] == '=') {
            const std::string value(trim(parameter.substr(2)));
            char* end = nullptr;
            const double q = std::strtod(value.c_str(), &end);
            if (value.empty() || end != value.c_str() + value.size()) {
                return std::nullopt;
            }
            return q;
        }
    }
    return 1.0;
}

}  // namespace

std::string gzip_compress(std::string_view data) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, kMemLevel,
                     Z_DEFAULT_STRATEGY) != Z_OK) {
        throw std::runtime_error("zlib deflateInit2 failed");
    }
    std::string out;
    out.resize(deflateBound(&stream, static_cast<uLong>(data.size())));
    stream.next_in = input_bytes(data);
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const auto written = stream.total_out;
    deflateEnd(&stream);
    if (status != Z_STREAM_END) {
        throw std::runtime_error("zlib deflate did not finish within deflateBound");
    }
    out.resize(written);
    return out;
}

InflateResult gzip_inflate(std::string_view compressed, std::size_t max_size) {
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK) {
        throw std::runtime_error("zlib inflateInit2 failed");
    }
    InflateResult result;
    std::array<char, kChunk> chunk;
    stream.next_in = input_bytes(compressed);
    stream.avail_in = static_cast<uInt>(compressed.size());
    bool member_ended = false;
    for (;;) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        const int status = inflate(&stream, Z_NO_FLUSH);
        const std::size_t produced = chunk.size() - stream.avail_out;
        if (result.data.size() + produced > max_size) {
            result.status = InflateStatus::too_large;
            break;
        }
        result.data.append(chunk.data(), produced);
        if (status == Z_STREAM_END) {
            member_ended = true;
            if (stream.avail_in == 0) {
                break;
            }
            // Another gzip member follows (RFC 1952 allows concatenation).
            if (inflateReset(&stream) != Z_OK) {
                result.status = InflateStatus::bad_data;
                break;
            }
            member_ended = false;
            continue;
        }
        if (status != Z_OK) {
            // Z_BUF_ERROR here means the input ended in the middle of a member.
            result.status = InflateStatus::bad_data;
            break;
        }
        if (stream.avail_in == 0 && produced == 0) {
            result.status = InflateStatus::bad_data;  // truncated: no more input, no end
            break;
        }
    }
    inflateEnd(&stream);
    if (result.status == InflateStatus::ok && !member_ended) {
        result.status = InflateStatus::bad_data;
    }
    if (result.status != InflateStatus::ok) {
        result.data.clear();
    }
    return result;
}

bool accepts_gzip(std::string_view accept_encoding) {
    std::optional<bool> gzip;
    std::optional<bool> wildcard;
    while (!accept_encoding.empty()) {
        const auto comma = accept_encoding.find(',');
        const auto element = trim(accept_encoding.substr(0, comma));
        accept_encoding = comma == std::string_view::npos ? std::string_view{}
                                                          : accept_encoding.substr(comma + 1);
        const auto semicolon = element.find(';');
        const auto coding = trim(element.substr(0, semicolon));
        const auto q = quality(semicolon == std::string_view::npos ? std::string_view{}
                                                                   : element.substr(semicolon + 1));
        const bool allowed = q.has_value() && *q > 0.0;
        if (iequals(coding, "gzip") || iequals(coding, "x-gzip")) {
            gzip = gzip.value_or(false) || allowed;
        } else if (coding == "*") {
            wildcard = allowed;
        }
    }
    if (gzip.has_value()) {
        return *gzip;
    }
    return wildcard.value_or(false);
}

struct GzipStream::State {
    z_stream z{};
};

GzipStream::GzipStream() : state_(std::make_unique<State>()) {
    if (deflateInit2(&state_->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, kMemLevel,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
}

GzipStream::~GzipStream() {
    deflateEnd(&state_->z);
}

std::string GzipStream::run(std::string_view input, int flush) {
    z_stream& z = state_->z;
    z.next_in = input_bytes(input);
    z.avail_in = static_cast<uInt>(input.size());
    std::string out;
    std::array<Bytef, kChunk> buffer{};
    do {
        z.next_out = buffer.data();
        z.avail_out = static_cast<uInt>(buffer.size());
        const int rc = deflate(&z, flush);
        if (rc == Z_STREAM_ERROR)
            throw std::runtime_error("deflate failed");
        out.append(reinterpret_cast<const char*>(buffer.data()), buffer.size() - z.avail_out);
    } while (z.avail_out == 0);
    return out;
}

std::string GzipStream::compress(std::string_view piece) {
    return run(piece, Z_SYNC_FLUSH);
}

std::string GzipStream::finish() {
    return run({}, Z_FINISH);
}

}  // namespace pantau::server
