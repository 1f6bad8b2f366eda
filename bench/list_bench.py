#!/usr/bin/env python3
"""The programme's partnership list with 100 and with 100,000 partnerships, side by side.

Usage: python3 bench/list_bench.py [--binary .build/release/sistercities] [--sizes 100,100000] [--runs 3]
                                   [--requests 1000] [--data ../shared/data] [--keep DIR]

For each size, a fresh database gets the demo programme (Boston) and then, through the JSON API as a
script would write them, as many partner cities (real places from cities500, none in the US) and
partnerships (kinds, statuses and established dates drawn with a fixed seed) as it takes to hold exactly
that many partnerships. Seeding is done once per size; with --keep DIR the databases are kept there and
reused by the next run of the script.

Then one server per size runs at once, and each run asks every server in turn, one request at a time, for
the first page of each list a person or script opens: `GET /api/v1/partnerships?limit=50` (default sort,
by established date), the same sorted by partner name, a country filter, and the public directory page `/`.
Each is asked anonymously (answered from what the server keeps per content revision) and with an API token
(computed on every request: the cost the first reader after a change pays). Reported: p50 and p99 per size,
the median of the runs, and the ratio large/small (target: within 2x).
"""
import argparse, gzip, http.client, json, os, random, statistics, subprocess, tempfile, threading, time

from benchlib import wait_for_health

PATHS = [
    ("API, default sort", "/api/v1/partnerships?limit=50"),
    ("API, by partner name", "/api/v1/partnerships?limit=50&sort=partner"),
    ("API, one country", "/api/v1/partnerships?limit=50&country=FR"),
    ("API, page 100", "/api/v1/partnerships?limit=50&page=100"),
    ("directory page /", "/"),
]


