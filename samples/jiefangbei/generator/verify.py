"""The numerical checks: the scene read back from its GeoJSON text must give exactly
the findings of expected.py, with margins."""

import json
import math

from .expected import (EXPECT_ATTR, EXPECT_INSIDE, EXPECT_NEEDS_BOTH, EXPECT_UNCOVERED, EXPECT_VIEW,
                       EXPECT_VIEW_NO_WALLS, GOOD_COVER, INDOOR_MARGIN_M, INDOOR_SITES, JAMB_M,
                       LOW_COVER_MAX, MARGIN_M, MIN_COVER)
from .frame import lonlat_to_local, vincenty_inverse
from .geometry import (GRID, Sector, dist_point_segment, dist_to_ring_boundary, grid_points, ground_band,
                       point_in_ring, quality_range, signed_area, vfov)
from .walls import Walls, segments_meet


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
