#!/usr/bin/env python3
"""Issue #4 target: preliminary results of a cycle of 500 units x 150 indicators, computed and fetched over HTTP.

Seeds through the REST API of a running server (a tenant, its office user, N units, a 150-leaf scheme made from the
Jinchang template, a cycle, every score imported as automated-check CSV), then times several rounds of
POST .../moves/compute-preliminary + GET .../results (the cycle is reopened between rounds, untimed).
Usage: cycle-results.py BASE_URL ADMIN_PASSWORD [rounds] [units] [indicators]
"""
import base64, copy, http.client, json, sys, time, urllib.parse, uuid
from decimal import Decimal

base, admin_pw = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
n_units = int(sys.argv[4]) if len(sys.argv) > 4 else 500
n_leaves = int(sys.argv[5]) if len(sys.argv) > 5 else 150
url = urllib.parse.urlparse(base)


class Api:
    def __init__(self, user, pw):
        self.auth = "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()
        self.conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=600)

    def send(self, method, path, body=None, ctype="application/json", ok=(200, 201)):
        data = None if body is None else (body if isinstance(body, (bytes, str)) else json.dumps(body))
        if isinstance(data, str):
            data = data.encode()
        headers = {"Authorization": self.auth, "Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = ctype
        self.conn.request(method, path, body=data, headers=headers)
        reply = self.conn.getresponse()
        raw = reply.read()
        if reply.status not in ok:
            sys.exit(f"{method} {path} -> {reply.status} {raw[:500]!r}")
        return raw


suffix = uuid.uuid4().hex[:6]
code = "bench-" + suffix
admin = Api("admin", admin_pw)
t = f"/api/v1/tenants/{code}"
admin.send("POST", "/api/v1/tenants", {"code": code, "names": {"zhHans": "基准" + suffix}, "level": "CITY",
                                       "unitCodePrefix": "B"})
admin.send("POST", t + "/users", {"username": "office-" + suffix, "displayName": "office", "role": "TENANT_ADMIN",
                                  "password": "bench-password-1"})
office = Api("office-" + suffix, "bench-password-1")
units = [f"u{i:04d}-{suffix}" for i in range(n_units)]
start = time.time()
for u in units:
    office.send("POST", t + "/units", {"code": u, "kind": "DEPARTMENT", "names": {"zhHans": "单位" + u}})
print(f"seeded {n_units} units in {time.time() - start:.1f} s", file=sys.stderr)

# A scheme of n_leaves leaves: the Jinchang template's rules, 10 areas of 10 points with n_leaves/10 leaves each.
office.send("POST", t + "/schemes", {"code": "bench", "year": 2026, "template": "jinchang-2022"})
definition = json.loads(office.send("GET", t + "/schemes/bench/versions/1"))["definition"]
component = definition["components"][0]
area_template = component["indicators"][0]
per_area = n_leaves // 10
leaves = []
areas = []
for a in range(10):
    leaf_max = (Decimal("10") / per_area).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
    children = []
    for i in range(per_area):
        points = leaf_max if i < per_area - 1 else Decimal("10") - leaf_max * (per_area - 1)
        leaf = copy.deepcopy(area_template)
        leaf.update({"code": f"a{a}-i{i}", "maxPoints": str(points), "children": []})
        children.append(leaf)
        leaves.append((leaf["code"], points))
    area = copy.deepcopy(area_template)
    area.update({"code": f"a{a}", "maxPoints": "10", "children": children})
    areas.append(area)
component["indicators"] = areas
component["maxPoints"] = "100"
office.send("PUT", t + "/schemes/bench/versions/1", definition)
office.send("POST", t + "/schemes/bench/versions/1/approval", {})
cycle = t + "/cycles/bench"
office.send("POST", t + "/cycles", {"code": "bench", "schemeCode": "bench", "schemeVersion": 1, "period": "2026",
                                    "unitCodes": units,
                                    "rules": {"minimumNoticeDays": 0, "selfAssessmentRequired": False}})
office.send("POST", cycle + "/moves/notify", {"noticeDate": "2026-03-02"})
office.send("POST", cycle + "/moves/start-assessment", {"startDate": "2026-03-02"})
start = time.time()
batch = max(1, 6000 // len(leaves))  # keeps each CSV under the 1 MiB body limit
for b in range(0, n_units, batch):
    lines = ["unitCode,indicatorCode,points,comment"]
    for k, u in enumerate(units[b:b + batch]):
        for j, (leaf, points) in enumerate(leaves):
            if (k + j) % 7 == 0:
                lines.append(f"{u},{leaf},{points / 2},自动检测扣分")
            else:
                lines.append(f"{u},{leaf},{points},")
    office.send("POST", cycle + "/automated-checks", "\n".join(lines) + "\n", "text/csv; charset=UTF-8")
print(f"imported {n_units * len(leaves)} scores in {time.time() - start:.1f} s", file=sys.stderr)

print(f"{n_units} units x {len(leaves)} indicators, {rounds} rounds (compute-preliminary + GET results)")
for r in range(rounds):
    t0 = time.time()
    office.send("POST", cycle + "/moves/compute-preliminary", {})
    t1 = time.time()
    body = office.send("GET", cycle + "/results")
    t2 = time.time()
    results = json.loads(body)
    assert len(results) == n_units, len(results)
    print(f"round {r + 1}: compute {t1 - t0:6.2f} s   results {t2 - t1:6.2f} s ({len(body) / 1e6:.1f} MB)"
          f"   total {t2 - t0:6.2f} s")
    office.send("POST", cycle + "/moves/reopen-assessment", {})
