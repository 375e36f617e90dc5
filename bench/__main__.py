"""`make bench`: what a customer waits for, on the built site, in Debian's Chromium.

    .venv/bin/python -m bench [--site DIR] [--runs N] [--out FILE] [--skip-build]

Each round measures, side by side: a bare page that only calls loadPyodide()
on the same self-hosted files, the eligibility page cold (fresh profile) on
loopback and with the network emulated at 20 Mbit/s and 40 ms round trip, the
same tab after instant navigation away and back, the page opened from a link
that carries the check (the numbers in the fragment), a page opened 5 s before the
reader submits, 10,000 numbers against CPython, and the bytes each page
transfers. Prints the JSON report and writes it (bench-report.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import phonenumbers
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, sync_playwright

from bench.server import Log, serve
from tests.support.chromium import CHROMIUM, LAUNCH_ARGS

ROOT = Path(__file__).resolve().parents[1]
NETWORKS: dict[str, dict[str, Any] | None] = {
    "loopback": None,
    "20mbit_40ms": {
        "offline": False,
        "latency": 40,  # ms, round trip
        "downloadThroughput": 20_000_000 / 8,  # bytes/s
        "uploadThroughput": 20_000_000 / 8,
    },
}
TIMEOUT = 120_000  # ms
RUNTIME_PATHS = ("/assets/pyodide/", "/assets/wheels/", "/assets/runtime/", "worker.mjs")
GUIDANCE = ["", "coverage/", "procedure/", "forms/", "fees-and-sms/", "sources/"]
CHECKERS = ["eligibility/", "loa/", "timeline/"]
TARGETS = {
    "ttfr_typed_ms": 100,
    "ttfr_cold / pyodide_boot": 0.5,
    "ttfr_warm_ms": 50,
    "bulk_10k browser / cpython": 2.5,
    "runtime bytes on guidance pages": 0,
}

# Runs in every document before its scripts: when each submit happened, and
# when each new results table appeared (its first row), on the page's clock;
# the status line's texts (progress); for a long list, when its last row is
# in and the frame after it.
PROBE = """
(() => {
  const b = (window.__bench = { submits: [], results: [], statuses: [] });
  document.addEventListener("submit", () => b.submits.push(performance.now()), true);
  let row = null, status = "";
  new MutationObserver(() => {
    const first = document.querySelector("tr[data-verdict]");
    if (first && first !== row) { row = first; b.results.push(performance.now()); }
    if (!first) row = null;
    const table = b.want && !b.full && document.querySelector(".checker-table");
    if (table && Number(table.dataset.total) >= b.want && table.tBodies[0].rows.length) {
      b.full = performance.now();  // the report and its first page are in; then the frame
      requestAnimationFrame(() => setTimeout(() => (b.painted = performance.now()), 0));
    }
    const text = document.querySelector(".checker-status")?.textContent ?? "";
    if (text !== status) { status = text; b.statuses.push([performance.now(), text]); }
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();
"""
# Main-thread responsiveness: the longest gap between 20 ms timer ticks.
LAG_PROBE = """
() => {
  const lag = (window.__lag = { max: 0, last: performance.now() });
  lag.timer = setInterval(() => {
    const now = performance.now();
    lag.max = Math.max(lag.max, now - lag.last - 20);
    lag.last = now;
  }, 20);
}
"""
BARE_HTML = """<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Bare Pyodide</title><link rel="icon" href="data:,">
<script type="module" src="boot.mjs"></script><p>loadPyodide()</p></html>
"""
BARE_JS = """import { loadPyodide } from "./pyodide/pyodide.mjs";
const pyodide = await loadPyodide({ indexURL: new URL("./pyodide/", import.meta.url).href });
window.__boot = { done: performance.now(), python: pyodide.runPython("import sys; sys.version") };
"""

# Regions for generated numbers: EMEA and Latin America, a few others.
REGIONS = ["FR", "GB", "DE", "ES", "IT", "NL", "SE", "DK", "PL", "BE", "CH", "AT", "IE", "PT"]
REGIONS += ["MX", "BR", "AR", "CL", "CO", "ZA", "AE", "IL", "US", "NO", "FI", "CZ"]


def numbers(count: int, offset: int) -> list[str]:
    """Distinct numbers written as people write them: fixed-line and mobile
    example numbers of many regions with their last digits varied."""
    out = []
    kinds = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)
    for i in range(offset, offset + count):
        region = REGIONS[i % len(REGIONS)]
        example = phonenumbers.example_number_for_type(region, kinds[(i // len(REGIONS)) % 2])
        assert example is not None, region
        nsn = str(example.national_number)
        tail = f"{(i // (2 * len(REGIONS))) % 10_000:04d}"
        nsn = nsn[:-4] + tail
        style = ("+{cc} {nsn}", "00{cc}{nsn}", "+{cc}{nsn}")[i % 3]
        out.append(style.format(cc=example.country_code, nsn=nsn))
    return out


SETS = {
    "warmup": numbers(10, 0),
    "cold": numbers(10, 100),
    "warm": numbers(10, 200),
    "typed": numbers(10, 300),
}
BULK = numbers(10_000, 1_000)


def summary(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"median": None, "min": None, "max": None, "values": []}
    return {
        "median": round(statistics.median(values), 2),
        "min": round(min(values), 2),
        "max": round(max(values), 2),
        "values": [round(v, 2) for v in values],
    }


def wait_js(page: Page, expression: str, timeout_ms: int = TIMEOUT) -> None:
    """Poll a page expression from here (the page's CSP forbids Playwright's
    eval-based wait_for_function); the times themselves come from the probe."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(expression)
        time.sleep(0.02)


def wait_quiet(log: Log, quiet_s: float = 1.5, limit_s: float = 90) -> None:
    """Until the server has sent nothing for `quiet_s`."""
    start = time.monotonic()
    count, since = log.mark(), time.monotonic()
    while time.monotonic() - start < limit_s:
        time.sleep(0.25)
        now = log.mark()
        if now != count:
            count, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return


class Bench:
    def __init__(self, browser: Browser, base: str, bare: str, log: Log) -> None:
        self.browser, self.base, self.bare, self.log = browser, base, bare, log
        self.errors: list[str] = []

    def _console(self, message: ConsoleMessage) -> None:
        # Errors, and the worker's warning that it could not use the snapshot.
        if message.type == "error" or "snapshot" in message.text:
            self.errors.append(message.text)

    @contextmanager
    def tab(self, network: str = "loopback") -> Iterator[Page]:
        """A fresh profile (context) and tab, with the network emulated."""
        context: BrowserContext = self.browser.new_context(service_workers="block")
        context.add_init_script(PROBE)
        page = context.new_page()
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", self._console)
        conditions = NETWORKS[network]
        if conditions:
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", conditions)
        try:
            yield page
        finally:
            context.close()

    def pyodide_boot(self, network: str) -> float:
        with self.tab(network) as page:
            page.goto(self.bare + "index.html")
            wait_js(page, "!!window.__boot")
            boot: dict[str, Any] = page.evaluate("window.__boot")
            assert boot["python"].startswith("3."), boot
            return float(boot["done"])

    def submit(self, page: Page, batch: list[str]) -> tuple[float, float]:
        """Type the numbers, press the button: (submit, first row) times, ms."""
        before = page.evaluate("window.__bench.results.length")
        page.get_by_label("Phone numbers").fill("\n".join(batch))
        page.get_by_role("button", name="Check numbers").click()
        try:
            wait_js(page, f"window.__bench.results.length > {before}")
        except TimeoutError:
            statuses = page.evaluate("window.__bench.statuses")
            raise TimeoutError(
                f"no results; statuses {statuses[-3:]}; {self.errors[-3:]}"
            ) from None
        probe: dict[str, Any] = page.evaluate("window.__bench")
        rows = page.locator("tr[data-verdict]").count()
        assert rows == len(batch), (rows, len(batch))
        return float(probe["submits"][-1]), float(probe["results"][-1])

    def cold_warm(self, network: str) -> dict[str, float]:
        """Open the page cold and check 10 numbers as soon as the form shows;
        on loopback, then go away and back (instant navigation) and check 10 more."""
        out: dict[str, float] = {}
        mark = self.log.mark()
        with self.tab(network) as page:
            page.goto(self.base + "eligibility/", wait_until="commit")
            _, shown = self.submit(page, SETS["cold"])
            out["ttfr_cold"] = shown  # ms since navigation start
            if network == "loopback":
                wait_quiet(self.log)
                out["bytes"] = sum(entry[1] for entry in self.log.since(mark))
                page.evaluate("window.__stayed = true")
                page.get_by_role("link", name="How to port").first.click()
                page.wait_for_url(self.base + "procedure/")
                page.get_by_role("link", name="Check your numbers").first.click()
                page.wait_for_url(self.base + "eligibility/")
                assert page.evaluate("window.__stayed === true"), "not an instant navigation"
                submitted, shown = self.submit(page, SETS["warm"])
                out["ttfr_warm"] = shown - submitted
        return out

    def cold_link(self, network: str) -> float:
        """Open a shared check cold (the 10 numbers in the URL fragment, as
        support sends them): ms from navigation start to its results."""
        fragment = urlencode({"check": "eligibility", "numbers": "\n".join(SETS["cold"])})
        with self.tab(network) as page:
            page.goto(f"{self.base}eligibility/#{fragment}", wait_until="commit")
            wait_js(page, "window.__bench.results.length > 0")
            assert page.locator("tr[data-verdict]").count() == len(SETS["cold"])
            return float(page.evaluate("window.__bench.results[0]"))

    def typed_bulk(self) -> dict[str, Any]:
        """Open, read for 5 s, type and submit; then 10,000 numbers in that tab."""
        with self.tab() as page:
            page.goto(self.base + "eligibility/")
            page.wait_for_timeout(5_000)
            submitted, shown = self.submit(page, SETS["typed"])
            out: dict[str, Any] = {"ttfr_typed": shown - submitted}
            page.get_by_label("Phone numbers").evaluate(
                "(box, text) => { box.value = text; }", "\n".join(BULK)
            )
            page.evaluate(LAG_PROBE)
            page.evaluate(f"window.__bench.want = {len(BULK)}")
            before = len(page.evaluate("window.__bench.statuses"))
            page.get_by_role("button", name="Check numbers").click()
            wait_js(page, "window.__bench.painted > 0")
            page.wait_for_timeout(200)  # the timer ticks once more after the render
            probe: dict[str, Any] = page.evaluate("window.__bench")
            lag: float = page.evaluate("clearInterval(window.__lag.timer), window.__lag.max")
            assert page.locator(".checker-table").get_attribute("data-total") == str(len(BULK))
            assert page.locator("tr[data-verdict]").count() == min(len(BULK), 500)  # a page
            submitted = probe["submits"][-1]
            out["bulk_browser"] = probe["full"] - submitted  # checked, and the first page in
            out["bulk_painted"] = probe["painted"] - submitted  # and laid out, shown
            out["bulk_max_lag"] = lag
            out["bulk_progress_updates"] = len(
                [t for t, _ in probe["statuses"][before:] if t < probe["full"]]
            )
        return out

    def page_bytes(self, path: str) -> dict[str, int]:
        """A fresh profile opens the page and stays until the network is quiet."""
        mark = self.log.mark()
        with self.tab() as page:
            response = page.goto(self.base + path)
            assert response, path
            assert response.ok, path
            # A checker page boots the runtime: until it is ready, then quiet.
            wait_js(
                page,
                "!document.querySelector('[data-checker]') ||"
                " ['ready', 'failed'].includes(document.documentElement.dataset.runtime)",
            )
            wait_quiet(self.log)
            sent = self.log.since(mark)
        runtime = sum(e[1] for e in sent if any(r in e[0] for r in RUNTIME_PATHS))
        return {"total": sum(e[1] for e in sent), "runtime": runtime, "files": len(sent)}


def cpython_bulk(site: Path) -> float:
    """The same 10,000 numbers through checks.bridge in CPython, in a fresh
    process warmed up like the worker (one number, then the typed 10)."""
    typed = "\n".join(SETS["typed"])
    script = f"""
import json, sys, time
from checks import bridge
bridge.init(open({str(site / "assets/data/coverage.json")!r}, encoding="utf-8").read())
bridge.handle(json.dumps({{"check": "eligibility", "text": "+33 1 42 68 53 00"}}))
bridge.handle(json.dumps({{"check": "eligibility", "text": {typed!r}}}))
text = sys.stdin.read()
start = time.perf_counter()
bridge.handle(json.dumps({{"check": "eligibility", "text": text}}))
print((time.perf_counter() - start) * 1000)
"""
    proc = subprocess.run(
        [sys.executable, "-c", script],
        input="\n".join(BULK),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return float(proc.stdout.strip())


def build_time(runs: int) -> list[float]:
    """`make build`'s command, into an empty folder: a full build, as after any edit."""
    times = []
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            subprocess.run(
                [str(ROOT / ".venv/bin/mkdocs"), "build", "--strict", "--quiet", "-d", out],
                cwd=ROOT,
                env=env,
                check=True,
            )
            times.append((time.perf_counter() - start) * 1000)
    return times


def site_port(site: Path) -> int:
    """The port of the address the site was built for (`site_url`): Material's
    instant navigation only intercepts links to the URLs of its sitemap."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    found = re.search(r"<loc>http://(?:127\.0\.0\.1|localhost):(\d+)/", sitemap)
    if not found:
        raise SystemExit(f"{site}/sitemap.xml: build with SITE_URL=http://127.0.0.1:PORT/")
    return int(found.group(1))


@contextmanager
def bare_site(site: Path) -> Iterator[Path]:
    """A page that only calls loadPyodide(), next to the site's own Pyodide files."""
    with tempfile.TemporaryDirectory(prefix="bare-pyodide-") as tmp:
        root = Path(tmp)
        (root / "index.html").write_text(BARE_HTML, encoding="utf-8")
        (root / "boot.mjs").write_text(BARE_JS, encoding="utf-8")
        (root / "pyodide").symlink_to(site / "assets" / "pyodide", target_is_directory=True)
        yield root


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=False)
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "python": platform.python_version(),
        "node": node.stdout.strip(),
    }


def ratio(a: list[float], b: list[float]) -> dict[str, Any]:
    """Round by round (measured side by side), then summarised."""
    return summary([x / y for x, y in zip(a, b, strict=True) if y])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="built site (site/)")
    parser.add_argument("--runs", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-report.json")
    parser.add_argument("--build-runs", type=int, default=3, help="timed builds (0: none)")
    parser.add_argument("--only", default="", help="comma-separated: boot,cold,typed,bytes")
    args = parser.parse_args(argv)
    site: Path = args.site.resolve()
    if not (site / "eligibility" / "index.html").is_file():
        parser.error(f"{site} is not a built site: run `make build` (or pass --site)")
    only = set(filter(None, args.only.split(",")))

    def wanted(name: str) -> bool:
        return not only or name in only

    raw: dict[str, list[float]] = {}

    def add(key: str, value: float) -> None:
        raw.setdefault(key, []).append(value)

    bytes_by_page: dict[str, list[dict[str, int]]] = {}
    guidance: dict[str, int] = {}
    with (
        bare_site(site) as bare_root,
        serve(site, site_port(site)) as (base, log),
        serve(bare_root) as (bare, _),
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        bench = Bench(browser, base, bare, log)
        steps: list[tuple[str, Callable[[], None]]] = []
        for network in NETWORKS:
            if wanted("boot"):

                def boot_step(n: str = network) -> None:
                    add(f"boot {n}", bench.pyodide_boot(n))

                steps.append((f"boot {network}", boot_step))
            if wanted("cold"):

                def cold_step(n: str = network) -> None:
                    for key, value in bench.cold_warm(n).items():
                        add(f"{key} {n}" if key == "ttfr_cold" else key, value)

                steps.append((f"cold {network}", cold_step))

                def link_step(n: str = network) -> None:
                    add(f"ttfr_cold_link {n}", bench.cold_link(n))

                steps.append((f"cold link {network}", link_step))
        if wanted("typed"):

            def typed() -> None:
                for key, value in bench.typed_bulk().items():
                    add(key, value)
                add("bulk_cpython", cpython_bulk(site))

            steps.append(("typed+bulk", typed))
        for r in range(args.runs):
            for name, step in steps:
                started = time.perf_counter()
                step()
                print(
                    f"round {r + 1}/{args.runs}: {name} ({time.perf_counter() - started:.1f} s)",
                    file=sys.stderr,
                )
        if wanted("bytes"):
            pages = [p_ for p_ in ["procedure/", *CHECKERS] if (site / p_ / "index.html").is_file()]
            for path in pages:
                bytes_by_page.setdefault(path, []).append(bench.page_bytes(path))
            guidance = {path: bench.page_bytes(path)["runtime"] for path in GUIDANCE}
        browser.close()
        chromium = browser.version

    metrics: dict[str, Any] = {}
    ratios: dict[str, Any] = {}
    for network in NETWORKS:
        boot, cold = raw.get(f"boot {network}", []), raw.get(f"ttfr_cold {network}", [])
        if boot:
            metrics.setdefault("pyodide_boot_ms", {})[network] = summary(boot)
        if cold:
            metrics.setdefault("ttfr_cold_ms", {})[network] = summary(cold)
        if boot and cold:
            ratios[f"ttfr_cold / pyodide_boot ({network})"] = ratio(cold, boot)
        link = raw.get(f"ttfr_cold_link {network}", [])
        if link:
            metrics.setdefault("ttfr_cold_link_ms", {})[network] = summary(link)
        if boot and link:
            ratios[f"ttfr_cold_link / pyodide_boot ({network})"] = ratio(link, boot)
    for key in ("ttfr_warm", "ttfr_typed"):
        if key in raw:
            metrics[f"{key}_ms"] = summary(raw[key])
    if "bulk_browser" in raw:
        ratios["bulk_10k browser / cpython"] = ratio(raw["bulk_browser"], raw["bulk_cpython"])
        ratios["bulk_10k browser painted / cpython"] = ratio(
            raw["bulk_painted"], raw["bulk_cpython"]
        )
        metrics["bulk_10k"] = {
            "browser_ms (submit to the report and its first page of rows in the table)": summary(
                raw["bulk_browser"]
            ),
            "browser_painted_ms (and the frame that shows them)": summary(raw["bulk_painted"]),
            "cpython_ms": summary(raw["bulk_cpython"]),
            "max_main_thread_gap_ms": summary(raw["bulk_max_lag"]),
            "progress_updates_before_results": summary(raw["bulk_progress_updates"]),
        }
    if bytes_by_page or "bytes" in raw:
        out_bytes: dict[str, Any] = {}
        if "bytes" in raw:
            out_bytes["eligibility/ (cold, until quiet)"] = summary(raw["bytes"])
        for path, entries in bytes_by_page.items():
            label = f"{path} ({'guidance page' if path not in CHECKERS else 'checker page'})"
            out_bytes[label] = entries[0]
        out_bytes["runtime bytes on guidance pages"] = guidance
        metrics["bytes"] = out_bytes
    if args.build_runs and not only:
        metrics["build_ms"] = summary(build_time(args.build_runs))

    report = {
        "ratios": ratios,
        "targets": TARGETS,
        "metrics": metrics,
        "method": {
            "rounds": args.runs,
            "site": str(site),
            "networks": NETWORKS,
            "server": "bench/server.py: precompressed .br/.gz siblings, else gzip -6 on the fly",
            "times": "ms on the page's clock: cold from navigation start, others from submit",
        },
        "machine": {**machine(), "chromium": chromium},
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "page_errors": bench.errors[:10],
    }
    text = json.dumps(report, indent=1)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 1 if bench.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
