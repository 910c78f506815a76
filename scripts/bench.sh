#!/usr/bin/env bash
# The performance benchmark: `oit batch` on the synthetic province of ../shared/bench (with OIT
# hubs and items added by scripts/gen-bench-province.py), served on loopback by nginx, next to
# the peer crawlers timed in the same invocation by ../shared/bench/run-peers.sh.
#
#   scripts/bench.sh                       # every step, 40 sites x 150 pages, 3 runs each
#   STEPS="verdicts bound" scripts/bench.sh
#   SITES=10 RUNS=1 scripts/bench.sh       # a quick look
#
# Steps (results in $OUT, default /tmp/oit-bench-results):
#   peers     no added latency: wget2, wget, LinkChecker, Scrapy and oit (no delay between
#             requests, as the peers run) -> peers.md: wall, CPU, peak RSS, ratios; libxml2 alone.
#   latency   20 ms per request (delay proxy): wget2 and wget spidering the province vs oit
#             reaching a verdict on every item, with its default politeness -> latency20.md,
#             and with no interval between requests, as the peers run -> latency20-nodelay.md.
#   verdicts  early stop vs a crawl with no early stop and no page or depth limit: item
#             statuses must be equal in every run (exit 1 if not; the full crawl also lifts the
#             trap guard, --max-per-pattern), and CPU per page read next to
#             xmllint's and to curl fetching the same pages, medians of RUNS runs -> verdicts.txt.
#   bound     default politeness, no added latency: batch wall vs the politeness bound -> bound.txt.
#   memory    peak RSS of a batch of SITES sites and of 4 x SITES sites, as many at a time
#             (does memory grow with the sites already finished?) -> memory.txt.
#   cpu       parse, parse + classify, and xmllint on the same bytes (scripts/bench-cpu.sh) -> cpu.txt.
#   instructions  (not run unless asked: a minute or two per binary) instructions per page read of
#             an early-stop batch (MODE=full: no early stop, no limits), counted by valgrind's
#             callgrind: what an A/B of two builds can trust on a noisy VM, where CPU time moves
#             by a tenth between runs of one binary. COMPARE=OTHER_OIT counts that binary first.
#             Instructions, not cycles: a cache miss or a system call costs more than it counts,
#             so a change is reported in CPU time too. -> instructions.txt.
# Needs root or sudo for apt (nginx-light, wget2, linkchecker) and pip (Scrapy, in a venv).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shared=$(cd "${SHARED:-../shared}" && pwd)
bench=$shared/bench
SITES=${SITES:-40} PAGES=${PAGES:-150} RUNS=${RUNS:-3}
STEPS=${STEPS:-"peers latency verdicts bound memory cpu"}
OUT=${OUT:-/tmp/oit-bench-results}
RUN_DIR=${RUN_DIR:-/tmp/oit-bench-run-oit}
# The province is written for fiscal year 2569, and oit is told that today is in it.
FY=2569
export OIT_TODAY=2025-11-21
mkdir -p "$OUT"
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }

oit=$(scripts/build-release.sh oit)

