// The administration commands of pantau-server (everything but `serve`):
// demo-data, unit add, employee import, user add, enroll-code, device
// list|revoke, export, catalogue import|list, backup and restore. Each opens
// the store named by --store.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace pantau::server {

// `args` excludes the program name: {"unit", "add", "--name", ...}.
// Returns the process exit code: 0 done, 1 failed, 2 usage error.
int run_admin_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
// The same, reading what a command reads (a new password) from `in`.
int run_admin_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                      std::istream& in);

// True when args[0] names an administration command.
bool is_admin_command(const std::vector<std::string>& args);

// One line "  pantau-server <synopsis>" for every administration command, in
// the order of the command table (what `pantau-server --help` lists).
std::string admin_synopses();

}  // namespace pantau::server
