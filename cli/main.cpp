// pantau-cli: command-line tools over the shared core.
//   pantau-cli demo [--store PATH] [--date YYYY-MM-DD]
//   pantau-cli nip NIP [--pppk]
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "demo.h"
#include "org/nip.h"

namespace {

int usage() {
    std::fprintf(stderr,
                 "usage:\n"
                 "  pantau-cli demo [--store PATH] [--date YYYY-MM-DD]\n"
                 "  pantau-cli nip NIP [--pppk]\n");
    return 2;
}

int check_nip(const std::string& nip, bool pppk) {
    const auto kind = pppk ? pantau::EmployeeKind::PPPK : pantau::EmployeeKind::PNS;
    const auto problems = pantau::validate_nip(nip, kind);
    for (const auto& p : problems)
        std::printf("%s: %s / %s\n", p.code.c_str(), p.message_id.c_str(), p.message_en.c_str());
    for (const auto& w : pantau::nip_warnings(nip, kind))
        std::printf("peringatan / warning: %s / %s\n", w.message_id.c_str(), w.message_en.c_str());
    if (problems.empty())
        std::printf("sah / valid\n");
    return problems.empty() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        return usage();
    if (args[0] == "nip") {
        if (args.size() < 2)
            return usage();
        return check_nip(args[1], args.size() > 2 && args[2] == "--pppk");
    }
    if (args[0] != "demo")
        return usage();

    pantau::cli::DemoOptions options;
    options.now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--store" && i + 1 < args.size()) {
            options.store_path = args[++i];
        } else if (args[i] == "--date" && i + 1 < args.size()) {
            options.date = pantau::Date::parse(args[++i]);
            if (!options.date) {
                std::fprintf(stderr, "pantau-cli: --date needs YYYY-MM-DD\n");
                return 2;
            }
        } else {
            return usage();
        }
    }
    return pantau::cli::run_demo(options);
}
