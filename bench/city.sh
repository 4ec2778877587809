#!/usr/bin/env bash
# The city-scale benchmark: for each size, generates a synthetic city (camsurvey synth, one
# GeoPackage per district, not timed), times `camsurvey batch` over it end to end (JVM start and
# reading included) with the heap capped, then loads the same zones, cameras and fields of view
# into PostGIS with ogr2ogr, indexes them (GiST) and times the Art. 9 intersection query alone;
# checks that both found the same violating pairs, and writes the table to docs/BENCHMARKS.md.
# A benchmark, not a test: run it by hand on a quiet machine. It installs PostGIS from Debian
# when it is missing (apt-get, as root) and runs a throwaway PostgreSQL cluster on a unix socket.
#
# usage: bench/city.sh [CAMERAS…]          default: 10000 100000 1000000 2600000
# environment:
#   CAMSURVEY_JAVA_OPTS  JVM options for camsurvey (default -Xmx4g, the heap the target allows)
#   BENCH_WORK           folder for the cities (default a new temporary folder, under $TMPDIR if
#                        set: 2.6 M cameras take some 10 GB with their views and database)
#   BENCH_KEEP=1         keep BENCH_WORK afterwards
#   BENCH_REPORT         the table's file (default docs/BENCHMARKS.md)
#   BENCH_SEED           the cities' seed (default 1)
#   BENCH_POSTGIS_MAX    the largest size PostGIS is loaded and queried at (default: every size);
#                        larger ones are timed in camsurvey only, their PostGIS columns left blank
#   BENCH_ENGINE         batch or check (default batch when this build has it, else check, run
#                        once per district file and summed, for trying the script before batch)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000 2600000)
java_opts="${CAMSURVEY_JAVA_OPTS:--Xmx4g}"
seed="${BENCH_SEED:-1}"
work="${BENCH_WORK:-$(mktemp -d -t camsurvey-bench.XXXXXX)}"
mkdir -p "$work"
report="${BENCH_REPORT:-$root/docs/BENCHMARKS.md}"
pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
pgdir=""

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
  if [ -n "$pgdir" ] && [ -f "$pgdir/data/postmaster.pid" ]; then
    as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true
  fi
  [ -n "$pgdir" ] && rm -rf "$pgdir"   # the database is never kept, even with BENCH_KEEP
  if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$work"; else log "kept $work"; fi
}
trap cleanup EXIT

# --- camsurvey, built by the project's own build, run as its launcher runs it -------------------
log "building camsurvey (mvn package, tests skipped)"
(cd "$root" && mvn -q -B -DskipTests -Dassembly.skipAssembly=true -Dasciidoctor.skip=true package) \
  || { echo "bench: the build failed" >&2; exit 4; }
jar="$(ls "$root"/cli/target/cli-*.jar | grep -v -e sources -e javadoc | head -n 1)"
# camsurvey's forbidden-zone join timed alone (Art9JoinBenchmark, a test class), against PostGIS's query alone
(cd "$root" && mvn -q -B -pl survey-model test-compile && mvn -q -B -pl survey-model dependency:build-classpath \
  -Dmdep.outputFile="$work/model.classpath" > /dev/null) || { echo "bench: the build failed" >&2; exit 4; }
join_cp="$root/survey-model/target/classes:$root/survey-model/target/test-classes:$(cat "$work/model.classpath")"
camsurvey() {
  # shellcheck disable=SC2086 # java_opts is split on spaces on purpose, as the launcher splits it
  java $java_opts -cp "$jar:$root/cli/target/lib/*" org.camsurvey.cli.Main "$@"
}
engine="${BENCH_ENGINE:-}"
if [ -z "$engine" ]; then
  # (`batch --help` would not do: the root command answers --help whatever comes before it)
  if camsurvey --help | grep -qE '^ +batch( |$)'; then engine=batch; else engine=check; fi
fi
log "timing camsurvey $engine with $java_opts"

