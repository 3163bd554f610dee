#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets of tests/fuzz (the `fuzz` preset: clang, ASan + UBSan)
# and runs each for N seconds (default 60) on its seed corpus. New interesting inputs go to
# build-fuzz/fuzz-corpus/<target>; a crash leaves crash-*/timeout-*/oom-* files in
# build-fuzz/fuzz-artifacts/<target> and makes the script fail (after running every target).
#
#   scripts/run-fuzz.sh [seconds] [target...]
#   build-fuzz/tests/fuzz/<target> <artifact>        # reproduce one crash
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_client_models fuzz_sandbox_parsers fuzz_sandbox_http)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for target in "${targets[@]}"; do
    corpus=build-fuzz/fuzz-corpus/$target
    artifacts=build-fuzz/fuzz-artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    echo "== $target: ${seconds}s"
    if ! build-fuzz/tests/fuzz/"$target" -max_total_time="$seconds" -timeout=60 \
        -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "tests/fuzz/corpus/${target#fuzz_}" 2>build-fuzz/"$target".log; then
        failed+=("$target")
        tail -n 60 build-fuzz/"$target".log
    fi
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+ *DONE' \
        build-fuzz/"$target".log || true
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzzing found crashes in: ${failed[*]} (see build-fuzz/fuzz-artifacts/)"
    exit 1
fi
echo "Fuzzing: no crash in ${targets[*]} (${seconds}s each)"
