#!/usr/bin/env bash
# The CPU path in a release build: parse, parse + link classification, and libxml2 alone
# (xmllint --html --noout) on the same bytes in the same run, on the real pages of
# ../shared/corpus/dev and on one synthetic site of ../shared/bench (generated if missing).
#
#   scripts/bench-cpu.sh            # medians of 5 runs
#   RUNS=9 scripts/bench-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
province="${PROVINCE:-/tmp/oit-bench-province}"
command -v xmllint >/dev/null || { echo "bench-cpu: needs xmllint (apt-get install libxml2-utils)" >&2; exit 2; }
if [ ! -d "$province/site-001" ]; then
    python3 "$shared/bench/gen-province.py" "$province" --sites 2 --pages 150 >&2
fi
bench=$(scripts/build-release.sh oit-bench)
echo "machine: $(nproc) cores, $(uname -m), $(swift --version 2>/dev/null | head -1)"
"$bench" "$shared/corpus/dev/pages" "$province/site-001" --runs "${RUNS:-5}"
