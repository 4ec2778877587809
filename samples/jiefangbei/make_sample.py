#!/usr/bin/env python3
"""Build and verify the Jiefangbei (解放碑步行街) sample survey.

Writes sites.geojson, cameras.geojson, zones.geojson and obstacles.geojson next
to this script, but only after checking numerically that the scene produces
exactly the findings the README promises (and nothing else), with safety
margins, so that small differences between this script's geometry and the
toolkit's geodesic geometry cannot flip an outcome.  It checks the scene twice:
with the walls of obstacles.geojson (what `check` reports on the folder) and
without them (what it reports with obstacles.geojson moved aside).

Standard library only.  Usage:  python3 make_sample.py   (exit status 1 if a
check fails; the GeoJSON files are then left untouched).

How the scene is built
----------------------
Everything is laid out in a *street frame* in metres: x across the street
(positive = east side of 民权路), y along it (positive = towards the north end),
origin at the Liberation Monument.  The frame is then turned so that its y axis
points to true bearing STREET_BEARING, and converted to lon/lat with a local
equirectangular projection around the monument.  Headings are given in the
frame and turned by the same angle, so they come out relative to true north.

All verification is done on the coordinates *as written* (rounded to 7
decimals, about 1 cm), converted back to local metres, so it tests the data
the toolkit will actually read.

Walls are tested in 2D as the toolkit does: a zone point is hidden from a
camera when the segment between them crosses a wall line or a polygon
obstacle's ring.  Where walls meet, the meeting point is a vertex of both
lines, so rounding moves it identically in each and no gap opens.  Outcomes
that depend on walls must hold with every free wall end (a door jamb, the open
end of the corridor) moved 0.3 m either way.
"""

import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Projection
# --------------------------------------------------------------------------

ORIGIN_LON, ORIGIN_LAT = 106.5770, 29.5575   # 解放碑 (Liberation Monument), WGS 84
STREET_BEARING = 12.0                        # true bearing of the street frame's y axis

# WGS 84 ellipsoid
WGS_A = 6378137.0
WGS_F = 1 / 298.257223563
WGS_E2 = WGS_F * (2 - WGS_F)


def _metres_per_degree(lat_deg):
    """Metres per degree of latitude and of longitude at lat_deg (WGS 84).

    Taken from the meridian (M) and prime-vertical (N) radii of curvature, so
    the local projection is conformal at the origin: azimuths come out right,
    which matters more here than the last centimetre of distance.
    """
    phi = math.radians(lat_deg)
    w = math.sqrt(1 - WGS_E2 * math.sin(phi) ** 2)
    m = WGS_A * (1 - WGS_E2) / w ** 3
    n = WGS_A / w
    return m * math.pi / 180, n * math.cos(phi) * math.pi / 180


M_PER_DEG_LAT, M_PER_DEG_LON = _metres_per_degree(ORIGIN_LAT)   # ~110 845, ~96 912


def frame_to_local(x, y):
    """Street frame (x across, y along) -> local metres (east, north)."""
    a = math.radians(STREET_BEARING)
    return (x * math.cos(a) + y * math.sin(a),
            -x * math.sin(a) + y * math.cos(a))


def local_to_lonlat(e, n):
    return (round(ORIGIN_LON + e / M_PER_DEG_LON, 7),
            round(ORIGIN_LAT + n / M_PER_DEG_LAT, 7))


def lonlat_to_local(lon, lat):
    return ((lon - ORIGIN_LON) * M_PER_DEG_LON, (lat - ORIGIN_LAT) * M_PER_DEG_LAT)


def frame_heading(h):
    """A heading measured in the street frame -> true heading, 0 <= h < 360."""
    return (h + STREET_BEARING) % 360


def vincenty_inverse(lon1, lat1, lon2, lat2):
    """Geodesic distance (m) and initial azimuth (deg) on WGS 84 (Vincenty 1975).

    Used only to confirm that the local projection is far more accurate than
    the margins the checks below demand.
    """
    b = WGS_A * (1 - WGS_F)
    L = math.radians(lon2 - lon1)
    u1 = math.atan((1 - WGS_F) * math.tan(math.radians(lat1)))
    u2 = math.atan((1 - WGS_F) * math.tan(math.radians(lat2)))
    su1, cu1, su2, cu2 = math.sin(u1), math.cos(u1), math.sin(u2), math.cos(u2)
    lam = L
    for _ in range(200):
        sl, cl = math.sin(lam), math.cos(lam)
        ss = math.hypot(cu2 * sl, cu1 * su2 - su1 * cu2 * cl)
        if ss == 0:
            return 0.0, 0.0
        cs = su1 * su2 + cu1 * cu2 * cl
        sig = math.atan2(ss, cs)
        sa = cu1 * cu2 * sl / ss
        c2a = 1 - sa * sa
        c2sm = cs - 2 * su1 * su2 / c2a if c2a else 0.0
        C = WGS_F / 16 * c2a * (4 + WGS_F * (4 - 3 * c2a))
        prev = lam
        lam = L + (1 - C) * WGS_F * sa * (sig + C * ss * (c2sm + C * cs * (-1 + 2 * c2sm ** 2)))
        if abs(lam - prev) < 1e-13:
            break
    u_sq = c2a * (WGS_A ** 2 - b ** 2) / b ** 2
    A = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    B = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    ds = B * ss * (c2sm + B / 4 * (cs * (-1 + 2 * c2sm ** 2)
                                   - B / 6 * c2sm * (-3 + 4 * ss ** 2) * (-3 + 4 * c2sm ** 2)))
    dist = b * A * (sig - ds)
    az = math.degrees(math.atan2(cu2 * math.sin(lam), cu1 * su2 - su1 * cu2 * math.cos(lam)))
    return dist, az % 360


# --------------------------------------------------------------------------
# The scene, in street-frame metres
# --------------------------------------------------------------------------

def rect(x0, x1, y0, y1):
    """Anticlockwise rectangle (the frame turn keeps the orientation)."""
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


