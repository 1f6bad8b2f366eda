#!/usr/bin/env python3
"""HTTP throughput with wrk, side by side: the JSON list against /health, the directory page against nginx.

Usage: python3 bench/http_bench.py [--binary .build/release/sistercities] [--runs 3] [--duration 10]
                                   [--database FILE]

Needs `wrk` and `nginx` (apt-get install -y wrk nginx-light). Starts the release server on the demo
programme (or on --database), saves the public directory page `/` exactly as the server sends it, and has
nginx serve those bytes as a static file. Each run then measures, one after the other with
`wrk -t2 -c64 -d<duration>s`:
  /health, GET /api/v1/partnerships?limit=50, the directory page `/` from the server, and the same page from
  nginx,
and samples the server's resident memory every 100 ms while wrk runs. Reported: requests/s per target (the
median of the runs), the ratios the targets name (JSON >= 40% of /health, page >= 50% of nginx), and the peak
resident memory of the server under load (target <= 100 MiB).
"""
import argparse, os, re, shutil, statistics, subprocess, tempfile, threading, time, urllib.request

from benchlib import wait_for_health

PORT, NGINX_PORT = 18801, 18802


def wrk(url, duration):
    out = subprocess.run(["wrk", "-t2", "-c64", f"-d{duration}s", "--latency", url],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+\w+)", out).group(1)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise SystemExit(f"{url}: {errors.group(1)} non-2xx answers\n{out}")
    return rps, p99


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024


def sampled(pid, action):
    """Runs action() while sampling the process's resident memory; returns (result, peak MiB)."""
    peak, done = [rss_mib(pid)], threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_mib(pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        result = action()
    finally:
        done.set()
        sampler.join()
    return result, peak[0]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", default=".build/release/sistercities")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--duration", type=int, default=10)
    p.add_argument("--database")
    a = p.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool) and not os.path.exists(f"/usr/sbin/{tool}"):
            raise SystemExit(f"{tool} is needed: apt-get install -y wrk nginx-light")
    work = tempfile.mkdtemp(prefix="sc-http-bench-")
    database = a.database or os.path.join(work, "demo.sqlite")
    server = subprocess.Popen([os.path.abspath(a.binary), "serve", "--database", database, "--port", str(PORT)]
                              + ([] if a.database else ["--demo"]),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    nginx = None
    try:
        base = f"http://127.0.0.1:{PORT}"
        if not wait_for_health(PORT):
            raise SystemExit("the server did not start")
        page = urllib.request.urlopen(base + "/").read()
        static = os.path.join(work, "static")
        os.makedirs(static)
        with open(os.path.join(static, "index.html"), "wb") as f:
            f.write(page)
        os.chmod(work, 0o755)
        os.chmod(static, 0o755)
        conf = os.path.join(work, "nginx.conf")
        with open(conf, "w") as f:
            f.write(f"""daemon off; worker_processes auto; pid {work}/nginx.pid; error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  types {{ text/html html; }} default_type text/html;
  client_body_temp_path {work}; proxy_temp_path {work}; fastcgi_temp_path {work}; uwsgi_temp_path {work};
  scgi_temp_path {work};
  server {{ listen 127.0.0.1:{NGINX_PORT}; root {static}; index index.html; }} }}
""")
        nginx = subprocess.Popen(["nginx", "-c", conf, "-p", work], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        assert urllib.request.urlopen(f"http://127.0.0.1:{NGINX_PORT}/").read() == page
        print(f"directory page: {len(page):,} bytes; server idle memory {rss_mib(server.pid):.1f} MiB", flush=True)
        targets = [("health", base + "/health"), ("json", base + "/api/v1/partnerships?limit=50"),
                   ("page", base + "/"), ("nginx", f"http://127.0.0.1:{NGINX_PORT}/")]
        results = {name: [] for name, _ in targets}
        peaks = []
        for run in range(a.runs):
            for name, url in targets:
                (rps, p99), peak = sampled(server.pid, lambda: wrk(url, a.duration))
                results[name].append(rps)
                if name != "nginx":
                    peaks.append(peak)
                print(f"run {run + 1}: {name:<7} {rps:>10,.0f} req/s  p99 {p99:>8}  server peak RSS {peak:.1f} MiB",
                      flush=True)
        median = {name: statistics.median(values) for name, values in results.items()}
        print(f"\nmedian of {a.runs} runs (wrk -t2 -c64 -d{a.duration}s):")
        for name, _ in targets:
            print(f"  {name:<7} {median[name]:>10,.0f} req/s")
        print(f"  JSON list / health: {median['json'] / median['health']:.0%} (target >= 40%)")
        print(f"  directory page / nginx: {median['page'] / median['nginx']:.0%} (target >= 50%)")
        print(f"  server peak resident memory under load: {max(peaks):.1f} MiB (target <= 100 MiB)")
    finally:
        server.terminate()
        server.wait()
        if nginx:
            nginx.terminate()
            nginx.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
