"""How big the sample's HTML report is, and how long Chromium takes to open it.

    .venv/bin/python benchmarks/report_open.py [--runs 5]

Writes the report of the sample article to a temporary folder, then opens it RUNS times
in headless Debian Chromium (through Playwright) and prints the size and the time from
navigation to every chart drawn (median and worst). A measurement, not a test: the
machines are shared and their timings noisy.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from analysis import analyze
from analysis.report import write_report

DRAWN = (
    "Array.from(document.querySelectorAll('.js-plotly-plot'))"
    ".every(div => div.querySelector('svg.main-svg'))"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    browser_path = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser_path is None:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    folder = Path(tempfile.mkdtemp())
    path = write_report(analyze(), folder / "sample_report.html")
    size = path.stat().st_size
    timings = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path, args=["--no-sandbox"])
        for _ in range(args.runs):
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            start = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load")
            page.wait_for_function(DRAWN, timeout=60_000)
            timings.append(time.perf_counter() - start)
            charts = page.evaluate("document.querySelectorAll('.js-plotly-plot').length")
            page.close()
        browser.close()
    print(f"report size: {size / 1e6:.2f} MB (limit 6 MB: {size / 6e6:.2f} of it)")
    print(
        f"open until all {charts} charts are drawn, {args.runs} runs: "
        f"median {statistics.median(timings):.2f} s, worst {max(timings):.2f} s "
        f"(aim: under 2 s, {statistics.median(timings) / 2:.2f} of it)"
    )


if __name__ == "__main__":
    main()
