"""The HTML report and the annotated article: self-contained, escaped, drawn by a browser."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from analysis import analyze, analyze_articles, load_articles
from analysis.paths import DATA_DIR
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


def test_report_in_chromium(sample, tmp_path: Path, open_in_browser) -> None:
    opened = open_in_browser(write_report(sample, tmp_path / "report.html"))
    charts = opened.charts()
    assert len(charts) == 7 and all(charts)  # every chart drew its SVG
    assert opened.errors == [] and opened.outside == []
    page = opened.page
    assert page.locator(".hm").count() >= 1  # the stance heatmap
    # Choosing another actor in the article map's menu changes the chart.
    map_index = page.evaluate(
        "Array.from(document.querySelectorAll('.js-plotly-plot'))"
        ".findIndex(d => d.layout.title.text.startsWith('The article at a glance'))"
    )
    chart = page.locator(".js-plotly-plot").nth(map_index)
    visible = "d => d._fullData.filter(t => t.visible === true).map(t => t.name)"
    before = chart.evaluate(visible)
    chart.locator(".updatemenu-header-group").click()
    chart.locator(".updatemenu-dropdown-button", has_text="Sergey Lavrov").click()
    after = chart.evaluate(visible)
    assert len(after) < len(before) and after == ["tone", "Sergey Lavrov"]
    assert chart.locator(".updatemenu-header").text_content().strip() == "Sergey Lavrov"
    # The emphasis chart's menu sorts the actors by first mention.
    emphasis = page.locator(".js-plotly-plot").first
    order = "d => d._fullLayout.yaxis.categoryarray[0]"
    assert emphasis.evaluate(order) == "Russie"  # most mentioned
    emphasis.locator(".updatemenu-header-group").click()
    emphasis.locator(".updatemenu-dropdown-button", has_text="first mention").click()
    assert emphasis.evaluate(order) == "Antony Blinken"  # named first


def test_corpus_report_in_chromium(tmp_path: Path, open_in_browser) -> None:
    folder = DATA_DIR / "wikinews_fr_2012"
    result = analyze_articles(load_articles([folder / "44269.html", folder / "44290.html"]))
    path = write_report(result, tmp_path / "corpus.html", lang="fr")
    html = path.read_text(encoding="utf-8")
    assert "D'un article à l'autre" in unescape(html) and html.count("<tr>") > 10
    quality = re.search(r'<h2 id="s\d+">Qualité(.*?)<h2 ', html, re.S).group(1)
    assert "<th>article_id</th>" in quality  # quote and mention ids repeat across articles
    opened = open_in_browser(path)
    assert all(opened.charts()) and opened.errors == [] and opened.outside == []


def test_hostile_text_runs_no_script_in_chromium(tmp_path: Path, open_in_browser) -> None:
    opened = open_in_browser(write_report(analyze(HOSTILE), tmp_path / "hostile.html"))
    dom = opened.page.content()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom  # shown as text
    assert opened.dialogs == []  # no alert() ran
    assert opened.page.evaluate("document.body.dataset.pwned") is None
    outside_scripts = re.sub(r"<script.*?</script>", "", dom, flags=re.DOTALL)
    assert "<img" not in outside_scripts
    assert all(opened.charts()) and opened.outside == []


def test_annotated_article_speaks_the_readers_language(sample) -> None:
    assert 'title="Ukraine (pays, nom exact)"' in render_entities(sample, lang="fr")
    assert 'title="Ukraine (country, exact name)"' in render_entities(sample)
