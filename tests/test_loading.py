"""Loading articles from every supported format, and refusing what is not an article."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from analysis import load_article, load_articles, sample_article_path
from analysis.errors import (
    ArticleNotFoundError,
    BinaryFileError,
    DecodingWarning,
    EmptyArticleError,
    NoArticlesError,
    UnsupportedFormatError,
)
from analysis.paths import DATA_DIR


def test_sample_is_kept_byte_for_byte() -> None:
    article = load_article()
    assert article.text.encode("utf-8") == sample_article_path().read_bytes()
    assert article.article_id == "blinken_lavrov_g20_fr"


def test_sample_headings_match_the_annotation(gold: dict) -> None:
    article = load_article()
    headings = [i + 1 for i, p in enumerate(article.paragraphs) if p.is_heading]
    assert headings == gold["headings"]
    assert len(article.paragraphs) == 22


def test_paragraph_offsets_point_into_the_text() -> None:
    article = load_article("  Titre\n\nPremier paragraphe.  \r\n- Une puce\n")
    lines = [article.text[p.start : p.end] for p in article.paragraphs]
    assert lines == ["Titre", "Premier paragraphe.", "- Une puce"]
    assert [p.is_heading for p in article.paragraphs] == [True, False, True]
    assert article.title == "Titre"


def test_markdown_front_matter_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: Un sommet\ndate: 2023-03-02\nsource: Le Journal\n---\n"
        "# Le sommet\n\nLe ministre est venu. Il est reparti.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert (article.title, article.date, article.source) == (
        "Un sommet",
        "2023-03-02",
        "Le Journal",
    )
    first = article.paragraphs[0]
    assert article.text[first.start : first.end] == "Le sommet" and first.is_heading
    assert not article.paragraphs[1].is_heading
    path.write_text("---\n---\n# Le sommet\n\nLe ministre est venu.\n", encoding="utf-8")
    assert load_article(path).title == "Le sommet"  # an empty front matter is no heading


def test_html_drops_scripts_and_reads_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Onglet</title><style>p{color:red}</style></head><body>"
        "<h1>Le vrai titre</h1><script>alert('x')</script>"
        "<p>2 juillet 2012. - Le ministre &amp; son homologue   sont venus.</p>"
        "<p>Deuxième <b>paragraphe</b>.</p></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.title == "Le vrai titre"
    assert article.date == "2012-07-02"
    assert "alert" not in article.text and "color" not in article.text
    lines = [article.text[p.start : p.end] for p in article.paragraphs]
    assert lines == [
        "Le vrai titre",
        "2 juillet 2012. - Le ministre & son homologue sont venus.",
        "Deuxième paragraphe.",
    ]
    assert [p.is_heading for p in article.paragraphs] == [True, False, False]


def test_json_and_jsonl_records(tmp_path: Path) -> None:
    record = {"id": "a1", "title": "T", "date": "1er mai 2020", "source": "S", "text": "Un texte."}
    (tmp_path / "one.json").write_text(json.dumps(record), encoding="utf-8")
    lines = [json.dumps({**record, "id": f"r{i}"}) for i in range(3)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    article = load_article(tmp_path / "one.json")
    assert (article.article_id, article.title, article.date) == ("a1", "T", "2020-05-01")
    ids = [a.article_id for a in load_articles(tmp_path)]
    assert ids == ["r0", "r1", "r2", "a1"]


def test_malformed_jsonl_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Bon."}\n{oops\n', encoding="utf-8")
    with pytest.raises(UnsupportedFormatError, match="line 2"):
        load_articles(path)


def test_encodings(tmp_path: Path) -> None:
    text = "Le président a déclaré « non ».\n"
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Un été très chaud à Genève, déclaré à la presse. " * 5).encode("latin-1"))
    assert load_article(tmp_path / "bom.txt").text == text
    with pytest.warns(DecodingWarning, match="decoded as utf-16"):
        assert load_article(tmp_path / "utf16.txt").text == text
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = load_article(latin)
    assert "été très chaud à Genève" in article.text
    assert any(issubclass(w.category, DecodingWarning) for w in caught)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", EmptyArticleError),
        (b"  \n\t \n", EmptyArticleError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryFileError),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", BinaryFileError),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", BinaryFileError),
    ],
)
def test_refused_inputs(tmp_path: Path, content: bytes, error: type[Exception]) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(error, match=r"input\.txt"):
        load_article(path)


def test_missing_paths(tmp_path: Path) -> None:
    with pytest.raises(ArticleNotFoundError):
        load_article(tmp_path / "absent.txt")
    with pytest.raises(ArticleNotFoundError):
        load_articles([tmp_path / "absent"])
    with pytest.raises(ArticleNotFoundError):
        load_article("data/absent_folder")  # one word with a slash is a path
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoArticlesError):
        load_articles(tmp_path / "empty")


def test_a_sentence_with_a_slash_is_text() -> None:
    article = load_article("Les rafales atteindront 120 km/h sur les caps.")
    assert article.text == "Les rafales atteindront 120 km/h sur les caps."


def test_a_long_line_of_text_is_text() -> None:
    line = "« La mortalité est plus forte chez les rats traités », résume l'universitaire. " * 4
    assert len(line.encode()) > 255  # longer than a file name may be
    assert load_article(line).text == line


def test_all_wikinews_articles_load() -> None:
    articles = load_articles(DATA_DIR / "wikinews_fr_2012")
    assert len(articles) == 80
    for article in articles:
        assert article.title, article.article_id
        assert article.date and article.date.startswith("2012-"), article.article_id
        assert len(article.paragraphs) >= 2, article.article_id
        assert not all(p.is_heading for p in article.paragraphs), article.article_id
        assert article.paragraphs[0].is_heading  # the <h1> title
        assert article.text[article.paragraphs[0].start : article.paragraphs[0].end] == (
            article.title
        )
