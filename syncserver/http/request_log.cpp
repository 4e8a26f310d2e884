#include "http/request_log.h"

#include <cstdio>
#include <ctime>

namespace pantau::server {
namespace {

constexpr std::size_t kMaxFieldLength = 200;

// A log field is one token of printable ASCII: the client chose these bytes,
// and a newline or escape sequence must not forge or garble log lines.
void append_field(std::string& out, std::string_view value) {
    if (value.empty()) {
        out += '-';
        return;
    }
    if (value.size() > kMaxFieldLength) {
        value = value.substr(0, kMaxFieldLength);
    }
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        out += (byte > 0x20 && byte < 0x7f) ? c : '?';
    }
}

std::string iso_time(std::chrono::system_clock::time_point time) {
    const auto since_epoch = time.time_since_epoch();
    const auto seconds = std::chrono::floor<std::chrono::seconds>(since_epoch);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch - seconds);
    const std::time_t t = static_cast<std::time_t>(seconds.count());
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[96];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                  static_cast<int>(millis.count()));
    return text;
}

}  // namespace

std::string format_request_log(const RequestLogEntry& entry) {
    std::string line = iso_time(entry.time);
    line += ' ';
    append_field(line, entry.remote_address);
    line += ' ';
    append_field(line, entry.method);
    line += ' ';
    append_field(line, entry.target.substr(0, entry.target.find('?')));
    line += ' ';
    line += std::to_string(entry.status);
    line += ' ';
    line += std::to_string(entry.bytes_out);
    line += ' ';
    line += std::to_string(
        std::chrono::duration_cast<std::chrono::milliseconds>(entry.duration).count());
    line += "ms device=";
    append_field(line, entry.device_id);
    line += '\n';
    return line;
}

void write_log_line(std::string_view line) {
    std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace pantau::server
