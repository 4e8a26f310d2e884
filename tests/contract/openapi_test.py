#!/usr/bin/env python3
"""Checks docs/openapi.yaml against the real server.

Starts pantau-server on loopback with a fresh demo store, speaks the protocol
as a phone, an integrator, HR and oversight would (enrolment, pulls, pushes
with accepted, normalised, rejected and superseded changes, the refusals a
client meets), and validates every request body it sends and every answer it
gets against the description: the operation must be described, the answer's
status must be one the operation lists, and both bodies must match their
schemas. Every described operation must be exercised. Exits non-zero on the
first run that finds a mismatch, listing all of them.

    openapi_test.py --server build/syncserver/pantau-server --spec docs/openapi.yaml
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import jsonschema
import yaml


def inline_refs(node, root):
    """The schema with every local $ref replaced by what it names (the
    description has no recursive schemas), so that any jsonschema version
    validates it without a reference registry."""
    if isinstance(node, dict):
        if "$ref" in node:
            target = root
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            rest = {k: v for k, v in node.items() if k != "$ref"}
            resolved = inline_refs(target, root)
            return {"allOf": [resolved, inline_refs(rest, root)]} if rest else resolved
        return {k: inline_refs(v, root) for k, v in node.items()}
    if isinstance(node, list):
        return [inline_refs(v, root) for v in node]
    return node


class Contract:
    def __init__(self, spec):
        self.spec = inline_refs(spec, spec)
        self.failures = []
        self.seen = set()
        self.checked = 0

    def template_of(self, path):
        """The described path a request path matches ("/v1/reports/{kind}")."""
        if path in self.spec["paths"]:
            return path
        parts = path.split("/")
        for template in self.spec["paths"]:
            pattern = template.split("/")
            if len(pattern) == len(parts) and all(
                    p == q or (p.startswith("{") and p.endswith("}")) for p, q in zip(pattern, parts)):
                return template
        return path

    def operation(self, method, path):
        item = self.spec["paths"].get(self.template_of(path))
        return item.get(method.lower()) if item else None

    def validate(self, where, schema, value):
        validator = jsonschema.Draft202012Validator(schema)
        for error in validator.iter_errors(value):
            location = "/".join(str(p) for p in error.absolute_path)
            self.failures.append(f"{where}: {error.message} at '{location}'")

    def check(self, method, path, request_body, status, content_type, body):
        where = f"{method} {path} -> {status}"
        op = self.operation(method, path)
        if op is None:
            self.failures.append(f"{where}: the operation is not described")
            return
        self.seen.add((method.lower(), self.template_of(path)))
        self.checked += 1
        if request_body is not None:
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            self.validate(where + " (request)", schema, request_body)
        response = op["responses"].get(str(status))
        if response is None:
            self.failures.append(f"{where}: status {status} is not described")
            return
        media = content_type.split(";")[0].strip()
        described = response.get("content", {})
        if media not in described:
            self.failures.append(f"{where}: content type {media} is not described")
            return
        if media == "application/json":
            self.validate(where, described[media]["schema"], json.loads(body))

    def unexercised(self):
        described = {
            (m, p) for p, item in self.spec["paths"].items() for m in item if m in ("get", "post")
        }
        return sorted(described - self.seen)


class Server:
    def __init__(self, binary, folder):
        self.binary = binary
        self.store = "sqlite:" + os.path.join(folder, "central.db")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.metrics_token = "metrics-" + uuid.uuid4().hex

    def admin(self, *args):
        out = subprocess.run(
            [self.binary, *args, "--store", self.store, "--json"],
            check=True, capture_output=True, text=True, timeout=60)
        return json.loads(out.stdout)

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "serve", "--store", self.store, "--listen",
             f"127.0.0.1:{self.port}", "--metrics-token", self.metrics_token],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url("/v1/health"), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def url(self, target):
        return f"http://127.0.0.1:{self.port}{target}"


class Client:
    def __init__(self, server, contract):
        self.server = server
        self.contract = contract

    def call(self, method, target, body=None, token=None, raw=None):
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        request = urllib.request.Request(self.server.url(target), method=method, data=data)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                status, headers, text = answer.status, answer.headers, answer.read().decode()
        except urllib.error.HTTPError as error:
            status, headers, text = error.code, error.headers, error.read().decode()
        path = urllib.parse.urlsplit(target).path
        self.contract.check(method, path, body if raw is None else None, status,
                            headers.get("Content-Type", ""), text)
        return status, (json.loads(text) if "json" in headers.get("Content-Type", "") else text)


def version_at(ms, counter=0):
    return f"{ms:012x}{counter:04x}"


def attendance(unit, employee, status, version, **extra):
    data = {"employee_id": employee, "date": time.strftime("%Y-%m-%d", time.gmtime()),
            "status": status, "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    data.update(extra)
    change = {"type": "attendance", "id": str(uuid.uuid4()), "unit_id": unit,
              "version": version, "data": data}
    return change


def scenario(server, contract):
    demo = server.admin("demo-data")
    codes = {}
    for code in demo["enroll_codes"]:
        codes.setdefault(code["role"], code["code"])
    server.start()
    c = Client(server, contract)
    expect = []

    def must(condition, what):
        if not condition:
            expect.append(what)

    must(c.call("GET", "/v1/health")[0] == 200, "health")
    must(c.call("POST", "/v1/enroll", {"code": "AAAA-BBBB-CCCC-DDDD",
                                       "device_name": "HP"})[0] == 401, "a wrong code is 401")
    status, phone = c.call("POST", "/v1/enroll", {"code": codes["supervisor"],
                                                  "device_name": "HP Puskesmas"})
    must(status == 201, "enrolment")
    token, unit = phone["token"], phone["user"]["units"][0]

    # The whole roll, a page at a time.
    employees, cursor = [], ""
    for _ in range(100):
        status, page = c.call("GET", f"/v1/sync/pull?limit=40&cursor={cursor}", token=token)
        must(status == 200, "pull")
        employees += [ch["id"] for ch in page["changes"]
                      if ch["type"] == "employee" and ch["unit_id"] == unit]
        cursor = page["cursor"]
        if not page["more"]:
            break
    must(len(employees) >= 3, "the unit's staff arrive")

    now_ms = int(time.time() * 1000)
    # An integrator's present day with zero minutes and empty optionals, a
    # phone's late arrival with a location, a tombstone and a refused status.
    integrator = attendance(unit, employees[0], "HADIR", version_at(now_ms), minutes=0,
                            leave_kind="", note=None, location=None)
    late = attendance(unit, employees[1], "TERLAMBAT", version_at(now_ms, 1), minutes=25,
                      location={"lat": -6.9, "lon": 107.6, "accuracy_m": 12.5})
    wrong = attendance(unit, employees[2], "NGOPI", version_at(now_ms, 2))
    device_time = {"wall": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 3600)),
                   "uptime_ms": 123456, "boot_id": str(uuid.uuid4())}
    status, answer = c.call("POST", "/v1/sync/push",
                            {"batch": 1, "changes": [integrator, late, wrong],
                             "device_time": device_time}, token=token)
    must(status == 200, "push")
    results = {r["id"]: r for r in answer.get("results", [])}
    must(results[integrator["id"]]["status"] == "applied", "zero minutes on HADIR are accepted")
    must(results[late["id"]]["status"] == "applied", "a late arrival is accepted")
    must(results[wrong["id"]]["status"] == "rejected" and results[wrong["id"]].get("reason_id"),
         "an unknown status is rejected with an Indonesian reason")
    # An older edit of the same day loses; the record's correction wins.
    older = dict(integrator, version=version_at(now_ms - 60_000), data=dict(
        integrator["data"], status="SAKIT"))
    older["id"] = integrator["id"]
    deleted = {"type": "attendance", "id": late["id"], "unit_id": unit,
               "version": version_at(now_ms, 5), "base": late["version"], "deleted": True,
               "data": {}}
    status, answer = c.call("POST", "/v1/sync/push", {"batch": 2, "changes": [older, deleted]},
                            token=token)
    must(status == 200 and answer["results"][0]["status"] == "superseded", "superseded")
    # The same batch again is its stored answer.
    must(c.call("POST", "/v1/sync/push", {"batch": 2, "changes": [older, deleted]},
                token=token)[0] == 200, "a replay")
    must(c.call("POST", "/v1/sync/push", {"batch": 9, "changes": []}, token=token)[0] == 409,
         "a batch out of order is 409")
    must(c.call("POST", "/v1/sync/push", raw=b"{not json", token=token)[0] == 400,
         "a malformed body is 400")
    must(c.call("POST", "/v1/sync/push", {"batch": 3, "changes": []}, token="0" * 64)[0] == 401,
         "a wrong token is 401")
    must(c.call("GET", "/v1/sync/pull?cursor=c999999999", token=token)[0] == 409,
         "a cursor beyond the end is 409")
    status, page = c.call("GET", f"/v1/sync/pull?cursor={cursor}", token=token)
    must(status == 200 and len(page["changes"]) >= 2, "the pushed changes come back")
    stored = [ch for ch in page["changes"] if ch["id"] == integrator["id"]]
    must(stored and "minutes" not in stored[0]["data"], "stored without the zero minutes")

    status, hr = c.call("POST", "/v1/enroll", {"code": codes["hr"], "device_name": "BKPSDM"})
    must(status == 201, "HR enrolment")
    must(c.call("GET", "/v1/conflicts?limit=5", token=hr["token"])[0] == 200, "conflicts")
    status, devices = c.call("GET", "/v1/devices", token=hr["token"])
    mine = [d for d in devices.get("devices", []) if d["id"] == phone["device_id"]]
    must(status == 200 and mine and mine[0]["clock_off"], "the phone an hour slow is flagged")
    must(c.call("GET", "/v1/export?type=attendance&format=json", token=hr["token"])[0] == 200,
         "a JSON export")
    must(c.call("GET", "/v1/export?type=attendance&format=csv", token=hr["token"])[0] == 200,
         "a CSV export")
    must(c.call("GET", "/v1/reports/attendance-recap?month=2026-11", token=hr["token"])[0] == 200,
         "a JSON report")
    must(c.call("GET", "/v1/reports/pp94?year=2026&format=csv&sep=%3B",
                token=hr["token"])[0] == 200, "a CSV report")
    must(c.call("GET", "/v1/reports/ikm?period=2026-13", token=hr["token"])[0] == 400,
         "a malformed report filter")
    must(c.call("GET", "/v1/reports/payroll", token=hr["token"])[0] == 404, "an unknown report")
    must(c.call("GET", "/v1/reports/discipline", token=token)[0] == 200,
         "a supervisor's own report")
    must(c.call("GET", "/v1/reports/discipline")[0] == 401, "a report without a token")
    must(c.call("POST", "/v1/sync/push", {"batch": 1, "changes": []},
                token=hr["token"])[0] == 403, "HR may not push")
    must(c.call("GET", "/v1/audit", token=hr["token"])[0] == 403, "HR may not read the audit")
    status, oversight = c.call("POST", "/v1/enroll", {"code": codes["oversight"],
                                                      "device_name": "Inspektorat"})
    must(c.call("GET", "/v1/audit?limit=3", token=oversight["token"])[0] == 200, "the audit")
    must(c.call("GET", "/metrics", token=server.metrics_token)[0] == 200, "metrics")
    return expect


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--spec", required=True)
    args = parser.parse_args()
    with open(args.spec, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    for schema in inline_refs(spec["components"]["schemas"], spec).values():
        jsonschema.Draft202012Validator.check_schema(schema)
    contract = Contract(spec)
    folder = tempfile.mkdtemp(prefix="pantau-openapi-")
    server = Server(args.server, folder)
    try:
        unmet = scenario(server, contract)
    finally:
        if hasattr(server, "process"):
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    problems = contract.failures + [f"not exercised: {m.upper()} {p}"
                                    for m, p in contract.unexercised()]
    problems += [f"the server did not behave as the scenario expects: {what}" for what in unmet]
    print(f"{contract.checked} exchanges checked against {args.spec}")
    for problem in problems:
        print("FAIL", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
