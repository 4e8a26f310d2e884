#include "metrics.h"

#include <catch2/catch.hpp>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using pantau::server::Metrics;

namespace {

// The samples of a Prometheus text exposition, keyed by name and labels.
std::map<std::string, double> samples(const std::string& text) {
    std::map<std::string, double> out;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const auto space = line.rfind(' ');
        REQUIRE(space != std::string::npos);
        out[line.substr(0, space)] = std::stod(line.substr(space + 1));
    }
    return out;
}

}  // namespace

TEST_CASE("metrics render every counter with HELP and TYPE lines") {
    Metrics metrics;
    metrics.request_done(200, 100, 300, 0.002);
    metrics.request_done(201, 50, 60, 0.02);
    metrics.request_done(404, 10, 20, 0.0001);
    metrics.request_done(503, 10, 20, 30.0);
    metrics.pushed(5, 2, 1);
    metrics.pulled(40);
    metrics.conflicts(3);
    metrics.connection_opened();
    metrics.connection_opened();
    metrics.connection_closed();

    const auto text = metrics.render();
    for (const auto* name : {"pantau_http_requests_total", "pantau_http_request_bytes_total",
                             "pantau_http_response_bytes_total", "pantau_push_changes_total",
                             "pantau_pull_changes_total", "pantau_conflicts_total",
                             "pantau_open_connections", "pantau_http_request_duration_seconds"}) {
        CHECK(text.find(std::string("# HELP ") + name + " ") != std::string::npos);
        CHECK(text.find(std::string("# TYPE ") + name + " ") != std::string::npos);
    }
    CHECK(text.find("# TYPE pantau_open_connections gauge") != std::string::npos);
    CHECK(text.find("# TYPE pantau_http_request_duration_seconds histogram") != std::string::npos);
    CHECK(text.back() == '\n');

    const auto values = samples(text);
    CHECK(values.at("pantau_http_requests_total{class=\"2xx\"}") == 2);
    CHECK(values.at("pantau_http_requests_total{class=\"4xx\"}") == 1);
    CHECK(values.at("pantau_http_requests_total{class=\"5xx\"}") == 1);
    CHECK(values.at("pantau_http_request_bytes_total") == 170);
    CHECK(values.at("pantau_http_response_bytes_total") == 400);
    CHECK(values.at("pantau_push_changes_total{result=\"applied\"}") == 5);
    CHECK(values.at("pantau_push_changes_total{result=\"superseded\"}") == 2);
    CHECK(values.at("pantau_push_changes_total{result=\"rejected\"}") == 1);
    CHECK(values.at("pantau_pull_changes_total") == 40);
    CHECK(values.at("pantau_conflicts_total") == 3);
    CHECK(values.at("pantau_open_connections") == 1);
    CHECK(values.at("pantau_http_request_duration_seconds_count") == 4);
    CHECK(values.at("pantau_http_request_duration_seconds_sum") == Approx(30.0221).epsilon(1e-6));
}

TEST_CASE("latency buckets are cumulative and end with +Inf equal to the count") {
    Metrics metrics;
    metrics.request_done(200, 0, 0, 0.0005);  // le 0.001
    metrics.request_done(200, 0, 0, 0.001);   // le 0.001: bounds are inclusive
    metrics.request_done(200, 0, 0, 0.003);   // le 0.005
    metrics.request_done(200, 0, 0, 0.3);     // le 0.5
    metrics.request_done(200, 0, 0, 11.0);    // only +Inf

    const auto values = samples(metrics.render());
    const std::string bucket = "pantau_http_request_duration_seconds_bucket";
    CHECK(values.at(bucket + "{le=\"0.001\"}") == 2);
    CHECK(values.at(bucket + "{le=\"0.0025\"}") == 2);
    CHECK(values.at(bucket + "{le=\"0.005\"}") == 3);
    CHECK(values.at(bucket + "{le=\"0.25\"}") == 3);
    CHECK(values.at(bucket + "{le=\"0.5\"}") == 4);
    CHECK(values.at(bucket + "{le=\"10\"}") == 4);
    CHECK(values.at(bucket + "{le=\"+Inf\"}") == 5);
    CHECK(values.at("pantau_http_request_duration_seconds_count") == 5);

    double previous = 0;
    for (const double bound : Metrics::kLatencyBuckets) {
        std::ostringstream label;
        label << bucket << "{le=\"" << bound << "\"}";
        INFO(label.str());
        const double value = values.at(label.str());
        CHECK(value >= previous);
        previous = value;
    }
}