# site_class: the class under the 2025 regulation (docs/RULES.md): the street and its public
# toilet are government-built public places (Art. 7(1)); the mall and the school are the
# gathering places whose operators build (Art. 7(2)(一)); the bank and the hotel are other
# public places (Art. 9), exempt from filing, retention and access-log duties (Art. 9(2)).
SITES = [
    dict(site_id="JFB-STREET", site_class="government", name="解放碑步行街（民权路—邹容路段）",
         address="渝中区民权路、邹容路（解放碑步行街）",
         operator="重庆碑心街区运营管理有限公司",
         # 民权路 north of the monument square, the square itself, 邹容路 south of it
         ring=[(-10, -90), (10, -90), (10, -25), (25, -25), (25, 25), (10, 25),
               (10, 230), (-10, 230), (-10, 25), (-25, 25), (-25, -25), (-10, -25)]),
    dict(site_id="JFB-WC", site_class="government", name="民权路公共厕所",
         address="渝中区民权路2号附1号",
         operator="重庆洁渝环境卫生服务有限公司",
         ring=rect(10, 26, 28, 42)),
    dict(site_id="JFB-BANK", site_class="other", name="渝江商业银行解放碑支行",
         address="渝中区民权路27号",
         operator="重庆渝江商业银行股份有限公司解放碑支行",
         ring=rect(10, 40, 60, 92)),
    dict(site_id="JFB-MALL", site_class="operator", name="碑都购物中心",
         address="渝中区民权路59号",
         operator="重庆碑都商业管理有限公司",
         ring=rect(10, 50, 110, 180)),
    dict(site_id="JFB-HOTEL", site_class="other", name="云栖大酒店（解放碑店）",
         address="渝中区民权路66号",
         operator="重庆渝碑云栖酒店有限公司",
         ring=rect(-44, -10, 118, 162)),
    dict(site_id="JFB-SCHOOL", site_class="operator", name="渝中区碑西实验小学",
         address="渝中区五一路163号",
         operator="重庆市渝中区碑西实验小学",
         ring=rect(-100, -50, 40, 104)),
    # the hotel's third floor, west guest wing: inside the hotel's footprint, over the
    # south-west corner of the ground floor where no ground-floor zone or camera looks
    dict(site_id="JFB-HOTEL-3F", site_class="other", name="云栖大酒店（解放碑店）三楼客房层",
         address="渝中区民权路66号3楼",
         operator="重庆渝碑云栖酒店有限公司",
         ring=rect(-44, -23, 118, 133)),
]

# --- The hotel's third floor (JFB-HOTEL-3F) -------------------------------------
# Wall lines are wall centrelines.  The wing runs x -43.6 .. -23.4, y 118.5 .. 132.5:
# suite 301 across its west end, then a corridor 2 m wide (y 124.5 .. 126.5) with
# four bays either side, 6 m deep.  Zones lie 0.3 m inside the wall lines.
F3_W, F3_E, F3_S, F3_N = -43.6, -23.4, 118.5, 132.5   # wing outline
F3_SUITE = -38.8                                       # suite 301's front wall (corridor end)
F3_CS, F3_CN = 124.5, 126.5                           # corridor walls, south and north
F3_BAYS = (-34.4, -30.0, -27.0)                       # partitions between bays, west to east
F3_DOOR = (125.05, 125.95)                            # 301's glass door: the one gap (0.9 m)
F3_INSET = 0.3


def inset(x0, x1, y0, y1, d=F3_INSET):
    return rect(x0 + d, x1 - d, y0 + d, y1 - d)


# obst_id, kind, geometry type, frame coordinates
OBSTACLES = [
    # exterior wall: north side from the stair core west, the west façade, the south façade
    ("3F-W01", "wall", "LineString",
     [(F3_BAYS[2], F3_N), (F3_BAYS[1], F3_N), (F3_BAYS[0], F3_N), (F3_SUITE, F3_N), (F3_W, F3_N),
      (F3_W, F3_S), (F3_SUITE, F3_S), (F3_BAYS[0], F3_S), (F3_BAYS[1], F3_S), (F3_BAYS[2], F3_S),
      (F3_E, F3_S)]),
    # corridor, south side: the linen room's east wall, then the closed doors of the
    # linen room, the changing room, 305 and 303 (solid doors, drawn as wall)
    ("3F-W02", "wall", "LineString",
     [(F3_E, F3_S), (F3_E, F3_CS), (F3_BAYS[2], F3_CS), (F3_BAYS[1], F3_CS), (F3_BAYS[0], F3_CS),
      (F3_SUITE, F3_CS)]),
    # corridor, north side: the closed doors of the toilet, 304 and 302; ends at the stair core
    ("3F-W03", "wall", "LineString",
     [(F3_SUITE, F3_CN), (F3_BAYS[0], F3_CN), (F3_BAYS[1], F3_CN), (F3_BAYS[2], F3_CN)]),
    # suite 301's front wall, either side of its glass door
    ("3F-W04", "wall", "LineString", [(F3_SUITE, F3_S), (F3_SUITE, F3_CS), (F3_SUITE, F3_DOOR[0])]),
    ("3F-W05", "wall", "LineString", [(F3_SUITE, F3_DOOR[1]), (F3_SUITE, F3_CN), (F3_SUITE, F3_N)]),
    # partitions between the bays
    ("3F-W06", "wall", "LineString", [(F3_BAYS[0], F3_S), (F3_BAYS[0], F3_CS)]),   # 303 | 305
    ("3F-W07", "wall", "LineString", [(F3_BAYS[0], F3_CN), (F3_BAYS[0], F3_N)]),   # 302 | 304
    ("3F-W08", "wall", "LineString", [(F3_BAYS[1], F3_S), (F3_BAYS[1], F3_CS)]),   # 305 | changing room
    ("3F-W09", "wall", "LineString", [(F3_BAYS[1], F3_CN), (F3_BAYS[1], F3_N)]),   # 304 | toilet
    ("3F-W10", "wall", "LineString", [(F3_BAYS[2], F3_S), (F3_BAYS[2], F3_CS)]),   # changing | linen
    # the stair core at the corridor's east end, north side: a polygon
    ("3F-S01", "stair core", "Polygon", rect(F3_BAYS[2], F3_E, F3_CN, F3_N)),
]

# The place kind of each zone that gives one (the rest derive it from their item): both laws
# judge the same zones, each under its own items.
KINDS = {
    "Z-ST-01": "public_road", "Z-ST-02": "public_road", "Z-W-01": "toilet", "Z-B-02": "bank_counter",
    "Z-M-01": "gathering_place", "Z-M-02": "other_private", "Z-H-01": "other_mandated",
    "Z-SC-01": "gathering_place", "Z-H3-01": "other_mandated", "Z-H3-08": "other_private",
    "Z-ST-03": "sensitive",
}

