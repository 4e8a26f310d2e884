// The sync server as the request-path and CSV targets see it: a SQLite store
// holding the world of world.h (a dinas with two puskesmas, their staff, a
// supervisor's, another unit's, HR's and the inspectorate's enrolled devices, an enrolment code).
// The world is built once per process into a template file; each input gets
// a fresh copy of it, so what one input stored never reaches the next.
#pragma once

#include <memory>

#include "store/server_store.h"

namespace pantau::fuzz {

// A fresh store holding the world and nothing else. The previous one must be
// gone: every call reuses one file.
std::unique_ptr<server::ServerStore> fresh_server_store();

}  // namespace pantau::fuzz
