#!/usr/bin/env python3
"""Counting sinks for bench/crash.sh: an SMTP server that accepts every mail and a webhook receiver
that answers 200 to every POST, each appending one line per message to a log, so that a script can
count what arrived per recipient, per Message-ID and per webhook event after the sender was killed.

    python3 bench/sink.py --smtp-port 2525 --smtp-log mails.tsv [--http-port 8099 --http-log hooks.tsv]

mails.tsv:  RECIPIENT <TAB> MESSAGE-ID   (written and flushed before the 250 that accepts the mail)
hooks.tsv:  EVENT-ID <TAB> DELIVERY-ID   (written and flushed before the 200)

A mail is logged when its data ends ("." line), before the sink answers; so a sender killed between
our 250 and its own record of the mail shows here as delivered, which is exactly the case the crash
test must be able to see. Python 3.12 has no smtpd module; this speaks the few commands JavaMail
uses (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT). Loopback only.
"""

import argparse
import http.server
import socketserver
import sys
import threading

LOCK = threading.Lock()


def append(log, line):
    with LOCK:
        log.write(line + "\n")
        log.flush()


class SmtpHandler(socketserver.StreamRequestHandler):
    log = None

    def reply(self, text):
        self.wfile.write((text + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        self.reply("220 sink ESMTP")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb == "EHLO":
                self.wfile.write(b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                self.wfile.flush()
            elif verb == "HELO":
                self.reply("250 sink")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                address = line[line.find(":") + 1 :].strip()
                address = address.split(">")[0].lstrip("<").strip()
                recipients.append(address)
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with .")
                message_id = ""
                in_headers = True
                while True:
                    raw = self.rfile.readline()
                    if not raw:
                        return  # the sender died mid-mail: nothing was accepted
                    data = raw.decode("utf-8", "replace").rstrip("\r\n")
                    if data == ".":
                        break
                    if in_headers:
                        if data == "":
                            in_headers = False
                        elif data.lower().startswith("message-id:"):
                            message_id = data.split(":", 1)[1].strip()
                for recipient in recipients:
                    append(SmtpHandler.log, recipient + "\t" + message_id)
                recipients = []
                self.reply("250 accepted")
            elif verb == "RSET":
                recipients = []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")


class HookHandler(http.server.BaseHTTPRequestHandler):
    log = None

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        event = self.headers.get("Iskra-Event-Id", "")
        delivery = self.headers.get("Iskra-Delivery", "")
        append(HookHandler.log, event + "\t" + delivery)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smtp-port", type=int, required=True)
    parser.add_argument("--smtp-log", required=True)
    parser.add_argument("--http-port", type=int)
    parser.add_argument("--http-log")
    args = parser.parse_args()
    SmtpHandler.log = open(args.smtp_log, "a", encoding="utf-8")
    smtp = Server(("127.0.0.1", args.smtp_port), SmtpHandler)
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    if args.http_port:
        HookHandler.log = open(args.http_log, "a", encoding="utf-8")
        hooks = http.server.ThreadingHTTPServer(("127.0.0.1", args.http_port), HookHandler)
        hooks.daemon_threads = True
        threading.Thread(target=hooks.serve_forever, daemon=True).start()
    print("sink ready", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    sys.exit(main())
