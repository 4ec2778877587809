#!/usr/bin/env bash
# Regenerates the shapefile fixtures from the project's sample (samples/jiefangbei/*.geojson)
# with GDAL's ogr2ogr (Debian: gdal-bin), so that the project's reader is proven against files
# another implementation wrote:
#
#   jiefangbei-wgs84-utf8/       WGS 84, UTF-8 attributes, .cpg "UTF-8"
#   jiefangbei-gk108-gbk-cpg/    CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545), GBK, .cpg "GBK"
#   jiefangbei-gk108-gbk-ldid/   the same, no .cpg: GBK said by the DBF language driver byte 0x4D
#                                (ogr2ogr writes it for ENCODING=LDID/77)
#   jiefangbei-gk108-gbk-guessed/ the same, no .cpg and no language driver byte: the reader must
#                                guess (GB18030, with a warning)
#
# and prj-cases.tsv: the ESRI and OGC WKT GDAL writes for the CRSs Chongqing's data comes in (and
# a few it does not name), each with a WGS 84 point and its coordinates in that CRS as PROJ's cs2cs
# (Debian: proj-bin) computes them. Beijing 1954 gets the 3-parameter shift of EPSG:4214 that
# proj4j (and so the project) uses; CGCS2000 and Xi'an 1980 get none, as in the project.
#
# String fields are shrunk to their longest value (RESIZE=YES) to keep the fixtures small.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sample="$(cd "$here/../../../../../../../.." && pwd)/samples/jiefangbei"
cd "$here"

make_set() { # folder, then ogr2ogr options
  local folder=$1
  shift
  rm -rf "$folder"
  mkdir "$folder"
  for layer in cameras zones sites; do
    ogr2ogr -f "ESRI Shapefile" "$folder/$layer.shp" "$sample/$layer.geojson" -lco RESIZE=YES "$@"
  done
  # A shapefile holds one kind of shape: the sample's one building joins its walls as an outline,
  # which blocks the same sight lines.
  ogr2ogr -f "ESRI Shapefile" "$folder/obstacles.shp" "$sample/obstacles.geojson" -lco RESIZE=YES "$@" \
    -nln obstacles -nlt MULTILINESTRING -dialect SQLite -sql "SELECT obst_id, site_id, kind,
      CASE WHEN GeometryType(geometry) LIKE '%POLYGON%' THEN ST_Boundary(geometry) ELSE geometry END AS geometry
      FROM obstacles"
}

