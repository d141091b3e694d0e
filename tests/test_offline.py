"""Nothing at run time opens a network connection: the analysis, a corpus run and the
report run in a process whose sockets refuse every connection."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from analysis.paths import wikinews_dir

GUARD = """
import socket, sys

class NetworkBlocked(OSError):
    pass

def refuse(*args, **kwargs):
    raise NetworkBlocked(f"network access attempted: {args[1:] or kwargs}")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

import urllib.error, urllib.request
try:
    urllib.request.urlopen("http://example.org", timeout=5)
except urllib.error.URLError as error:
    assert isinstance(error.reason, NetworkBlocked)
    print("guard works")
else:
    raise SystemExit("the guard let a connection through")
"""

WORK = """
import analysis
from analysis.report import write_report
from analysis.plots import article_map, emphasis

result = analysis.analyze()
write_report(result, sys.argv[1] + "/report.html")
emphasis(result.actors, lang="fr").to_json()
article_map(result.sentences, result.mentions, result.quotes).to_json()
corpus = analysis.analyze_corpus(sys.argv[2:], cache_dir=sys.argv[1] + "/cache", progress=True)
analysis.write_corpus(sys.argv[2:], sys.argv[1] + "/out", cache_dir=sys.argv[1] + "/cache")
write_report(corpus, sys.argv[1] + "/corpus.html", lang="fr")
print("analysed", len(corpus.articles))
"""


def test_analysis_and_report_never_touch_the_network(tmp_path: Path) -> None:
    articles = [str(p) for p in sorted(wikinews_dir().glob("*.html"))[:4]]
    run = subprocess.run(
        [sys.executable, "-c", GUARD + WORK, str(tmp_path), *articles],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.splitlines() == ["guard works", "analysed 4"]
    assert (tmp_path / "report.html").stat().st_size > 1_000_000
    assert (tmp_path / "out" / "mentions").is_dir()
