"""The HTML report and the annotated article: self-contained, escaped, drawn by a browser."""

from __future__ import annotations

import re
from pathlib import Path

from analysis import analyze
from analysis.render import render_entities
from analysis.report import report_html, write_report

HOSTILE = (
    "Le ministre <script>alert(1)</script> a parlé à Moscou.\n"
    "Antony Blinken a répondu <img src=x onerror=alert(1)> aux journalistes.\n"
    "<script>document.body.dataset.pwned = 1</script> et "
    '<img src=x onerror="document.body.dataset.pwned = 2"> pour finir.\n'
    "« Nous condamnons </script><script>document.body.dataset.pwned = 3</script> cette "
    "attaque », a déclaré Antony Blinken.\n"
)


def test_annotated_article_keeps_every_character(sample) -> None:
    html = render_entities(sample)
    assert html.count("<mark") == len(sample.mentions)
    assert html.count("<h4>") == 4 and html.count("<p>") == 18
    assert "Antony Blinken</mark>" in html  # the name itself needs no label
    assert "M. Blinken<small>Antony Blinken</small>" in html


def test_article_text_is_escaped() -> None:
    result = analyze(HOSTILE)
    for html in (render_entities(result), report_html(result)):
        assert "<script>alert(1)</script>" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_is_self_contained(sample, tmp_path: Path) -> None:
    path = write_report(sample, tmp_path / "report.html")
    html = path.read_text(encoding="utf-8")
    assert html.count("<script") >= 2  # plotly.js embedded, then the figure
    assert 'src="http' not in html and "src='http" not in html
    assert '<link rel="stylesheet" href="http' not in html
    assert path.stat().st_size < 6_000_000


def test_report_draws_its_chart_in_chromium(sample, tmp_path: Path, render_in_chromium) -> None:
    dom = render_in_chromium(write_report(sample, tmp_path / "report.html"))
    assert 'class="main-svg"' in dom  # plotly drew the figure
    assert dom.count('class="point"') >= len(sample.actors)  # one bar per actor
    assert 'class="hm"' in dom  # the stance heatmap
    assert "Antony Blinken" in dom


def test_hostile_text_runs_no_script_in_chromium(tmp_path: Path, render_in_chromium) -> None:
    dom = render_in_chromium(write_report(analyze(HOSTILE), tmp_path / "hostile.html"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom  # shown as text
    assert "data-pwned" not in dom  # neither the script nor the onerror handler ran
    outside_scripts = re.sub(r"<script.*?</script>", "", dom, flags=re.DOTALL)
    assert "<img" not in outside_scripts
    assert 'class="main-svg"' in dom
