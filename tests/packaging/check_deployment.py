#!/usr/bin/env python3
"""Checks the deployment files with a YAML parser for the fields that matter (ctest
"deployment_files"): the Kubernetes manifests, the compose files (site-wide and the generated
one-container-per-unit variant), Prometheus's scrape configuration, Grafana's provisioning and
dashboard (every metric it queries is one turbopredictd exports), and the Dockerfile.

  tests/packaging/check_deployment.py SOURCE_DIR
"""
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

import yaml

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
pkg = root / "packaging"
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


# --- Kubernetes: a StatefulSet per site, persistent volume, probes, token from a Secret.
docs = list(yaml.safe_load_all((pkg / "k8s/turbopredict-site.yaml").read_text()))
kinds = {d["kind"]: d for d in docs}
check(set(kinds) >= {"StatefulSet", "Service"}, f"k8s: kinds {sorted(kinds)}")
sts = kinds.get("StatefulSet", {})
spec = sts.get("spec", {})
check(spec.get("replicas") == 1, "k8s: one replica (one writer per store)")
check(spec.get("serviceName") == kinds.get("Service", {}).get("metadata", {}).get("name"), "k8s: serviceName is the Service")
pod = spec.get("template", {}).get("spec", {})
containers = pod.get("containers", [])
check(len(containers) == 1, "k8s: one container")
c = containers[0] if containers else {}
ports = {p.get("name"): p.get("containerPort") for p in c.get("ports", [])}
check(ports.get("http") == 8080, f"k8s: container port 8080 ({ports})")
check(c.get("livenessProbe", {}).get("httpGet", {}).get("path") == "/health", "k8s: liveness on /health")
check(c.get("readinessProbe", {}).get("httpGet", {}).get("path") == "/ready", "k8s: readiness on /ready")
check(c.get("startupProbe", {}).get("httpGet", {}).get("path") == "/health", "k8s: startup probe on /health")
mounts = {m["name"]: m for m in c.get("volumeMounts", [])}
volumes = {v["name"]: v for v in pod.get("volumes", [])}
check(mounts.get("data", {}).get("mountPath") == "/data", "k8s: data volume at /data")
claims = [t["metadata"]["name"] for t in spec.get("volumeClaimTemplates", [])]
check("data" in claims, "k8s: the data volume is a persistent volume claim template")
check(mounts.get("token", {}).get("mountPath") == "/run/secrets", "k8s: the token mounted at /run/secrets")
secret = volumes.get("token", {}).get("secret", {})
check(bool(secret.get("secretName")), "k8s: the token comes from a Secret")
check(any(i.get("path") == "turbopredict_token" for i in secret.get("items", [])), "k8s: the Secret's file is turbopredict_token")
check(pod.get("securityContext", {}).get("runAsNonRoot") is True, "k8s: runs as non-root")
check(c.get("securityContext", {}).get("readOnlyRootFilesystem") is True, "k8s: read-only root file system")
check(pod.get("terminationGracePeriodSeconds", 30) >= 10, "k8s: time for a clean SIGTERM")
svc = kinds.get("Service", {})
check(svc.get("spec", {}).get("selector") == spec.get("selector", {}).get("matchLabels"), "k8s: the Service selects the pods")
check(svc.get("metadata", {}).get("annotations", {}).get("prometheus.io/path") == "/metrics", "k8s: scrape annotation")

# --- The metrics turbopredictd exports (from the server's source).
server = (root / "core/server/apiserver.cpp").read_text()
exported = set(re.findall(r'help\("([a-z_]+)"', server))
check({"turbopredict_up", "turbopredict_health_index", "turbopredict_rul_seconds"} <= exported, f"metrics found: {sorted(exported)}")


def metric_names(expr):
    names = set(re.findall(r"\b(turbopredict_[a-z_]+)", expr))
    return {re.sub(r"_(bucket|sum|count)$", "", n) if re.sub(r"_(bucket|sum|count)$", "", n) in exported else n for n in names}


# --- Compose (site-wide): sites with the secret, Prometheus scraping them, Grafana provisioned.
compose = yaml.safe_load((pkg / "container/compose.yaml").read_text())
services = compose["services"]
sites = [n for n, s in services.items() if "turbopredict" in str(s.get("image", ""))]
check(len(sites) >= 2, f"compose: sites {sites}")
for n in sites:
    s = services[n]
    check("turbopredict_token" in s.get("secrets", []), f"compose: {n} gets the token secret")
    check(any(v.endswith(":/data") for v in s.get("volumes", [])), f"compose: {n} has a data volume")
    check(s.get("build", {}).get("dockerfile") == "packaging/container/Dockerfile", f"compose: {n} builds the Dockerfile")