province() {  # SITES -> the generated province's folder (generated once)
    local dir=/tmp/oit-bench-province-$1x$PAGES
    [ -f "$dir/expected.json" ] || python3 "$root/scripts/gen-bench-province.py" "$dir" --sites "$1" --pages "$PAGES" \
        --fiscal-year "$FY" --shared "$shared" >&2
    echo "$dir"
}
serve() {  # PROVINCE LATENCY_MS
    "$bench/serve-province.sh" stop "$RUN_DIR" >/dev/null 2>&1 || true
    LATENCY_MS=$2 "$bench/serve-province.sh" start "$1" "$RUN_DIR" >&2
    # Every site answers before anything is timed: a connection refused while nginx is still
    # binding its addresses would be retried after a pause and counted as crawl time.
    local site tries
    while read -r site; do
        for tries in $(seq 50); do curl -s -o /dev/null --max-time 2 "$site" && break; sleep 0.1; done
    done < "$RUN_DIR/sites.txt"
}
stop() { "$bench/serve-province.sh" stop "$RUN_DIR" >/dev/null 2>&1 || true; }
trap stop EXIT
wrapper() {  # NAME OPTIONS...: an executable run-peers.sh can call as OIT_BIN
    local name=$1; shift
    printf '#!/bin/sh\nexec "%s" "$@" --quiet %s\n' "$oit" "$*" > "$OUT/$name"
    chmod +x "$OUT/$name"
    echo "$OUT/$name"
}
batch() {  # OUT_DIR OPTIONS...: oit batch on the served province; prints "wall cpu rss_mb"
    local dir=$1; shift
    rm -rf "$dir"
    /usr/bin/time -f "%e %U %S %M" -o "$dir.time" "$oit" batch "$RUN_DIR/sites.csv" --out "$dir" --quiet "$@" >/dev/null
    awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$dir.time"
}
served() { curl -s http://127.0.0.1:8099/ | awk 'NR==3{print $3}'; }   # nginx stub_status: requests so far
machine() {
    echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), $(swift --version 2>/dev/null | head -1)"
    local libraries; libraries=$(ldd "$oit")   # read whole: `ldd | grep -q` can die of SIGPIPE under pipefail
    echo "oit's malloc: $(grep -q libtcmalloc_minimal <<< "$libraries" && echo "tcmalloc (libgoogle-perftools-dev)" || echo "the system's (glibc)");" \
        "Swift runtime: $(grep -q libswiftCore <<< "$libraries" && echo "shared" || echo "static (scripts/build-release.sh)")"
}

