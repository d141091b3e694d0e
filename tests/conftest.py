"""Shared fixtures: the pipeline is loaded once per session, the sample analysed once, and
Debian's Chromium opens pages through Playwright."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

import analysis
from analysis.paths import DATA_DIR

# The tests (and the command lines they start) cache articles in a folder of their own.
os.environ.setdefault("ANALYSIS_CACHE_DIR", tempfile.mkdtemp(prefix="analysis-cache-"))


@pytest.fixture(scope="session")
def sample() -> analysis.Analysis:
    """The tables of the sample article."""
    return analysis.analyze()


@pytest.fixture(scope="session")
def gold() -> dict:
    """The hand annotation of the sample article."""
    return json.loads((DATA_DIR / "seed" / "gold.json").read_text(encoding="utf-8"))


@dataclass
class Opened:
    """A page open in headless Chromium, with what went wrong and what it asked for."""

    page: Page
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def outside(self) -> list[str]:
        """Requests that left the file (anything but file:, data:, blob: and about:)."""
        local = ("file:", "data:", "blob:", "about:")
        return [url for url in self.requests if not url.startswith(local)]

    def charts(self) -> list[int]:
        """For each plotly chart of the page, the number of SVG layers it drew."""
        return self.page.evaluate(
            "Array.from(document.querySelectorAll('.js-plotly-plot'))"
            ".map(div => div.querySelectorAll('svg.main-svg').length)"
        )


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (no browser is downloaded).

    CI installs chromium; elsewhere the browser tests are skipped without it.
    """
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (CI must install Debian's chromium)")
        pytest.skip("chromium is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()


@pytest.fixture
def open_in_browser(chromium):
    """A function that opens an HTML file in a fresh page and waits for its charts."""
    pages = []

    def open_file(path: Path) -> Opened:
        page = chromium.new_page(viewport={"width": 1200, "height": 900})
        pages.append(page)
        opened = Opened(page)
        page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.wait_for_function(
            "Array.from(document.querySelectorAll('.js-plotly-plot'))"
            ".every(div => div.querySelector('svg.main-svg'))",
            timeout=30_000,
        )
        return opened

    yield open_file
    for page in pages:
        page.close()