ZONES = [
    # zone_id, site_id, rule, item, name, ring
    ("Z-ST-01", "JFB-STREET", "mandated", "8.7", "民权路步行街北出入口", rect(-7, 7, 212, 220)),
    ("Z-ST-02", "JFB-STREET", "mandated", "8.7", "邹容路步行街南出入口", rect(-7, 7, -88, -80)),
    # the street's stretch beside a classified unit: the 2025 regulation (Art. 10) wants the
    # unit's consent for the cameras that see it; the measures know no such zone
    ("Z-ST-03", "JFB-STREET", "sensitive", None, "涉密单位周边区域（民权路西侧）", rect(-9, -1, 44, 54)),
    ("Z-W-01", "JFB-WC", "forbidden", "9.3", "公共卫生间（男、女）", rect(14, 22, 32, 38)),
    ("Z-B-01", "JFB-BANK", "mandated", "8.2", "营业厅出入口", rect(10, 17, 70, 82)),
    ("Z-B-02", "JFB-BANK", "forbidden", "9.4", "个人业务柜台客户操作区", rect(27, 31, 64, 84)),
    ("Z-M-01", "JFB-MALL", "mandated", "8.8", "商场民权路主出入口", rect(10, 18, 138, 152)),
    ("Z-M-02", "JFB-MALL", "forbidden", "9.3", "员工更衣室", rect(40, 46, 160, 166)),
    ("Z-H-01", "JFB-HOTEL", "mandated", "8.8", "酒店大堂出入口", rect(-18, -10, 134, 146)),
    ("Z-H-02", "JFB-HOTEL", "forbidden", "9.1", "一楼101客房", rect(-40, -35, 141, 145)),
    ("Z-H-03", "JFB-HOTEL", "forbidden", "9.1", "一楼102客房", rect(-40, -35, 135, 139)),
    ("Z-SC-01", "JFB-SCHOOL", "mandated", "8.6", "学校大门门口", rect(-81, -69, 94, 102)),
    # hotel, third floor: the corridor is a 旅馆公共通道 (Art. 8(8)); its open east end
    # (to the lift lobby) has no wall, the zone stops 0.3 m short of it all the same
    ("Z-H3-01", "JFB-HOTEL-3F", "mandated", "8.8", "三楼客房走廊", inset(F3_SUITE, F3_E, F3_CS, F3_CN)),
    ("Z-H3-02", "JFB-HOTEL-3F", "forbidden", "9.1", "三楼301客房（套房）", inset(F3_W, F3_SUITE, F3_S, F3_N)),
    ("Z-H3-03", "JFB-HOTEL-3F", "forbidden", "9.1", "三楼302客房", inset(F3_SUITE, F3_BAYS[0], F3_CN, F3_N)),
    ("Z-H3-04", "JFB-HOTEL-3F", "forbidden", "9.1", "三楼303客房", inset(F3_SUITE, F3_BAYS[0], F3_S, F3_CS)),
    ("Z-H3-05", "JFB-HOTEL-3F", "forbidden", "9.1", "三楼304客房", inset(F3_BAYS[0], F3_BAYS[1], F3_CN, F3_N)),
    ("Z-H3-06", "JFB-HOTEL-3F", "forbidden", "9.1", "三楼305客房", inset(F3_BAYS[0], F3_BAYS[1], F3_S, F3_CS)),
    ("Z-H3-07", "JFB-HOTEL-3F", "forbidden", "9.3", "三楼公共卫生间", inset(F3_BAYS[1], F3_BAYS[2], F3_CN, F3_N)),
    ("Z-H3-08", "JFB-HOTEL-3F", "forbidden", "9.3", "三楼员工更衣室", inset(F3_BAYS[1], F3_BAYS[2], F3_S, F3_CS)),
]

# Camera defaults: the clean case.  Each camera overrides what it needs.
CLEAN = dict(res_h=3840, height_m=None, tilt=None, vfov=None, cam_type="fixed",
             signage="yes", retention=30, runs_24h="yes", consent=None)

# camera_id, site_id, (x, y) in frame, frame heading, hfov, range_m, installed, filed, overrides
CAMERAS = [
    # --- street: two cameras each take in the whole north entrance ---------------
    ("ST-01", "JFB-STREET", (-9, 198), 27, 80, 40, "2016-04-12", "2016-05-20", {}),
    ("ST-02", "JFB-STREET", (9, 198), 333, 80, 40, "2016-04-12", "2016-05-20", {}),
    # aimed down the west kerb of 邹容路: sees only the west part of the south entrance
    ("ST-03", "JFB-STREET", (-9, -66), 178, 40, 30, "2016-04-15", "2016-05-20", dict(res_h=2560)),
    # the square's PTZ dome (stored heading = its home preset)
    ("ST-04", "JFB-STREET", (20, -20), 270, 60, 50, "2018-09-03", "2018-10-15",
     dict(res_h=1920, cam_type="ptz")),
    # watches the square's north-east corner; its wedge takes in the public toilet
    ("ST-05", "JFB-STREET", (8, 22), 40, 80, 30, "2019-03-28", "2019-05-06", dict(res_h=2560)),
    # mid-block on 民权路, the sign on its pole was never put up
    ("ST-06", "JFB-STREET", (-9, 100), 10, 60, 50, "2016-04-18", "2016-05-20", dict(signage="no")),
    # replacement camera, the filing never made
    ("ST-07", "JFB-STREET", (9, 150), 180, 70, 50, "2022-11-08", "", {}),
    # older box camera, resolution not recorded
    # it also looks along the classified unit's frontage, whose consent was never asked
    ("ST-08", "JFB-STREET", (-9, 30), 0, 60, 40, "2013-06-21", "2013-08-02", dict(res_h=None, consent="no")),

    # --- public toilet: one camera on the façade looking out, sign unknown ---------
    ("W-01", "JFB-WC", (11, 41), 315, 90, 25, "2020-05-11", "2020-06-19",
     dict(res_h=None, cam_type="dome", signage=None)),

    # --- bank ---------------------------------------------------------------
    ("B-01", "JFB-BANK", (20, 66), 320, 90, 25, "2015-10-09", "2015-11-16", dict(retention=90)),
    ("B-02", "JFB-BANK", (20, 86), 220, 90, 25, "2015-10-09", "2015-11-16", dict(retention=90)),
    # ceiling dome hung above the customers' side of the counters
    ("B-03", "JFB-BANK", (29, 66), 90, 90, 10, "2021-02-22", "2021-03-30",
     dict(res_h=2560, cam_type="dome", retention=90)),
    # back door, an analogue D1 camera from before the measures, filed only in 2010
    ("B-04", "JFB-BANK", (39, 91), 45, 60, 15, "2008-06-18", "2010-03-22",
     dict(res_h=704, retention=90)),

    # --- mall ---------------------------------------------------------------
    ("M-01", "JFB-MALL", (22, 134), 318, 90, 28, "2017-08-14", "2017-09-25", dict(retention=60)),
    ("M-02", "JFB-MALL", (22, 156), 222, 90, 28, "2017-08-14", "2017-09-25", dict(retention=60)),
    ("M-03", "JFB-MALL", (32, 145), 0, 360, 10, "2017-08-14", "2017-09-25",
     dict(res_h=2880, cam_type="fisheye", retention=60)),

    # --- hotel --------------------------------------------------------------
    ("H-01", "JFB-HOTEL", (-22, 131), 45, 90, 25, "2019-12-02", "2020-01-13", dict(cam_type="dome")),
    ("H-02", "JFB-HOTEL", (-22, 149), 135, 90, 25, "2019-12-02", "2020-01-13", dict(cam_type="dome")),
    # corridor dome put up in the 2023 refit: looks at room 101's door, never filed
    ("H-03", "JFB-HOTEL", (-30, 140), 325, 60, 12, "2023-07-19", None,
     dict(res_h=1920, cam_type="dome")),
    # back door; the recorder keeps only 15 days
    ("H-04", "JFB-HOTEL", (-42, 161), 0, 80, 20, "2019-12-02", "2020-01-13",
     dict(res_h=2560, retention=15)),

    # --- school -------------------------------------------------------------
    ("SC-01", "JFB-SCHOOL", (-84, 88), 40, 90, 30, "2014-08-25", "2014-09-29", dict(retention=60)),
    ("SC-02", "JFB-SCHOOL", (-66, 88), 320, 90, 30, "2014-08-25", "2014-09-29", dict(retention=60)),
    # playground camera, switched off outside school hours
    ("SC-03", "JFB-SCHOOL", (-60, 50), 270, 90, 30, "2014-08-25", "2014-09-29",
     dict(res_h=2560, retention=60, runs_24h="no")),

    # --- hotel, third floor: two ceiling domes, 2.8 m up, one at each end of the corridor ---
    # west end, in front of suite 301's door, looking east down the corridor: its plain
    # wedge takes in 302-305, the toilet and the changing room, but their doors are closed
    ("H3-01", "JFB-HOTEL-3F", (F3_SUITE + 0.4, 125.5), 90, 70, 18, "2023-07-19", "2023-08-30",
     dict(res_h=1920, cam_type="dome", height_m=2.8, tilt=25)),
    # east end, by the stair core, looking west: straight at suite 301's glass door; tilted
    # down 20°, it leaves the first 4 m of the corridor under it unseen
    ("H3-02", "JFB-HOTEL-3F", (F3_E - 0.4, 125.5), 268, 50, 22, "2023-07-19", "2023-08-30",
     dict(res_h=2560, cam_type="dome", height_m=2.8, tilt=20)),
]

