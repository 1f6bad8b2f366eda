"""What the benchmark scripts share: timing a command, summarising runs, waiting for a server."""
import http.client, re, statistics, subprocess, sys, time


def timed(cmd, stdin=None, cwd=None):
    """Runs cmd under /usr/bin/time -v: (wall seconds, peak resident MiB, stdout); exits on failure."""
    out = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdin=stdin, capture_output=True, text=True, cwd=cwd)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", out.stderr)
    seconds = (int(wall.group(1) or 0) * 3600) + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1)) / 1024
    return seconds, rss, out.stdout


def median_line(name, runs, rows, width=20):
    """One summary line for runs of (seconds, MiB, ...): median time, rows/s, median peak memory, every run."""
    seconds = statistics.median(r[0] for r in runs)
    rss = statistics.median(r[1] for r in runs)
    return (f"{name:<{width}} {seconds:7.2f} s  {rows / seconds:10,.0f} rows/s  peak {rss:6.1f} MiB  "
            f"(runs: {', '.join(f'{r[0]:.2f}' for r in runs)})")


def wait_for_health(port, tries=300):
    """True once the server on port answers GET /health with 200 (tries × 0.1 s at most)."""
    for _ in range(tries):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                return True
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.1)
    return False