check(compose.get("secrets", {}).get("turbopredict_token", {}).get("file") == "./secrets/turbopredict_token", "compose: secret file")
prom = yaml.safe_load((pkg / "container/prometheus/prometheus.yml").read_text())
targets = [t for sc in prom["scrape_configs"] for g in sc["static_configs"] for t in g["targets"]]
check(sorted(targets) == sorted(f"{n}:8080" for n in sites), f"prometheus: targets {targets} for sites {sites}")
check("prometheus" in services and "grafana" in services, "compose: prometheus and grafana")
grafana_volumes = services.get("grafana", {}).get("volumes", [])
check(any(v.startswith("./grafana/provisioning:") for v in grafana_volumes), "compose: grafana provisioning mounted")
datasource = yaml.safe_load((pkg / "container/grafana/provisioning/datasources/prometheus.yml").read_text())["datasources"][0]
check(datasource["url"] == "http://prometheus:9090", "grafana: data source is the compose Prometheus")
dashboard = json.loads((pkg / "container/grafana/dashboards/turbopredict-fleet.json").read_text())
queried = set()
for panel in dashboard["panels"]:
    for t in panel.get("targets", []):
        check(t.get("datasource", {}).get("uid") == datasource["uid"], f"grafana: panel {panel['title']} uses the provisioned data source")
        queried |= metric_names(t["expr"])
unknown = queried - exported
check(not unknown, f"grafana: the dashboard queries metrics turbopredictd does not export: {sorted(unknown)}")
for needed in ["turbopredict_health_index", "turbopredict_rul_seconds", "turbopredict_data_age_seconds",
               "turbopredict_active_alarms", "turbopredict_refresh_duration_seconds"]:
    check(needed in queried, f"grafana: no panel shows {needed}")

# --- One container per unit, generated from the demo fleet's configuration.
# Made beside the committed one (the configuration's mount is relative to the compose file).
with tempfile.TemporaryDirectory(dir=pkg / "container", prefix=".per-unit-check-") as out:
    subprocess.run([sys.executable, "scripts/compose-per-unit.py", "resources/demo-fleet", os.path.relpath(out, root)],
                   check=True, capture_output=True, cwd=root)
    generated = (pathlib.Path(out) / "compose.yaml").read_text()
    committed = (pkg / "container/per-unit/compose.yaml").read_text()
    check(generated == committed, "per-unit: packaging/container/per-unit/compose.yaml is not what the generator makes now")
    per_unit = yaml.safe_load(generated)["services"]
    unit_ids = sorted(s["command"][s["command"].index("--units") + 1] for n, s in per_unit.items() if n.startswith("unit-"))
    configured = sorted(yaml.safe_load(p.read_text())["unit_id"] for p in (root / "resources/demo-fleet/units").glob("*.yml"))
    check(unit_ids == configured, f"per-unit: {unit_ids} vs {configured}")
    ports = [s["ports"][0] for n, s in per_unit.items() if n.startswith("unit-")]
    check(len(set(ports)) == len(ports), "per-unit: ports unique")
    per_unit_prom = yaml.safe_load((pathlib.Path(out) / "prometheus/prometheus.yml").read_text())
    scraped = [t for g in per_unit_prom["scrape_configs"][0]["static_configs"] for t in g["targets"]]
    check(len(scraped) == len(unit_ids), "per-unit: a scrape target per unit")

# --- Dockerfile: multi-stage, slim runtime, non-root, health check, volumes, token from a file.
docker = (pkg / "container/Dockerfile").read_text()
froms = re.findall(r"^FROM (\S+)", docker, re.M)
check(froms[:1] == ["debian:bookworm"] and len(froms) == 2 and "slim" in froms[1], f"Dockerfile: stages {froms}")
check(re.search(r"^USER turbopredict$", docker, re.M) is not None, "Dockerfile: non-root user")
check("HEALTHCHECK" in docker and "/health" in docker, "Dockerfile: HEALTHCHECK on /health")
check(re.search(r'^VOLUME \["/data", "/config"\]', docker, re.M) is not None, "Dockerfile: volumes")
check('"--listen", "0.0.0.0:8080"' in docker and "/run/secrets/turbopredict_token" in docker, "Dockerfile: entry point")

# --- Prometheus configurations: promtool's own check (Debian's prometheus package).
import shutil
promtool = shutil.which("promtool")
check(promtool is not None, "promtool not installed (scripts/packages.txt has prometheus)")
if promtool:
    for config in ["container/prometheus/prometheus.yml", "container/per-unit/prometheus/prometheus.yml",
                   "prometheus/central-federation.yml", "prometheus/site-remote-write.yml"]:
        r = subprocess.run([promtool, "check", "config", str(pkg / config)], capture_output=True, text=True)
        check(r.returncode == 0, f"promtool check config {config}: {r.stdout}{r.stderr}")

for f in failures:
    print("FAIL:", f)
print(f"deployment files: {len(failures)} problem(s)")
sys.exit(1 if failures else 0)
