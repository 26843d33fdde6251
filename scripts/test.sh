#!/usr/bin/env bash
# Builds loopscope and runs every test: unit tests and conformance in a Release build, then
# the same suite in an AddressSanitizer + UndefinedBehaviorSanitizer build.
# Usage: scripts/test.sh [--release-only]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --gui
jobs=$(nproc)

build_and_test() {  # $1 = build dir, the rest = extra CMake arguments
  local dir=$1; shift
  cmake -S . -B "$dir" "$@" >/dev/null
  cmake --build "$dir" -j"$jobs"
  (cd "$dir" && ctest --output-on-failure -j"$jobs")
}

echo "== Release build and tests"
build_and_test build -DCMAKE_BUILD_TYPE=Release
if [[ "${1:-}" != "--release-only" ]]; then
  echo "== Sanitizer build (ASan + UBSan) and tests"
  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
    build_and_test build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOOPSCOPE_SANITIZE=ON
fi
echo "== all tests passed"
