#!/usr/bin/env python3
"""The checks of bench/crash.sh, read straight from the SQLite file (standard library only).

    python3 bench/crash_check.py store DB                  integrity, foreign keys, whole articles
    python3 bench/crash_check.py import DB EXPORT.xml [--complete]
    python3 bench/crash_check.py save DB ACKS.tsv
    python3 bench/crash_check.py newsletter DB MAILS.tsv
    python3 bench/crash_check.py hooks DB HOOKS.tsv

Each prints what it found, one "ok" or "FAIL" line per check, and exits 1 when a check failed.
"Whole article" means what a half-written save would break: the article's current version has its
revision row with the same text and state, and its tag and byline rows are the ones that revision
lists.
"""

import collections
import hashlib
import sqlite3
import sys
import xml.etree.ElementTree as ET

FAILED = []


def check(ok, what):
    print(("  ok    " if ok else "  FAIL  ") + what, flush=True)
    if not ok:
        FAILED.append(what)


def connect(path):
    # Read-only, so that a check never repairs (or creates) what it is looking at.
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    db.row_factory = sqlite3.Row
    return db


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ids(text):
    return [int(x) for x in text.split(",") if x.strip()] if text else []


def store(db):
    integrity = [r[0] for r in db.execute("PRAGMA integrity_check")]
    check(integrity == ["ok"], f"PRAGMA integrity_check: {', '.join(integrity[:3])}")
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    check(not broken, f"PRAGMA foreign_key_check: {len(broken)} rows pointing nowhere")
    articles = db.execute(
        "SELECT id, version, title, body, status, slug FROM articles ORDER BY id"
    ).fetchall()
    revisions = {
        (r["article_id"], r["version"]): r
        for r in db.execute(
            "SELECT article_id, version, title, body, status, slug, tag_ids, author_ids"
            " FROM article_revisions"
        )
    }
    tags = collections.defaultdict(list)
    for r in db.execute("SELECT article_id, tag_id FROM article_tags ORDER BY article_id, position"):
        tags[r[0]].append(r[1])
    authors = collections.defaultdict(list)
    for r in db.execute(
        "SELECT article_id, author_id FROM article_authors ORDER BY article_id, position"
    ):
        authors[r[0]].append(r[1])
    half = []
    for a in articles:
        rev = revisions.get((a["id"], a["version"]))
        if rev is None:
            half.append((a["id"], "no revision of its current version"))
        elif (rev["title"], rev["body"], rev["status"], rev["slug"]) != (
            a["title"],
            a["body"],
            a["status"],
            a["slug"],
        ):
            half.append((a["id"], "current version differs from its revision"))
        elif ids(rev["tag_ids"]) != tags[a["id"]]:
            half.append((a["id"], f"tags {tags[a['id']]} but revision {rev['tag_ids']}"))
        elif ids(rev["author_ids"]) != authors[a["id"]]:
            half.append((a["id"], f"bylines {authors[a['id']]} but revision {rev['author_ids']}"))
    check(
        not half,
        f"{len(articles)} articles, each whole (revision, tags, bylines)"
        + (f"; half-written: {half[:5]}" if half else ""),
    )
    return articles


def expected_posts(export):
    """Posts the importer stores: type post, status published, scheduled, draft or pending."""
    wp = "{http://wordpress.org/export/1.2/}"
    count = 0
    for item in ET.parse(export).getroot().iter("item"):
        if (item.findtext(wp + "post_type") or "post") == "post" and item.findtext(
            wp + "status"
        ) in ("publish", "future", "draft", "pending"):
            count += 1
    return count


def import_(db, export, complete):
    articles = store(db)
    orphans = db.execute(
        "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS"
        " (SELECT 1 FROM imported_items i WHERE i.article_id = a.id)"
    ).fetchone()[0]
    check(orphans == 0, f"every article has its import record ({orphans} without)")
    items = db.execute("SELECT COUNT(*) FROM imported_items WHERE source_kind = 'wxr'").fetchone()[0]
    doubled = db.execute(
        "SELECT COUNT(*) FROM (SELECT article_id FROM imported_items GROUP BY article_id"
        " HAVING COUNT(*) > 1)"
    ).fetchone()[0]
    check(items == len(articles) and doubled == 0, f"{items} import records for {len(articles)} articles")
    stale = db.execute(
        "SELECT COUNT(*) FROM imported_items i JOIN articles a ON a.id = i.article_id"
        " WHERE i.article_version <> a.version"
    ).fetchone()[0]
    check(stale == 0, f"import records name their article's version ({stale} do not)")
    unaddressed = db.execute(
        "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS"
        " (SELECT 1 FROM legacy_urls l WHERE l.article_id = a.id)"
    ).fetchone()[0]
    check(unaddressed == 0, f"every article has its old addresses ({unaddressed} without)")
    if complete:
        expected = expected_posts(export)
        check(len(articles) == expected, f"{len(articles)} articles of the {expected} posts expected")


