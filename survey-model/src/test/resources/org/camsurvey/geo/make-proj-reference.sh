#!/usr/bin/env bash
# Regenerates proj-reference.csv: WGS 84 / CGCS2000 longitude-latitude points and their
# coordinates in the CRSs Chongqing's data comes in, as PROJ's cs2cs (Debian: proj-bin) projects
# them. PROJ's default transverse Mercator is the exact Poder/Engsager algorithm, so the file is
# an independent reference for the project's own projection, far from the central meridian too.
set -euo pipefail
cd "$(dirname "$0")"
out=proj-reference.csv
echo "crs,lon,lat,x,y" > "$out"
while read -r crs def; do
  for lon in 99.2 101.7 104.1 105 105.9 107.3 108 109.4 110.2 111.9; do
    for lat in 20.5 28.1 29.5575 31.9 44.3; do
      echo "$lon $lat" | cs2cs -f %.4f +proj=longlat +ellps=GRS80 +no_defs +to $def \
        | awk -v crs="$crs" -v lon="$lon" -v lat="$lat" '{printf "%s,%s,%s,%s,%s\n", crs, lon, lat, $1, $2}' >> "$out"
    done
  done
done <<'DEFS'
EPSG:4544 +proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs
EPSG:4545 +proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs
EPSG:4523 +proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=35500000 +y_0=0 +ellps=GRS80 +units=m +no_defs
EPSG:4524 +proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=36500000 +y_0=0 +ellps=GRS80 +units=m +no_defs
EPSG:32648 +proj=utm +zone=48 +datum=WGS84 +units=m +no_defs
EPSG:32649 +proj=utm +zone=49 +datum=WGS84 +units=m +no_defs
DEFS