# What the toolkit's `check` should report, and nothing else.
EXPECT_UNCOVERED = {"Z-ST-02"}                       # ART8_UNCOVERED
EXPECT_VIEW = {("H-03", "Z-H-02"), ("ST-05", "Z-W-01"),   # ART9_FORBIDDEN_VIEW
               ("H3-02", "Z-H3-02")}                        # through 301's glass door
# Without obstacles.geojson the third floor's cameras see every room their plain
# (ground-band) wedge reaches; the walls hide all of them but one.
EXPECT_VIEW_NO_WALLS = EXPECT_VIEW | {
    ("H3-01", z) for z in ("Z-H3-03", "Z-H3-04", "Z-H3-05", "Z-H3-06", "Z-H3-07", "Z-H3-08")
} | {
    ("H3-02", z) for z in ("Z-H3-03", "Z-H3-04", "Z-H3-05", "Z-H3-06", "Z-H3-07", "Z-H3-08")
}
# Mandated zones covered only by two cameras together (each alone stays below 85%).
EXPECT_NEEDS_BOTH = {"Z-H3-01"}
EXPECT_INSIDE = {("B-03", "Z-B-02")}                 # ART9_INSIDE_FORBIDDEN
EXPECT_ATTR = {                                      # per-camera attribute findings
    ("ST-06", "ART10_NO_SIGNAGE"),
    ("ST-04", "ART10_NOT_FIXED"),
    ("ST-07", "ART15_NOT_FILED"),
    ("H-03", "ART15_NOT_FILED"),
    ("B-04", "ART15_LATE_FILING"),
    ("H-04", "ART19_SHORT_RETENTION"),
    ("SC-03", "ART19_NOT_24H"),
    ("W-01", "DATA_MISSING_FIELD"),
}

MARGIN_M = 2.0        # distance by which every geometric outcome must hold
INDOOR_SITES = {"JFB-HOTEL-3F"}
INDOOR_MARGIN_M = 0.3  # the same, for a camera and a zone both on an indoor site
JAMB_M = 0.3          # free wall ends (door jambs) are moved this far either way
MIN_COVER = 0.90      # the toolkit's default --min-cover
GOOD_COVER = 0.95     # what every zone other than the deliberate one must reach
LOW_COVER_MAX = 0.85  # the deliberate zone must stay below this even with the margin
GRID = 0.1            # sampling step (m) over zones
PPM = {"detect": 25.0, "observe": 62.5}


# --------------------------------------------------------------------------
# GeoJSON output
# --------------------------------------------------------------------------

def _coord(lonlat):
    return "[%.7f, %.7f]" % lonlat


def _feature(props, geom_type, coords_text):
    return ('{"type": "Feature", "properties": %s, "geometry": {"type": "%s", "coordinates": %s}}'
            % (json.dumps(props, ensure_ascii=False), geom_type, coords_text))


def _polygon_text(ring_ll):
    closed = list(ring_ll) + [ring_ll[0]]        # RFC 7946: first position repeated
    return "[[" + ", ".join(_coord(p) for p in closed) + "]]"


def _line_text(line_ll):
    return "[" + ", ".join(_coord(p) for p in line_ll) + "]"


def _collection(features):
    return ('{"type": "FeatureCollection", "features": [\n'
            + ",\n".join(features) + "\n]}\n")


def ring_lonlat(ring):
    return [local_to_lonlat(*frame_to_local(x, y)) for x, y in ring]


def build():
    """Return {layer: GeoJSON text}."""
    site_op = {s["site_id"]: s["operator"] for s in SITES}
    layers = {}

    rows = []
    for s in SITES:
        props = {k: s[k] for k in ("site_id", "name", "address", "operator")}
        props["class"] = s["site_class"]
        rows.append((props, ring_lonlat(s["ring"])))
    layers["sites"] = rows

    rows = []
    for zid, sid, rule, item, name, ring in ZONES:
        props = dict(zone_id=zid, site_id=sid, rule=rule, item=item, kind=KINDS.get(zid), name=name, min_cover=None)
        rows.append((props, ring_lonlat(ring)))
    layers["zones"] = rows

    rows = []
    for cid, sid, (x, y), hdg, hfov, rng, installed, filed, over in CAMERAS:
        c = dict(CLEAN, **over)
        props = dict(camera_id=cid, site_id=sid, heading=frame_heading(hdg), hfov=hfov,
                     range_m=rng, res_h=c["res_h"], height_m=c["height_m"], tilt=c["tilt"],
                     vfov=c["vfov"], cam_type=c["cam_type"], signage=c["signage"],
                     retention=c["retention"], runs_24h=c["runs_24h"], installed=installed,
                     filed=filed, operator=site_op[sid], consent=c["consent"])
        # integral headings print without a trailing ".0"
        if float(props["heading"]).is_integer():
            props["heading"] = int(props["heading"])
        rows.append((props, local_to_lonlat(*frame_to_local(x, y))))
    layers["cameras"] = rows

    obstacles = []
    for oid, kind, gtype, coords in OBSTACLES:
        props = dict(obst_id=oid, site_id="JFB-HOTEL-3F", kind=kind)
        text = _polygon_text(ring_lonlat(coords)) if gtype == "Polygon" else _line_text(ring_lonlat(coords))
        obstacles.append(_feature(props, gtype, text))

    texts = {
        "sites": _collection([_feature(p, "Polygon", _polygon_text(g)) for p, g in layers["sites"]]),
        "zones": _collection([_feature(p, "Polygon", _polygon_text(g)) for p, g in layers["zones"]]),
        "cameras": _collection([_feature(p, "Point", _coord(g)) for p, g in layers["cameras"]]),
        "obstacles": _collection(obstacles),
    }
    return texts


