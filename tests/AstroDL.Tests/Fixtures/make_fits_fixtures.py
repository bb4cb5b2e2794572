#!/usr/bin/env python3
"""Write small FITS files with astropy for the kit's FITS reader tests, and the values astropy reads from them.

Needs Debian's python3-astropy. Regenerate (from the repository root; the files are committed):

    /usr/bin/python3 tests/AstroDL.Tests/Fixtures/make_fits_fixtures.py

Writes tests/AstroDL.Tests/Fixtures/fits/*.fits and expected.json: for every file and HDU the header values the
tests check and the data as astropy scales them (BSCALE, BZERO; BLANK and NaN as null), flattened in file order.
"""

import json
import os
import warnings

import numpy as np
from astropy.io import fits

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fits")
os.makedirs(OUT, exist_ok=True)
warnings.simplefilter("ignore")


def values(data):
    flat = np.asarray(data, dtype=np.float64).ravel()
    return [None if np.isnan(v) else float(v) for v in flat]


def wcs_header(h):
    h["CTYPE1"], h["CTYPE2"] = "RA---TAN", "DEC--TAN"
    h["CRPIX1"], h["CRPIX2"] = 2.5, 1.5
    h["CRVAL1"], h["CRVAL2"] = 202.4696, 47.1952
    h["CDELT1"], h["CDELT2"] = -0.000277778, 0.000277778
    h["CUNIT1"], h["CUNIT2"] = "deg", "deg"
    h["EQUINOX"] = 2000.0
    h["RADESYS"] = "ICRS"


expected = {}

# One file per BITPIX, each 3 rows x 4 columns.
ramp = np.arange(12).reshape(3, 4)
for name, data in [
    ("bitpix8", (ramp * 20).astype(np.uint8)),
    ("bitpix16", (ramp * 1000 - 5000).astype(np.int16)),
    ("bitpix32", (ramp * 100000 - 70000).astype(np.int32)),
    ("bitpix64", (ramp * 10**12 - 3).astype(np.int64)),
    ("bitpix-32", (ramp * 0.25 - 1.5).astype(np.float32)),
    ("bitpix-64", (ramp / 3.0 - 2.0).astype(np.float64)),
]:
    hdu = fits.PrimaryHDU(data)
    if name == "bitpix-32":
        hdu.data[1, 2] = np.nan
    if name == "bitpix16":
        wcs_header(hdu.header)
    hdu.writeto(os.path.join(OUT, name + ".fits"), overwrite=True)

# Unsigned 16-bit through BZERO = 32768, as astropy writes uint16.
fits.PrimaryHDU(np.array([[0, 1, 40000], [65535, 32768, 7]], dtype=np.uint16)).writeto(os.path.join(OUT, "uint16.fits"), overwrite=True)

# Scaled integers with a BLANK value.
raw = np.array([[0, 10, -32768], [200, -32768, 5]], dtype=np.int16)
scaled = fits.PrimaryHDU(raw)
scaled.header["BSCALE"], scaled.header["BZERO"], scaled.header["BLANK"] = 0.5, 100.0, -32768
fits.HDUList([scaled]).writeto(os.path.join(OUT, "scaled.fits"), overwrite=True, output_verify="ignore")

# Extensions: an empty primary HDU, an image, a binary table, another image; and long strings (CONTINUE).
primary = fits.PrimaryHDU()
primary.header["OBJECT"] = "M51"
primary.header["LONGSTR"] = ("A long string value that does not fit on one card and so goes on with CONTINUE cards; " * 2).strip()
primary.header["QUOTE"] = "it's"
primary.header["HISTORY"] = "made by make_fits_fixtures.py"
sci = fits.ImageHDU(np.arange(6, dtype=np.float32).reshape(2, 3) * 1.5, name="SCI")
table = fits.BinTableHDU.from_columns([fits.Column(name="flux", format="E", array=np.array([1.0, 2.0], dtype=np.float32))], name="CAT")
cube = fits.ImageHDU(np.arange(24, dtype=np.int16).reshape(2, 3, 4), name="CUBE")
fits.HDUList([primary, sci, table, cube]).writeto(os.path.join(OUT, "extensions.fits"), overwrite=True)

for file in sorted(f for f in os.listdir(OUT) if f.endswith(".fits")):
    hdus = []
    with fits.open(os.path.join(OUT, file)) as opened:
        for hdu in opened:
            h = hdu.header
            entry = {"name": hdu.name, "bitpix": h["BITPIX"], "shape": list(hdu.data.shape) if hdu.is_image and hdu.data is not None else [],
                     "data_offset": hdu.fileinfo()["datLoc"]}
            if hdu.is_image and hdu.data is not None:
                entry["data"] = values(hdu.data)
            for key in ["OBJECT", "LONGSTR", "QUOTE", "CTYPE1", "CRVAL1", "CDELT1", "CRPIX2", "RADESYS", "EQUINOX"]:
                if key in h:
                    entry.setdefault("cards", {})[key] = h[key]
            hdus.append(entry)
    expected[file] = hdus

with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
    f.write("\n")
print(OUT)
