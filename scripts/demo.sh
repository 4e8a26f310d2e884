#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job: for now the
# command-line demo of the shared core (a device store, a day of roll call,
# the PP 94 indications).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pantau_install_missing
pantau_build
"$PANTAU_BUILD/cli/pantau-cli" demo --store "${PANTAU_DEMO_STORE:-$PANTAU_BUILD/demo-device.db}"
