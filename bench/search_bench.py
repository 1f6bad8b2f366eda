#!/usr/bin/env python3
"""City search latency over the whole gazetteer: p50 and p99 of GET /api/v1/world/cities.

Usage: python3 bench/search_bench.py http://127.0.0.1:8080 [--queries 2000] [--runs 3]
against a server whose database holds cities500 (sistercities import geonames). Queries are drawn from
the dump itself, with a fixed seed: a whole name, its first 3 to 6 letters, an alternate name in another
script, each folded or accented as the file has it. One request at a time, so each figure is the latency of
one search, HTTP included; the median of the runs' percentiles is reported.
"""
import argparse, gzip, http.client, random, statistics, time, urllib.parse

def queries(path, count):
    rng = random.Random(1959)
    names = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 19:
                names.append((cols[1], [n for n in cols[3].split(",") if n]))
    out = []
    for _ in range(count):
        name, alternates = rng.choice(names)
        kind = rng.random()
        if kind < 0.4:
            out.append(name)
        elif kind < 0.8:
            out.append(name[: rng.randint(3, 6)])
        else:
            out.append(rng.choice(alternates) if alternates else name)
    return out

def main():
    p = argparse.ArgumentParser()
    p.add_argument("base")
    p.add_argument("--queries", type=int, default=2000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--data", default="../shared/data")
    a = p.parse_args()
    qs = queries(f"{a.data}/geonames/cities500.txt.gz", a.queries)
    url = urllib.parse.urlparse(a.base)
    p50s, p99s = [], []
    for run in range(a.runs):
        conn = http.client.HTTPConnection(url.hostname, url.port)
        latencies = []
        for q in qs:
            path = "/api/v1/world/cities?limit=10&q=" + urllib.parse.quote(q)
            start = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            latencies.append((time.perf_counter() - start) * 1000)
            if response.status != 200:
                raise SystemExit(f"{response.status} for {q!r}")
        latencies.sort()
        p50s.append(latencies[len(latencies) // 2])
        p99s.append(latencies[int(len(latencies) * 0.99)])
        print(f"run {run + 1}: p50 {p50s[-1]:.2f} ms, p99 {p99s[-1]:.2f} ms, max {latencies[-1]:.2f} ms")
    print(f"median of {a.runs} runs over {len(qs)} queries: p50 {statistics.median(p50s):.2f} ms, "
          f"p99 {statistics.median(p99s):.2f} ms (target: p99 < 10 ms)")

if __name__ == "__main__":
    main()
