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

import os
import sys

# the generator's modules leave no __pycache__ in the sample, which the distribution ships whole
sys.dont_write_bytecode = True

from generator.geojson import build  # noqa: E402 (after the bytecode switch)
from generator.verify import verify  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


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
