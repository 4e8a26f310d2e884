# Shared by scripts/demo.sh and scripts/test.sh: install what is missing from
# Debian's packages, then configure and build incrementally in build/.
set -euo pipefail

PANTAU_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PANTAU_BUILD="${PANTAU_BUILD:-$PANTAU_ROOT/build}"

PANTAU_PACKAGES=(
  g++ cmake ninja-build pkg-config
  libsqlite3-dev nlohmann-json3-dev catch2 zlib1g-dev libssl-dev
  libboost-dev libboost-system-dev libxlsxwriter-dev libargon2-dev libqrencode-dev
  libpq-dev libpqxx-dev postgresql curl python3 python3-yaml python3-jsonschema
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-qpa-plugins libgl-dev
  qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
  qml6-module-qtquick-window
)

# The browser tests (tests/web): Debian's Chromium, and Node.js with npm when
# the machine has no node of its own.
PANTAU_WEB_TEST_PACKAGES=(chromium)
command -v node > /dev/null 2>&1 || PANTAU_WEB_TEST_PACKAGES+=(nodejs npm)

# The fuzz build (scripts/fuzz.sh): clang and its sanitizer and libFuzzer runtime.
PANTAU_FUZZ_PACKAGES=(clang libclang-rt-dev)

pantau_install_missing() {
  local missing=()
  for pkg in "${PANTAU_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# playwright-core for the browser tests, at the version package-lock.json pins.
pantau_install_web_test_packages() {
  local web="$PANTAU_ROOT/tests/web"
  if [ ! -f "$web/node_modules/.package-lock.json" ] ||
     ! cmp -s <(grep -A3 '"node_modules/playwright-core"' "$web/package-lock.json") \
               <(grep -A3 '"node_modules/playwright-core"' "$web/node_modules/.package-lock.json"); then
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

pantau_build() {
  if [ ! -f "$PANTAU_BUILD/CMakeCache.txt" ]; then
    cmake -S "$PANTAU_ROOT" -B "$PANTAU_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  fi
  cmake --build "$PANTAU_BUILD" -j2
}
