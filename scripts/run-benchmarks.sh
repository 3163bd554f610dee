#!/usr/bin/env bash
# The benchmarks (tests/benchmarks/README.md): installs what they need, builds RelWithDebInfo into
# build-bench, runs each measure BENCH_REPS times against a floor measured in the same run, and
# prints a table: measure, value, floor, ratio, goal, met?
#
#   BENCH_REPS=5       repetitions (the median is reported)
#   BENCH_DURATION=5   seconds per wrk run
#   BENCH_WRK="-t2 -c16"  wrk threads and connections for GET /v1/account
#   BENCH_ROWS=10000   log entries and sessions for the scale benchmark
#   BENCH_BUILD_TYPE=RelWithDebInfo  the CMake build type of build-bench
#   BENCH_NO_BUILD=1   use what build-bench holds (no configure, no build)
#   BENCH_TOUR=0       skip the --benchmark-tour memory runs
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
REPS=${BENCH_REPS:-5}
DURATION=${BENCH_DURATION:-5}
WRK_ARGS=${BENCH_WRK:--t2 -c16}
ROWS=${BENCH_ROWS:-10000}

scripts/deps.sh
missing=()
for p in wrk curl time; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

build=$root/build-bench
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ -z "${BENCH_NO_BUILD:-}" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BENCH_BUILD_TYPE:-RelWithDebInfo}" -DAPPWRITE_BENCHMARKS=ON \
        "${launcher[@]}" >/dev/null
    cmake --build "$build" --target benchmarks
fi

bench=$build/tests/benchmarks
app=$build/app/appwrite-account
sandbox=$build/app/appwrite-sandbox
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export LC_ALL=C.UTF-8
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

log() { echo "== $*" >&2; }
# median of the numbers in file $1
median() { sort -g "$1" | awk '{v[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
# start_server VAR command...: starts the command in the background, waits for its first line
# (…listening on URL…) and sets VAR to the URL. Not in a $(…) subshell, so that pids is kept.
start_server() {
    local var=$1 out=$work/server.$RANDOM
    shift
    "$@" >"$out" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do
        grep -q "listening on" "$out" 2>/dev/null && break
        sleep 0.1
    done
    printf -v "$var" '%s' "$(grep -o 'http://[^ ]*' "$out" | head -1)"
}
stop_servers() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    pids=()
}
# a fresh home per run: no saved connection, no session, same first screen every time
fresh_env() {
    local home=$work/home.$RANDOM
    mkdir -p "$home"
    echo "HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache"
}

results=$work/results
: >"$results"
record() { echo "$1 $2" >>"$results"; }

# --- Start-up ------------------------------------------------------------------------------
# Start-up runs are short and both programs use the second core, so they get three times the
# repetitions, and the tours (which leave a sandbox process shutting down) come after them all.
startup_reps=$((REPS * 3))
log "start-up: appwrite-account vs a minimal Qt Quick window, $startup_reps runs each"
start_server endpoint "$sandbox" --port 0 --memory --no-rate-limits
for i in $(seq "$startup_reps"); do
    # shellcheck disable=SC2046
    env $(fresh_env) /usr/bin/time -f 'maxrss_kb %M cpu_s %U %S' -o "$work/time" \
        "$bench/bench_exec_stamp" "$bench/bench_floor_window" >"$work/out"
    grep -o '[0-9.]* ms' "$work/out" | awk '{print $1}' >>"$work/floor_ms"
    awk '/maxrss_kb/ {print $2/1024}' "$work/time" >>"$work/floor_mb"
    awk '/maxrss_kb/ {print ($4+$5)*1000}' "$work/time" >>"$work/floor_cpu"
    # shellcheck disable=SC2046
    env $(fresh_env) /usr/bin/time -f 'maxrss_kb %M cpu_s %U %S' -o "$work/time" \
        "$bench/bench_exec_stamp" "$app" --endpoint "$endpoint" --project sandbox \
        --exit-after-first-frame >"$work/out"
    grep -o '[0-9.]* ms' "$work/out" | awk '{print $1}' >>"$work/app_ms"
    awk '/maxrss_kb/ {print $2/1024}' "$work/time" >>"$work/app_mb"
    awk '/maxrss_kb/ {print ($4+$5)*1000}' "$work/time" >>"$work/app_cpu"
    # shellcheck disable=SC2046
    env $(fresh_env) "$bench/bench_exec_stamp" "$bench/bench_floor_window" --controls >"$work/out"
    grep -o '[0-9.]* ms' "$work/out" | awk '{print $1}' >>"$work/controls_ms"