def save(db, acks_path):
    store(db)
    acks, errors = [], []
    for line in open(acks_path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if fields[0] == "ERROR":
            errors.append(fields)
        else:
            acks.append((int(fields[0]), int(fields[1]), fields[2], fields[3], ids(fields[4])))
    check(len(acks) > 0, f"{len(acks)} acknowledged writes to check")
    check(not errors, f"{len(errors)} writes refused while the server ran {errors[:3]}")
    revisions = {
        (r["article_id"], r["version"]): r
        for r in db.execute("SELECT article_id, version, body, status, tag_ids FROM article_revisions")
    }
    current = {r["id"]: r for r in db.execute("SELECT id, version, body, status FROM articles")}
    lost, last = [], {}
    for aid, version, status, body_hash, tag_ids in acks:
        rev = revisions.get((aid, version))
        if rev is None or sha(rev["body"]) != body_hash or rev["status"] != status:
            lost.append((aid, version, "revision missing or different"))
        elif ids(rev["tag_ids"]) != tag_ids:
            lost.append((aid, version, "tags differ"))
        last[aid] = max(last.get(aid, 0), version)
    check(not lost, f"every acknowledged write is stored as acknowledged ({len(lost)} not: {lost[:5]})")
    ahead, behind = 0, []
    for aid, version in last.items():
        row = current.get(aid)
        if row is None or row["version"] < version:
            behind.append((aid, version, row["version"] if row else None))
        elif row["version"] > version:
            ahead += 1  # a write in flight at the kill, committed but never answered
    check(not behind, f"no article older than its last acknowledged version ({behind[:5]})")
    print(
        f"  note  {len(last)} articles written; {ahead} carry one more version than acknowledged"
        " (the write in flight at the kill committed, its answer never left)"
    )


def newsletter(db, mails_path):
    """Mails are told apart by Message-ID, <newsletter.MESSAGE.SUBSCRIBER@host>: one per row."""
    received = collections.Counter()
    for line in open(mails_path, encoding="utf-8"):
        to, message_id = line.rstrip("\n").split("\t")
        received[message_id.split("@")[0] + "@"] += 1
    rows = db.execute(
        "SELECT q.status, q.last_error, q.message_id, q.subscriber_id FROM mail_queue q"
    ).fetchall()

    def copies(row):
        return received[f"<newsletter.{row['message_id']}.{row['subscriber_id']}@"]

    status = collections.Counter(r["status"] for r in rows)
    print(f"  note  queue: {dict(status)}; the sink received {sum(received.values())} mails")
    doubled = [r for r in rows if copies(r) > 1]
    check(not doubled, f"nobody got the same mail twice ({len(doubled)} did)")
    strays = set(received) - {f"<newsletter.{r['message_id']}.{r['subscriber_id']}@" for r in rows}
    check(not strays, f"every mail the sink got is a row of the queue ({len(strays)} are not)")
    unsent = [r for r in rows if r["status"] in ("queued", "preparing")]
    check(not unsent, f"the queue resumed and drained by itself ({len(unsent)} still queued or preparing)")
    sent_missing = [r for r in rows if r["status"] == "sent" and copies(r) != 1]
    check(not sent_missing, f"every row marked sent reached the sink once ({len(sent_missing)} did not)")
    other = [r["status"] for r in rows if r["status"] not in ("sent", "sending", "uncertain")]
    check(not other, f"every row sent or in hand at a kill ({len(other)} otherwise: {other[:3]})")
    requeued = [r for r in rows if r["status"] == "sent" and "before handing it over" in r["last_error"]]
    print(
        f"  note  caught by a kill before the SMTP hand-over, queued again and sent once: {len(requeued)}"
    )
    in_doubt = [r for r in rows if r["status"] in ("sending", "uncertain")]
    reached = sum(1 for r in in_doubt if copies(r) == 1)
    print(
        f"  note  caught by a kill during the SMTP hand-over (left 'sending', 'uncertain' after 5"
        f" minutes, never resent on their own): {len(in_doubt)}; the sink had accepted {reached} of"
        f" them, so {len(in_doubt) - reached} reader(s) miss the mail unless staff queue uncertain"
        " mail again"
    )


def hooks(db, hooks_path):
    received = collections.Counter()
    for line in open(hooks_path, encoding="utf-8"):
        received[line.split("\t")[0]] += 1
    rows = db.execute("SELECT status, event_id FROM webhook_deliveries").fetchall()
    status = collections.Counter(r["status"] for r in rows)
    print(f"  note  deliveries: {dict(status)}; the receiver got {sum(received.values())} posts")
    open_rows = [r for r in rows if r["status"] != "delivered"]
    check(rows and not open_rows, f"every delivery delivered after the restart ({len(open_rows)} not)")
    missing = [r["event_id"] for r in rows if received[r["event_id"]] == 0]
    check(not missing, f"every event reached the receiver ({len(missing)} did not)")
    twice = sum(1 for n in received.values() if n > 1)
    print(f"  note  events received twice (at least once; receivers dedupe on Iskra-Event-Id): {twice}")


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    what, db = argv[1], connect(argv[2])
    if what == "store":
        store(db)
    elif what == "import":
        import_(db, argv[3], "--complete" in argv)
    elif what == "save":
        save(db, argv[3])
    elif what == "newsletter":
        newsletter(db, argv[3])
    elif what == "hooks":
        hooks(db, argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
