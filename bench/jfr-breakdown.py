#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went, by component, per 1,000 requests.

Each sample counts for the innermost frame, from the leaf up, that belongs to a component below
(JDK frames count for whoever called them). Usage:
  jfr-breakdown.py NAME=recording.jfr:requests [NAME=recording.jfr:requests ...]
prints one column per recording.
"""
import collections
import json
import os
import subprocess
import sys

COMPONENTS = [
    ("JSON (Jackson)", "tools.jackson"),
    ("PostgreSQL driver", "org.postgresql"),
    ("connection pool (HikariCP)", "com.zaxxer"),
    ("logging (Logback)", "ch.qos.logback"),
    ("observation (Micrometer)", "io.micrometer"),
    ("observation (Micrometer)", "io.opentelemetry"),
    ("JDBC instrumentation (datasource-micrometer)", "net.ttddyy"),
    ("token verification and caller", "com.abparts.machines.api.security.VerifiedTokens"),
    ("token verification and caller", "com.abparts.machines.api.security.TokenToCaller"),
    ("token verification and caller", "com.nimbusds"),
    ("token verification and caller", "org.springframework.security.oauth2"),
    ("firewall", "org.springframework.security.web.firewall"),
    ("other Spring Security", "org.springframework.security"),
    ("service: persistence and domain", "com.abparts.machines.persistence"),
    ("service: persistence and domain", "com.abparts.machines.domain"),
    ("service: web and filters", "com.abparts.machines"),
    ("Spring JDBC", "org.springframework.jdbc"),
    ("Spring MVC", "org.springframework.web.servlet"),
    ("Spring web, HTTP", "org.springframework.web"),
    ("Spring web, HTTP", "org.springframework.http"),
    ("Spring, other", "org.springframework"),
    ("servlet request/response wrappers", "jakarta.servlet"),
    ("Tomcat", "org.apache"),
]


def component(frame):
    for name, prefix in COMPONENTS:
        if frame.startswith(prefix):
            return name
    return None


def breakdown(recording):
    printed = subprocess.run([os.environ.get("JFR", "jfr"), "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", recording],
                             check=True, capture_output=True, text=True).stdout
    counts = collections.Counter()
    for event in json.loads(printed)["recording"]["events"]:
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in event["values"]["stackTrace"]["frames"]]
        counts[next((c for c in map(component, frames) if c), "JDK, other")] += 1
    return counts


def main(arguments):
    columns = []
    for argument in arguments:
        name, rest = argument.split("=", 1)
        recording, requests = rest.rsplit(":", 1)
        columns.append((name, breakdown(recording), int(requests) / 1000))
    names = sorted({k for _, counts, _ in columns for k in counts}, key=lambda k: -columns[0][1].get(k, 0))
    print("CPU samples per 1,000 requests".ljust(38) + "".join(name.rjust(12) for name, _, _ in columns))
    for key in names:
        print(key.ljust(38) + "".join(f"{counts.get(key, 0) / thousands:12.2f}" for _, counts, thousands in columns))
    print("all".ljust(38) + "".join(f"{sum(counts.values()) / thousands:12.2f}" for _, counts, thousands in columns))


if __name__ == "__main__":
    main(sys.argv[1:])