prov=$(province "$SITES")
machine | tee "$OUT/machine.txt"
for step in $STEPS; do
    echo "== $step" >&2
    case $step in
    peers)
        serve "$prov" 0
        OIT_BIN=$(wrapper oit-nodelay --interval 0) RUN_DIR=$RUN_DIR PROVINCE=$prov RESULTS=$OUT/peers.md \
            "$bench/run-peers.sh" "$RUNS" >&2
        cat "$OUT/peers.md"
        ;;
    latency)
        serve "$prov" 20
        PEERS=${LATENCY_PEERS:-"wget2 wget"} OIT_BIN=$(wrapper oit-polite) RUN_DIR=$RUN_DIR PROVINCE=$prov \
            RESULTS=$OUT/latency20.md SKIP_PARSE=1 "$bench/run-peers.sh" "$RUNS" >&2
        cat "$OUT/latency20.md"
        # The peers wait for nothing between requests: oit with no interval either, next to wget2.
        PEERS=wget2 OIT_BIN=$(wrapper oit-nodelay --interval 0) RUN_DIR=$RUN_DIR PROVINCE=$prov \
            RESULTS=$OUT/latency20-nodelay.md SKIP_PARSE=1 "$bench/run-peers.sh" "$RUNS" >&2
        cat "$OUT/latency20-nodelay.md"
        ;;
    verdicts)
        serve "$prov" 0
        # CPU per page parsed: the full crawl reads (nearly) every page, xmllint parses every page.
        find "$prov" -name '*.html' -print0 > "$OUT/pages.list"
        xargs -0 -n 500 xmllint --html --noout < "$OUT/pages.list" >/dev/null 2>&1 || true   # warm the cache
        # What fetching alone costs: curl asking nginx for the same pages, in one process.
        python3 "$root/scripts/bench_report.py" fetchlist "$prov" "$RUN_DIR/sites.txt" > "$OUT/fetch.curl"
        : > "$OUT/verdicts.txt"; : > "$OUT/early.runs"; : > "$OUT/full.runs"; : > "$OUT/xmllint.runs"; : > "$OUT/fetch.runs"
        status=0
        for run in $(seq "$RUNS"); do
            batch "$OUT/early" --interval 0 >/dev/null
            batch "$OUT/full" --interval 0 --no-early-stop --max-depth 1000 --max-pages 100000 --max-per-pattern 100000 >/dev/null
            python3 "$root/scripts/bench_report.py" run "$OUT/early" "$OUT/early.time" >> "$OUT/early.runs"
            python3 "$root/scripts/bench_report.py" run "$OUT/full" "$OUT/full.time" >> "$OUT/full.runs"
            /usr/bin/time -f "%e %U %S" -o "$OUT/xmllint.time" \
                sh -c "xargs -0 -n 500 xmllint --html --noout < '$OUT/pages.list' >/dev/null 2>&1" || true
            cat "$OUT/xmllint.time" >> "$OUT/xmllint.runs"
            /usr/bin/time -f "%e %U %S" -o "$OUT/fetch.time" curl -s --parallel --parallel-max 16 -K "$OUT/fetch.curl" 2>/dev/null || true
            cat "$OUT/fetch.time" >> "$OUT/fetch.runs"
            # Every run's verdicts are compared: which pages a crawl reads first varies from run to run.
            echo "-- run $run" >> "$OUT/verdicts.txt"
            python3 "$root/scripts/bench_report.py" verdicts "$OUT/early" "$OUT/full" "$prov" >> "$OUT/verdicts.txt" || status=1
        done
        cat "$OUT/verdicts.txt"
        python3 "$root/scripts/bench_report.py" cpu "$OUT/full.runs" "$OUT/early.runs" "$OUT/xmllint.runs" \
            "$(tr -cd '\0' < "$OUT/pages.list" | wc -c)" "$OUT/fetch.runs" | tee -a "$OUT/verdicts.txt"
        [ "$status" = 0 ] || { echo "bench: early stop changed a verdict" >&2; exit 1; }
        ;;
    bound)
        serve "$prov" 0
        before=$(served)
        read -r wall cpu rss < <(batch "$OUT/polite")
        echo "default politeness (--per-host 2, --interval 0.25): wall $wall s, CPU $cpu s, peak RSS $rss MB;" \
            "requests served by nginx: $(( $(served) - before ))" | tee "$OUT/bound.txt"
        python3 "$root/scripts/bench_report.py" bound "$OUT/polite" 0.25 2 "$wall" | tee -a "$OUT/bound.txt"
        ;;
    memory)
        : > "$OUT/memory.txt"
        for n in "$SITES" $((SITES * 4)); do
            p=$(province "$n")
            serve "$p" 0
            read -r wall cpu rss < <(batch "$OUT/memory-$n" --interval 0 --jobs "$SITES")
            echo "$n sites, $SITES at a time, no delay: wall $wall s, CPU $cpu s, peak RSS $rss MB" | tee -a "$OUT/memory.txt"
        done
        ;;
    cpu)
        PROVINCE=$prov "$root/scripts/bench-cpu.sh" | tee "$OUT/cpu.txt"
        ;;
    instructions)
        command -v valgrind >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind; }
        serve "$prov" 0
        full=()
        [ "${MODE:-early}" = full ] && full=(--no-early-stop --max-depth 1000 --max-pages 100000 --max-per-pattern 100000)
        : > "$OUT/instructions.txt"
        n=0
        for binary in ${COMPARE:-} "$oit"; do
            n=$((n + 1))
            # A copy beside the binary (its resources are there), without the DWARF that valgrind
            # 3.19 cannot read.
            objcopy --strip-debug "$binary" "$binary-counted"
            rm -rf "$OUT/counted"
            valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind-$n.out" "$binary-counted" batch \
                "$RUN_DIR/sites.csv" --out "$OUT/counted" --quiet --interval 0 "${full[@]}" >/dev/null 2> "$OUT/valgrind-$n.log"
            rm -f "$binary-counted"
            python3 "$root/scripts/bench_report.py" instructions "$OUT/counted" "$OUT/valgrind-$n.log" "$binary" \
                | tee -a "$OUT/instructions.txt"
        done
        ;;
    *) echo "bench: unknown step $step" >&2; exit 2 ;;
    esac
done
