#!/usr/bin/env python3
"""Write which of Stellarium's nebula textures show which galaxy, for the StellariumGalaxies tests.

An independent implementation of the rule in lib/AstroDL/Datasets/Stellarium/TextureGalaxyMatch.cs, standard library
only: textures.json is made strict with a regular expression (a 0 before each leading decimal point), the corners'
mean unit vector gives the centre, the gnomonic projection about it and the corners' mean edges give texture
coordinates, and a galaxy of data/galaxies/galaxies.csv qualifies when it lies inside (0 <= u, v <= 1) with a major
axis of 10% to 150% of the width; the galaxy the file name names wins among those, else the largest.
Regenerate (from the repository root; the output is deterministic and committed):

    /usr/bin/python3 tests/AstroDL.Tests/Fixtures/make_stellarium_fixture.py

This reads Debian stellarium-data's /usr/share/stellarium/nebulae/default/textures.json and writes
tests/AstroDL.Tests/Fixtures/stellarium/galaxies.json.
"""

import collections
import csv
import json
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
INDEX = "/usr/share/stellarium/nebulae/default/textures.json"
TABLE = os.path.join(HERE, "..", "..", "..", "data", "galaxies", "galaxies.csv")
OUT = os.path.join(HERE, "stellarium", "galaxies.json")
CATALOGUES = {"m": "M", "n": "NGC", "ngc": "NGC", "ic": "IC", "p": "PGC"}


def project(ra0, dec0, ra, dec):
    """Gnomonic projection about (ra0, dec0), in degrees; None behind the tangent plane."""
    ra0, dec0, ra, dec = map(math.radians, (ra0, dec0, ra, dec))
    cos_c = math.sin(dec0) * math.sin(dec) + math.cos(dec0) * math.cos(dec) * math.cos(ra - ra0)
    if cos_c <= 0:
        return None
    x = math.cos(dec) * math.sin(ra - ra0) / cos_c
    y = (math.cos(dec0) * math.sin(dec) - math.sin(dec0) * math.cos(dec) * math.cos(ra - ra0)) / cos_c
    return math.degrees(x), math.degrees(y)


def footprint(corners):
    """Centre, width and a function from (ra, dec) to texture (u, v)."""
    corners = [(ra % 360, dec) for ra, dec in corners]
    vx = sum(math.cos(math.radians(d)) * math.cos(math.radians(r)) for r, d in corners)
    vy = sum(math.cos(math.radians(d)) * math.sin(math.radians(r)) for r, d in corners)
    vz = sum(math.sin(math.radians(d)) for r, d in corners)
    ra0, dec0 = math.degrees(math.atan2(vy, vx)) % 360, math.degrees(math.atan2(vz, math.hypot(vx, vy)))
    p = [project(ra0, dec0, r, d) for r, d in corners]
    eu = ((p[1][0] - p[0][0] + p[2][0] - p[3][0]) / 2, (p[1][1] - p[0][1] + p[2][1] - p[3][1]) / 2)
    ev = ((p[3][0] - p[0][0] + p[2][0] - p[1][0]) / 2, (p[3][1] - p[0][1] + p[2][1] - p[1][1]) / 2)
    det = eu[0] * ev[1] - eu[1] * ev[0]

    def locate(ra, dec):
        q = project(ra0, dec0, ra % 360, dec)
        if q is None:
            return None
        x, y = q
        return 0.5 + (x * ev[1] - y * ev[0]) / det, 0.5 + (eu[0] * y - eu[1] * x) / det

    return dec0, math.hypot(*eu), math.hypot(*ev), locate


def named(file):
    m = re.match(r"(?i)^(m|ngc|n|ic|p)(\d+)(?!\d)", file)
    return f"{CATALOGUES[m.group(1).lower()]} {int(m.group(2))}" if m else None


text = re.sub(r"(?<=[\[,:\s-])\.(\d)", r"0.\1", open(INDEX, encoding="utf-8").read())
tiles = json.loads(text)["subTiles"]
galaxies = list(csv.DictReader(open(TABLE, encoding="utf-8")))
found = []
for tile in tiles:
    dec0, width, height, locate = footprint(tile["worldCoords"][0])
    candidates = []
    for g in galaxies:
        ra, dec, major = float(g["ra_deg"]), float(g["dec_deg"]), float(g["major_arcmin"]) / 60
        if abs(dec - dec0) > width + height or not 0.1 * width <= major <= 1.5 * width:
            continue
        uv = locate(ra, dec)
        if uv is not None and 0 <= uv[0] <= 1 and 0 <= uv[1] <= 1:
            candidates.append((major, g))
    if not candidates:
        continue
    name = named(tile["imageUrl"])
    hits = [g for _, g in candidates if name in (g["id"], g["name"])]
    best = hits[0] if hits else max(candidates, key=lambda c: c[0])[1]
    found.append({"file": tile["imageUrl"], "name": best["name"], "class": best["class"]})

os.makedirs(os.path.dirname(OUT), exist_ok=True)
classes = dict(sorted(collections.Counter(f["class"] for f in found).items()))
lines = ",\n".join("  " + json.dumps(f) for f in found)
with open(OUT, "w", encoding="utf-8") as out:
    out.write(f'{{"textures": {len(tiles)}, "classes": {json.dumps(classes)}, "galaxies": [\n{lines}\n]}}\n')
print(f"{len(found)} galaxies of {len(tiles)} textures -> {OUT}")