# --------------------------------------------------------------------------
# Geometry for the checks (local metres east/north, true headings)
# --------------------------------------------------------------------------

def point_in_ring(px, py, ring):
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        if (y1 > py) != (y2 > py):
            if px < x1 + (py - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def dist_point_segment(px, py, ax, ay, bx, by):
    vx, vy = bx - ax, by - ay
    t = ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)
    t = max(0.0, min(1.0, t))
    return math.hypot(px - ax - t * vx, py - ay - t * vy)


def dist_to_ring_boundary(px, py, ring):
    n = len(ring)
    return min(dist_point_segment(px, py, *ring[i], *ring[(i + 1) % n]) for i in range(n))


def signed_area(ring):
    return 0.5 * sum(ring[i][0] * ring[(i + 1) % len(ring)][1]
                     - ring[(i + 1) % len(ring)][0] * ring[i][1] for i in range(len(ring)))


def grid_points(ring, step=GRID):
    """Cell-centred sample points of a polygon; each stands for step² of area."""
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    pts = []
    nx = int(math.ceil((max(xs) - min(xs)) / step))
    ny = int(math.ceil((max(ys) - min(ys)) / step))
    for i in range(nx):
        x = min(xs) + (i + 0.5) * step
        for j in range(ny):
            y = min(ys) + (j + 0.5) * step
            if point_in_ring(x, y, ring):
                pts.append((x, y))
    return pts


class Sector:
    """Camera wedge: points within r of P whose azimuth is within a/2 of h.

    With a near distance, the points closer than it (the blind area under a
    tilted camera) are left out of contains() and inner_margin(); distance()
    ignores it, so it never understates how close a wedge comes to a zone."""

    def __init__(self, px, py, heading, angle, r, near=0.0):
        self.px, self.py, self.h, self.a, self.r, self.near = px, py, heading, angle, r, near

    def _polar(self, qx, qy):
        dx, dy = qx - self.px, qy - self.py
        d = math.hypot(dx, dy)
        az = math.degrees(math.atan2(dx, dy)) % 360
        off = abs((az - self.h + 180) % 360 - 180)       # angle off the axis
        return d, off

    def contains(self, qx, qy):
        d, off = self._polar(qx, qy)
        return self.near <= d <= self.r and (self.a >= 360 or d == 0 or off <= self.a / 2)

    def inner_margin(self, qx, qy):
        """Distance from an inside point to the wedge's edge (-1 if outside).

        A point with margin m stays inside if the wedge shrinks by m on every
        side, so it is covered robustly."""
        if not self.contains(qx, qy):
            return -1.0
        d, off = self._polar(qx, qy)
        m = self.r - d
        if self.near > 0:
            m = min(m, d - self.near)
        if self.a < 360:
            to_edge = math.radians(min(self.a / 2 - off, 90.0))
            m = min(m, d * math.sin(to_edge))
        return m

    def distance(self, qx, qy):
        """Euclidean distance from Q to the wedge, blind area included (0 inside)."""
        d, off = self._polar(qx, qy)
        if d <= self.r and (self.a >= 360 or d == 0 or off <= self.a / 2):
            return 0.0
        if self.a >= 360:
            return d - self.r
        best = math.inf
        for edge in (self.h - self.a / 2, self.h + self.a / 2):
            ex = self.px + self.r * math.sin(math.radians(edge))
            ey = self.py + self.r * math.cos(math.radians(edge))
            best = min(best, dist_point_segment(qx, qy, self.px, self.py, ex, ey))
        if off <= self.a / 2:                             # beyond the arc
            best = min(best, d - self.r)
        return best


def quality_range(cam, quality):
    """Range at an image quality, per SURVEY-FORMAT.md (None = range_m), and never
    beyond where the top of the image meets the ground."""
    r = min(cam["range_m"], ground_band(cam)[1])
    if quality is None or cam["res_h"] is None or cam["hfov"] >= 180:
        return r
    return min(r, cam["res_h"] / (2 * PPM[quality] * math.tan(math.radians(cam["hfov"] / 2))))


def vfov(cam):
    """The survey's vfov, else a 16:9 sensor's: 2·atan(tan(hfov/2)·9/16); 180 for a fisheye."""
    if cam.get("vfov") is not None:
        return cam["vfov"]
    if cam["hfov"] >= 180:
        return 180.0
    return 2 * math.degrees(math.atan(math.tan(math.radians(cam["hfov"] / 2)) * 9 / 16))


def ground_band(cam):
    """(near, far): the ground a camera at height_m tilted by tilt sees,
    h/tan(tilt + vfov/2) .. h/tan(tilt - vfov/2); (0, inf) without height and tilt."""
    h, t = cam.get("height_m"), cam.get("tilt")
    if h is None or t is None:
        return 0.0, math.inf
    lower, upper = t + vfov(cam) / 2, t - vfov(cam) / 2
    near = 0.0 if lower >= 90 else h / math.tan(math.radians(lower))
    far = math.inf if upper <= 0 else h / math.tan(math.radians(upper))
    return near, far


# --------------------------------------------------------------------------
# Walls: obstacle lines and the rings of obstacle polygons, as segments
# --------------------------------------------------------------------------

def _orient(ax, ay, bx, by, cx, cy):
    v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    return (v > 0) - (v < 0)


def segments_meet(p, q, a, b):
    """Whether closed segments pq and ab have a point in common."""
    o1, o2 = _orient(*p, *q, *a), _orient(*p, *q, *b)
    o3, o4 = _orient(*a, *b, *p), _orient(*a, *b, *q)
    if o1 != o2 and o3 != o4:
        return True
    def on(u, v, w):   # w on segment uv, given collinear
        return min(u[0], v[0]) <= w[0] <= max(u[0], v[0]) and min(u[1], v[1]) <= w[1] <= max(u[1], v[1])
    return ((o1 == 0 and on(p, q, a)) or (o2 == 0 and on(p, q, b))
            or (o3 == 0 and on(a, b, p)) or (o4 == 0 and on(a, b, q)))


