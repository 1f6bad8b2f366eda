#!/usr/bin/env python3
"""Generates Sources/Domain/World/CountryLabels+Table.swift from Debian's iso-codes (ISO 3166-1).

Run once from the repository root when the source changes (package `iso-codes`):
    python3 scripts/generate-country-labels.py /usr/share/iso-codes/json/iso_3166-1.json \\
        /usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo
Every country's name, common name and official name, in English and in German, maps to its alpha-2 code;
the world directory's importer reads the country column of its sources with them.
"""
import gettext
import json
import sys

OUT = "Sources/Domain/World/CountryLabels+Table.swift"
FIELDS = ("name", "common_name", "official_name")


def swift_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def table(labels: dict) -> list:
    return [f"        {swift_string(label)}: {swift_string(code)}," for label, code in sorted(labels.items())]


def main(json_path: str, mo_path: str) -> None:
    with open(json_path, encoding="utf-8") as f:
        rows = json.load(f)["3166-1"]
    with open(mo_path, "rb") as f:
        german_catalog = gettext.GNUTranslations(f)
    english, german = {}, {}
    for row in rows:
        for field in FIELDS:
            if field in row:
                english[row[field]] = row["alpha_2"]
                german[german_catalog.gettext(row[field])] = row["alpha_2"]
    lines = [
        "// Generated once from Debian's iso-codes 4.x (iso_3166-1.json and its German translation,",
        "// /usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo) by scripts/generate-country-labels.py. Do not edit by",
        "// hand: the labels a source uses beyond these are in CountryLabels.swift.",
        "",
        "extension CountryLabels {",
        "    /// ISO 3166-1 names, common names and official names in English, to alpha-2 codes.",
        "    static let english: [String: String] = [",
        *table(english),
        "    ]",
        "",
        "    /// The same names in German.",
        "    static let german: [String: String] = [",
        *table(german),
        "    ]",
        "}",
    ]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
