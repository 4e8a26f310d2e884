# Run by ctest (see tests/CMakeLists.txt): fails unless ctest lists exactly as
# many tests as there are TEST_CASEs under tests/, plus one replay of each
# fuzz target (a tests/fuzz/<name>_fuzz.cpp), plus one for each contract check
# (a tests/contract/<name>_test.py) and each browser script (a
# tests/web/<name>.test.mjs), plus this check itself. The server's tests
# (tests/syncserver) are listed twice, once per store, except those tagged
# [sqlite] or [postgresql] (one pass only); the PostgreSQL pass adds its
# cluster's start and stop.
# A test name that CMake splits, a test file no program compiles, or a program
# that catch_discover_tests never sees all make the two counts differ.
#   cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DCTEST=... [-DSKIP_DIRS=a,b] -P suite_count.cmake
# SKIP_DIRS names the folders under tests/ that this build does not compile.

cmake_policy(SET CMP0057 NEW)

execute_process(COMMAND ${CTEST} -N --test-dir ${BUILD_DIR}
                OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "ctest -N failed (${status}):\n${listing}")
endif()
string(REGEX MATCH "Total Tests: ([0-9]+)" total "${listing}")
if(NOT total)
  message(FATAL_ERROR "ctest -N printed no total:\n${listing}")
endif()
math(EXPR listed "${CMAKE_MATCH_1} - 1")

string(REPLACE "," ";" SKIP_DIRS "${SKIP_DIRS}")
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.cpp")
set(written 0)
set(server_pass 0)
foreach(source ${sources})
  file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
  string(REGEX REPLACE "/.*" "" top "${relative}")
  if(top IN_LIST SKIP_DIRS)
    continue()
  endif()
  if(relative MATCHES "^fuzz/[^/]+_fuzz\\.cpp$")
    math(EXPR written "${written} + 1")  # its corpus replay
    continue()
  endif()
  file(READ "${source}" text)
  # TEST_CASE( at the start of a line: the macro, not a mention in a comment.
  string(REGEX MATCHALL "(^|\n)TEST_CASE\\(" found "${text}")
  list(LENGTH found n)
  math(EXPR written "${written} + ${n}")
  if(top STREQUAL "syncserver")
    # From TEST_CASE( to the body's brace: its name and tags.
    string(REGEX MATCHALL "(^|\n)TEST_CASE\\([^{]*\\[sqlite\\]" sqlite_only "${text}")
    string(REGEX MATCHALL "(^|\n)TEST_CASE\\([^{]*\\[postgresql\\]" pg_only "${text}")
    list(LENGTH sqlite_only only)
    list(LENGTH pg_only pg)
    # Each runs in both passes, less those of one store only.
    math(EXPR written "${written} + ${n} - ${only} - ${pg}")
    math(EXPR server_pass "${server_pass} + ${n} - ${only}")
  endif()
endforeach()

# A contract check (tests/contract/*_test.py) is one ctest entry, and so is
# a browser script (tests/web/*.test.mjs).
file(GLOB contracts "${SOURCE_DIR}/contract/*_test.py" "${SOURCE_DIR}/web/*.test.mjs")
list(LENGTH contracts n)
math(EXPR written "${written} + ${n}")
if(server_pass GREATER 0)
  math(EXPR written "${written} + 2")  # the test cluster's start and stop
endif()

if(NOT listed EQUAL written)
  message(FATAL_ERROR
    "ctest lists ${listed} tests but the tree has ${written} TEST_CASEs and fuzz targets. "
    "A name with ';' is split in two; a test file may be missing from its program.")
endif()
message(STATUS "ctest lists ${listed} tests, one for each of the ${written} TEST_CASEs and fuzz targets")
