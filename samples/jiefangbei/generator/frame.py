"""The street frame and the local projection that turns it to lon/lat."""

import math

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
