#!/usr/bin/env python3
"""Builds data/variables/gcvs-priors.csv, the period and amplitude priors of the light-curve simulator, from the GCVS
variables that Debian's stellarium-data package ships.

Usage:
    apt-get install stellarium-data
    python3 data/scripts/make_gcvs_priors.py [/usr/share/stellarium/stars/default/gcvs_hip_part.dat] [data/variables/gcvs-priors.csv]

Source format (one star a line, 12 tab-separated fields): HIP number, designation, GCVS type, magnitude at maximum,
a flag for the next field (0: magnitude at minimum, 1: amplitude, 2: upper limit of the brightness at minimum,
i.e. the star gets fainter than that), minimum (or amplitude), secondary minimum, photometric band (V, Hp, p, B, ...),
epoch (JD - 2400000), period in days, rise time or eclipse duration in percent of the period, spectral type.

Kept: stars whose type, with a trailing subtype after '/' or '+' dropped, is one of the simulator's classes below; types
with ':' (uncertain) are left out. Amplitude = minimum - maximum (flags 0 and 2; flag 2 gives a lower bound) or the
amplitude itself (flag 1), in the star's band (mostly V and Hipparcos Hp). Per class: the count, how many have a
period, the mean and standard deviation of log10(period), period deciles (q0 = minimum, q100 = maximum) and amplitude
deciles. The output has the same bytes for the same input.
"""
import hashlib
import math
import os
import subprocess
import sys

CLASSES = {  # simulator class -> GCVS types
    "EclipsingAlgol": ["EA"],
    "EclipsingBetaLyrae": ["EB"],
    "EclipsingWUMa": ["EW"],
    "RRLyraeAB": ["RRAB"],
    "RRLyraeC": ["RRC"],
    "Cepheid": ["DCEP", "DCEPS", "CEP"],
    "DeltaScuti": ["DSCT", "DSCTC"],
    "Mira": ["M"],
    "Rotator": ["BY"],
}
DEFAULT_SOURCE = "/usr/share/stellarium/stars/default/gcvs_hip_part.dat"
DECILES = [i / 10 for i in range(11)]


def quantile(sorted_values, q):
    """Linear interpolation between order statistics (the usual 'type 7' definition)."""
    x = (len(sorted_values) - 1) * q
    lo = math.floor(x)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (x - lo)


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def fmt(value):
    return f"{value:.6g}"


def package_version():
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "stellarium-data"], capture_output=True, text=True).stdout or "unknown"
    except OSError:
        return "unknown"


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "variables", "gcvs-priors.csv")
    with open(source, "rb") as f:
        content = f.read()
    type_to_class = {t: c for c, types in CLASSES.items() for t in types}
    periods = {c: [] for c in CLASSES}
    amplitudes = {c: [] for c in CLASSES}
    counts = {c: 0 for c in CLASSES}
    for n, line in enumerate(content.decode("utf-8").splitlines(), 1):
        fields = line.split("\t")
        if len(fields) != 12:
            sys.exit(f"{source}, line {n}: {len(fields)} fields, not 12; is this gcvs_hip_part.dat from stellarium-data?")
        gcvs_type = fields[2]
        if ":" in gcvs_type:
            continue
        cls = type_to_class.get(gcvs_type.split("/")[0].split("+")[0])
        if cls is None:
            continue
        counts[cls] += 1
        period = number(fields[9])
        if period is not None and period > 0:
            periods[cls].append(period)
        brightest, flag, minimum = number(fields[3]), fields[4], number(fields[5])
        if minimum is not None:
            amplitude = minimum if flag == "1" else (minimum - brightest if brightest is not None else None)
            if amplitude is not None and amplitude > 0:
                amplitudes[cls].append(amplitude)
    columns = ["class", "gcvs_types", "count", "with_period", "log10_period_mean", "log10_period_std"]
    columns += [f"period_q{int(q * 100)}" for q in DECILES] + ["with_amplitude"] + [f"amplitude_q{int(q * 100)}" for q in DECILES]
    rows = []
    for cls, types in CLASSES.items():
        p, a = sorted(periods[cls]), sorted(amplitudes[cls])
        logs = [math.log10(v) for v in p]
        mean = sum(logs) / len(logs)
        std = math.sqrt(sum((v - mean) ** 2 for v in logs) / (len(logs) - 1))
        rows.append([cls, " ".join(types), str(counts[cls]), str(len(p)), fmt(mean), fmt(std)]
                    + [fmt(quantile(p, q)) for q in DECILES] + [str(len(a))] + [fmt(quantile(a, q)) for q in DECILES])
    header = [
        "# Period (days) and amplitude (magnitudes, peak to peak, in each star's band: mostly V and Hipparcos Hp) priors",
        "# of the light-curve simulator, per class, from the General Catalogue of Variable Stars.",
        f"# Source: {os.path.basename(source)} (SHA-256 {hashlib.sha256(content).hexdigest()}) of the Debian package",
        f"# stellarium-data {package_version()}: Stellarium's catalogue of variable stars based on GCVS version 2013Apr",
        "# (Samus N.N., Durlevich O.V., Kazarovets E.V., Kireeva N.N., Pastukhova E.N., Zharova A.V., et al., General",
        "# Catalogue of Variable Stars, Samus+ 2007-2012, http://www.sai.msu.su/gcvs/gcvs/, VizieR B/gcvs); free with",
        "# credit to the GCVS team; the Stellarium files are GPL-2+. Written by data/scripts/make_gcvs_priors.py.",
    ]
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n" + ",".join(columns) + "\n" + "\n".join(",".join(r) for r in rows) + "\n")
    for r in rows:
        print(r[0], "count", r[2], "periods", r[3], "P range", r[6], r[16], "amp median", r[23])


if __name__ == "__main__":
    main()
