"""Shared fixtures: the pipeline is loaded once per session, the sample analysed once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import analysis
from analysis.paths import DATA_DIR


@pytest.fixture(scope="session")
def sample() -> analysis.Analysis:
    """The tables of the sample article."""
    return analysis.analyze()


@pytest.fixture(scope="session")
def gold() -> dict:
    """The hand annotation of the sample article."""
    return json.loads((DATA_DIR / "seed" / "gold.json").read_text(encoding="utf-8"))


CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=10000",
]


@pytest.fixture(scope="session")
def render_in_chromium(tmp_path_factory):
    """A function that opens an HTML file in headless Chromium and returns the live DOM.

    CI installs Debian's chromium; elsewhere the browser tests are skipped without it.
    """
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (CI must install Debian's chromium)")
        pytest.skip("chromium is not installed")

    def dump_dom(path: Path) -> str:
        profile = tmp_path_factory.mktemp("chromium-profile")
        result = subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                "--dump-dom",
                path.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout

    return dump_dom
