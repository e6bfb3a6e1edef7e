#!/usr/bin/env python3
"""The writers of bench/crash.sh's save scenario and bench/soak.sh's trickle: clients of the Admin
API that create, edit and publish articles, and journal every write the server acknowledged.

    python3 bench/crash_writer.py --base http://127.0.0.1:18090 --token iat_… --section ID \
        --clients 8 --journal acks.tsv [--seconds 0] [--pause 0] [--label crash]

Each client owns its own articles (so its view of their versions is exact): it starts a draft, then
saves new text, publishes, saves again… and after a few rounds starts another article. Every 2xx is
appended to the journal, flushed, as

    ARTICLE-ID <TAB> VERSION <TAB> STATUS <TAB> SHA-256 OF THE BODY <TAB> TAG-IDS (comma-separated)

taken from the answer itself: what the server said it stored. A client stops at the first refused
connection or reset (the server was killed) or after --seconds (0: until then); any other answer than
2xx is journalled as "ERROR <TAB> STATUS <TAB> METHOD PATH" and counted. Standard library only.
"""

import argparse
import hashlib
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse

LOCK = threading.Lock()
ERRORS = [0]
ACKS = [0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--section", type=int, required=True)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--journal", required=True)
    parser.add_argument("--seconds", type=float, default=0)
    parser.add_argument("--pause", type=float, default=0, help="seconds between a client's writes")
    parser.add_argument("--label", default="crash")
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.base)
    journal = open(args.journal, "a", encoding="utf-8")
    deadline = time.monotonic() + args.seconds if args.seconds > 0 else None
    threads = [
        threading.Thread(target=client, args=(n, url, args, journal, deadline), daemon=True)
        for n in range(args.clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"writer: {ACKS[0]} acknowledged writes, {ERRORS[0]} refused", flush=True)
    return 0


def client(n, url, args, journal, deadline):
    rnd = random.Random(n * 7919 + int(time.time()))
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = {
        "Authorization": "Bearer " + args.token,
        "Content-Type": "application/json",
        "Accept": "application/json",
    }
    serial = 0

    def call(method, path, body):
        conn.request(method, path, body=json.dumps(body), headers=headers)
        response = conn.getresponse()
        data = response.read()
        if 200 <= response.status < 300:
            doc = json.loads(data)
            tags = ",".join(str(t) for t in doc.get("tagIds") or [])
            line = "\t".join(
                [
                    str(doc["id"]),
                    str(doc["version"]),
                    doc["status"],
                    hashlib.sha256(doc["body"].encode("utf-8")).hexdigest(),
                    tags,
                ]
            )
            with LOCK:
                journal.write(line + "\n")
                journal.flush()
                ACKS[0] += 1
            return doc
        with LOCK:
            journal.write(f"ERROR\t{response.status}\t{method} {path}\n")
            journal.flush()
            ERRORS[0] += 1
        return None

    try:
        while deadline is None or time.monotonic() < deadline:
            serial += 1
            words = " ".join(rnd.choice(WORDS) for _ in range(60))
            doc = call(
                "POST",
                "/api/admin/v1/articles",
                {
                    "title": f"{args.label} {n}-{serial} {rnd.randrange(10**9)}",
                    "language": "en",
                    "sectionId": args.section,
                    "standfirst": "Written by a crash test client.",
                    "body": f"<p>{words}</p>",
                    "tags": [f"client-{n}", rnd.choice(["wages", "housing", "energy"])],
                },
            )
            for round_ in range(rnd.randrange(2, 6)):
                if doc is None or (deadline is not None and time.monotonic() >= deadline):
                    break
                pause(args.pause)
                aid = doc["id"]
                if round_ % 2 == 1 and doc["status"] != "published":
                    doc = call(
                        "POST", f"/api/admin/v1/articles/{aid}/publish", {"version": doc["version"]}
                    )
                else:
                    words = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(20, 400)))
                    doc = call(
                        "PUT",
                        f"/api/admin/v1/articles/{aid}",
                        {
                            "version": doc["version"],
                            "body": f"<p>{words}</p><p>round {round_}</p>",
                            "tags": [f"client-{n}", rnd.choice(["wages", "housing", "energy", "war"])],
                        },
                    )
            pause(args.pause)
    except (ConnectionError, http.client.HTTPException, OSError):
        return  # the server went away (killed): that is the test


def pause(seconds):
    if seconds > 0:
        time.sleep(seconds)


WORDS = (
    "strike union wages rent council miners port harvest ministry inflation vote assembly "
    "factory workers market budget reform bank teachers nurses pension grain railway energy "
    "élection Streik забастовка إضراب 罢工 — « » “quoted” & < >"
).split()

if __name__ == "__main__":
    sys.exit(main())
