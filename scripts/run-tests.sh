#!/usr/bin/env bash
# The whole test suite: install, configure (ASan + UBSan, warnings are errors), build, style gates,
# fuzzing, ctest (every test under the sanitizers).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset ci
cmake --build --preset ci
cmake --build --preset ci --target all_qmllint
scripts/run-fuzz.sh 60 # libFuzzer targets, 60 s each (clang, ASan + UBSan)
ctest --preset ci --no-label-summary
