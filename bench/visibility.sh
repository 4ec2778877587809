#!/usr/bin/env bash
# Times occluded fields of view (exact visibility polygons) among many wall segments.
# A benchmark, not a test. usage: bench/visibility.sh [CAMERAS] [WALLS] [SEED]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -B -pl survey-model test-compile
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
mvn -q -B -pl survey-model dependency:build-classpath -Dmdep.outputFile="$cpfile" > /dev/null
cp="$(cat "$cpfile")"
java -cp "survey-model/target/classes:survey-model/target/test-classes:$cp" \
  org.camsurvey.bench.VisibilityBenchmark "$@"