# --- PostgreSQL and PostGIS: installed from Debian if missing, a throwaway cluster on a socket ----
if [ -z "$pgbin" ] || ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
  log "installing PostgreSQL and PostGIS from Debian"
  [ "$(id -u)" = 0 ] || { echo "bench: PostGIS is missing; run as root once, or apt-get install postgresql-15-postgis-3" >&2; exit 4; }
  apt-get install -y -q --no-install-recommends postgresql-15-postgis-3 >/dev/null
  pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi
as_pg() {
  # initdb refuses to run as root: the cluster belongs to the postgres user then
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pgdir="$work/postgresql"
mkdir -p "$pgdir"
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$pgdir"
  chmod o+x "$work"   # the postgres user must reach its cluster's folder
fi
as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Memory as a GIS engineer would give a 2-core machine's database; durability off, since the data
# is thrown away (it speeds up loading only). Parallel query is PostgreSQL's default (2 workers).
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w start \
  -o "-k $pgdir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
      -c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=1GB -c max_wal_size=4GB" >/dev/null
pg="host=$pgdir user=postgres dbname=bench"
export PGOPTIONS="-c client_min_messages=warning"
psql -X -q -h "$pgdir" -U postgres -d postgres -c "CREATE DATABASE bench" >/dev/null
sql() { psql -X -q -v ON_ERROR_STOP=1 -h "$pgdir" -U postgres -d bench "$@"; }
sql -c "CREATE EXTENSION postgis" >/dev/null
postgis="$(sql -At -c "SELECT 'PostgreSQL ' || current_setting('server_version') || ', PostGIS ' || postgis_lib_version() || ' (GEOS ' || postgis_geos_version() || ')'")"
log "$postgis"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
# wall seconds and peak resident KiB from GNU time -v's report
elapsed() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s }' "$1"; }
peak_kib() { awk -F': ' '/Maximum resident set size/ { print $2 }' "$1"; }