done
if [ "${BENCH_TOUR:-1}" = 1 ]; then
    log "memory after use: --benchmark-tour, $REPS runs each against a sandbox and with --sandbox"
    for i in $(seq "$REPS"); do
        # shellcheck disable=SC2046
        env $(fresh_env) timeout 300 "$app" --endpoint "$endpoint" --project sandbox \
            --benchmark-tour >"$work/out" || true
        awk '/^tour/ {print $3/1024}' "$work/out" >>"$work/tour_mb"
        # shellcheck disable=SC2046
        env $(fresh_env) timeout 300 "$app" --sandbox --benchmark-tour >"$work/out" || true
        awk '/^tour/ {print $3/1024}' "$work/out" >>"$work/tour_embedded_mb"
        awk '/^sandbox vmhwm_kb/ {print $3/1024}' "$work/out" >>"$work/tour_sandbox_mb"
    done
fi
stop_servers
record startup_app_ms "$(median "$work/app_ms")"
record startup_floor_ms "$(median "$work/floor_ms")"
record startup_controls_ms "$(median "$work/controls_ms")"
record startup_app_mb "$(median "$work/app_mb")"
record startup_floor_mb "$(median "$work/floor_mb")"
record startup_app_cpu_ms "$(median "$work/app_cpu")"
record startup_floor_cpu_ms "$(median "$work/floor_cpu")"
record tour_mb "$(median "$work/tour_mb")"
record tour_embedded_mb "$(median "$work/tour_embedded_mb")"
record tour_sandbox_mb "$(median "$work/tour_sandbox_mb")"
# The window with its first screen, made and drawn with the compilation left out (a fresh
# process each run): where work on the sign-in screen itself shows.
log "start-up: the window with the sign-in screen made and drawn, $startup_reps runs"
APPWRITE_SANDBOX_BIN=$sandbox "$bench/bench_screen_cost" --runs "$startup_reps" |
    sed 's/^/screen_/' >>"$results" || echo "bench_screen_cost failed" >&2

# --- Client overhead -----------------------------------------------------------------------
log "client: 1,000 account.get and the scenario vs curl, $REPS runs each"
start_server endpoint "$sandbox" --port 0 --memory --no-rate-limits
"$bench/bench_client" "$endpoint" sandbox --reps "$REPS" --curl "$(command -v curl)" >"$work/client"
stop_servers
cat "$work/client" >>"$results"

# --- Sandbox under load --------------------------------------------------------------------
# wrk's "Requests/sec" and its 50% / 99% latency lines, in ms
wrk_run() {
    # shellcheck disable=SC2086
    wrk $WRK_ARGS -d"${DURATION}s" --latency "$@" >"$work/wrk"
    if grep -q "Non-2xx" "$work/wrk"; then
        echo "wrk saw errors:" >&2
        cat "$work/wrk" >&2
        exit 1
    fi
    awk '/Requests\/sec/ {print $2}' "$work/wrk" >>"$work/$prefix.rps"
    for q in 50 99; do
        awk -v q="$q%" '$1 == q {v=$2; u=v; sub(/[0-9.]+/, "", u); sub(/[a-z]+/, "", v);
            f = (u == "us") ? 0.001 : (u == "s") ? 1000 : 1; print v * f}' "$work/wrk" >>"$work/$prefix.p$q"
    done
}
log "sandbox: GET /v1/account under load (wrk $WRK_ARGS, ${DURATION}s) vs a bare QHttpServer route"
start_server endpoint "$sandbox" --port 0 --memory --no-rate-limits
start_server floor "$bench/bench_http_floor"
email="load-$RANDOM@example.com"
curl -sf -o /dev/null -H 'Content-Type: application/json' -H 'X-Appwrite-Project: sandbox' \
    -d "{\"userId\":\"unique()\",\"email\":\"$email\",\"password\":\"bench-password-123\"}" "$endpoint/account"
cookie=$(curl -sf -D - -o /dev/null -H 'Content-Type: application/json' -H 'X-Appwrite-Project: sandbox' \
    -d "{\"email\":\"$email\",\"password\":\"bench-password-123\"}" "$endpoint/account/sessions/email" |
    tr -d '\r' | awk -F'[:;] *' 'tolower($1) == "set-cookie" && $2 ~ /^a_session_sandbox=/ {print $2; exit}')
