#!/usr/bin/env bash
# Makes the KML/KMZ fixtures from the Jiefangbei sample with GDAL's ogr2ogr (Debian: gdal-bin),
# as a user converting the sample's GeoJSON would. Run from this folder; commit the results.
#   jiefangbei.kml         GDAL's KML driver: one Folder per layer, SchemaData/SimpleData
#   jiefangbei-libkml.kmz  GDAL's LIBKML driver: doc.kml linking layers/<layer>.kml, one per layer
# LIBKML writes a point layer with a `heading` field as <Camera> views without the points;
# the LIBKML_*_FIELD settings point it at fields the survey does not have, so the points stay.
set -euo pipefail
cd "$(dirname "$0")"
sample=../../../../../../../../samples/jiefangbei
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/jiefangbei.vrt" <<VRT
<OGRVRTDataSource>
  <OGRVRTLayer name="sites"><SrcDataSource>$(realpath "$sample/sites.geojson")</SrcDataSource></OGRVRTLayer>
  <OGRVRTLayer name="cameras"><SrcDataSource>$(realpath "$sample/cameras.geojson")</SrcDataSource></OGRVRTLayer>
  <OGRVRTLayer name="zones"><SrcDataSource>$(realpath "$sample/zones.geojson")</SrcDataSource></OGRVRTLayer>
  <OGRVRTLayer name="obstacles"><SrcDataSource>$(realpath "$sample/obstacles.geojson")</SrcDataSource></OGRVRTLayer>
</OGRVRTDataSource>
VRT

rm -f jiefangbei.kml jiefangbei-libkml.kmz
ogr2ogr -f KML jiefangbei.kml "$work/jiefangbei.vrt" 2>/dev/null
ogr2ogr --config LIBKML_HEADING_FIELD unused_heading --config LIBKML_TILT_FIELD unused_tilt \
  --config LIBKML_ROLL_FIELD unused_roll -f LIBKML jiefangbei-libkml.kmz "$work/jiefangbei.vrt" 2>/dev/null
ogrinfo -ro -so -al jiefangbei.kml | grep -E "^(Layer name|Feature Count)"
ogrinfo -ro -so -al jiefangbei-libkml.kmz | grep -E "^(Layer name|Feature Count)"
