#!/usr/bin/env python3
"""Writes a synthetic survey (cameras.geojson, zones.geojson, sites.geojson) for benchmarks.

Deterministic from the seed: SITES sites scattered over Chongqing's central districts, each
with CAMERAS_PER_SITE cameras and ZONES_PER_SITE zones of realistic sizes (entrances, rooms,
toilets) around the site's centre. Not a test fixture: tests build their own small scenes.

usage: generate_survey.py OUT_DIR [--cameras N] [--zones N] [--seed S]
"""
import argparse
import json
import math
import os
import random

LON0, LAT0 = 106.55, 29.56          # Yuzhong district
M_PER_DEG_LAT = 110_850.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LAT0))


def lonlat(x, y):
    return [round(LON0 + x / M_PER_DEG_LON, 8), round(LAT0 + y / M_PER_DEG_LAT, 8)]


def rectangle(cx, cy, w, h, angle):
    c, s = math.cos(angle), math.sin(angle)
    corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    ring = [lonlat(cx + dx * c - dy * s, cy + dx * s + dy * c) for dx, dy in corners]
    return [ring + [ring[0]]]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--cameras", type=int, default=10_000)
    p.add_argument("--zones", type=int, default=10_000)
    p.add_argument("--per-site", type=int, default=20)
    p.add_argument("--seed", type=int, default=2009)
    a = p.parse_args()
    rnd = random.Random(a.seed)
    sites = max(1, a.cameras // a.per_site)
    os.makedirs(a.out, exist_ok=True)
    cameras, zones, site_features = [], [], []
    # Sites on a jittered grid about 120 m apart: dense like a city centre, without overlaps.
    side = math.ceil(math.sqrt(sites))
    for i in range(sites):
        sx = (i % side) * 120 + rnd.uniform(-15, 15)
        sy = (i // side) * 120 + rnd.uniform(-15, 15)
        sid = f"S{i:05d}"
        site_features.append({"type": "Feature", "properties": {"site_id": sid, "name": f"场所{i}"},
                              "geometry": {"type": "Polygon", "coordinates": rectangle(sx, sy, 100, 100, 0)}})
        n_cam = a.cameras // sites + (1 if i < a.cameras % sites else 0)
        n_zone = a.zones // sites + (1 if i < a.zones % sites else 0)
        for j in range(n_zone):
            forbidden = rnd.random() < 0.4
            w, h = (rnd.uniform(3, 8), rnd.uniform(3, 6)) if forbidden else (rnd.uniform(6, 20), rnd.uniform(4, 12))
            zones.append({"type": "Feature", "properties": {
                "zone_id": f"Z{j:03d}", "site_id": sid,
                "rule": "forbidden" if forbidden else "mandated",
                "item": f"9.{rnd.randint(1, 3)}" if forbidden else f"8.{rnd.choice([6, 7, 8])}",
                "name": "客房" if forbidden else "出入口"},
                "geometry": {"type": "Polygon", "coordinates": rectangle(
                    sx + rnd.uniform(-45, 45), sy + rnd.uniform(-45, 45), w, h, rnd.uniform(0, math.pi))}})
        for j in range(n_cam):
            cameras.append({"type": "Feature", "properties": {
                "camera_id": f"C{j:03d}", "site_id": sid,
                "heading": round(rnd.uniform(0, 360), 1),
                "hfov": rnd.choice([60, 75, 90, 90, 110, 360]),
                "range_m": round(rnd.uniform(10, 60), 1),
                "res_h": rnd.choice([None, 1920, 2560, 3840]),
                "cam_type": rnd.choice(["fixed", "dome", "fixed", "ptz"]),
                "signage": rnd.choice(["yes"] * 9 + ["no"]),
                "retention": rnd.choice([30, 30, 60, 90, 15]),
                "runs_24h": rnd.choice(["yes"] * 19 + ["no"]),
                "installed": "2015-06-01", "filed": rnd.choice(["2015-07-01"] * 9 + [None]),
                "operator": f"单位{i}"},
                "geometry": {"type": "Point", "coordinates": lonlat(sx + rnd.uniform(-45, 45), sy + rnd.uniform(-45, 45))}})
    for name, features in (("sites", site_features), ("cameras", cameras), ("zones", zones)):
        with open(os.path.join(a.out, name + ".geojson"), "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
    print(f"{a.out}: {len(site_features)} sites, {len(cameras)} cameras, {len(zones)} zones")


if __name__ == "__main__":
    main()
