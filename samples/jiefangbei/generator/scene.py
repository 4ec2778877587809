"""The scene, in street-frame metres: sites, walls, zones and cameras."""

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
