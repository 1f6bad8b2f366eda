#!/usr/bin/env python3
"""Fault stage: the server under guessing, load, malformed input, idle sockets and kill -9.

usage: fault_check.py SERVER_BIN WORK_DIR PORT

Starts its own servers on fresh SQLite files in WORK_DIR and checks, printing what it measured:
  1. 30 wrong passwords sent at once for one account: at most 5 are checked (401), the rest 429.
  2. A malformed chunked body answers 400, anonymously on POST /login too.
  3. 50 connections that send half a request head are closed by the idle timeout.
  4. 4 clients registering for 15 s: no answer is a 5xx.
  5. kill -9 during registrations: every registration acknowledged (201) is there after a restart.
  6. `sistercities backup` of the live database: the copy serves and holds what was acknowledged before it.
Exits non-zero on the first failed check. Only Python's standard library.
"""

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

BIN, WORK, PORT = sys.argv[1], sys.argv[2], int(sys.argv[3])
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
    print("fault checks passed:")
    for line in results:
        print("  " + line)


if __name__ == "__main__":
    main()
