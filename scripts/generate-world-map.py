#!/usr/bin/env python3
"""Derives Sources/Server/Resources/world-110m.txt from Natural Earth's 1:110m country outlines.

Run once from the repository root when the source changes:
    python3 scripts/generate-world-map.py ../shared/data/naturalearth/countries-110m.geojson
Natural Earth is in the public domain ("Made with Natural Earth").

Each line is one country: ISO 3166-1 alpha-3 code, a tab, its English name, a tab, then its rings,
separated by `|`, each a space-separated list of `longitude,latitude` pairs rounded to 0.01 degrees.
Antarctica is left out: a programme's map has no partner there, and it would take a fifth of the height.
Points closer than 0.15 degrees to the previous kept point are dropped (the map is drawn about 1000
pixels wide, where 0.15 degrees is under half a pixel), and rings that shrink below 4 points go.
"""
import json
import sys

OUT = "Sources/Server/Resources/world-110m.txt"
MIN_STEP = 0.15


def simplify(ring):
    kept = [ring[0]]
    for lon, lat in ring[1:-1]:
        plon, plat = kept[-1]
        if abs(lon - plon) >= MIN_STEP or abs(lat - plat) >= MIN_STEP:
            kept.append((lon, lat))
    kept.append(ring[-1])
    return kept


def main(path):
    with open(path, encoding="utf-8") as f:
        features = json.load(f)["features"]
    lines = []
    points = 0
    for feature in features:
        props = feature["properties"]
        if props["iso_a3"] == "ATA":
            continue
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        rings = []
        for polygon in polygons:
            for ring in polygon:
                simple = simplify(ring)
                if len(simple) >= 4:
                    rings.append(" ".join(f"{lon:.2f},{lat:.2f}" for lon, lat in simple))
                    points += len(simple)
        if rings:
            name = props["name"].replace("\t", " ")
            lines.append(f"{props['iso_a3']}\t{name}\t" + "|".join(rings))
    lines.sort()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} countries, {points} points to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/naturalearth/countries-110m.geojson")