make_set jiefangbei-wgs84-utf8 -lco ENCODING=UTF-8
make_set jiefangbei-gk108-gbk-cpg -t_srs EPSG:4545 -lco ENCODING=GBK
make_set jiefangbei-gk108-gbk-ldid -t_srs EPSG:4545 -lco ENCODING=LDID/77
make_set jiefangbei-gk108-gbk-guessed -t_srs EPSG:4545 -lco ENCODING=GBK
rm jiefangbei-gk108-gbk-guessed/*.cpg

# geometry-kinds/: each shape type in each dimension GDAL writes (PointZ, PolygonM, …), from
# WKT with Z and M values, for the reader to read as the same two-dimensional shapes.
rm -rf geometry-kinds
mkdir geometry-kinds
kinds=$(mktemp -d)
cat > "$kinds/point.csv" <<'CSV'
id,WKT
1,"POINT ZM (1 2 3 4)"
2,
3,"POINT ZM (-5.5 6.25 7 8)"
CSV
cat > "$kinds/multipoint.csv" <<'CSV'
id,WKT
1,"MULTIPOINT ZM ((1 2 3 4),(5 6 7 8))"
2,"MULTIPOINT ZM ((9 9 9 9))"
3,
CSV
cat > "$kinds/line.csv" <<'CSV'
id,WKT
1,"MULTILINESTRING ZM ((0 0 1 1,10 0 2 2,10 10 3 3))"
2,"MULTILINESTRING ZM ((0 0 0 0,1 1 0 0),(2 2 0 0,3 3 0 0,4 2 0 0))"
3,
CSV
cat > "$kinds/polygon.csv" <<'CSV'
id,WKT
1,"MULTIPOLYGON ZM (((0 0 1 1,10 0 1 1,10 10 1 1,0 10 1 1,0 0 1 1),(2 2 1 1,8 2 1 1,8 8 1 1,2 8 1 1,2 2 1 1)),((4 4 1 1,6 4 1 1,6 6 1 1,4 6 1 1,4 4 1 1)),((20 0 1 1,30 0 1 1,30 10 1 1,20 10 1 1,20 0 1 1)))"
2,"MULTIPOLYGON ZM (((0 0 0 0,1 0 0 0,1 1 0 0,0 1 0 0,0 0 0 0)))"
3,
CSV
for kind in point multipoint line polygon; do
  case $kind in
    point) type=POINT ;;
    multipoint) type=MULTIPOINT ;;
    line) type=MULTILINESTRING ;;
    polygon) type=MULTIPOLYGON ;;
  esac
  for dim in XY XYZ XYM XYZM; do
    ogr2ogr -f "ESRI Shapefile" "geometry-kinds/$kind-${dim,,}.shp" "$kinds/$kind.csv" -oo GEOM_POSSIBLE_NAMES=WKT \
      -oo KEEP_GEOM_COLUMNS=NO -nlt "$type" -dim "$dim" -lco RESIZE=YES
  done
done
rm -r "$kinds"

ldid() { od -An -tx1 -j29 -N1 "$1" | tr -d ' '; }
test "$(cat jiefangbei-gk108-gbk-cpg/cameras.cpg)" = GBK
test "$(ldid jiefangbei-gk108-gbk-ldid/cameras.dbf)" = 4d
test ! -e jiefangbei-gk108-gbk-ldid/cameras.cpg
test "$(ldid jiefangbei-gk108-gbk-guessed/cameras.dbf)" = 00

# The reference coordinates are computed with GDAL's own PROJ definition of each code, plus, for
# Beijing 1954 (Krassowsky), the shift proj4j's EPSG:4214 has.
out=prj-cases.tsv
printf 'code\tflavour\twkt\tlon\tlat\tx\ty\n' > "$out"
for code in 4326 4490 4610 4214 4544 4545 4523 4524 32648 32649 2380 2381 2359 2360 2383 2432 2433 2411 2412 \
    21418 4507; do
  def=$(gdalsrsinfo -o proj4 "EPSG:$code" | tr -d '\n')
  if [[ $def == *"+ellps=krass"* ]]; then
    def="$def +towgs84=15.8,-154.4,-82.3,0,0,0,0"
  fi
  for flavour in wkt_esri wkt1; do
    wkt=$(gdalsrsinfo -o "$flavour" --single-line "EPSG:$code" | tr -d '\n')
    echo "106.5770 29.5575" | cs2cs -f %.9f +proj=longlat +datum=WGS84 +no_defs +to $def \
      | awk -v code="$code" -v flavour="$flavour" -v wkt="$wkt" \
          '{printf "%s\t%s\t%s\t106.5770\t29.5575\t%s\t%s\n", code, flavour, wkt, $1, $2}' >> "$out"
  done
done

# ShapefileFuzzTestInputs/<method>/: the seed corpus of ShapefileFuzzTest, cut from the fixtures
# above. Framed seeds start with the length of their first part in two big-endian bytes.
seeds=ShapefileFuzzTestInputs
# The crash-* inputs are not cut from the fixtures but are inputs that once broke a parser, kept
# as regression tests: they stay.
if [[ -d $seeds ]]; then
  find "$seeds" -type f ! -name 'crash-*' -delete
fi
mkdir -p "$seeds"/{shp,shpWithIndex,dbf,prj,shapefile}
u16() { printf "\\x$(printf %02x $(($1 >> 8)))\\x$(printf %02x $(($1 & 255)))"; }
size() { wc -c < "$1" | tr -d ' '; }
cp jiefangbei-wgs84-utf8/cameras.shp "$seeds/shp/cameras-point"
cp jiefangbei-gk108-gbk-cpg/zones.shp "$seeds/shp/zones-polygon"
for kind in polygon-xyzm line-xym multipoint-xyz point-xym; do
  cp "geometry-kinds/$kind.shp" "$seeds/shp/$kind"
done
for layer in cameras zones; do
  { u16 "$(size jiefangbei-wgs84-utf8/$layer.shx)"; cat jiefangbei-wgs84-utf8/$layer.shx jiefangbei-wgs84-utf8/$layer.shp; } \
    > "$seeds/shpWithIndex/$layer"
done
cp jiefangbei-gk108-gbk-ldid/cameras.dbf "$seeds/dbf/cameras-gbk-ldid"
cp jiefangbei-wgs84-utf8/zones.dbf "$seeds/dbf/zones-utf8"
cp jiefangbei-gk108-gbk-guessed/sites.dbf "$seeds/dbf/sites-gbk"
cp jiefangbei-gk108-gbk-cpg/cameras.prj "$seeds/prj/gk108-esri"
cp jiefangbei-wgs84-utf8/cameras.prj "$seeds/prj/wgs84-esri"
awk -F'\t' '$1 == 4545 && $2 == "wkt1" {printf "%s", $3}' prj-cases.tsv > "$seeds/prj/gk108-ogc"
awk -F'\t' '$1 == 21418 && $2 == "wkt_esri" {printf "%s", $3}' prj-cases.tsv > "$seeds/prj/beijing-gk-zone18-esri"
for layer in cameras zones; do
  { u16 "$(size jiefangbei-gk108-gbk-cpg/$layer.dbf)"; printf '\x03\x01'; cat jiefangbei-gk108-gbk-cpg/$layer.dbf;
    printf 'GBK'; cat jiefangbei-gk108-gbk-cpg/$layer.shp; } > "$seeds/shapefile/$layer-gbk"
done
mkdir -p "$seeds/zip"
kinds=$(mktemp -d)
mkdir "$kinds/top" "$kinds/folder" "$kinds/folder/survey"
cp jiefangbei-wgs84-utf8/zones.* "$kinds/top/"
cp jiefangbei-gk108-gbk-ldid/sites.* "$kinds/folder/survey/"
find "$kinds" -exec touch -t 202401010000 {} +
(cd "$kinds/top" && zip -q -X - zones.*) > "$seeds/zip/zones-top"
(cd "$kinds/folder" && zip -q -X -r - survey) > "$seeds/zip/sites-in-folder"
rm -r "$kinds"
