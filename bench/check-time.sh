#!/usr/bin/env bash
# Times `camsurvey check` end to end (JVM start, reading, rules, JSON output) on a generated
# survey, several runs after a warm-up, and prints each run's wall time and peak memory and the
# median. A benchmark, not a test: run it by hand on a quiet machine.
#
# usage: bench/check-time.sh [CAMERAS] [ZONES] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cameras="${1:-10000}"
zones="${2:-10000}"
runs="${3:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$root/bench/generate_survey.py" "$work/survey" --cameras "$cameras" --zones "$zones"
"$root/camsurvey" --version > /dev/null   # builds if needed, outside the timing

times=()
for i in $(seq 0 "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time" "$root/camsurvey" check "$work/survey" --format json > "$work/out.json" || true
  read -r wall kib < <(tail -n 1 "$work/time")
  if [ "$i" -eq 0 ]; then
    echo "warm-up: ${wall} s"
    continue
  fi
  echo "run $i: ${wall} s wall, peak $((kib / 1024)) MiB"
  times+=("$wall")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "check, ${cameras} cameras and ${zones} zones: median ${median} s over ${runs} runs"
python3 -c "import json,sys; d=json.load(open('$work/out.json')); print('findings:', len(d['findings']), d['summary'])"
