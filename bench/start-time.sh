#!/usr/bin/env bash
# Times how fast camsurvey starts: `--version` and `check samples/jiefangbei` through the ./camsurvey
# launcher, with and without the class-data-sharing archive `mvn package` makes (CAMSURVEY_CDS=off
# leaves it out). Prints every run's wall time and the median. Uses hyperfine where it is installed
# (Debian: apt-get install hyperfine), else a loop timed with date +%s%N. A benchmark, not a test:
# run it by hand on a quiet machine.
#
# usage: bench/start-time.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/camsurvey" --version > /dev/null   # builds if needed, outside the timing
if [ ! -f "$root/cli/target/camsurvey.jsa" ]; then
  echo "start-time: cli/target/camsurvey.jsa is missing; run mvn -B package -DskipTests first" >&2
  exit 1
fi

median() {
  sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}

# bench LABEL CDS ARGS…: prints each run's wall time in seconds, then the median
bench() {
  local label="$1" cds="$2"
  shift 2
  local times="$work/times"
  if command -v hyperfine > /dev/null; then
    CAMSURVEY_CDS="$cds" hyperfine --style none --warmup 1 --runs "$runs" -i --export-json "$work/h.json" \
      "$(printf '%q ' "$root/camsurvey" "$@")" > /dev/null
    python3 -c "import json; print('\n'.join('%.3f' % t for t in json.load(open('$work/h.json'))['results'][0]['times']))" > "$times"
  else
    : > "$times"
    CAMSURVEY_CDS="$cds" "$root/camsurvey" "$@" > /dev/null || true   # warm-up
    for _ in $(seq "$runs"); do
      local start end
      start=$(date +%s%N)
      CAMSURVEY_CDS="$cds" "$root/camsurvey" "$@" > /dev/null || true
      end=$(date +%s%N)
      awk -v ns="$((end - start))" 'BEGIN {printf "%.3f\n", ns / 1e9}' >> "$times"
    done
  fi
  printf '%-40s %s\n' "$label" "$(paste -sd' ' "$times")"
  printf '%-40s median %s s over %s runs\n' "" "$(median < "$times")" "$runs"
}

cd "$root"
bench "--version, with the archive" on --version
bench "--version, without" off --version
bench "check samples/jiefangbei, with the archive" on check samples/jiefangbei
bench "check samples/jiefangbei, without" off check samples/jiefangbei