[ -n "$cookie" ] || { echo "no session cookie from the sandbox" >&2; exit 1; }
for i in $(seq "$REPS"); do
    prefix=floor wrk_run -H 'X-Appwrite-Project: sandbox' -H "Cookie: $cookie" "$floor/account"
    prefix=sandbox wrk_run -H 'X-Appwrite-Project: sandbox' -H "Cookie: $cookie" "$endpoint/account"
done
cat >"$work/signin.lua" <<EOF
wrk.method = "POST"
wrk.body = '{"email":"$email","password":"bench-password-123"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Appwrite-Project"] = "sandbox"
EOF
log "sandbox: sign-ins per second vs argon2id verifications per second"
for i in $(seq "$REPS"); do
    "$bench/bench_argon2_floor" 10 | awk '{print $2}' >>"$work/argon2.rps"
    prefix=signin WRK_ARGS="-t1 -c2" wrk_run -s "$work/signin.lua" "$endpoint/account/sessions/email"
done
stop_servers
for k in floor.rps floor.p50 floor.p99 sandbox.rps sandbox.p50 sandbox.p99 signin.rps argon2.rps; do
    record "${k/./_}" "$(median "$work/$k")"
done

# --- Scale ---------------------------------------------------------------------------------
log "scale: $ROWS log entries and sessions, models and pages offscreen"
APPWRITE_SANDBOX_BIN=$sandbox "$bench/bench_models" --rows "$ROWS" --reps "$REPS" >"$work/models" ||
    echo "bench_models failed: the scale rows are missing" >&2
cat "$work/models" >>"$results"

