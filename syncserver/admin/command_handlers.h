// The administration commands themselves, one function each, called by the
// dispatcher in commands.cpp once the command line is known to be well formed.
// Each returns the exit code: 0 done, 1 failed.
#pragma once

#include "admin/command_run.h"

namespace pantau::server {

int run_demo_data(Run& run);            // demo_data_command.cpp
int run_unit_add(Run& run);             // master_data_commands.cpp
int run_unit_pattern(Run& run);         // master_data_commands.cpp
int run_unit_move(Run& run);            // master_data_commands.cpp
int run_employee_import(Run& run);      // master_data_commands.cpp
int run_employee_move(Run& run);        // master_data_commands.cpp
int run_employee_deactivate(Run& run);  // master_data_commands.cpp
int run_user_add(Run& run);             // directory_commands.cpp
int run_user_passwd(Run& run);          // directory_commands.cpp
int run_enroll_code(Run& run);          // directory_commands.cpp
int run_device_list(Run& run);          // directory_commands.cpp
int run_device_revoke(Run& run);        // directory_commands.cpp
int run_export(Run& run);               // export_command.cpp
int run_report_command(Run& run);       // report_command.cpp
int run_catalogue_import(Run& run);     // catalogue_commands.cpp
int run_catalogue_list(Run& run);       // catalogue_commands.cpp
int run_period_close(Run& run);         // period_commands.cpp
int run_period_reopen(Run& run);        // period_commands.cpp
int run_period_list(Run& run);          // period_commands.cpp
int run_backup(Run& run);               // backup_commands.cpp
int run_restore(Run& run);              // backup_commands.cpp
int run_migrate(Run& run);              // migrate_command.cpp

}  // namespace pantau::server