class Walls:
    """Segments that block sight, with each line's free ends (ends that touch no
    other wall: door jambs, the open end of a corridor) known, so that they can be
    moved to test how robust an outcome is."""

    def __init__(self, lines, rings, move_free_ends=0.0):
        # lines: list of point lists (open); rings: list of point lists (closed implicitly)
        all_segs = []
        for line in lines:
            all_segs += list(zip(line, line[1:]))
        for ring in rings:
            all_segs += list(zip(ring, ring[1:] + ring[:1]))
        self.free_ends = []
        self.segs = []
        for line in lines:
            pts = [list(p) for p in line]
            own = set(zip(line, line[1:]))
            for i_end, i_next in ((0, 1), (len(pts) - 1, len(pts) - 2)):
                end = tuple(line[i_end])
                touching = any(dist_point_segment(*end, *a, *b) < 0.02
                               for a, b in all_segs if (a, b) not in own)
                if not touching:
                    self.free_ends.append(end)
                    if move_free_ends:
                        nx, ny = line[i_next]
                        ux, uy = end[0] - nx, end[1] - ny
                        n = math.hypot(ux, uy)
                        pts[i_end] = [end[0] + move_free_ends * ux / n, end[1] + move_free_ends * uy / n]
            self.segs += [(tuple(a), tuple(b)) for a, b in zip(pts, pts[1:])]
        for ring in rings:
            self.segs += list(zip(ring, ring[1:] + ring[:1]))

    def hidden(self, p, q):
        """Whether a wall stands between camera p and ground point q."""
        minx, maxx = min(p[0], q[0]), max(p[0], q[0])
        miny, maxy = min(p[1], q[1]), max(p[1], q[1])
        for a, b in self.segs:
            if (max(a[0], b[0]) < minx or min(a[0], b[0]) > maxx
                    or max(a[1], b[1]) < miny or min(a[1], b[1]) > maxy):
                continue
            if segments_meet(p, q, a, b):
                return True
        return False


NO_WALLS = Walls([], [])


# --------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------

class Report:
    def __init__(self):
        self.failures = []

    def check(self, ok, what):
        if not ok:
            self.failures.append(what)
        return ok


