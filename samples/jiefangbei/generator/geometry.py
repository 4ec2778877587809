"""Geometry for the checks (local metres east/north, true headings): rings, zone
samples and camera wedges."""

import math

GRID = 0.1            # sampling step (m) over zones
PPM = {"detect": 25.0, "observe": 62.5}


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
