"""The scene as GeoJSON text (RFC 7946: lon/lat, 7 decimals, rings anticlockwise)."""

import json

from .frame import frame_heading, frame_to_local, local_to_lonlat
from .scene import CAMERAS, CLEAN, KINDS, OBSTACLES, SITES, ZONES


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
