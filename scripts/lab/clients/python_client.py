"""The lab's Python clients: requests and urllib, as Debian's python3 has them.

Reads {"client": "requests" | "urllib", "timeout": seconds, "requests": [...]} on stdin
(the requests of src/lib/lab/probes.ts), makes each request as the library is
usually called, and prints {"version", "runtime", "reports": {id: report}}.
"""
import json
import platform
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import requests


def describe(error):
    """The exception and the causes it wraps, where the real reason is."""
    parts = []
    while error is not None and len(parts) < 4:
        parts.append(f"{type(error).__name__}: {error}")
        error = error.__cause__ or error.__context__
    return " < ".join(parts)


def with_requests(request, timeout):
    response = requests.request(request["method"], request["url"], headers=request["headers"], data=request.get("body"), timeout=timeout)
    return {"ok": True, "status": response.status_code}


def with_urllib(request, timeout):
    body = request.get("body")
    prepared = urllib.request.Request(request["url"], data=body.encode() if body is not None else None, headers=request["headers"], method=request["method"])
    try:
        with urllib.request.urlopen(prepared, timeout=timeout) as response:
            response.read()
            return {"ok": True, "status": response.status}
    except urllib.error.HTTPError as error:
        # urllib raises for any status it does not handle itself; the status is in the exception.
        return {"ok": False, "error": f"HTTPError {error.code}"}


def run(call, request, timeout):
    report = None
    for _ in range(request["times"]):
        try:
            report = call(request, timeout)
        except Exception as error:  # every failure is an observation
            report = {"ok": False, "error": describe(error)}
    return request["id"], report


def main():
    plan = json.load(sys.stdin)
    call = with_requests if plan["client"] == "requests" else with_urllib
    with ThreadPoolExecutor(max_workers=8) as pool:
        reports = dict(pool.map(lambda request: run(call, request, plan["timeout"]), plan["requests"]))
    version = requests.__version__ if plan["client"] == "requests" else platform.python_version()
    json.dump({"version": version, "runtime": f"{platform.python_implementation()} {platform.python_version()}", "reports": reports}, sys.stdout)


main()
