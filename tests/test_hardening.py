"""The catalogue of bad inputs: each gets a clear outcome, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis import (
    SCHEMA,
    Analysis,
    analyze,
    analyze_corpus,
    load_article,
    load_articles,
    plots,
    sample_article_path,
    write_corpus,
)
from analysis.errors import (
    AnalysisError,
    ArticleNotFoundError,
    EmptyArticleError,
    EncodingError,
    InputTooLargeError,
    LanguageWarning,
    ModelNotFoundError,
    NoArticlesError,
    OutputError,
    ResourceError,
)
from analysis.evaluate import main as evaluate_main
from analysis.render import render_entities
from analysis.report import report_html
from analysis.tables import describe
from analysis.widgets import ActorExplorer, ClaimCoder


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


def test_a_file_above_the_size_limit_is_refused_with_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "one_line.txt"
    big.write_text("Le président a parlé. " * 480_000, encoding="utf-8")  # 10 MB, one line
    with pytest.raises(InputTooLargeError, match="above the limit of 2,000,000 bytes"):
        load_article(big)
    run = cli("analyze", str(big), "--out", str(tmp_path / "out"))
    assert run.returncode == 2 and "ANALYSIS_MAX_BYTES" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and not (tmp_path / "out").exists()
    monkeypatch.setenv("ANALYSIS_MAX_BYTES", "1000")
    with pytest.raises(InputTooLargeError, match="limit of 1,000 bytes"):
        load_article("Une phrase assez longue pour dépasser la limite. " * 40)
    monkeypatch.setenv("ANALYSIS_MAX_BYTES", "lots")
    with pytest.raises(ValueError, match="ANALYSIS_MAX_BYTES must be a positive number"):
        load_article(big)


def test_another_language_is_analysed_with_a_warning(tmp_path: Path) -> None:
    english = tmp_path / "english.txt"
    english.write_text(
        "The minister said on Tuesday that the talks with the unions would go on until a "
        "deal was reached, and that the government would not change its plan.\n",
        encoding="utf-8",
    )
    with pytest.warns(LanguageWarning, match="looks 'en', not French"):
        result = analyze(english)
    assert result.articles["language"].item() == "en"
    run = cli("analyze", str(english), "--out", str(tmp_path / "out"), "--no-cache")
    assert run.returncode == 0 and run.stderr.startswith("warning: ")


def test_html_with_scripts_comments_iframes_and_broken_markup(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Titre</title><style>p{color:red}</style>"
        "<script>var x = '<p>faux</p>';</script></head><body>"
        "<!-- <p>commentaire</p> --><iframe src='http://x'>cadre</iframe>"
        "<p>Le maire de Lyon a annoncé un plan.<p>Il a déclaré : « Nous agirons. »"
        "<div><b>gras <i>non fermé</div></body>",
        encoding="utf-8",
    )
    result = analyze(page)
    text = result.articles["text"].item()
    assert "Le maire de Lyon a annoncé un plan." in text and "Nous agirons." in text
    for hidden in ("faux", "commentaire", "color:red", "cadre"):
        assert hidden not in text


def test_no_entities_and_no_quotes_give_empty_tables_with_their_columns() -> None:
    result = analyze("il pleuvait sur la ville depuis trois jours et rien ne bougeait.")
    for name in ("mentions", "quotes", "claims", "actors", "errors"):
        frame = result.tables()[name]
        assert len(frame) == 0 and list(frame.columns) == list(SCHEMA[name]), name
    assert len(result.sentences) == 1


def test_a_missing_model_says_how_to_install_it() -> None:
    with pytest.raises(ModelNotFoundError, match="pip install fr-core-news-lg"):
        analyze(model="fr_core_news_lg")


def test_an_output_folder_that_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match=r"cannot write .*a_file is a file, not a folder"):
        write_corpus(sample_article_path(), blocker / "out", cache=False)
    run = cli("analyze", "--out", str(blocker / "out"))
    assert run.returncode == 2 and run.stderr.startswith("error: cannot write")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_corpus_of_only_broken_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02\x03 binary")
    (tmp_path / "b.txt").write_text("   \n", encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"binary file.*\(and 1 more file\(s\) failed\)"):
        analyze_corpus(tmp_path, cache=False)


@pytest.mark.parametrize(
    "text",
    [
        "il pleuvait sur la ville depuis trois jours et rien ne bougeait.",  # no actor
        "Emmanuel Macron est à Paris.",  # actors, no claim, no quote
    ],
)
def test_charts_report_and_widgets_accept_an_article_without_actors_or_claims(
    text: str, tmp_path: Path
) -> None:
    result = analyze(text)
    figures = [
        plots.emphasis(result.actors),
        plots.mentions_vs_voice(result.actors),
        plots.stance_heatmap(result.claims),
        plots.actor_tone(result.actors),
        plots.tone_along(result.sentences, result.tone_words),
        plots.article_map(result.sentences, result.mentions, result.quotes),
        plots.actor_network(result.mentions, result.claims),
        plots.corpus_salience(result.actors, result.articles),
        plots.voice_over_time(result.quotes, result.articles, result.actors),
    ]
    for fig in figures:
        assert fig.layout.title.text and plots.summary(fig)
    assert "<html" in report_html(result)
    assert text.split()[-1].rstrip(".") in render_entities(result)  # its last word
    ActorExplorer(result)
    ClaimCoder(result, tmp_path / "sheet.csv")


def test_a_report_of_an_article_without_actors_on_the_command_line(tmp_path: Path) -> None:
    source = tmp_path / "numbers.txt"
    source.write_text("123 456 789\n42\n", encoding="utf-8")
    run = cli("report", str(source), "-o", str(tmp_path / "r.html"))
    assert run.returncode == 0, run.stderr
    assert "<html" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_an_empty_path_or_a_text_without_words_is_refused(tmp_path: Path) -> None:
    for text in ("", "\u200b\u200b « » "):
        with pytest.raises(EmptyArticleError, match="empty"):
            analyze(text)
    for read in (analyze_corpus, load_articles):
        with pytest.raises(ArticleNotFoundError, match="an empty path"):
            read("")  # never the current folder
    with pytest.raises(ResourceError, match="is a folder"):
        analyze("Le maire a parlé.", aliases=tmp_path)


@pytest.mark.parametrize(
    ("task", "content", "message"),
    [
        ("quotes", "[1, 2]", "a gold file is a JSON object with an 'article' file name"),
        ("claims", '{"article": "44269.html"}', "a gold file of claims needs a 'claims' list"),
        ("quotes", "{bad", "malformed JSON (Expecting property name"),
        ("claims", '{"article": "44269.html", "claims": [{}]}', "an entry lacks the field"),
        ("claims", '{"article": "44269.html", "claims": [1]}', "each entry of 'claims' must be"),
        ("tone", "", "the file is empty"),
        ("tone", "a,b\n1,2\n", "needs the columns article, paragraph_id, tone, text"),
    ],
)
def test_a_bad_gold_file_gives_one_line_naming_it(
    task: str, content: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    gold = tmp_path / ("gold.csv" if task == "tone" else "gold.json")
    gold.write_text(content, encoding="utf-8")
    assert evaluate_main([task, str(gold)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {gold}: {message}"), lines


def test_invisible_marks_and_invalid_characters() -> None:
    marked = analyze(
        "La Russie a envahi l'Ukraine.\u202c Le président\u200f Emmanuel Macron a parlé."
    )
    assert set(marked.mentions["text"]) == {"Russie", "Ukraine", "Emmanuel Macron"}
    with pytest.raises(EncodingError, match="U\\+D800, a lone surrogate, at position 0"):
        analyze("\ud800Le président a parlé.")


def test_clear_errors_from_the_api(tmp_path: Path) -> None:
    with pytest.raises(NoArticlesError, match="no input was given"):
        analyze_corpus([])
    empty = Analysis.concat([])
    with pytest.raises(NoArticlesError, match="no article to render"):
        render_entities(empty)
    with pytest.raises(NoArticlesError, match="no article to report"):
        report_html(empty)
    with pytest.raises(KeyError, match="no article 'nope'"):
        render_entities(analyze("Le maire a parlé."), "nope")
    with pytest.raises(KeyError, match="no table 'bogus'; the tables are articles"):
        describe("bogus")
    with pytest.raises(ModelNotFoundError, match="give md, sm or the package name"):
        analyze("Le maire a parlé.", model="xx")
    lexicon = tmp_path / "lexicon.csv"
    for rows, message in (
        ("", "the lexicon has no entries"),
        ("guerre,inf,conflict\n", "line 2: 'inf' is not a finite number"),
        ("guerre\n", "line 2: a value is missing"),
    ):
        lexicon.write_text("lemma,weight,category\n" + rows, encoding="utf-8")
        with pytest.raises(ResourceError, match=message):
            analyze("La guerre continue.", tone_lexicon=lexicon)
