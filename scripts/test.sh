#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite.
# ASAN=1 scripts/test.sh runs it in a separate AddressSanitizer + UBSan build.
# Then every fuzz target runs for a short while (PANTAU_FUZZ_SECONDS, 10 s
# each) in its own clang build, build-fuzz/ (scripts/fuzz.sh).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PANTAU_PACKAGES+=("${PANTAU_FUZZ_PACKAGES[@]}" "${PANTAU_WEB_TEST_PACKAGES[@]}")
pantau_install_missing
pantau_install_web_test_packages
if [ "${ASAN:-0}" = "1" ]; then
  PANTAU_BUILD="$PANTAU_ROOT/build-asan"
  # Qt's own process-wide caches, never freed at exit (see the file).
  export LSAN_OPTIONS="suppressions=$PANTAU_ROOT/tests/mobile/lsan-qt.supp:print_suppressions=0"
  pantau_build -DASAN=ON -DCMAKE_BUILD_TYPE=Debug
else
  pantau_build
fi
ctest --test-dir "$PANTAU_BUILD" --output-on-failure -j2
"$PANTAU_ROOT/scripts/fuzz.sh" "${PANTAU_FUZZ_SECONDS:-10}"
