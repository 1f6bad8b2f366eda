#!/usr/bin/env python3
"""Twin-town import benchmark: `sistercities import twins` against the sqlite3 shell's own `.import`.

Usage: python3 bench/twin_bench.py [--runs 3] [--binary .build/release/sistercities] [--data ../shared/data]

First a gazetteer database is made once (`sistercities import geonames cities500.txt.gz`). Each run copies
it and imports both lists into the copy, the Wikipedia list then the German one, as an operator would. The
limit beside it: the very world_ties rows our import wrote (exported as TSV), loaded by the sqlite3 shell's
`.import` into a copy of the same gazetteer database, same table layout (unique pair key, index, foreign
keys to the cities). What is left between the two is reading the lists, reconciling every place to the
gazetteer (one indexed search per place and spelling) and writing each tie once. The reconciliation reports
go to the temporary folder with the databases. Reported: the median of the runs, with peak memory (max RSS)
from /usr/bin/time.
"""
import argparse, os, shutil, statistics, subprocess, tempfile

from benchlib import median_line, timed

LISTS = [("wikipedia-list", "wikipedia-list-of-twin-towns.csv"),
         ("german-partnerships", "german-municipal-partnerships.csv")]
COLUMNS = "id, city_a, city_b, year, kind, sources, domestic"


def rows_in(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for _ in f) - 1


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--binary", default=".build/release/sistercities")
    p.add_argument("--data", default="../shared/data")
    a = p.parse_args()
    binary = os.path.abspath(a.binary)
    data = os.path.abspath(a.data)  # the imports run inside the temporary folder, where they write their reports
    work = tempfile.mkdtemp(prefix="sc-twin-bench-")
    gazetteer = os.path.join(work, "gazetteer.sqlite")
    print("importing cities500 once for the gazetteer ...", flush=True)
    timed([binary, "import", "geonames", os.path.join(data, "geonames", "cities500.txt.gz"),
           "--database", gazetteer])
    results = {name: [] for name, _ in LISTS}
    results["both"], results["sqlite3-layout"] = [], []
    ties = 0
    for run in range(a.runs):
        db = os.path.join(work, f"ours-{run}.sqlite")
        shutil.copy(gazetteer, db)
        total = 0.0
        for name, file in LISTS:
            seconds, rss, out = timed([binary, "import", "twins", os.path.join(data, "twin-towns", file),
                                       "--format", name, "--database", db], cwd=work)
            results[name].append((seconds, rss))
            total += seconds
            print(f"run {run + 1}: {name:<20} {seconds:6.2f} s  peak {rss:6.1f} MiB  "
                  f"{out.strip().splitlines()[-1] if out.strip() else ''}", flush=True)
        results["both"].append((total, max(r[1] for r in (results[n][-1] for n, _ in LISTS))))
        ties = int(subprocess.run(["sqlite3", db, "SELECT count(*) FROM world_ties"], capture_output=True,
                                  text=True, check=True).stdout)
        rows_file = os.path.join(work, f"ties-{run}.tsv")
        with open(rows_file, "w") as out:
            subprocess.run(["sqlite3", "-separator", "\t", db, f"SELECT {COLUMNS} FROM world_ties"], stdout=out,
                           check=True)
        layout = os.path.join(work, f"layout-{run}.sqlite")
        shutil.copy(gazetteer, layout)
        script = os.path.join(work, f"import-{run}.sql")
        with open(script, "w") as f:
            f.write(f"CREATE TEMP TABLE incoming ({COLUMNS});\n.mode tabs\n.import {rows_file} incoming\n"
                    f"INSERT INTO world_ties ({COLUMNS}) SELECT * FROM incoming;\n")
        with open(script) as f:
            seconds, rss, _ = timed(["sqlite3", layout], stdin=f)
        results["sqlite3-layout"].append((seconds, rss))
        print(f"run {run + 1}: sqlite3 .import of the {ties:,} ties  {seconds:6.2f} s  peak {rss:6.1f} MiB",
              flush=True)
    rows = {name: rows_in(os.path.join(data, "twin-towns", file)) for name, file in LISTS}
    rows["both"] = sum(rows.values())
    rows["sqlite3-layout"] = ties
    print(f"\nmedian of {a.runs} runs:")
    for name, runs in results.items():
        print("  " + median_line(name, runs, rows[name]))
    ours = statistics.median(r[0] for r in results["both"])
    limit = statistics.median(r[0] for r in results["sqlite3-layout"])
    print(f"  ours (both lists) / sqlite3 .import of the same ties: {ours / limit:.1f}x (target: within 3x)")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
