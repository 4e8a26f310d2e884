// A scratch store (the test run's kind: support/scratch_store.h), a
// temporary directory, and a way to run administration
// commands against it in-process, capturing exit code, stdout and stderr.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "admin/commands.h"
#include "service/secrets.h"
#include "store/server_store.h"
#include "support/scratch_store.h"

namespace pantau::server::testing {

struct Outcome {
    int code = -1;
    std::string out;
    std::string err;

    nlohmann::json json() const { return nlohmann::json::parse(out); }
};

class AdminFixture {
  public:
    AdminFixture() : dir_(std::filesystem::temp_directory_path() / ("pantau-admin-" + new_uuid())) {
        std::filesystem::create_directories(dir_);
        scratch_ = std::make_unique<pantau::testing::ScratchStore>(dir_, "x.db");
        url_ = scratch_->url();
    }
    ~AdminFixture() {
        scratch_.reset();
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
    AdminFixture(const AdminFixture&) = delete;
    AdminFixture& operator=(const AdminFixture&) = delete;

    const std::filesystem::path& dir() const { return dir_; }
    const std::string& url() const { return url_; }

    // Runs `args` with --store pointing at the scratch store.
    Outcome run(std::vector<std::string> args) const {
        args.push_back("--store");
        args.push_back(url_);
        return run_as_given(args);
    }

    // The same, with `input` on the command's standard input.
    Outcome run_with_input(std::vector<std::string> args, const std::string& input) const {
        args.push_back("--store");
        args.push_back(url_);
        return run_as_given(args, input);
    }

    static Outcome run_as_given(const std::vector<std::string>& args,
                                const std::string& input = "") {
        std::ostringstream out;
        std::ostringstream err;
        std::istringstream in(input);
        Outcome outcome;
        outcome.code = run_admin_command(args, out, err, in);
        outcome.out = out.str();
        outcome.err = err.str();
        return outcome;
    }

    std::unique_ptr<ServerStore> open() const { return open_store(url_); }

    // `unit add` through the command line; the new unit's id.
    std::string add_unit(const std::string& name, const std::string& kind,
                         const std::optional<std::string>& parent = std::nullopt) const {
        std::vector<std::string> args = {"unit", "add", "--name", name, "--kind", kind, "--json"};
        if (parent) {
            args.push_back("--parent");
            args.push_back(*parent);
        }
        const Outcome o = run(args);
        REQUIRE(o.code == 0);
        return o.json().at("id").get<std::string>();
    }

    std::string write_file(const std::string& name, const std::string& content) const {
        const auto path = dir_ / name;
        std::ofstream(path, std::ios::binary) << content;
        return path.string();
    }

  private:
    std::filesystem::path dir_;
    std::unique_ptr<pantau::testing::ScratchStore> scratch_;
    std::string url_;
};

}  // namespace pantau::server::testing
