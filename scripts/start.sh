#!/usr/bin/env bash
# Builds loopscope (Release) and starts it on its first lesson. Usage: scripts/start.sh [FILE.py]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --gui
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DLOOPSCOPE_TESTS=OFF >/dev/null
cmake --build build --target loopscope -j"$(nproc)"
exec build/loopscope "$@"
