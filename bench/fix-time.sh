#!/usr/bin/env bash
# Times `camsurvey fix` end to end (JVM start, reading, the check, the search, the check of the
# fixed survey, writing it) on the sample and on a synthesised district, a few runs after a
# warm-up, on 2 cores (taskset), and prints each run's wall and CPU time, the medians and the load
# average the figures were taken under. A benchmark, not a test: run it by hand (under nice on a
# shared machine, and read the figures with the load).
#
# usage: bench/fix-time.sh [CAMERAS] [RUNS] [SEED]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cameras="${1:-1000}"
runs="${2:-3}"
seed="${3:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pin=()
if command -v taskset > /dev/null && [ "$(nproc)" -gt 2 ]; then
  pin=(taskset -c 0,1)
fi

"$root/camsurvey" --version > /dev/null   # builds if needed, outside the timing
"$root/camsurvey" synth --cameras "$cameras" --districts 1 --seed "$seed" -o "$work/district.gpkg" > /dev/null

median() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}

time_fix() {
  local label="$1" survey="$2"
  local walls=() cpus=()
  for i in $(seq 0 "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$work/time" "${pin[@]}" "$root/camsurvey" fix "$survey" \
      -o "$work/fixed.gpkg" --force --format json > "$work/out.json" || true
    read -r wall user sys < <(tail -n 1 "$work/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
    if [ "$i" -eq 0 ]; then
      echo "$label warm-up: ${wall} s"
      continue
    fi
    echo "$label run $i: ${wall} s wall, ${cpu} s CPU"
    walls+=("$wall")
    cpus+=("$cpu")
  done
  echo "fix, $label: median $(median "${walls[@]}") s wall, $(median "${cpus[@]}") s CPU over ${runs} runs"
  python3 -c "import json; d=json.load(open('$work/out.json')); print('  remedies:', d['summary'])"
}

time_fix "sample (samples/jiefangbei)" "$root/samples/jiefangbei"
time_fix "district of ${cameras} cameras (synth seed ${seed})" "$work/district.gpkg"
echo "load average while measured: $(cut -d ' ' -f 1-3 /proc/loadavg) on $(nproc) cores${pin:+, fix pinned to 2}"