def verify(texts):
    rep = Report()

    # Read back what will be written: the checks see the rounded coordinates.
    data = {k: json.loads(v) for k, v in texts.items()}
    to_local = lambda ring: [lonlat_to_local(*p) for p in ring]

    sites = {f["properties"]["site_id"]: f for f in data["sites"]["features"]}
    zones = [f for f in data["zones"]["features"]]
    cams = [f["properties"] for f in data["cameras"]["features"]]
    cam_ll = {f["properties"]["camera_id"]: f["geometry"]["coordinates"]
              for f in data["cameras"]["features"]}
    cam_xy = {cid: lonlat_to_local(*ll) for cid, ll in cam_ll.items()}
    zone_site = {f["properties"]["zone_id"]: f["properties"]["site_id"] for f in zones}
    cam_site = {c["camera_id"]: c["site_id"] for c in cams}

    # -- format -------------------------------------------------------------
    print("== Format")
    for layer, fc in data.items():
        for f in fc["features"]:
            g = f["geometry"]
            rings = g["coordinates"] if g["type"] == "Polygon" else []
            for ring in rings:
                rep.check(ring[0] == ring[-1], "%s ring not closed" % layer)
                rep.check(signed_area(ring[:-1]) > 0, "%s ring clockwise" % layer)
    for line in "".join(texts.values()).splitlines():
        for tok in line.split("[")[1:]:
            for num in tok.split("]")[0].split(","):
                num = num.strip()
                if num and num[0].isdigit():
                    rep.check(len(num.split(".")[1]) == 7, "coordinate %s not 7 decimals" % num)
    ids = [(c["site_id"], c["camera_id"]) for c in cams]
    rep.check(len(ids) == len(set(ids)), "camera ids not unique")
    zids = [(z["properties"]["site_id"], z["properties"]["zone_id"]) for z in zones]
    rep.check(len(zids) == len(set(zids)), "zone ids not unique")
    rep.check(len(zone_site) == len(zones) and len(cam_site) == len(cams),
              "zone or camera ids repeated across sites (this script keys on them)")
    for c in cams:
        rep.check(0 <= c["heading"] < 360, "%s heading out of range" % c["camera_id"])
        ring = to_local(sites[c["site_id"]]["geometry"]["coordinates"][0][:-1])
        rep.check(point_in_ring(*cam_xy[c["camera_id"]], ring),
                  "%s outside its site" % c["camera_id"])
    print("   %d sites, %d zones, %d cameras, %d obstacles; rings closed and anticlockwise, 7 decimals"
          % (len(sites), len(zones), len(cams), len(data["obstacles"]["features"])))

    # -- projection accuracy against the geodesic -----------------------------
    worst_d = worst_lat = 0.0
    for c in cams:
        clon, clat = cam_ll[c["camera_id"]]
        cx, cy = cam_xy[c["camera_id"]]
        for z in zones:
            for lon, lat in z["geometry"]["coordinates"][0][:-1]:
                zx, zy = lonlat_to_local(lon, lat)
                d_loc = math.hypot(zx - cx, zy - cy)
                if d_loc > 150:
                    continue
                az_loc = math.degrees(math.atan2(zx - cx, zy - cy)) % 360
                d_geo, az_geo = vincenty_inverse(clon, clat, lon, lat)
                worst_d = max(worst_d, abs(d_geo - d_loc))
                dang = abs((az_geo - az_loc + 180) % 360 - 180)
                worst_lat = max(worst_lat, d_loc * math.sin(math.radians(dang)))
    print("== Local projection vs Vincenty (camera -> zone vertex, <= 150 m)")
    print("   max distance error %.3f m, max sideways error %.3f m" % (worst_d, worst_lat))
    rep.check(worst_d < 0.05 and worst_lat < 0.05, "projection error above 5 cm")

    # -- walls ------------------------------------------------------------------
    lines, rings = [], []
    for f in data["obstacles"]["features"]:
        g = f["geometry"]
        if g["type"] == "LineString":
            lines.append([tuple(lonlat_to_local(*p)) for p in g["coordinates"]])
        else:
            rings.append([tuple(lonlat_to_local(*p)) for p in g["coordinates"][0][:-1]])
    walls = Walls(lines, rings)
    walls_long = Walls(lines, rings, +JAMB_M)      # door gaps 0.6 m narrower
    walls_short = Walls(lines, rings, -JAMB_M)     # door gaps 0.6 m wider
    print("== Walls: %d segments, %d free ends (door jambs), moved by %.1f m either way to test"
          % (len(walls.segs), len(walls.free_ends), JAMB_M))
    # every wall meets another at both ends except the two jambs of 301's glass door
    rep.check(len(walls.free_ends) == 2, "walls have %d free ends, expected the two door jambs: %s"
              % (len(walls.free_ends), walls.free_ends))

    # -- zones: samples, site containment ------------------------------------
    zsamples = {}
    for z in zones:
        p = z["properties"]
        ring = to_local(z["geometry"]["coordinates"][0][:-1])
        pts = grid_points(ring)
        zsamples[p["zone_id"]] = (ring, pts)
        sring = to_local(sites[p["site_id"]]["geometry"]["coordinates"][0][:-1])
        # zones often share an edge with their site; rounding to 7 decimals moves
        # each vertex by up to ~1 cm, so only count points clearly outside
        outside = sum(1 for q in pts if not point_in_ring(*q, sring)
                      and dist_to_ring_boundary(*q, sring) > 0.02)
        rep.check(outside == 0, "%s sticks out of its site" % p["zone_id"])
        # no wall comes within 0.3 m of a zone's outline (zones lie 0.3 m inside
        # the walls), else a sliver along the wall could flip an outcome
        edges = [(ring[i], ring[(i + 1) % len(ring)]) for i in range(len(ring))]
        for a, b in walls.segs:
            for e0, e1 in edges:
                d = 0.0 if segments_meet(a, b, e0, e1) else min(
                    dist_point_segment(*a, *e0, *e1), dist_point_segment(*b, *e0, *e1),
                    dist_point_segment(*e0, *a, *b), dist_point_segment(*e1, *a, *b))
                rep.check(d >= JAMB_M - 0.02, "a wall runs %.2f m from %s" % (d, p["zone_id"]))

    def sector(c, quality):
        x, y = cam_xy[c["camera_id"]]
        return Sector(x, y, c["heading"], c["hfov"], quality_range(c, quality), ground_band(c)[0])

    # The third floor's walls must leave every other site's camera alone: none may
    # come within 1 m of such a camera's plain wedge (range_m, no blind area).
    wall_owner = {f["properties"]["site_id"] for f in data["obstacles"]["features"]}
    closest = math.inf
    for c in cams:
        if c["site_id"] in wall_owner:
            continue
        s = sector(c, None)
        for a, b in walls.segs:
            n = max(1, int(math.hypot(b[0] - a[0], b[1] - a[1]) / 0.05))
            for i in range(n + 1):
                d = s.distance(a[0] + i / n * (b[0] - a[0]), a[1] + i / n * (b[1] - a[1]))
                if d < closest:
                    closest, who = d, c["camera_id"]
    print("   nearest wall to another site's camera's wedge: %.2f m (%s)" % (closest, who))
    rep.check(closest >= 1.0, "a wall comes within 1 m of %s's wedge" % who)

    def sees(c, s, pt, w):
        return s.contains(*pt) and not w.hidden(cam_xy[c["camera_id"]], pt)

    def margin(cid, zid):
        indoor = cam_site[cid] in INDOOR_SITES and zone_site[zid] in INDOOR_SITES
        return INDOOR_MARGIN_M if indoor else MARGIN_M

    # -- Art. 8: coverage of mandated zones by the zone's own site ---------------
    print("== Art. 8 coverage by the zone's own site (observe quality is the default)")
    # observe/detect/range_m with the walls; "no walls" at observe without them;
    # shrunk: observe wedges 2 m smaller on every side, walls' free ends 0.3 m longer;
    # grown: range_m wedges 2 m larger, no walls, no blind area
    print("   %-8s %-12s %-4s %7s %7s %7s %8s %8s %8s  %s" % (
        "zone", "site", "item", "observe", "detect", "range_m", "no walls", "shrunk", "grown",
        "cameras seeing it alone (observe, walls)"))
    coverage = {}
    for z in zones:
        p = z["properties"]
        if p["rule"] != "mandated":
            continue
        ring, pts = zsamples[p["zone_id"]]
        own = [c for c in cams if c["site_id"] == p["site_id"]]
        fr = {}
        for q in ("observe", "detect", None):
            secs = [(c, sector(c, q)) for c in own]
            fr[q] = sum(1 for pt in pts if any(sees(c, s, pt, walls) for c, s in secs)) / len(pts)
        obs = [(c, sector(c, "observe")) for c in own]
        bare = sum(1 for pt in pts if any(s.contains(*pt) for c, s in obs)) / len(pts)
        # shrunk: covered even if every wedge lost 2 m on each side and the door jambs grew
        shrunk = sum(1 for pt in pts if any(s.inner_margin(*pt) >= MARGIN_M
                                            and not walls_long.hidden(cam_xy[c["camera_id"]], pt)
                                            for c, s in obs)) / len(pts)
        # grown: covered if every wedge (at range_m, the most generous) gained 2 m
        grown_secs = [sector(c, None) for c in own]
        grown = sum(1 for pt in pts if min(s.distance(*pt) for s in grown_secs) <= MARGIN_M) / len(pts)
        alone = []
        alone_fr = {}
        for c, s in obs:
            f = sum(1 for pt in pts if sees(c, s, pt, walls)) / len(pts)
            alone_fr[c["camera_id"]] = f
            if f >= 0.005:
                alone.append("%s %.1f%%" % (c["camera_id"], 100 * f))
        coverage[p["zone_id"]] = fr["observe"]
        print("   %-8s %-12s %-4s %6.1f%% %6.1f%% %6.1f%% %7.1f%% %7.1f%% %7.1f%%  %s" % (
            p["zone_id"], p["site_id"], p["item"], 100 * fr["observe"], 100 * fr["detect"],
            100 * fr[None], 100 * bare, 100 * shrunk, 100 * grown, ", ".join(alone) or "-"))
        if p["zone_id"] in EXPECT_UNCOVERED:
            rep.check(grown <= LOW_COVER_MAX and fr[None] <= LOW_COVER_MAX,
                      "%s should stay well below %.0f%%" % (p["zone_id"], 100 * MIN_COVER))
        elif p["zone_id"] in EXPECT_NEEDS_BOTH:
            rep.check(shrunk >= GOOD_COVER, "%s not robustly covered" % p["zone_id"])
            rep.check(len(alone_fr) >= 2 and max(alone_fr.values()) <= LOW_COVER_MAX,
                      "%s should need two cameras" % p["zone_id"])
        else:
            rep.check(shrunk >= GOOD_COVER, "%s not robustly covered" % p["zone_id"])
            full = [c for c, s in obs
                    if sum(1 for pt in pts if s.inner_margin(*pt) >= MARGIN_M) / len(pts) >= GOOD_COVER]
            rep.check(len(full) >= 2, "%s not taken in whole by two cameras" % p["zone_id"])

    # -- Art. 9: forbidden zones, every camera of every site (detect range) ------
    # Checked twice: with the walls, and without (obstacles.geojson moved aside).
    # "gap" is how far the zone stays from the plain wedge (blind area included);
    # "gap walls" the same over the zone points a wall does not robustly hide.
    print("== Art. 9 forbidden zones vs every camera (detect range; pairs within 15 m shown)")
    print("   %-7s %-8s %-4s %9s %9s %8s %9s %8s  %-8s %s" % (
        "camera", "zone", "item", "no walls", "walls", "gap", "gap walls", "depth", "no walls", "walls"))
    found = {True: set(), False: set()}      # with walls -> forbidden views
    found_inside = set()
    measured = {}
    for z in zones:
        p = z["properties"]
        if p["rule"] != "forbidden":
            continue
        ring, pts = zsamples[p["zone_id"]]
        for c in cams:
            cid = c["camera_id"]
            key = (cid, p["zone_id"])
            m = margin(*key)
            s = sector(c, "detect")
            cx, cy = cam_xy[cid]
            inside = point_in_ring(cx, cy, ring)
            depth = dist_to_ring_boundary(cx, cy, ring) * (1 if inside else -1)
            dists = [s.distance(*pt) for pt in pts]
            gap = min(dists)
            plain_pts = [pt for pt in pts if s.contains(*pt)]
            plain = len(plain_pts) * GRID * GRID
            plain_robust = sum(1 for pt in plain_pts if s.inner_margin(*pt) >= JAMB_M) * GRID * GRID
            if gap < m:
                walled = sum(1 for pt in plain_pts if not walls.hidden((cx, cy), pt)) * GRID * GRID
                walled_robust = sum(1 for pt in plain_pts if s.inner_margin(*pt) >= JAMB_M
                                    and not walls_long.hidden((cx, cy), pt)) * GRID * GRID
                gap_walls = min([d for pt, d in zip(pts, dists) if d < m
                                 and not walls_short.hidden((cx, cy), pt)] + [m])
            else:
                walled, walled_robust, gap_walls = 0.0, 0.0, gap
            measured[key] = (plain, walled)
            outcome = {}
            for with_walls, overlap, robust, g, expect in (
                    (False, plain, plain_robust, gap, EXPECT_VIEW_NO_WALLS),
                    (True, walled, walled_robust, gap_walls, EXPECT_VIEW)):
                if inside:
                    found_inside.add(key)
                    outcome[with_walls] = "INSIDE"
                elif overlap > 0:
                    found[with_walls].add(key)
                    outcome[with_walls] = "VIEW"
                else:
                    outcome[with_walls] = "clear"
                how = "with walls" if with_walls else "without walls"
                if key in EXPECT_INSIDE:
                    rep.check(inside and depth >= 1.0, "%s should stand well inside %s" % key)
                elif key in expect:
                    rep.check(overlap >= 1.0 and robust >= 0.5 and -depth >= m,   # robust: 0.3 m in
                              "%s should clearly see into %s %s" % (key + (how,)))
                else:
                    rep.check(not inside and g >= m, "%s comes too close to %s %s" % (key + (how,)))
            if gap < 15:
                print("   %-7s %-8s %-4s %7.2fm² %7.2fm² %7.2fm %8.2fm %7.2fm  %-8s %s" % (
                    cid, p["zone_id"], p["item"], plain, walled, gap, gap_walls, depth,
                    outcome[False], outcome[True]))
    rep.check(found[True] == EXPECT_VIEW, "forbidden views differ: %s" % sorted(found[True]))
    rep.check(found[False] == EXPECT_VIEW_NO_WALLS,
              "forbidden views without walls differ: %s" % sorted(found[False]))
    rep.check(found_inside == EXPECT_INSIDE, "inside cameras differ: %s" % sorted(found_inside))
    print("== What the walls change (ART9_FORBIDDEN_VIEW, overlap without / with walls)")
    for key in sorted(EXPECT_VIEW_NO_WALLS | EXPECT_VIEW, key=lambda k: (k[1], k[0])):
        plain, walled = measured[key]
        if key[0] in ("H3-01", "H3-02"):
            print("   %-6s -> %-8s %7.2f m² -> %s" % (
                key[0], key[1], plain, "%.2f m²" % walled if key in EXPECT_VIEW else "hidden"))
    for cid in ("H3-01", "H3-02"):
        c = next(c for c in cams if c["camera_id"] == cid)
        near, far = ground_band(c)
        print("   %s: vfov %.1f°, ground band %.2f m .. %.1f m, observe range %.1f m, detect range %.1f m"
              % (cid, vfov(c), near, far, quality_range(c, "observe"), quality_range(c, "detect")))

    # -- attribute rules ---------------------------------------------------------
    print("== Attribute findings")
    found_attr = set()
    for c in cams:
        cid = c["camera_id"]
        if c["signage"] is None:
            found_attr.add((cid, "DATA_MISSING_FIELD"))
        elif c["signage"] == "no":
            found_attr.add((cid, "ART10_NO_SIGNAGE"))
        if c["cam_type"] == "ptz":
            found_attr.add((cid, "ART10_NOT_FIXED"))
        if not c["filed"]:
            found_attr.add((cid, "ART15_NOT_FILED"))
        elif c["installed"] < "2009-12-11" and c["filed"] > "2010-01-11":  # 2010-01-10 was a Sunday
            found_attr.add((cid, "ART15_LATE_FILING"))
        if c["filed"]:
            rep.check(c["filed"] > c["installed"], "%s filed before installed" % cid)
        if c["retention"] < 30:
            found_attr.add((cid, "ART19_SHORT_RETENTION"))
        if c["runs_24h"] != "yes":
            found_attr.add((cid, "ART19_NOT_24H"))
        if (cid, "ART15_LATE_FILING") not in EXPECT_ATTR:
            rep.check(c["installed"] > "2010-01-01", "%s installed before 2010" % cid)
        for k in ("cam_type", "retention", "runs_24h", "installed", "heading", "hfov", "range_m"):
            rep.check(c[k] is not None, "%s: %s missing" % (cid, k))
    for cid, code in sorted(found_attr, key=lambda t: (t[1], t[0])):
        print("   %-7s %s" % (cid, code))
    rep.check(found_attr == EXPECT_ATTR, "attribute findings differ from EXPECT_ATTR")

    return rep


def main():
    texts = build()
    rep = verify(texts)
    if rep.failures:
        print("\nFAILED:")
        for f in rep.failures:
            print("  -", f)
        return 1
    for layer, text in texts.items():
        with open(os.path.join(HERE, layer + ".geojson"), "w", encoding="utf-8") as fh:
            fh.write(text)
    print("\nAll checks passed; wrote %s." % ", ".join(k + ".geojson" for k in texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
