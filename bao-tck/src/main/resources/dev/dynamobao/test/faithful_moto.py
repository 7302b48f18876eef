"""Serves moto's DynamoDB with the two guarantees plain `python3 -m moto.server` lacks.

1. Every request runs alone, under one lock: each is atomic and isolated, as DynamoDB's single-item
   writes and transactions are (plain moto serves requests on threads with no per-item lock, and a
   TransactWriteItems backs up and restores whole tables).
2. TransactWriteItems honours ClientRequestToken for 10 minutes: a repeat with equal parameters gets
   the first answer again (nothing is applied twice); a repeat with other parameters gets HTTP 400
   IdempotentParameterMismatchException, in DynamoDB's JSON error shape.

moto's own WSGI application (the one `python3 -m moto.server` runs) does all the DynamoDB work.
Listens on 127.0.0.1, on the port given as the first argument (0 = any free port), prints the bound
port as one line on stdout, and exits when its stdin reaches end-of-file, so it never outlives the
process that started it. Shipped with DynamoBao's test kit (dev.dynamobao.test.MotoServer).
"""
import hashlib
import io
import json
import logging
import os
import sys
import threading
import time

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import make_server

TOKEN_WINDOW_SECONDS = 600
TRANSACT_WRITE = "DynamoDB_20120810.TransactWriteItems"


class FaithfulMoto:
    """A WSGI application around moto's: one request at a time, and a ClientRequestToken cache."""

    def __init__(self, moto_app):
        self.moto_app = moto_app
        self.lock = threading.Lock()
        self.answers = {}  # token -> (time, digest of the parameters, (status, headers, body)), oldest first

    def __call__(self, environ, start_response):
        body = environ["wsgi.input"].read() if environ.get("wsgi.input_terminated") else \
            environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("wsgi.input_terminated", None)
        with self.lock:
            status, headers, answer = self.answer(environ, body)
        start_response(status, headers)
        return [answer]

    def answer(self, environ, body):
        if environ.get("HTTP_X_AMZ_TARGET") != TRANSACT_WRITE:
            return self.call_moto(environ)
        parameters = json.loads(body or b"{}")
        token = parameters.get("ClientRequestToken")
        if not token:
            return self.call_moto(environ)
        now = time.monotonic()
        while self.answers and now - next(iter(self.answers.values()))[0] >= TOKEN_WINDOW_SECONDS:
            del self.answers[next(iter(self.answers))]
        digest = hashlib.sha256(json.dumps(parameters, sort_keys=True).encode()).digest()
        if token in self.answers:
            _, first_digest, first_answer = self.answers[token]
            return first_answer if first_digest == digest else mismatch(token)
        answer = self.call_moto(environ)
        if not answer[0].startswith("5"):  # a server error is not an answer DynamoDB would keep
            self.answers[token] = (now, digest, answer)
        return answer

    def call_moto(self, environ):
        started = []
        chunks = self.moto_app(environ, lambda status, headers, exc_info=None: started.append((status, headers)))
        try:
            body = b"".join(chunks)
        finally:
            if hasattr(chunks, "close"):
                chunks.close()
        status, headers = started[0]
        return status, list(headers), body


def mismatch(token):
    body = json.dumps({
        "__type": "com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException",
        "message": "ClientRequestToken " + token + " was used in the last 10 minutes with other parameters",
    }).encode()
    return "400 Bad Request", [("Content-Type", "application/x-amz-json-1.0"),
                               ("Content-Length", str(len(body)))], body


def exit_at_end_of_stdin():
    sys.stdin.buffer.read()
    os._exit(0)


def main():
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    app = FaithfulMoto(DomainDispatcherApplication(create_backend_app))
    server = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=exit_at_end_of_stdin, daemon=True).start()
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
