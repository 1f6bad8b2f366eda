#!/usr/bin/env python3
"""Gazetteer import benchmark: `sistercities import geonames` against the sqlite3 shell's own `.import`.

Usage: python3 bench/import_bench.py [--runs 3] [--binary .build/release/sistercities] [--data ../shared/data]

Each run starts from an empty database file. The sqlite3 shell's `.import` is measured twice:
- "sqlite3-raw": the dump, already decompressed, into a bare table of its 19 text columns: the raw
  ingestion limit, with no parsing, checking or indexing;
- "sqlite3-layout": the very rows our import wrote (exported from its database), into the same table
  layout — a database `sistercities migrate` made, with its unique key, indexes and FTS5 triggers. This is
  the limit for the layout: what is left is the cost of reading, checking, folding and binding in Swift.
Reported: the median of the runs, with peak memory (max RSS) from /usr/bin/time.
"""
import argparse, gzip, os, shutil, statistics, subprocess, tempfile

from benchlib import median_line, timed

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--binary", default=".build/release/sistercities")
    p.add_argument("--data", default="../shared/data")
    a = p.parse_args()
    dump = os.path.join(a.data, "geonames", "cities500.txt.gz")
    work = tempfile.mkdtemp(prefix="sc-bench-")
    plain = os.path.join(work, "cities500.txt")
    with gzip.open(dump, "rb") as src, open(plain, "wb") as dst:
        shutil.copyfileobj(src, dst)
    rows = sum(1 for _ in open(plain, "rb"))
    results = {"ours": [], "ours-rerun": [], "sqlite3-raw": [], "sqlite3-layout": []}
    columns_ours = ("id, name, search_name, names, country_code, latitude, longitude, time_zone, population, "
                    "geoname_id, ascii_name, alternate_names, gazetteer_hash, created_at, updated_at, search_names")
    for run in range(a.runs):
        db = os.path.join(work, f"ours-{run}.sqlite")
        results["ours"].append(timed([a.binary, "import", "geonames", dump, "--database", db]))
        results["ours-rerun"].append(timed([a.binary, "import", "geonames", dump, "--database", db]))
        raw = os.path.join(work, f"raw-{run}.sqlite")
        columns = ", ".join(f"c{i} TEXT" for i in range(19))
        script = f"CREATE TABLE geonames ({columns});\n.mode tabs\n.import {plain} geonames\n"
        script_file = os.path.join(work, f"import-{run}.sql")
        open(script_file, "w").write(script)
        with open(script_file) as f:
            results["sqlite3-raw"].append(timed(["sqlite3", raw], stdin=f))
        # The same rows as ours wrote them, into the same layout.
        rows_file = os.path.join(work, f"rows-{run}.tsv")
        with open(rows_file, "w") as out:
            subprocess.run(["sqlite3", "-separator", "\t", db, f"SELECT {columns_ours} FROM cities"],
                           stdout=out, check=True)
        layout = os.path.join(work, f"layout-{run}.sqlite")
        subprocess.run([a.binary, "migrate", "--database", layout], check=True, capture_output=True)
        view = "CREATE TEMP VIEW incoming AS SELECT " + columns_ours + " FROM cities WHERE 0;\n"
        script = (f"CREATE TEMP TABLE incoming ({columns_ours});\n.mode tabs\n.import {rows_file} incoming\n"
                  f"INSERT INTO cities ({columns_ours}) SELECT * FROM incoming;\n")
        open(script_file, "w").write(script)
        with open(script_file) as f:
            results["sqlite3-layout"].append(timed(["sqlite3", layout], stdin=f))
    print(f"rows: {rows}, runs: {a.runs}")
    for name, runs in results.items():
        print(median_line(name, runs, rows, width=14))
    ours = statistics.median(r[0] for r in results["ours"])
    for name in ("sqlite3-raw", "sqlite3-layout"):
        limit = statistics.median(r[0] for r in results[name])
        print(f"ours / {name}: {ours / limit:.2f}x (target: within 3x)")
    shutil.rmtree(work)

if __name__ == "__main__":
    main()
