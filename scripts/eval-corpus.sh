#!/usr/bin/env bash
# Scores the link classifier against the labelled real pages in ../shared/corpus/dev with the
# corpus's own eval.py, as the release bar is measured (micro-F1 >= 0.90 at medium confidence).
#
#   scripts/eval-corpus.sh                      # the bar: --min-confidence medium
#   scripts/eval-corpus.sh --min-confidence low # every labelled anchor
#   SHARED=/path/to/shared scripts/eval-corpus.sh
#
# The same score is computed in-process by Tests/OITCheckTests/CorpusScoreTests.swift, so
# `swift test` fails when it drops below the bar.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
if [ ! -f "$shared/corpus/tools/eval.py" ]; then
    echo "eval-corpus: $shared/corpus/tools/eval.py not found; set SHARED to the shared folder" >&2
    exit 2
fi
confidence=(--min-confidence medium)
if [ $# -gt 0 ]; then confidence=("$@"); fi
swift build -c release --product oit >&2
python3 "$shared/corpus/tools/eval.py" "${confidence[@]}" "$shared/corpus/dev/labels" "$shared/corpus/dev/pages" -- \
    .build/release/oit check {page} --format json --max-depth 0 --checklist nacc-2566 --quiet
