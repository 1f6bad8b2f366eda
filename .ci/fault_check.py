#!/usr/bin/env python3
"""Fault stage: the server under guessing, load, malformed input, idle sockets and kill -9.

usage: fault_check.py SERVER_BIN WORK_DIR PORT [PG_BIN PG_PORT]

Starts its own servers on fresh SQLite files in WORK_DIR and checks, printing what it measured:
  1. 30 wrong passwords sent at once for one account: at most 5 are checked (401), the rest 429.
  2. A malformed chunked body answers 400, anonymously on POST /login too.
  3. 50 connections that send half a request head are closed by the idle timeout.
  4. 4 clients registering for 15 s: no answer is a 5xx.
  5. kill -9 during registrations: every registration acknowledged (201) is there after a restart.
  6. `sistercities backup` of the live database: the copy serves and holds what was acknowledged before it.
  7. (with PG_BIN, as root) PostgreSQL killed with -9 under 4 writers: no answer is a 500 and none waits past
     the database timeout; every failed write is a 503 with Retry-After; a kept page is still served; SIGTERM
     then ends the server at once; after PostgreSQL restarts nothing acknowledged is lost.
Exits non-zero on the first failed check. Only Python's standard library.
"""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

BIN, WORK, PORT = sys.argv[1], sys.argv[2], int(sys.argv[3])
PG_BIN, PG_PORT = (sys.argv[4], int(sys.argv[5])) if len(sys.argv) > 5 else (None, None)
PASSWORD = "fault check password 1959"
results = []


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def request(method, path, body=None, headers=None, port=PORT, timeout=30):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def start(db, *extra, port=PORT):
    log = open(os.path.join(WORK, f"fault-server-{port}.log"), "a")
    process = subprocess.Popen(
        [BIN, "serve", "--host", "127.0.0.1", "--port", str(port), "--database", db,
         "--mail-dir", os.path.join(WORK, "fault-mail"), *extra],
        stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            fail(f"the server on {db} exited at start (log: {log.name})")
        try:
            if request("GET", "/health", port=port, timeout=2)[0] == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    fail("the server did not answer /health in 120 s")


def cli(*args, stdin=None):
    done = subprocess.run([BIN, *args], input=stdin, capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"sistercities {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.strip()


def admin_token(db):
    cli("users", "create", "fault-admin@example.org", "--role", "admin", "--database", db, stdin=PASSWORD + "\n")
    return cli("tokens", "create", "fault-admin@example.org", "--name", "fault", "--database", db)


def create_event(token, capacity, title="Tree planting"):
    body = json.dumps({"title": title, "kind": "festival", "start": "2030-04-01", "allDay": True,
                       "capacity": capacity, "public": True})
    status, _, data = request("POST", "/api/v1/events", body,
                              {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    if status != 201:
        fail(f"creating an event answered {status}: {data[:200]!r}")
    return json.loads(data)["id"]


def register(event, email):
    body = json.dumps({"name": "Guest", "email": email})
    return request("POST", f"/api/v1/events/{event}/registrations", body, {"Content-Type": "application/json"})[0]


def registered_emails(token, event):
    status, _, data = request("GET", f"/api/v1/events/{event}/registrations", headers={"Authorization": f"Bearer {token}"})
    if status != 200:
        fail(f"listing registrations answered {status}")
    return {item["email"] for item in json.loads(data)["items"]}


# --- 1. guesses at once ---------------------------------------------------------------------------

def sign_in_form():
    status, headers, data = request("GET", "/login")
    token = re.search(rb'name="csrf_token" value="([^"]+)"', data).group(1).decode()
    cookie = headers.get("Set-Cookie", "").split(";")[0]
    return token, cookie


def check_guesses(db):
    cli("users", "create", "guessed@example.org", "--role", "staff", "--database", db, stdin=PASSWORD + "\n")
    forms = [sign_in_form() for _ in range(30)]
    barrier = threading.Barrier(len(forms))
    statuses = []

    def guess(n, token, cookie):
        body = urllib.parse.urlencode({"email": "guessed@example.org", "password": f"guess {n}", "csrf_token": token})
        barrier.wait()
        statuses.append(request("POST", "/login", body, {"Content-Type": "application/x-www-form-urlencoded",
                                                         "Cookie": cookie})[0])

    threads = [threading.Thread(target=guess, args=(n, *form)) for n, form in enumerate(forms)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    checked = statuses.count(401)
    refused = statuses.count(429)
    results.append(f"30 simultaneous wrong passwords: {checked} checked (401), {refused} refused (429)")
    if checked > 5 or checked + refused != 30:
        fail(f"guesses at once: {statuses}")
    token, cookie = sign_in_form()
    body = urllib.parse.urlencode({"email": "guessed@example.org", "password": PASSWORD, "csrf_token": token})
    status = request("POST", "/login", body, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})[0]
    if status != 429:
        fail(f"the right password after the burst answered {status}, not 429")


# --- 2. malformed chunked body --------------------------------------------------------------------

def raw(data, wait=5):
    sock = socket.create_connection(("127.0.0.1", PORT))
    sock.sendall(data)
    sock.settimeout(wait)
    out = b""
    try:
        while chunk := sock.recv(65536):
            out += chunk
    except socket.timeout:
        pass
    sock.close()
    return out


def check_chunked():
    for path, kind in (("/login", "application/x-www-form-urlencoded"), ("/api/v1/cities", "application/json")):
        for size in (b"ZZZ", b"FFFFFFFFFFFFFFFFFFFF"):
            answer = raw(b"POST " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                         b"Content-Type: " + kind.encode() + b"\r\n\r\n" + size + b"\r\nabc\r\n0\r\n\r\n")
            status = answer.split(b"\r\n", 1)[0]
            if not status.startswith(b"HTTP/1.1 4"):
                fail(f"malformed chunk {size!r} on {path}: {status!r}")
    results.append("malformed chunked bodies (bad and huge chunk sizes): 4xx, no 500")


# --- 3. idle connections --------------------------------------------------------------------------

def check_idle(timeout):
    sockets = []
    for _ in range(50):
        sock = socket.create_connection(("127.0.0.1", PORT))
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        sockets.append(sock)
    time.sleep(timeout + 3)
    closed = 0
    for sock in sockets:
        sock.settimeout(1)
        try:
            if sock.recv(1) == b"":
                closed += 1
        except (socket.timeout, ConnectionResetError):
            pass
        sock.close()
    results.append(f"50 half-sent request heads: {closed} closed by the server after {timeout + 3} s")
    if closed != 50:
        fail(f"only {closed} of 50 idle connections were closed")


# --- 4. steady registrations ----------------------------------------------------------------------

def check_load(token, seconds=15, clients=4):
    events = [create_event(token, 5, f"Festival {n}") for n in range(clients)]
    counts = {}
    lock = threading.Lock()
    stop = time.time() + seconds

    def client(n):
        i = 0
        while time.time() < stop:
            i += 1
            try:
                status = register(events[i % len(events)], f"load-{n}-{i}@example.org")
            except OSError as error:
                status = f"error {error.__class__.__name__}"
            with lock:
                counts[status] = counts.get(status, 0) + 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = sum(counts.values())
    bad = {k: v for k, v in counts.items() if not isinstance(k, int) or k >= 500}
    results.append(f"{clients} clients registering for {seconds} s on SQLite: {total} requests "
                   f"({total / seconds:.0f}/s), answers {dict(sorted(counts.items(), key=str))}")
    if bad:
        fail(f"registrations under load: {bad}")


# --- 5. kill -9 during writes, 6. backup ----------------------------------------------------------

def check_kill_and_backup(db, token, process):
    event = create_event(token, 100000, "Kanreki gala")
    acknowledged = []
    before_backup = []
    lock = threading.Lock()
    running = [True]

    def writer(n):
        i = 0
        while running[0]:
            i += 1
            email = f"kill-{n}-{i}@example.org"
            try:
                if register(event, email) == 201:
                    with lock:
                        acknowledged.append(email)
            except OSError:
                return

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(3)
    with lock:
        before_backup = list(acknowledged)
    backup = os.path.join(WORK, "fault-backup.sqlite")
    if os.path.exists(backup):
        os.remove(backup)
    cli("backup", "--database", db, "--output", backup)
    time.sleep(2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    running[0] = False
    for thread in threads:
        thread.join()
    restarted = start(db, "--registrations-per-address", "100000", "--registrations-per-event", "100000")
    present = registered_emails(token, event)
    lost = [email for email in acknowledged if email not in present]
    results.append(f"kill -9 during 4 writers: {len(acknowledged)} registrations acknowledged, {len(lost)} lost")
    if lost:
        fail(f"acknowledged registrations lost after kill -9: {lost[:5]}")
    restarted.terminate()
    restarted.wait(timeout=30)

    # The restore drill: the backup file, served as it is, holds what was acknowledged before it was made.
    copy = start(backup)
    present = registered_emails(token, event)
    missing = [email for email in before_backup if email not in present]
    results.append(f"backup taken while writing: {len(before_backup)} acknowledged before it, "
                   f"{len(missing)} missing from the restored copy")
    if missing:
        fail(f"the backup lacks acknowledged registrations: {missing[:5]}")
    copy.terminate()
    copy.wait(timeout=30)


# --- 7. PostgreSQL killed under writes ------------------------------------------------------------

def postgres_cluster(root):
    """A private PostgreSQL cluster on 127.0.0.1:PG_PORT; answers (start, kill)."""
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    subprocess.run(["chown", "postgres", root], check=True)
    as_postgres = ["runuser", "-u", "postgres", "--"]
    data = os.path.join(root, "data")
    subprocess.run(as_postgres + [f"{PG_BIN}/initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                  "--locale=C.UTF-8"], check=True, capture_output=True)

    def start_pg():
        subprocess.run(as_postgres + [f"{PG_BIN}/pg_ctl", "-D", data, "-l", os.path.join(root, "log"), "-w", "-t",
                                      "60", "-o", f"-c listen_addresses=127.0.0.1 -p {PG_PORT} -k ''", "start"],
                       check=True, capture_output=True)

    def kill_pg():
        postmaster = int(open(os.path.join(data, "postmaster.pid")).readline())
        children = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == postmaster:
                    children.append(int(entry))
        for pid in [postmaster, *children]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(1)
        if os.path.exists(os.path.join(data, "postmaster.pid")):
            os.remove(os.path.join(data, "postmaster.pid"))

    return start_pg, kill_pg


def check_postgres_crash():
    start_pg, kill_pg = postgres_cluster(os.path.join(WORK, "fault-pg"))
    start_pg()
    url = f"postgres://postgres@127.0.0.1:{PG_PORT}/postgres"
    token = admin_token(url)
    timeout = 5
    server = start(url, "--database-timeout", str(timeout), "--registrations-per-address", "100000",
                   "--registrations-per-event", "100000")
    event = create_event(token, 100000, "Sister-city summit")
    if request("GET", "/")[0] != 200:
        fail("the directory did not answer 200 before the crash")
    answers = []
    acknowledged = []
    lock = threading.Lock()
    running = [True]

    def writer(n):
        i = 0
        while running[0]:
            i += 1
            email = f"pg-{n}-{i}@example.org"
            began = time.time()
            try:
                status, headers, _ = request("POST", f"/api/v1/events/{event}/registrations",
                                             json.dumps({"name": "Guest", "email": email}),
                                             {"Content-Type": "application/json"}, timeout=timeout * 4)
            except OSError as error:
                status, headers = f"error {error.__class__.__name__}", {}
            with lock:
                answers.append((began, status, time.time() - began, "Retry-After" in headers))
                if status == 201:
                    acknowledged.append(email)
            if status != 201:
                time.sleep(0.05)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(3)
    killed_at = time.time()
    kill_pg()
    time.sleep(timeout + 4)
    kept_status = request("GET", "/")[0]
    running[0] = False
    for thread in threads:
        thread.join(timeout=timeout * 5)
    stuck = sum(thread.is_alive() for thread in threads)
    terminated_at = time.time()
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        fail("SIGTERM did not end the server within 15 s of the PostgreSQL crash")
    stop_seconds = time.time() - terminated_at
    after = [a for a in answers if a[0] + a[2] >= killed_at]
    statuses = {}
    for _, status, _, _ in after:
        statuses[status] = statuses.get(status, 0) + 1
    slowest = max((a[2] for a in after), default=0)
    refused = [a for a in after if a[1] == 503]
    results.append(
        f"PostgreSQL killed under 4 writers: {len(after)} answers after the kill {dict(sorted(statuses.items(), key=str))}, "
        f"slowest {slowest:.1f} s (timeout {timeout} s); kept directory page {kept_status}; "
        f"SIGTERM ended the server in {stop_seconds:.1f} s")
    if stuck:
        fail(f"{stuck} writers never got an answer")
    if any(not isinstance(a[1], int) or a[1] >= 500 and a[1] != 503 for a in after):
        fail(f"answers after the PostgreSQL crash: {statuses}")
    if not refused or not all(a[3] for a in refused):
        fail("the 503s after the crash lack Retry-After")
    if slowest > timeout + 3:
        fail(f"an answer took {slowest:.1f} s, past the {timeout} s database timeout")
    if kept_status != 200:
        fail(f"the kept directory page answered {kept_status} while PostgreSQL was down")
    start_pg()
    restarted = start(url)
    present = registered_emails(token, event)
    lost = [email for email in acknowledged if email not in present]
    results.append(f"after PostgreSQL restarted: {len(acknowledged)} registrations acknowledged, {len(lost)} lost")
    if lost:
        fail(f"acknowledged registrations lost in the PostgreSQL crash: {lost[:5]}")
    restarted.terminate()
    restarted.wait(timeout=30)
    kill_pg()


def main():
    os.makedirs(WORK, exist_ok=True)
    db = os.path.join(WORK, "fault.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    token = admin_token(db)
    server = start(db, "--idle-timeout", "2")
    try:
        check_guesses(db)
        check_chunked()
        check_idle(2)
    finally:
        server.terminate()
        server.wait(timeout=30)
    server = start(db, "--registrations-per-address", "100000", "--registrations-per-event", "100000")
    check_load(token)
    check_kill_and_backup(db, token, server)
    if PG_BIN:
        check_postgres_crash()
    print("fault checks passed:")
    for line in results:
        print("  " + line)


if __name__ == "__main__":
    main()