# --- the report: rewritten after every size, so that a long run stopped part-way still leaves the sizes it measured ---
write_report() {
java_version="$(java -version 2>&1 | head -n 1)"
ram="$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
cpu="$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
{
  cat <<EOF
## A whole city: camsurvey against PostGIS

Written by \`bench/city.sh ${sizes[*]}\` on $(date -u +%Y-%m-%d) (UTC); run it again to measure
another machine. For each size the script generates a city with \`camsurvey synth --cameras N
--seed $seed --out-dir city/\` (one GeoPackage per district, about 0.4 zones per camera; not
timed), times \`camsurvey $engine\` over it end to end (JVM start, reading, every rule, writing
the findings) with \`CAMSURVEY_JAVA_OPTS=$java_opts\`, and takes the peak resident memory from
GNU \`time -v\`. It then loads the same zones and cameras, and the fields of view that
\`camsurvey fov --quality detect\` writes (what Art. 9 tests: everything a camera sees, walls
and ground band included), into PostGIS with \`ogr2ogr\` (EPSG:4326), builds GiST indexes and
runs \`VACUUM ANALYZE\` (the load column; views that WGS 84 rounding left with
self-intersections of nanometres, which GEOS refuses, are first repaired with \`ST_MakeValid\`,
and counted), then times the query alone: forbidden zone × camera pairs where the camera stands inside the zone, or its view overlaps the zone by more than
0.01 m² on the ellipsoid (\`ST_Area(ST_Intersection(…)::geography)\`), as \`Art9PrivacyRule\`
defines them. The last columns compare those pairs with the \`ART9_*\` findings camsurvey wrote.

Machine: $(nproc) cores ($cpu), $ram RAM, load average $load_at_start when the run began;
$java_version; $postgis, default parallel query (\`max_parallel_workers_per_gather\` 2),
\`shared_buffers\` 1 GB, \`work_mem\` 64 MB.

| engine | cameras | zones | synth s | wall s | µs per camera | peak RSS MiB | PostGIS load s (views repaired) | PostGIS query s | speed-up (whole run) | speed-up (load and query) | camsurvey join s | speed-up (join) | pairs equal (run, join) | Art. 9 pairs (camsurvey / PostGIS) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|
EOF
  printf '%s\n' "${rows[@]}"
  cat <<'EOF'

Speed-up (whole run) is PostGIS's query time over camsurvey's whole run. PostGIS is handed the
views camsurvey built (`fov`, not timed), so its query is the join alone, while camsurvey's run
reads the survey, builds every view (walls, ground band, image quality) and runs every rule.
Speed-up (load and query) is what a GIS engineer would otherwise do, load and index the data
and run the join (the load and query columns together; making the views for PostGIS is not
counted), over camsurvey's whole run. Speed-up (join) compares like with like: camsurvey's join alone (`Art9JoinBenchmark`: each
district read a site at a time as `batch` reads it, and every site's views built with their
envelopes, not timed, as PostGIS's load stores each geometry's box; then `Art9PrivacyRule`
timed over the district's sites on all cores: the zone index, each camera's candidates, the
camera-inside test and the 0.01 m² overlap), against PostGIS's query alone (on its two
parallel workers); its pairs are compared with PostGIS's too. Targets
(issue #6): at 2.6 M cameras and about 1 M zones, the run within 120 s and a 4 GB heap; time per
camera at 2.6 M within 1.5× of that at 100 k; at least 3× faster than the PostGIS query alone,
with the same pairs. `engine` check means `batch` was not yet in the build: `check` ran once per
district file and its times were summed, its peak memory the largest.
EOF
  if [ -n "${verdict[2600000]:-}" ]; then
    echo
    echo "At 2.6 M cameras: ${verdict[2600000]}."
    if [ -n "${per_camera[100000]:-}" ]; then
      awk -v a="${per_camera[2600000]}" -v b="${per_camera[100000]}" 'BEGIN {
        printf "Time per camera at 2.6 M over that at 100 k: %.2f (target at most 1.5).\n", a / b }'
    fi
  fi
} > "$work/section.md"
# The table is this script's section of the report (the last one); the sections before it, such as
# bench/start-time.sh's, are kept.
if [ -f "$report" ]; then
  awk '/^## A whole city: camsurvey against PostGIS/ { exit } { print }' "$report" > "$work/report.md"
else
  printf '# Benchmarks\n\n' > "$work/report.md"
fi
cat "$work/section.md" >> "$work/report.md"
mv "$work/report.md" "$report"
log "wrote $report"
}

rows=()
declare -A per_camera verdict
load_at_start="$(cut -d ' ' -f 1-3 /proc/loadavg)"
for cameras in "${sizes[@]}"; do
  dir="$work/$cameras"
  rm -rf "$dir" && mkdir -p "$dir/fov"

  log "$cameras cameras: generating"
  start=$(now)
  camsurvey synth --cameras "$cameras" --seed "$seed" --out-dir "$dir/city" > "$dir/synth.txt"
  synth_s=$(since "$start")
  zones=$(awk '/ zones \(/ { for (i = 1; i <= NF; i++) if ($(i + 1) == "zones") print $i }' "$dir/synth.txt")

  log "$cameras cameras: camsurvey $engine"
  status=0
  if [ "$engine" = batch ]; then
    /usr/bin/time -v -o "$dir/time.txt" java $java_opts -cp "$jar:$root/cli/target/lib/*" org.camsurvey.cli.Main \
      batch "$dir/city" --out-dir "$dir/out" > "$dir/batch.out" 2> "$dir/batch.err" || status=$?
    wall=$(elapsed "$dir/time.txt")
    kib=$(peak_kib "$dir/time.txt")
    cp "$dir/out/findings.jsonl" "$dir/findings.jsonl" 2>/dev/null || : > "$dir/findings.jsonl"
  else
    # check reads one survey: each district file in turn, its JSON findings made JSON Lines
    wall=0
    kib=0
    : > "$dir/findings.jsonl"
    for file in "$dir"/city/*.gpkg; do
      s=0
      /usr/bin/time -v -o "$dir/time.txt" java $java_opts -cp "$jar:$root/cli/target/lib/*" org.camsurvey.cli.Main \
        check "$file" --format json > "$dir/check.json" 2> "$dir/check.err" || s=$?
      wall=$(awk -v a="$wall" -v b="$(elapsed "$dir/time.txt")" 'BEGIN { printf "%.1f", a + b }')
      k=$(peak_kib "$dir/time.txt")
      [ "$k" -gt "$kib" ] && kib=$k
      if [ "$s" -gt 1 ]; then
        status=$s
        log "$cameras cameras: check $(basename "$file") failed (exit $s): $(head -c 300 "$dir/check.err")"
        continue
      fi
      python3 -c 'import json, sys
for f in json.load(open(sys.argv[1]))["findings"]:
    print(json.dumps(f, ensure_ascii=False))' "$dir/check.json" >> "$dir/findings.jsonl"
    done
  fi
  if [ "$status" -gt 1 ]; then
    log "$cameras cameras: camsurvey $engine failed (exit $status); see $dir"
    BENCH_KEEP=1
  fi

  if [ "$cameras" -gt "${BENCH_POSTGIS_MAX:-$cameras}" ]; then
    log "$cameras cameras: PostGIS left out (BENCH_POSTGIS_MAX=$BENCH_POSTGIS_MAX)"
    us=$(awk -v w="$wall" -v n="$cameras" 'BEGIN { if (w + 0 > 0) printf "%.1f", w * 1e6 / n; else printf "–" }')
    per_camera[$cameras]=$us
    verdict[$cameras]="wall $wall s, peak RSS $((kib / 1024)) MiB, PostGIS not run at this size"
    rows+=("| $engine | $cameras | $zones | $synth_s | $wall | $us | $((kib / 1024)) | – | – | – | – | – | – | – | $(grep -c '"ART9_' "$dir/findings.jsonl" || true) / – |")
    log "${rows[-1]}"
    write_report
    continue
  fi

  log "$cameras cameras: fields of view (the Art. 9 view: everything seen at detect quality)"
  for file in "$dir"/city/*.gpkg; do
    camsurvey fov "$file" --quality detect -o "$dir/fov/$(basename "$file")" > /dev/null
  done

  log "$cameras cameras: loading PostGIS"
  sql -c "DROP TABLE IF EXISTS zones, cameras, fov" >/dev/null
  start=$(now)
  mode=(-overwrite -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=NONE)
  for file in "$dir"/city/*.gpkg; do
    ogr2ogr --config PG_USE_COPY YES -f PostgreSQL PG:"$pg" "$file" zones -nln zones -t_srs EPSG:4326 "${mode[@]}"
    ogr2ogr --config PG_USE_COPY YES -f PostgreSQL PG:"$pg" "$file" cameras -nln cameras -t_srs EPSG:4326 "${mode[@]}"
    ogr2ogr --config PG_USE_COPY YES -f PostgreSQL PG:"$pg" "$dir/fov/$(basename "$file")" fov -nln fov -t_srs EPSG:4326 -nlt MULTIPOLYGON \
      "${mode[@]}"
    mode=(-append)
  done
  # Views with a blind band under the camera come out of WGS 84 rounding with self-intersections
  # of nanometres, which GEOS refuses to intersect: repaired as a GIS engineer would.
  repaired=$(sql -At -c "WITH r AS (UPDATE fov SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3))
      WHERE NOT ST_IsValid(geom) RETURNING 1) SELECT count(*) FROM r")
  sql -c "CREATE INDEX ON zones USING gist (geom)" -c "CREATE INDEX ON cameras USING gist (geom)" \
      -c "CREATE INDEX ON fov USING gist (geom)" -c "VACUUM ANALYZE zones" -c "VACUUM ANALYZE cameras" \
      -c "VACUUM ANALYZE fov" >/dev/null
  load_s=$(since "$start")

  log "$cameras cameras: the intersection query"
  # Art9PrivacyRule's pairs: a camera standing inside a forbidden zone, else seeing more than
  # 0.01 m² of it (areas on the ellipsoid, in m²)
  start=$(now)
  sql -At -F $'\t' > "$dir/postgis.tsv" <<'SQL'
WITH inside AS (
  SELECT c.site_id, c.camera_id, z.site_id AS zone_site_id, z.zone_id
  FROM cameras c JOIN zones z ON z.rule = 'forbidden' AND ST_Contains(z.geom, c.geom)),
seen AS (
  SELECT f.site_id, f.camera_id, z.site_id AS zone_site_id, z.zone_id
  FROM fov f JOIN zones z ON z.rule = 'forbidden' AND ST_Intersects(f.geom, z.geom)
  WHERE ST_Area(ST_Intersection(f.geom, z.geom)::geography) > 0.01)
SELECT 'ART9_INSIDE_FORBIDDEN', * FROM inside
UNION ALL
SELECT 'ART9_FORBIDDEN_VIEW', s.* FROM seen s
WHERE NOT EXISTS (SELECT 1 FROM inside i WHERE i.site_id = s.site_id AND i.camera_id = s.camera_id
                  AND i.zone_site_id = s.zone_site_id AND i.zone_id = s.zone_id);
SQL
  query_s=$(since "$start")

  log "$cameras cameras: camsurvey's own join alone"
  # shellcheck disable=SC2086
  join_s=$(java $java_opts -cp "$join_cp" org.camsurvey.bench.Art9JoinBenchmark "$dir/join.tsv" "$dir"/city/*.gpkg \
    | sed -n 's/^join_s=\([0-9.]*\) .*/\1/p')
  join_equal=$(python3 -c 'import sys
a = {l for l in open(sys.argv[1], encoding="utf-8") if l.strip()}
b = {l for l in open(sys.argv[2], encoding="utf-8") if l.strip()}
print("yes" if a == b else "no")' "$dir/join.tsv" "$dir/postgis.tsv")

  read -r ours theirs equal < <(python3 - "$dir/findings.jsonl" "$dir/postgis.tsv" "$dir/differences.txt" <<'PY'
import json, sys
ours = set()
for line in open(sys.argv[1], encoding="utf-8"):
    f = json.loads(line)
    if f["code"].startswith("ART9_"):
        ours.add((f["code"], f["site_id"], f["camera_id"], f.get("zone_site_id", f["site_id"]), f["zone_id"]))
theirs = {tuple(l.rstrip("\n").split("\t")) for l in open(sys.argv[2], encoding="utf-8") if l.strip()}
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for p in sorted(ours - theirs):
        print("camsurvey only:", *p, file=out)
    for p in sorted(theirs - ours):
        print("PostGIS only:", *p, file=out)
print(len(ours), len(theirs), "yes" if ours == theirs else "no")
PY
)
  [ "$equal" = yes ] || { log "$cameras cameras: the pairs differ; see $dir/differences.txt"; BENCH_KEEP=1; }
  [ "$status" -le 1 ] || { wall="failed (exit $status)"; }
  us=$(awk -v w="$wall" -v n="$cameras" 'BEGIN { if (w + 0 > 0) printf "%.1f", w * 1e6 / n; else printf "–" }')
  up=$(awk -v w="$wall" -v q="$query_s" 'BEGIN { if (w + 0 > 0) printf "%.2f×", q / w; else printf "–" }')
  join_up=$(awk -v j="$join_s" -v q="$query_s" 'BEGIN { if (j + 0 > 0) printf "%.1f×", q / j; else printf "–" }')
  workflow_up=$(awk -v w="$wall" -v l="$load_s" -v q="$query_s" 'BEGIN { if (w + 0 > 0) printf "%.1f×", (l + q) / w; else printf "–" }')
  per_camera[$cameras]=$us
  verdict[$cameras]="wall $wall s, peak RSS $((kib / 1024)) MiB, speed-up $up, join alone $join_s s ($join_up), pairs equal: $equal"
  row="| $engine | $cameras | $zones | $synth_s | $wall | $us | $((kib / 1024)) | $load_s ($repaired) | $query_s | $up | $workflow_up | $join_s | $join_up | $equal, $join_equal | $ours / $theirs |"
  rows+=("$row")
  log "$row"
  write_report
done