# --- Table ---------------------------------------------------------------------------------
# Kept before the table is made, so that the raw values outlive a failing report.
[ -z "${BENCH_KEEP:-}" ] || cp "$results" "$root/build-bench/benchmark-results.txt"
awk -v reps="$REPS" -v rows="$ROWS" '
{ v[$1] = $2 }
function row(name, value, floor, ratio, goal, met) {
    printf "| %s | %s | %s | %s | %s | %s |\n", name, value, floor, ratio, goal, met
}
function times(name, key, floorKey, limit, unit) {
    r = v[key] / v[floorKey]
    row(name, sprintf("%.1f %s", v[key], unit), sprintf("%.1f %s", v[floorKey], unit),
        sprintf("%.2f×", r), sprintf("≤ %.1f×", limit), r <= limit ? "yes" : "**no**")
}
function have(key) { return (key in v) && v[key] != "nan" }
function plus(name, key, floorKey, limit) {
    if (!have(key)) { row(name, "not measured", "", "", "", "–"); return }
    d = v[key] - v[floorKey]
    row(name, sprintf("%.1f MB", v[key]), sprintf("%.1f MB", v[floorKey]),
        sprintf("%+.1f MB", d), sprintf("≤ floor + %d MB", limit), d <= limit ? "yes" : "**no**")
}
function share(name, key, floorKey, unit) {
    r = v[key] / v[floorKey]
    row(name, sprintf("%.1f %s", v[key], unit), sprintf("%.1f %s", v[floorKey], unit),
        sprintf("%.0f%%", 100 * r), "≥ 50%", r >= 0.5 ? "yes" : "**no**")
}
function info(name, value) { row(name, value, "–", "–", "–", "–") }
function infoIf(key, name, value) { if (have(key)) info(name, value); else info(name, "not measured") }
function frames(name, key) {
    if (!have(key "_frames")) { row(name " frames while scrolling", "not measured", "", "", "", "–"); return }
    row(name " frames while scrolling: max / p99 / median", sprintf("%.1f / %.1f / %.1f ms",
        v[key "_frame_max_ms"], v[key "_frame_p99_ms"], v[key "_frame_median_ms"]), "–", "–",
        "no frame over 16 ms", v[key "_frame_max_ms"] <= 16 ? "yes" : sprintf("**no** (%d of %d)",
        v[key "_frames_over_16ms"], v[key "_frames"]))
}
END {
    print "| measure | value | floor | ratio | goal | met? |"
    print "|---|---|---|---|---|---|"
    times("start-up to the first frame of the sign-in screen", "startup_app_ms", "startup_floor_ms", 1.3, "ms")
    row("the same for a window with one TextField and one Button (Qt Quick Controls alone)",
        sprintf("%.1f ms", v["startup_controls_ms"]), sprintf("%.1f ms", v["startup_floor_ms"]),
        sprintf("%.2f×", v["startup_controls_ms"] / v["startup_floor_ms"]), "–", "–")
    infoIf("screen_made_ms", "of which: the window with the sign-in screen made / drawn (compiled ahead)",
        sprintf("%.1f / %.1f ms", v["screen_made_ms"], v["screen_drawn_ms"]))
    r = v["startup_app_cpu_ms"] / v["startup_floor_cpu_ms"]
    row("the same in CPU time (user + sys, whole process)", sprintf("%.0f ms", v["startup_app_cpu_ms"]),
        sprintf("%.0f ms", v["startup_floor_cpu_ms"]), sprintf("%.2f×", r), "(less load-sensitive)", "–")
    plus("peak RSS at the first frame", "startup_app_mb", "startup_floor_mb", 25)
    plus("peak RSS after signing up and opening every page", "tour_mb", "startup_floor_mb", 25)
    plus("the same with --sandbox (the sandbox a child process)", "tour_embedded_mb", "startup_floor_mb", 25)
    row("that sandbox process itself (argon2id: 64 MiB a hash)", sprintf("%.1f MB", v["tour_sandbox_mb"]), "–", "–", "– (a server)", "–")
    times("1,000 account.get, one after the other", "get1000_client_ms", "get1000_curl_ms", 1.5, "ms")
    r = v["get1000_client_ms"] / v["get1000_qnam_ms"]
    row("the same through a bare QNetworkAccessManager (Qt alone)", sprintf("%.1f ms", v["get1000_qnam_ms"]),
        sprintf("%.1f ms", v["get1000_curl_ms"]), sprintf("%.2f× curl; client %.2f× this", v["get1000_qnam_ms"] / v["get1000_curl_ms"], r), "–", "–")
    times("scenario: sign in, get, sessions, prefs, logs, sign out", "scenario_client_ms", "scenario_curl_ms", 1.5, "ms")
    times("the scenario without the sign-in (argon2id)", "scenario_nosignin_client_ms", "scenario_nosignin_curl_ms", 1.5, "ms")
    share("GET /v1/account with a session, requests/s", "sandbox_rps", "floor_rps", "req/s")
    row("GET /v1/account latency p50 / p99", sprintf("%.2f / %.2f ms", v["sandbox_p50"], v["sandbox_p99"]),
        sprintf("%.2f / %.2f ms", v["floor_p50"], v["floor_p99"]), "–", "–", "–")
    share("sign-ins/s (argon2id, server parameters)", "signin_rps", "argon2_rps", "/s")
    infoIf("logs_page_through_ms", sprintf("logs: page through %d entries (model, pages of 25)", v["logs_rows"]), sprintf("%.0f ms", v["logs_page_through_ms"]))
    infoIf("logs_rss_mb", "logs: memory of the loaded model", sprintf("%.1f MB", v["logs_rss_mb"]))
    infoIf("sessions_load_ms", sprintf("sessions: load %d (model, one request)", v["sessions_rows"]), sprintf("%.0f ms", v["sessions_load_ms"]))
    infoIf("sessions_rss_mb", "sessions: memory of the loaded model", sprintf("%.1f MB", v["sessions_rss_mb"]))
    infoIf("activity_open_stall_ms", "Activity page: open, longest GUI stall", sprintf("%.0f ms, %.0f ms", v["activity_open_ms"], v["activity_open_stall_ms"]))
    infoIf("activity_frames", sprintf("Activity page: scroll to the end (%d rows, loading as it goes)", v["activity_rows"]), sprintf("%.0f ms, %d frames", v["activity_scroll_ms"], v["activity_frames"]))
    frames("Activity page", "activity")
    infoIf("sessions_page_open_stall_ms", "Sessions page: open with all rows, longest GUI stall", sprintf("%.0f ms, %.0f ms", v["sessions_page_open_ms"], v["sessions_page_open_stall_ms"]))
    infoIf("sessions_page_frames", sprintf("Sessions page: scroll to the end (%d rows)", v["sessions_page_rows"]), sprintf("%.0f ms, %d frames", v["sessions_page_scroll_ms"], v["sessions_page_frames"]))
    frames("Sessions page", "sessions_page")
    printf "\nMedians of %d runs (start-up: %d); frame times over every frame of one scroll; %s.\n", reps, 3 * reps, ENVIRON["QT_QPA_PLATFORM"] " platform"
}' "$results"
echo
echo "Build: ${BENCH_BUILD_TYPE:-RelWithDebInfo}. Machine: $(nproc) CPUs, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Raw values: BENCH_KEEP=1 keeps them." >&2
