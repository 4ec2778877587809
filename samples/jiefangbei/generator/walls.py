"""Walls: obstacle lines and the rings of obstacle polygons, as segments."""

import math

from .geometry import dist_point_segment


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
