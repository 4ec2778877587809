#!/usr/bin/env bash
# Makes a municipal-style export of the Jiefangbei sample with GDAL's ogr2ogr (Debian: gdal-bin):
# Shapefiles in CGCS2000 / 3-degree Gauss-Krüger CM 108E (EPSG:4545), attributes GBK-encoded
# with Chinese field names and values, as district bureaus deliver them, and the mapping file
# (export.map, committed beside it) that reads it back as the survey format. Run from anywhere;
# commit the results. The test checks it gives the sample's own findings.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sample="$here/../../../../../samples/jiefangbei"
out="$here/shp"
rm -rf "$out"
mkdir -p "$out"
common=(-f "ESRI Shapefile" -t_srs EPSG:4545 -lco ENCODING=GBK -dialect SQLite)

ogr2ogr "${common[@]}" "$out/摄像机.shp" "$sample/cameras.geojson" -nln 摄像机 -sql "
  SELECT camera_id AS 摄像机编号, site_id AS 场所编号, heading AS 方向角, hfov AS 视角,
         range_m AS 可视距离, res_h AS 分辨率, height_m AS 安装高度, tilt AS 俯角, vfov AS 垂直视角,
         CASE cam_type WHEN 'fixed' THEN '枪机' WHEN 'dome' THEN '半球' WHEN 'ptz' THEN '云台'
                       WHEN 'fisheye' THEN '鱼眼' END AS 类型,
         CASE signage WHEN 'yes' THEN '是' WHEN 'no' THEN '否' END AS 标识,
         retention AS 存储天数,
         CASE runs_24h WHEN 'yes' THEN '是' WHEN 'no' THEN '否' END AS 全天运行,
         installed AS 安装日期, filed AS 备案日期, operator AS 使用单位, geometry
  FROM cameras"
ogr2ogr "${common[@]}" "$out/区域.shp" "$sample/zones.geojson" -nln 区域 -sql "
  SELECT zone_id AS 区域编号, site_id AS 场所编号,
         CASE rule WHEN 'mandated' THEN '应当安装' WHEN 'forbidden' THEN '禁止安装' END AS 类别,
         item AS 条款项, name AS 名称, min_cover AS 覆盖要求, geometry
  FROM zones"
ogr2ogr "${common[@]}" "$out/场所.shp" "$sample/sites.geojson" -nln 场所 -sql "
  SELECT site_id AS 场所编号, name AS 名称, address AS 地址, operator AS 使用单位, geometry FROM sites"
# A shapefile holds one kind of geometry: the stair core's outline joins the walls as a line,
# which blocks the same sight lines from cameras outside it.
ogr2ogr "${common[@]}" "$out/墙体.shp" "$sample/obstacles.geojson" -nln 墙体 -nlt MULTILINESTRING -sql "
  SELECT obst_id AS 编号, site_id AS 场所编号, kind AS 种类,
         CASE WHEN GeometryType(geometry) LIKE '%POLYGON%' THEN ST_Boundary(geometry) ELSE geometry END AS geometry
  FROM obstacles"
for f in "$out"/*.shp; do ogrinfo -ro -so -al "$f" | grep -E "^(Layer name|Feature Count)"; done
