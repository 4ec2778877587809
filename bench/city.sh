#!/usr/bin/env bash
# The city-scale benchmark: for each profile (sparse, dense) and size, generates a synthetic city
# (camsurvey synth, one GeoPackage per district, not timed), times `camsurvey batch` over it end
# to end (JVM start and reading included) with the heap capped, then loads the same zones,
# cameras and fields of view into PostGIS with ogr2ogr, indexes them (GiST) and times the Art. 9
# intersection query and the Art. 8 coverage query; checks that both found the same violating
# pairs and the same zones short of cover, and writes the tables to docs/BENCHMARKS.md.
# A benchmark, not a test: run it by hand on a quiet machine. It installs PostGIS from Debian
# when it is missing (apt-get, as root) and runs a throwaway PostgreSQL cluster on a unix socket.
#
# usage: bench/city.sh [CAMERAS…]          default: 10000 100000 1000000 2600000
# environment:
#   CAMSURVEY_JAVA_OPTS  JVM options for camsurvey (default -Xmx4g, the heap the target allows)
#   BENCH_TOOL_JAVA_OPTS JVM options for the untimed city figures and the join benchmark, which hold a
#                        district's views at once (default -Xmx8g)
#   BENCH_WORK           folder for the cities (default a new temporary folder, under $TMPDIR if
#                        set: 2.6 M cameras take some 10 GB with their views and database)
#   BENCH_KEEP=1         keep BENCH_WORK afterwards
#   BENCH_REPORT         the table's file (default docs/BENCHMARKS.md)
#   BENCH_SEED           the cities' seed (default 1)
#   BENCH_PROFILES       the synth profiles to run, each at every size (default "sparse dense")
#   BENCH_POSTGIS_MAX    the largest size PostGIS is loaded and queried at (default: every size);
#                        larger ones are timed in camsurvey only, their PostGIS columns left blank
#   BENCH_ENGINE         batch or check (default batch when this build has it, else check, run
#                        once per district file and summed, for trying the script before batch)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000 2600000)
java_opts="${CAMSURVEY_JAVA_OPTS:--Xmx4g}"
# The figures and the join benchmark hold a whole district's views at once (batch holds a site's):
# their heap is not the one measured, and must not be the one that runs out
tool_java_opts="${BENCH_TOOL_JAVA_OPTS:--Xmx8g}"
seed="${BENCH_SEED:-1}"
read -r -a profiles <<< "${BENCH_PROFILES:-sparse dense}"
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
# the launcher then finds its build current, and builds nothing inside a timed run
"$root/camsurvey" --version > /dev/null || { echo "bench: the launcher failed" >&2; exit 4; }
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
# the caller's loop is over profile: this function's own loop must not move it on
local profile
java_version="$(java -version 2>&1 | head -n 1)"
ram="$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
cpu="$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
{
  cat <<EOF
## A whole city: camsurvey against PostGIS

Written by \`BENCH_PROFILES="${profiles[*]}" bench/city.sh ${sizes[*]}\` on $(date -u +%Y-%m-%d) (UTC); run it
again to measure another machine. For each profile and size the script generates a city with
\`camsurvey synth --cameras N --profile P --seed $seed --out-dir city/\` (one GeoPackage per
district, about 0.4 zones per camera; not timed), times \`camsurvey $engine\` over it end to end
(JVM start, reading, every rule, writing the findings) through the \`./camsurvey\` launcher, as a
user runs it (its flags for \`batch\`: the parallel collector), with \`CAMSURVEY_JAVA_OPTS=$java_opts\`,
and takes the peak resident memory from GNU \`time -v\`. It then loads the same zones and
cameras, and the fields of view that \`camsurvey fov\` writes, into PostGIS with \`ogr2ogr\`
(EPSG:4326): those at \`--quality detect\` (what Art. 9 tests: everything a camera sees, walls
and ground band included) and those at \`--quality observe\` (what Art. 8's coverage counts, as
\`check\` counts it by default). Views that WGS 84 rounding left with self-intersections of
nanometres, which GEOS refuses, are first repaired with \`ST_MakeValid\`, and counted. That is
the load column; the index column is the GiST indexes and \`VACUUM ANALYZE\`. Then two queries
are timed: Art. 9's, forbidden zone × camera pairs where the camera stands inside the zone, or
its view overlaps the zone by more than 0.01 m² on the ellipsoid
(\`ST_Area(ST_Intersection(…)::geography)\`), as \`Art9PrivacyRule\` defines them; and Art. 8's,
each mandated zone's coverage, the area of the \`ST_Union\` of its own site's observe-quality
views clipped to the zone over the zone's area (both on the ellipsoid), short where it is under
the zone's \`min_cover\`, else 0.9, as \`Art8CoverageRule\` defines it. The pairs and the zones
are compared with the \`ART9_*\` and \`ART8_UNCOVERED\` findings camsurvey wrote.

Machine: $(nproc) cores ($cpu), $ram RAM, load average $load_at_start when the run began;
$java_version; $postgis, default parallel query (\`max_parallel_workers_per_gather\` 2),
\`shared_buffers\` 1 GB, \`work_mem\` 64 MB.

The cities, as \`batch\` found them (zone candidates: the zones whose envelope meets a camera's
view envelope, as a spatial index hands them to the rules, counted by \`CityFigures\`):

| profile | cameras | sites | cameras per site | zones | forbidden | zone candidates per camera | Art. 9 findings | per camera | mandated zones short of cover |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
EOF
  printf '%s\n' "${city_rows[@]}"
  cat <<'EOF'

The runs:

| engine | profile | cameras | zones | synth s | wall s | µs per camera | peak RSS MiB | PostGIS load s (views repaired) | PostGIS index s | PostGIS Art. 9 query s | PostGIS Art. 8 query s | PostGIS Arts. 8 + 9 s | speed-up (whole run, Art. 9 query) | speed-up (whole run, Arts. 8 + 9) | speed-up (load and query) | camsurvey join s | speed-up (join) | pairs equal (run, join) | Art. 9 pairs (camsurvey / PostGIS) | Art. 8 zones equal | Art. 8 zones short (camsurvey / PostGIS) |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---:|
EOF
  printf '%s\n' "${rows[@]}"
  cat <<'EOF'

PostGIS Arts. 8 + 9 is what a GIS engineer's database spends answering both articles once the
data is loaded: the indexes and statistics, and the two queries. PostGIS is handed the views
camsurvey built (`fov`, not timed), so it builds no sectors of its own; a GIS engineer without
camsurvey would build them in SQL first, which this column leaves out. Speed-up (whole run,
Arts. 8 + 9) is that time over camsurvey's whole run (above 1, `batch` is faster; issue #18's
target is 2 on the dense city of 1 M cameras). Speed-up (whole run, Art. 9 query) is PostGIS's
Art. 9 query alone over camsurvey's whole run, while camsurvey's run reads the survey, builds
every view (walls, ground band, image quality) and runs every rule. Speed-up (load and query)
is what a GIS engineer would otherwise do, load the data, index it and run both queries (the
load and Arts. 8 + 9 columns together; making the views for PostGIS is not counted), over
camsurvey's whole run. Speed-up (join) compares like with like: camsurvey's join alone
(`Art9JoinBenchmark`: each district read a site at a time as `batch` reads it, and every site's
views built with their envelopes, not timed, as PostGIS's load stores each geometry's box; then
`Art9PrivacyRule` timed over the district's sites on all cores: the zone index, each camera's
candidates, the camera-inside test and the 0.01 m² overlap), against PostGIS's Art. 9 query
alone (on its two parallel workers); its pairs are compared with PostGIS's too.

Art. 8 zones equal: the zones camsurvey reports short of cover and those PostGIS finds short
are the same set ("yes"), or differ only on zones whose PostGIS coverage lies within 1e-6 of
the share needed ("yes (k within 1e-6)"); any other difference is counted ("no (k)") and listed
in the run's `differences-art8.txt`, with the largest gap between the two coverages on the
zones both report short (camsurvey's figure is rounded to 0.001). Targets (issue #6): at 2.6 M
cameras and about 1 M zones, the run within 120 s and a 4 GB heap; time per camera at 2.6 M
within 1.5× of that at 100 k; at least 3× faster than the PostGIS query alone, with the same
pairs. `engine` check means `batch` was not yet in the build: `check` ran once per district file
and its times were summed, its peak memory the largest.
EOF
  for profile in "${profiles[@]}"; do
    if [ -n "${verdict[$profile 2600000]:-}" ]; then
      echo
      echo "At 2.6 M cameras ($profile): ${verdict[$profile 2600000]}."
      if [ -n "${per_camera[$profile 100000]:-}" ]; then
        awk -v a="${per_camera[$profile 2600000]}" -v b="${per_camera[$profile 100000]}" 'BEGIN {
          printf "Time per camera at 2.6 M over that at 100 k: %.2f (target at most 1.5).\n", a / b }'
      fi
    fi
  done
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
city_rows=()
declare -A per_camera verdict
load_at_start="$(cut -d ' ' -f 1-3 /proc/loadavg)"
for profile in "${profiles[@]}"; do
for cameras in "${sizes[@]}"; do
  dir="$work/$profile-$cameras"
  key="$profile $cameras"
  rm -rf "$dir" && mkdir -p "$dir/fov" "$dir/cover"

  log "$key cameras: generating"
  start=$(now)
  camsurvey synth --cameras "$cameras" --seed "$seed" --profile "$profile" --out-dir "$dir/city" > "$dir/synth.txt"
  synth_s=$(since "$start")
  read -r sites zones mandated forbidden < <(awk '/ zones \(/ { for (i = 1; i <= NF; i++) {
      if ($(i + 1) == "sites,") s = $i; if ($(i + 1) == "zones") z = $i; if ($(i + 1) == "mandated,") m = substr($i, 2); if ($(i + 1) == "forbidden),") f = $i }
      print s, z, m, f }' "$dir/synth.txt")

  log "$key cameras: camsurvey $engine"
  status=0
  if [ "$engine" = batch ]; then
    # through the launcher, as a user runs it: its JVM flags for batch (the collector) are part of the run
    /usr/bin/time -v -o "$dir/time.txt" env CAMSURVEY_JAVA_OPTS="$java_opts" "$root/camsurvey" \
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
        log "$key cameras: check $(basename "$file") failed (exit $s): $(head -c 300 "$dir/check.err")"
        continue
      fi
      python3 -c 'import json, sys
for f in json.load(open(sys.argv[1]))["findings"]:
    print(json.dumps(f, ensure_ascii=False))' "$dir/check.json" >> "$dir/findings.jsonl"
    done
  fi
  if [ "$status" -gt 1 ]; then
    log "$key cameras: camsurvey $engine failed (exit $status); see $dir"
    BENCH_KEEP=1
  fi

  # The city as batch found it: zone candidates per camera (CityFigures, the zones whose envelope
  # meets a camera's view envelope), Art. 9 findings per camera, forbidden share, zones short of cover
  log "$key cameras: the city's figures"
  # shellcheck disable=SC2086
  candidates=$(java $tool_java_opts -cp "$join_cp" org.camsurvey.bench.CityFigures "$dir"/city/*.gpkg \
    | sed -n 's/.* per_camera=\([0-9.]*\) .*/\1/p')
  art9=$(grep -c '"code":"ART9_' "$dir/findings.jsonl" || true)
  art8=$(grep -c '"code":"ART8_UNCOVERED"' "$dir/findings.jsonl" || true)
  city_rows+=("$(awk -v p="$profile" -v n="$cameras" -v s="$sites" -v z="$zones" -v m="$mandated" -v f="$forbidden" \
      -v c="$candidates" -v a9="$art9" -v a8="$art8" 'BEGIN {
    printf "| %s | %d | %d | %.1f | %d | %.1f %% | %s | %d | %.2f | %d of %d (%.1f %%) |", p, n, s, n / s, z, 100 * f / z, c, a9,
      a9 / n, a8, m, (m > 0 ? 100 * a8 / m : 0) }')")

  if [ "$cameras" -gt "${BENCH_POSTGIS_MAX:-$cameras}" ]; then
    log "$key cameras: PostGIS left out (BENCH_POSTGIS_MAX=$BENCH_POSTGIS_MAX)"
    us=$(awk -v w="$wall" -v n="$cameras" 'BEGIN { if (w + 0 > 0) printf "%.1f", w * 1e6 / n; else printf "–" }')
    per_camera[$key]=$us
    verdict[$key]="wall $wall s, peak RSS $((kib / 1024)) MiB, PostGIS not run at this size"
    rows+=("| $engine | $profile | $cameras | $zones | $synth_s | $wall | $us | $((kib / 1024)) | – | – | – | – | – | – | – | – | – | – | – | $art9 / – | – | $art8 / – |")
    log "${rows[-1]}"
    write_report
    continue
  fi

  log "$key cameras: fields of view (Art. 9's at detect quality, all a camera sees; Art. 8's at observe quality)"
  # not timed: the two qualities side by side, one a core
  for file in "$dir"/city/*.gpkg; do
    camsurvey fov "$file" --quality detect -o "$dir/fov/$(basename "$file")" > /dev/null &
    detect=$!
    camsurvey fov "$file" --quality observe -o "$dir/cover/$(basename "$file")" > /dev/null
    wait "$detect"
  done

  log "$key cameras: loading PostGIS"
  sql -c "DROP TABLE IF EXISTS zones, cameras, fov, cover" >/dev/null
  start=$(now)
  mode=(-overwrite -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=NONE)
  for file in "$dir"/city/*.gpkg; do
    ogr2ogr --config PG_USE_COPY YES -f PostgreSQL PG:"$pg" "$file" zones -nln zones -t_srs EPSG:4326 "${mode[@]}"
    ogr2ogr --config PG_USE_COPY YES -f PostgreSQL PG:"$pg" "$file" cameras -nln cameras -t_srs EPSG:4326 "${mode[@]}"
    ogr2ogr --config PG_USE_COPY YES -f PostgreSQL PG:"$pg" "$dir/fov/$(basename "$file")" fov -nln fov -t_srs EPSG:4326 -nlt MULTIPOLYGON \
      "${mode[@]}"
    ogr2ogr --config PG_USE_COPY YES -f PostgreSQL PG:"$pg" "$dir/cover/$(basename "$file")" fov -nln cover -t_srs EPSG:4326 -nlt MULTIPOLYGON \
      "${mode[@]}"
    mode=(-append)
  done
  # Views with a blind band under the camera come out of WGS 84 rounding with self-intersections
  # of nanometres, which GEOS refuses to intersect: repaired as a GIS engineer would.
  repaired=$(sql -At -c "WITH r AS (UPDATE fov SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3))
      WHERE NOT ST_IsValid(geom) RETURNING 1) SELECT count(*) FROM r")
  repaired=$((repaired + $(sql -At -c "WITH r AS (UPDATE cover SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3))
      WHERE NOT ST_IsValid(geom) RETURNING 1) SELECT count(*) FROM r")))
  load_s=$(since "$start")

  log "$key cameras: indexes"
  start=$(now)
  sql -c "CREATE INDEX ON zones USING gist (geom)" -c "CREATE INDEX ON cameras USING gist (geom)" \
      -c "CREATE INDEX ON fov USING gist (geom)" -c "CREATE INDEX ON cover USING gist (geom)" \
      -c "VACUUM ANALYZE zones" -c "VACUUM ANALYZE cameras" -c "VACUUM ANALYZE fov" -c "VACUUM ANALYZE cover" >/dev/null
  index_s=$(since "$start")

  log "$key cameras: the Art. 9 intersection query"
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

  log "$key cameras: the Art. 8 coverage query"
  # Art8CoverageRule's coverage: the share of each mandated zone's area (on the ellipsoid) that the
  # union of its own site's views at observe quality, clipped to the zone, covers; every mandated
  # zone is listed with its coverage and the share it needs (min_cover, else --min-cover's 0.9)
  start=$(now)
  sql -At -F $'\t' > "$dir/postgis-art8.tsv" <<'SQL'
SELECT z.site_id, z.zone_id,
       coalesce((SELECT ST_Area(ST_Union(ST_Intersection(c.geom, z.geom))::geography)
                 FROM cover c WHERE c.site_id = z.site_id AND ST_Intersects(c.geom, z.geom)), 0)
         / ST_Area(z.geom::geography),
       coalesce(z.min_cover, 0.9)
FROM zones z WHERE z.rule = 'mandated';
SQL
  query8_s=$(since "$start")
  postgis_s=$(awk -v i="$index_s" -v a="$query_s" -v b="$query8_s" 'BEGIN { printf "%.1f", i + a + b }')

  log "$key cameras: camsurvey's own join alone"
  # shellcheck disable=SC2086
  join_s=$(java $tool_java_opts -cp "$join_cp" org.camsurvey.bench.Art9JoinBenchmark "$dir/join.tsv" "$dir"/city/*.gpkg \
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
  [ "$equal" = yes ] || { log "$key cameras: the pairs differ; see $dir/differences.txt"; BENCH_KEEP=1; }

  # Art. 8: camsurvey's ART8_UNCOVERED zones against the zones PostGIS finds short. A zone on which
  # they differ is accepted only when PostGIS's coverage lies within TOLERANCE of the share needed
  # (see docs/BENCHMARKS.md); the largest gap between the two coverages on zones both report short
  # is given too (camsurvey's figure is rounded to 0.001).
  read -r ours8 theirs8 equal8 < <(python3 - "$dir/findings.jsonl" "$dir/postgis-art8.tsv" "$dir/differences-art8.txt" <<'PY'
import json, sys
TOLERANCE = 1e-6
ours = {}
for line in open(sys.argv[1], encoding="utf-8"):
    f = json.loads(line)
    if f["code"] == "ART8_UNCOVERED":
        ours[(f["site_id"], f["zone_id"])] = f["coverage"]
coverage = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        site, zone, share, required = line.rstrip("\n").split("\t")
        coverage[(site, zone)] = (float(share), float(required))
theirs = {k for k, (share, required) in coverage.items() if share < required}
differ = sorted(set(ours) ^ theirs)
near = [k for k in differ if k in coverage and abs(coverage[k][0] - coverage[k][1]) <= TOLERANCE]
gap = max((abs(ours[k] - coverage[k][0]) for k in set(ours) & theirs), default=0)
with open(sys.argv[3], "w", encoding="utf-8") as out:
    print(f"largest gap between the coverages of zones both report short: {gap:.4f}", file=out)
    for k in differ:
        share, required = coverage.get(k, (float("nan"), float("nan")))
        who = "camsurvey only:" if k in ours else "PostGIS only:"
        print(who, *k, f"PostGIS coverage {share:.9f}, needs {required}", "(within tolerance)" if k in near else "", file=out)
if not differ:
    verdict = "yes"
elif len(near) == len(differ):
    verdict = f"yes ({len(near)} within {TOLERANCE:g})"
else:
    verdict = f"no ({len(differ) - len(near)})"
print(len(ours), len(theirs), verdict.replace(" ", "_"))
PY
)
  equal8=${equal8//_/ }
  [ "${equal8%% *}" = yes ] || { log "$key cameras: the zones short of cover differ; see $dir/differences-art8.txt"; BENCH_KEEP=1; }
  log "$key cameras: Art. 8 $(head -n 1 "$dir/differences-art8.txt")"
  [ "$status" -le 1 ] || { wall="failed (exit $status)"; }
  us=$(awk -v w="$wall" -v n="$cameras" 'BEGIN { if (w + 0 > 0) printf "%.1f", w * 1e6 / n; else printf "–" }')
  up=$(awk -v w="$wall" -v q="$query_s" 'BEGIN { if (w + 0 > 0) printf "%.2f×", q / w; else printf "–" }')
  up89=$(awk -v w="$wall" -v q="$postgis_s" 'BEGIN { if (w + 0 > 0) printf "%.2f×", q / w; else printf "–" }')
  join_up=$(awk -v j="$join_s" -v q="$query_s" 'BEGIN { if (j + 0 > 0) printf "%.1f×", q / j; else printf "–" }')
  workflow_up=$(awk -v w="$wall" -v l="$load_s" -v q="$postgis_s" 'BEGIN { if (w + 0 > 0) printf "%.1f×", (l + q) / w; else printf "–" }')
  per_camera[$key]=$us
  verdict[$key]="wall $wall s, peak RSS $((kib / 1024)) MiB, PostGIS Arts. 8 + 9 $postgis_s s (speed-up $up89), join alone $join_s s ($join_up), pairs equal: $equal, Art. 8 zones equal: $equal8"
  row="| $engine | $profile | $cameras | $zones | $synth_s | $wall | $us | $((kib / 1024)) | $load_s ($repaired) | $index_s | $query_s | $query8_s | $postgis_s | $up | $up89 | $workflow_up | $join_s | $join_up | $equal, $join_equal | $ours / $theirs | $equal8 | $ours8 / $theirs8 |"
  rows+=("$row")
  log "$row"
  write_report
done
done
