#include "metrics.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace pantau::server {
namespace {

constexpr auto kRelaxed = std::memory_order_relaxed;

void header(std::string& out, std::string_view name, std::string_view type, std::string_view help) {
    out.append("# HELP ").append(name).append(" ").append(help).append("\n");
    out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

void sample(std::string& out, std::string_view name, std::string_view labels,
            std::string_view value) {
    out.append(name).append(labels).append(" ").append(value).append("\n");
}

void sample(std::string& out, std::string_view name, std::string_view labels, std::uint64_t value) {
    sample(out, name, labels, std::to_string(value));
}

// Prometheus reads Go-style floats; %g keeps bucket bounds short ("0.0025", "10").
std::string format_double(double value, const char* format) {
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

}  // namespace

void Metrics::request_done(int status, std::uint64_t bytes_in, std::uint64_t bytes_out,
                           double seconds) {
    // Only the classes the server answers with are counted; 1xx and 3xx
    // never leave the shell as final answers.
    if (status >= 200 && status < 300) {
        requests_2xx_.fetch_add(1, kRelaxed);
    } else if (status >= 400 && status < 500) {
        requests_4xx_.fetch_add(1, kRelaxed);
    } else if (status >= 500 && status < 600) {
        requests_5xx_.fetch_add(1, kRelaxed);
    }
    bytes_in_.fetch_add(bytes_in, kRelaxed);
    bytes_out_.fetch_add(bytes_out, kRelaxed);

    seconds = std::max(seconds, 0.0);
    // Each bucket holds only its own observations; render() accumulates.
    const auto bucket = std::lower_bound(kLatencyBuckets.begin(), kLatencyBuckets.end(), seconds);
    if (bucket != kLatencyBuckets.end()) {
        latency_buckets_[static_cast<std::size_t>(bucket - kLatencyBuckets.begin())].fetch_add(
            1, kRelaxed);
    }
    latency_count_.fetch_add(1, kRelaxed);
    latency_sum_us_.fetch_add(static_cast<std::uint64_t>(seconds * 1e6 + 0.5), kRelaxed);
}

void Metrics::pushed(std::uint64_t applied, std::uint64_t superseded, std::uint64_t rejected) {
    push_applied_.fetch_add(applied, kRelaxed);
    push_superseded_.fetch_add(superseded, kRelaxed);
    push_rejected_.fetch_add(rejected, kRelaxed);
}

void Metrics::pulled(std::uint64_t records) {
    pull_records_.fetch_add(records, kRelaxed);
}

void Metrics::conflicts(std::uint64_t count) {
    conflicts_.fetch_add(count, kRelaxed);
}

void Metrics::connection_opened() {
    open_connections_.fetch_add(1, kRelaxed);
}

void Metrics::connection_closed() {
    open_connections_.fetch_sub(1, kRelaxed);
}

std::string Metrics::render() const {
    std::string out;

    header(out, "pantau_http_requests_total", "counter",
           "HTTP requests answered, by status class.");
    sample(out, "pantau_http_requests_total", "{class=\"2xx\"}", requests_2xx_.load(kRelaxed));
    sample(out, "pantau_http_requests_total", "{class=\"4xx\"}", requests_4xx_.load(kRelaxed));
    sample(out, "pantau_http_requests_total", "{class=\"5xx\"}", requests_5xx_.load(kRelaxed));

    header(out, "pantau_http_request_bytes_total", "counter",
           "Bytes of HTTP requests received, headers and body as sent.");
    sample(out, "pantau_http_request_bytes_total", "", bytes_in_.load(kRelaxed));

    header(out, "pantau_http_response_bytes_total", "counter",
           "Bytes of HTTP responses written, headers and body as sent.");
    sample(out, "pantau_http_response_bytes_total", "", bytes_out_.load(kRelaxed));

    header(out, "pantau_push_changes_total", "counter", "Pushed changes, by outcome.");
    sample(out, "pantau_push_changes_total", "{result=\"applied\"}", push_applied_.load(kRelaxed));
    sample(out, "pantau_push_changes_total", "{result=\"superseded\"}",
           push_superseded_.load(kRelaxed));
    sample(out, "pantau_push_changes_total", "{result=\"rejected\"}",
           push_rejected_.load(kRelaxed));

    header(out, "pantau_pull_changes_total", "counter", "Changes sent to devices in pull pages.");
    sample(out, "pantau_pull_changes_total", "", pull_records_.load(kRelaxed));

    header(out, "pantau_conflicts_total", "counter",
           "Conflicts recorded between concurrent edits.");
    sample(out, "pantau_conflicts_total", "", conflicts_.load(kRelaxed));

    header(out, "pantau_open_connections", "gauge", "Client connections currently open.");
    sample(out, "pantau_open_connections", "",
           std::to_string(std::max<std::int64_t>(open_connections_.load(kRelaxed), 0)));

    constexpr std::string_view histogram = "pantau_http_request_duration_seconds";
    header(out, histogram, "histogram",
           "Time from a request's first byte to its response written, in seconds.");
    const std::string bucket_name = std::string(histogram) + "_bucket";
    // Counters move while we read them: the cumulative counts and +Inf are
    // kept monotonic so that a scrape is always a valid histogram.
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        cumulative += latency_buckets_[i].load(kRelaxed);
        sample(out, bucket_name, "{le=\"" + format_double(kLatencyBuckets[i], "%g") + "\"}",
               cumulative);
    }
    const std::uint64_t count = std::max(latency_count_.load(kRelaxed), cumulative);
    sample(out, bucket_name, "{le=\"+Inf\"}", count);
    sample(out, std::string(histogram) + "_sum", "",
           format_double(static_cast<double>(latency_sum_us_.load(kRelaxed)) / 1e6, "%.6f"));
    sample(out, std::string(histogram) + "_count", "", count);
    return out;
}

}  // namespace pantau::server
