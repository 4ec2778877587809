#!/usr/bin/env bash
# Makes the GeoPackage fixtures of GeoPackageReaderTest from samples/jiefangbei with GDAL's
# ogr2ogr (Debian package gdal-bin; these were made with GDAL 3.6.2). Run it from anywhere;
# it rewrites the .gpkg files beside it. Small pages keep the committed files small.
#
#   jiefangbei.gpkg        the sample's three layers as GDAL writes them, WGS 84 (srs_id 4326),
#                          no spatial index
#   jiefangbei-4545.gpkg   the same reprojected to CGCS2000 / 3-degree Gauss-Kruger CM 108E
#                          (EPSG:4545, srs_id 4545), with GDAL's R-tree spatial index
#   jiefangbei-wkt.gpkg    the same in a Gauss-Kruger CRS on the Krassovsky ellipsoid with a
#                          datum shift, which GDAL records as srs_id 100000, organisation NONE,
#                          defined only by its WKT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sample=$(cd "$here/../../../../../../../../samples/jiefangbei" && pwd)
export OGR_SQLITE_PRAGMA="page_size=1024"

make() {
  local out=$1
  shift
  rm -f "$here/$out"
  for layer in sites cameras zones obstacles; do
    ogr2ogr -f GPKG -append "$@" -nln "$layer" "$here/$out" "$sample/$layer.geojson"
  done
}

make jiefangbei.gpkg -lco SPATIAL_INDEX=NO
make jiefangbei-4545.gpkg -t_srs EPSG:4545
make jiefangbei-wkt.gpkg -lco SPATIAL_INDEX=NO \
  -t_srs "+proj=tmerc +lat_0=0 +lon_0=106.5 +k=1 +x_0=500000 +y_0=0 +ellps=krass +towgs84=15.8,-154.4,-82.3,0,0,0,0 +units=m +no_defs"
ls -l "$here"/*.gpkg