def places(data, count):
    """count real places outside the US, spread over the file."""
    rows = []
    with gzip.open(os.path.join(data, "geonames", "cities500.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) == 19 and c[8] != "US" and c[8]:
                rows.append(c)
    rng = random.Random(2019)
    rng.shuffle(rows)
    return rows[:count]


class Client:
    def __init__(self, port, token=None):
        self.port, self.token = port, token
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def send(self, method, path, body=None):
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if body is not None:
            headers["Content-Type"] = "application/json"
            body = json.dumps(body)
        for attempt in range(3):
            try:
                self.conn.request(method, path, body=body, headers=headers)
                r = self.conn.getresponse()
                return r.status, r.read()
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        raise SystemExit(f"{method} {path}: no answer")


def start(binary, database, port, demo=False):
    args = [binary, "serve", "--database", database, "--port", str(port), "--dev"] + (["--demo"] if demo else [])
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if wait_for_health(port):
        return proc
    proc.kill()
    raise SystemExit(f"server on {port} did not start")


def seed(binary, database, port, size, data):
    # The demo programme first, so that the administrator made next is one of its people.
    start(binary, database, port, demo=True).terminate()
    password = "list benchmark password 1959"
    subprocess.run([binary, "users", "create", "bench@example.org", "--role", "admin", "--database", database],
                   input=password, text=True, check=True, capture_output=True)
    token = subprocess.run([binary, "tokens", "create", "bench@example.org", "--name", "bench", "--database",
                            database], text=True, check=True, capture_output=True).stdout.strip()
    proc = start(binary, database, port)
    try:
        status, body = Client(port, token).send("GET", "/api/v1/partnerships?limit=1")
        if status != 200:
            raise SystemExit(f"listing partnerships: {status} {body[:300]!r}")
        existing = json.loads(body)["total"]
        wanted = size - existing
        rows = places(data, wanted)
        rng = random.Random(size)
        kinds, statuses = ["sister", "sister", "sister", "friendship", "partner"], ["active"] * 6 + ["dormant"]
        plan = []
        for c in rows:
            year = rng.randint(1950, 2025)
            established = rng.choice([str(year), f"{year}-{rng.randint(1, 12):02d}",
                                      f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", None])
            plan.append((c, rng.choice(kinds), rng.choice(statuses), established))
        done, errors, lock, started = [0], [], threading.Lock(), time.time()

        def work(part):
            try:
                write(part)
            except BaseException as error:  # a thread's SystemExit would otherwise vanish
                errors.append(str(error))

        def write(part):
            client = Client(port, token)
            for c, kind, status, established in part:
                city = {"name": c[1], "country": c[8], "latitude": float(c[4]), "longitude": float(c[5]),
                        "timeZone": c[17] or None, "population": int(c[14] or 0)}
                status_code, body = client.send("POST", "/api/v1/cities", city)
                if status_code != 201:
                    raise SystemExit(f"city {c[1]}: {status_code} {body[:300]!r}")
                partnership = {"partnerCityId": json.loads(body)["id"], "kind": kind, "status": status,
                               "established": established}
                status_code, body = client.send("POST", "/api/v1/partnerships", partnership)
                if status_code != 201:
                    raise SystemExit(f"partnership {c[1]}: {status_code} {body[:300]!r}")
                with lock:
                    done[0] += 1
                    if done[0] % 5000 == 0:
                        rate = done[0] / (time.time() - started)
                        print(f"  seeded {done[0]:,}/{wanted:,} ({rate:.0f} partnerships/s)", flush=True)

        threads = [threading.Thread(target=work, args=(plan[i::8],)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise SystemExit(errors[0])
        total = json.loads(Client(port, token).send("GET", "/api/v1/partnerships?limit=1")[1])["total"]
        if total != size:
            raise SystemExit(f"seeded {total} partnerships, wanted {size}")
    finally:
        proc.terminate()
        proc.wait()


def measure(port, path, requests, token=None):
    client = Client(port, token)
    for _ in range(20):
        client.send("GET", path)
    latencies = []
    for _ in range(requests):
        start = time.perf_counter()
        status, _ = client.send("GET", path)
        latencies.append((time.perf_counter() - start) * 1000)
        if status != 200:
            raise SystemExit(f"{status} for {path}")
    latencies.sort()
    return latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99)]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", default=".build/release/sistercities")
    p.add_argument("--sizes", default="100,100000")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--requests", type=int, default=1000)
    p.add_argument("--data", default="../shared/data")
    p.add_argument("--keep")
    a = p.parse_args()
    binary = os.path.abspath(a.binary)
    sizes = [int(s) for s in a.sizes.split(",")]
    work = a.keep or tempfile.mkdtemp(prefix="sc-list-bench-")
    os.makedirs(work, exist_ok=True)
    databases = {}
    for i, size in enumerate(sizes):
        database = os.path.join(work, f"partnerships-{size}.sqlite")
        if not os.path.exists(database):
            print(f"seeding {size:,} partnerships into {database}", flush=True)
            started = time.time()
            seed(binary, database, 18600 + i, size, a.data)
            print(f"  done in {time.time() - started:.0f} s", flush=True)
        databases[size] = database
    tokens = {size: subprocess.run([binary, "tokens", "create", "bench@example.org", "--name", "measure",
                                    "--database", databases[size]], text=True, check=True,
                                   capture_output=True).stdout.strip() for size in sizes}
    servers = {size: start(binary, databases[size], 18700 + i) for i, size in enumerate(sizes)}
    # Anonymous readers get what is kept per content revision; a token's requests are computed every time,
    # which is what the first reader after each change waits for.
    cases = [(f"{name}, {who}", path, who) for name, path in PATHS for who in ("anonymous", "token")]
    try:
        results = {(size, name): [] for size in sizes for name, _, _ in cases}
        for run in range(a.runs):
            for name, path, who in cases:
                for i, size in enumerate(sizes):
                    token = tokens[size] if who == "token" else None
                    p50, p99 = measure(18700 + i, path, a.requests, token)
                    results[(size, name)].append((p50, p99))
                    print(f"run {run + 1}, {size:>7,} partnerships, {name:<34} p50 {p50:6.2f} ms  p99 {p99:6.2f} ms",
                          flush=True)
        print(f"\nmedian of {a.runs} runs, {a.requests} requests each, one at a time:")
        for name, _, _ in cases:
            row = []
            for size in sizes:
                p50 = statistics.median(r[0] for r in results[(size, name)])
                p99 = statistics.median(r[1] for r in results[(size, name)])
                row.append((p50, p99))
            ratio = row[-1][0] / row[0][0]
            cells = "  ".join(f"{size:,}: p50 {r[0]:.2f} ms p99 {r[1]:.2f} ms" for size, r in zip(sizes, row))
            print(f"  {name:<34} {cells}  p50 ratio {ratio:.2f}x (target: within 2x)")
    finally:
        for proc in servers.values():
            proc.terminate()
            proc.wait()


if __name__ == "__main__":
    main()
