"""Reading articles: plain text, Markdown, HTML and JSON / JSON Lines, one file or a folder.

The text of an :class:`Article` is kept exactly as read (after decoding), and every offset
in every table points into it. Lines are paragraphs; short lines without a final stop and
bullet lines are headings.

>>> from analysis import load_article
>>> article = load_article("Sommet du G20\\nLe ministre est arrivé jeudi.")
>>> [(p.start, p.end, p.is_heading) for p in article.paragraphs]
[(0, 13, True), (14, 43, False)]
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

import yaml
from wordfreq import zipf_frequency

from .errors import (
    AnalysisError,
    ArticleNotFoundError,
    BinaryFileError,
    DecodingWarning,
    EmptyArticleError,
    EncodingError,
    InputTooLargeError,
    LanguageWarning,
    NoArticlesError,
    ResourceError,
    UnsupportedFormatError,
)
from .paths import sample_article_path

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
MAX_HEADING_WORDS = 14
#: Largest input read, in bytes (a long news article is about 50 kB); the environment
#: variable ANALYSIS_MAX_BYTES changes it.
MAX_BYTES = 2_000_000
#: Languages told apart by :func:`detect_language`, and how many words it reads.
LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl")
LANGUAGE_WORDS = 120
WORD = re.compile(r"[^\W\d_]+")
MAX_BULLET_WORDS = 24
FINAL_PUNCTUATION = '.!?…:;,»"”)]'
BULLET = re.compile(r"[-–—•*·]\s+\S")
MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
FRENCH_DATE = re.compile(
    r"\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(1er|\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b",
    re.IGNORECASE,
)
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")


@dataclass(frozen=True)
class Paragraph:
    """One line of the article: ``text[start:end]``, stripped of surrounding blanks."""

    start: int
    end: int
    is_heading: bool = False


@dataclass(frozen=True)
class Article:
    """An article as read: its metadata and its original text, split into paragraphs."""

    article_id: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    title: str = ""
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when known
    source: str = ""
    language: str = "fr"
    path: str = ""
    metadata: dict[str, object] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, *, article_id: str | None = None, **meta: object) -> Article:
        """An article from a string; lines become paragraphs, headings are detected.

        >>> Article.from_text("Titre court\\nUne phrase.").title
        'Titre court'
        """
        if not has_words(text):
            raise EmptyArticleError("the article is empty (no letter or digit in it)")
        bad = next((i for i, c in enumerate(text) if "\ud800" <= c <= "\udfff"), None)
        if bad is not None:
            raise EncodingError(
                f"the text holds a character that is not valid Unicode (U+{ord(text[bad]):04X}, "
                f"a lone surrogate, at position {bad})"
            )
        paragraphs = split_paragraphs(text)
        if article_id is None:
            article_id = "text-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        article = cls(article_id=article_id, text=text, paragraphs=paragraphs)
        return _with_metadata(article, meta)


def is_heading_line(line: str, *, max_words: int = MAX_HEADING_WORDS) -> bool:
    """A bullet line, or a short line without a final stop, is a heading.

    >>> is_heading_line("- Libérer Paul Whelan"), is_heading_line("Il pleut.")
    (True, False)
    """
    line = line.strip()
    words = len(line.split())
    if BULLET.match(line):
        return words <= MAX_BULLET_WORDS
    return 0 < words <= max_words and line[-1] not in FINAL_PUNCTUATION


def split_paragraphs(text: str, *, start: int = 0) -> tuple[Paragraph, ...]:
    """Every non-blank line of ``text[start:]`` as a paragraph with its heading flag."""
    paragraphs = []
    position = start
    for line in text[start:].split("\n"):
        stripped = line.strip()
        if stripped:
            begin = position + line.index(stripped[0])
            paragraphs.append(Paragraph(begin, begin + len(stripped), is_heading_line(stripped)))
        position += len(line) + 1
    return tuple(paragraphs)


def parse_french_date(text: str) -> str | None:
    """The ISO date of a French date at the start of ``text``, or None.

    >>> parse_french_date("2 juillet 2012. - Le ministre...")
    '2012-07-02'
    """
    match = FRENCH_DATE.match(text)
    if not match:
        return None
    day = 1 if match.group(1).lower() == "1er" else int(match.group(1))
    month = MONTHS[match.group(2).lower()]
    if not 1 <= day <= 31:
        return None
    return f"{int(match.group(3)):04d}-{month:02d}-{day:02d}"


def _normalize_date(value: object) -> str | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
        return text[:10]
    return parse_french_date(text) or text


def _with_metadata(article: Article, meta: dict[str, object]) -> Article:
    """Fill title, date, source and language from ``meta`` or from the text itself."""
    meta = {k: v for k, v in meta.items() if v not in (None, "")}
    title = str(meta.pop("title", "") or "")
    if not title and article.paragraphs and article.paragraphs[0].is_heading:
        first = article.paragraphs[0]
        title = article.text[first.start : first.end]
    date = _normalize_date(meta.pop("date", None))
    if date is None:
        for paragraph in article.paragraphs[:4]:
            date = parse_french_date(article.text[paragraph.start : paragraph.end])
            if date:
                break
    return replace(
        article,
        title=title,
        date=date,
        source=str(meta.pop("source", "") or ""),
        language=str(meta.pop("language", "") or _guess_language(article)),
        path=str(meta.pop("path", "") or ""),
        metadata=meta,
    )


def detect_language(text: str) -> str:
    """The language among :data:`LANGUAGES` whose common words the text uses most (mean
    ``wordfreq`` Zipf frequency of its first words); "fr" for texts too short to tell.

    >>> detect_language("The minister said on Tuesday that the talks would go on.")
    'en'
    """
    words = WORD.findall(text.casefold())[:LANGUAGE_WORDS]
    if len(words) < 8:
        return "fr"
    scores = {lang: sum(_zipf(w, lang) for w in words) for lang in LANGUAGES}
    return max(scores, key=lambda lang: (scores[lang], lang == "fr"))


@functools.lru_cache(maxsize=50_000)
def _zipf(word: str, lang: str) -> float:
    return zipf_frequency(word, lang)


def _guess_language(article: Article) -> str:
    language = detect_language(article.text)
    if language != "fr":
        where = article.path or article.article_id
        warnings.warn(
            f"{where}: the text looks {language!r}, not French; analysed with the French "
            "model anyway (results will be poor), language recorded",
            LanguageWarning,
            stacklevel=4,
        )
    return language


# --- bytes to text -------------------------------------------------------------------


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else detected.

    Binary data raises BinaryFileError; undecodable data raises EncodingError; a detected
    encoding other than UTF-8 emits a DecodingWarning.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise EncodingError(f"{name}: starts like UTF-16 but cannot be decoded") from None
        warnings.warn(f"{name}: not UTF-8, decoded as utf-16", DecodingWarning, stacklevel=2)
        return text
    if data.startswith(BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise BinaryFileError(f"{name}: binary file, not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_detected(data, name)
    controls = sum(1 for char in text[:8192] if ord(char) < 32 and char not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise BinaryFileError(f"{name}: binary file, not a text article")
    return text


def _decode_detected(data: bytes, name: str) -> str:
    """Windows-1252 (Latin-1's superset, the usual legacy encoding of French sites) when
    it decodes the bytes, else the encoding charset-normalizer detects."""
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise EncodingError(f"{name}: not UTF-8, and no known encoding decodes it") from None
        text, encoding = str(best), best.encoding
    warnings.warn(f"{name}: not UTF-8, decoded as {encoding}", DecodingWarning, stacklevel=3)
    return text


def max_bytes() -> int:
    """The largest input read, in bytes: ``ANALYSIS_MAX_BYTES``, else :data:`MAX_BYTES`."""
    value = os.environ.get("ANALYSIS_MAX_BYTES", "").strip()
    if not value:
        return MAX_BYTES
    if not value.isdigit() or int(value) == 0:
        raise ResourceError(f"ANALYSIS_MAX_BYTES must be a positive number of bytes, not {value!r}")
    return int(value)


def check_size(size: int, name: str) -> None:
    """Refuse an input above the size limit, saying what the limit is and how to change it."""
    limit = max_bytes()
    if size > limit:
        raise InputTooLargeError(
            f"{name}: {size:,} bytes, above the limit of {limit:,} bytes "
            "(set ANALYSIS_MAX_BYTES to change it)"
        )


def read_text_file(path: Path) -> str:
    """The decoded text of a file, with the checks of :func:`decode_bytes`."""
    if not path.exists():
        raise ArticleNotFoundError(f"no such file or folder: {path}")
    if not path.is_file():
        raise UnsupportedFormatError(f"not a regular file: {path}")
    check_size(path.stat().st_size, str(path))
    text = decode_bytes(path.read_bytes(), name=str(path))
    if not has_words(text):
        raise EmptyArticleError(f"{path}: the file is empty")
    return text


# --- formats ---------------------------------------------------------------------------


def _from_markdown(text: str, article_id: str, meta: dict[str, object]) -> Article:
    """Markdown with optional YAML front matter; ``#`` lines are headings."""
    body_start = 0
    match = re.match(r"---[ \t]*\r?\n(?:(.*?)\r?\n)?---[ \t]*(?:\r?\n|$)", text, re.DOTALL)
    if match:  # an empty front matter too: "---\n---\n"
        try:
            front = yaml.safe_load(match.group(1) or "") or {}
        except yaml.YAMLError as error:
            reason = str(error).splitlines()[0]
            raise UnsupportedFormatError(
                f"{meta.get('path')}: bad front matter: {reason}"
            ) from None
        if not isinstance(front, dict):
            raise UnsupportedFormatError(f"{meta.get('path')}: front matter is not a mapping")
        meta = {**meta, **{str(k): v for k, v in front.items()}}
        body_start = match.end()
    if not has_words(text[body_start:]):
        raise EmptyArticleError(f"{meta.get('path')}: the file has no text after its front matter")
    paragraphs = []
    for paragraph in split_paragraphs(text, start=body_start):
        line = text[paragraph.start : paragraph.end]
        hashes = re.match(r"#{1,6}\s+", line)
        if hashes:
            paragraph = Paragraph(paragraph.start + hashes.end(), paragraph.end, True)
        paragraphs.append(paragraph)
    article = Article(article_id=article_id, text=text, paragraphs=tuple(paragraphs))
    return _with_metadata(article, meta)


class _BlockCollector(HTMLParser):
    """Collects the visible text of headings, paragraphs and list items of an HTML page."""

    SKIP = frozenset(
        {"script", "style", "noscript", "template", "iframe", "svg", "object", "canvas"}
    )
    BLOCKS = frozenset(
        {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "dd", "dt"}
    )
    BREAKS = frozenset(
        {"br", "div", "section", "article", "header", "footer", "main", "ul", "ol", "table"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self.title = ""
        self._buffer: list[str] = []
        self._tag = "text"
        self._skip_depth = 0
        self._in_title = False

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        if text:
            self.blocks.append((self._tag, text))
        self._buffer = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self.BLOCKS or tag in self.BREAKS:
            self._flush()
            self._tag = tag if tag in self.BLOCKS else "text"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BREAKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self.BLOCKS or tag in self.BREAKS:
            self._flush()
            self._tag = "text"

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._in_title:
            self.title += data
        else:
            self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _from_html(html: str, article_id: str, meta: dict[str, object]) -> Article:
    """The visible text of headings, paragraphs and list items, one line each."""
    collector = _BlockCollector()
    collector.feed(html)
    collector.close()
    if not collector.blocks:
        raise EmptyArticleError(f"{meta.get('path')}: the page has no visible text")
    lines, paragraphs, position = [], [], 0
    for tag, line in collector.blocks:
        if tag.startswith("h"):
            heading = True
        elif tag == "p":
            heading = False
        else:
            heading = is_heading_line(line)
        paragraphs.append(Paragraph(position, position + len(line), heading))
        lines.append(line)
        position += len(line) + 1
    title = next((line for tag, line in collector.blocks if tag == "h1"), "")
    title = title or " ".join(collector.title.split())
    article = Article(article_id=article_id, text="\n".join(lines), paragraphs=tuple(paragraphs))
    return _with_metadata(article, {"title": title, **meta})


def _from_record(record: object, article_id: str, meta: dict[str, object]) -> Article:
    """An article from a JSON object with ``text`` and optional id, title, date, source."""
    where = meta.get("path")
    if not isinstance(record, dict):
        raise UnsupportedFormatError(f"{where}: a JSON article must be an object with 'text'")
    text = record.get("text")
    if not isinstance(text, str):
        raise UnsupportedFormatError(f"{where}: a JSON article needs a 'text' string")
    if not has_words(text):
        raise EmptyArticleError(f"{where}: the article {article_id!r} has an empty 'text'")
    fields = {k: record.get(k) for k in ("title", "date", "source", "language")}
    record_id = record.get("id")
    article_id = str(record_id) if record_id not in (None, "") else article_id
    return Article.from_text(text, article_id=article_id, **meta, **fields)


def _records(text: str, kind: str, path: Path) -> list[object]:
    if kind == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise UnsupportedFormatError(f"{path}: malformed JSON: {error}") from None
        return data if isinstance(data, list) else [data]
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise UnsupportedFormatError(
                    f"{path}: malformed JSON on line {number}: {error}"
                ) from None
    return records


def _read_file(path: Path, article_id: str) -> list[Article]:
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    text = read_text_file(path)
    meta: dict[str, object] = {"path": str(path)}
    if kind == "markdown":
        return [_from_markdown(text, article_id, meta)]
    if kind == "html":
        return [_from_html(text, article_id, meta)]
    if kind in ("json", "jsonl"):
        records = _records(text, kind, path)
        if not records:
            raise NoArticlesError(f"{path}: holds no article")
        return [
            _from_record(record, f"{article_id}-{number}" if len(records) > 1 else article_id, meta)
            for number, record in enumerate(records, start=1)
        ]
    return [Article.from_text(text, article_id=article_id, **meta)]


def has_words(text: str) -> bool:
    """Whether a text holds a letter or a digit: whitespace, zero-width spaces or
    punctuation alone make an empty article.

    >>> has_words("\u200b « » "), has_words("42")
    (False, True)
    """
    return any(c.isalnum() for c in text)


def _input_path(source: str | Path) -> Path:
    """A path given as input; an empty string is refused rather than read as the current
    folder (an unset variable in ``analyze "$INPUT"``)."""
    if isinstance(source, str) and not source.strip():
        raise ArticleNotFoundError("an empty path was given")
    return Path(source)


def _looks_like_path(source: str) -> bool:
    if "\n" in source or len(source) > 1024 or not source.strip():
        return False
    try:
        exists = Path(source).exists()
    except OSError:  # a sentence longer than a file name may be ("File name too long")
        return False
    if exists or Path(source).suffix.lower() in SUFFIXES:
        return True
    return "/" in source and not any(c.isspace() for c in source)  # "data/articles"


def load_article(source: str | Path | Article | None = None) -> Article:
    """One article from a path or from text; with no argument, the sample article.

    A string is read as a path when it names an existing file, ends in a known suffix
    (.txt, .md, .html, .json, .jsonl) or is one word with a slash ("data/articles"), and
    as the article's text otherwise ("des rafales à 120 km/h").

    >>> load_article().article_id
    'blinken_lavrov_g20_fr'
    """
    if source is None:
        source = sample_article_path()
    if isinstance(source, Article):
        return source
    if isinstance(source, str) and not _looks_like_path(source):
        check_size(len(source.encode("utf-8", "surrogatepass")), "the text")
        return Article.from_text(source)
    path = Path(source)
    if path.is_dir():
        raise UnsupportedFormatError(f"{path} is a folder; use load_articles() for folders")
    articles = _read_file(path, path.stem)
    if len(articles) > 1:
        raise UnsupportedFormatError(
            f"{path} holds {len(articles)} articles; use load_articles() to read them all"
        )
    return articles[0]


def _article_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def iter_articles(sources: str | Path | Iterable[str | Path] | None = None) -> Iterator[Article]:
    """Articles one by one from a file, a folder (read recursively) or a list of both."""
    if sources is None:
        sources = [sample_article_path()]
    elif isinstance(sources, (str, Path)):
        sources = [sources]
    found = False
    for source in sources:
        path = _input_path(source)
        if not path.exists():
            raise ArticleNotFoundError(f"no such file or folder: {path}")
        if path.is_dir():
            files = _article_files(path)
            if not files:
                raise NoArticlesError(
                    f"{path}: no article files ({', '.join(sorted(SUFFIXES))}) in this folder"
                )
            for file in files:
                article_id = file.relative_to(path).with_suffix("").as_posix()
                found = True
                yield from _read_file(file, article_id)
        else:
            found = True
            yield from _read_file(path, path.stem)
    if not found:
        raise NoArticlesError("no input was given")


@dataclass(frozen=True)
class Unit:
    """One file of a corpus, or one line of a JSON Lines file, read only when asked, so
    that a broken one fails alone: ``read()`` returns its articles or raises an
    :class:`~analysis.errors.AnalysisError`."""

    source: str  # the path, with ":LINE" for a line of a JSON Lines file
    read: Callable[[], list[Article]]


def _json_lines(path: Path, article_id: str) -> Iterator[Unit]:
    text = read_text_file(path)
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not lines:
        raise NoArticlesError(f"{path}: holds no article")
    meta: dict[str, object] = {"path": str(path)}

    def read(number: int, line: str, name: str) -> list[Article]:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise UnsupportedFormatError(
                f"{path}: malformed JSON on line {number}: {error}"
            ) from None
        return [_from_record(record, name, meta)]

    for index, (number, line) in enumerate(lines, start=1):
        name = f"{article_id}-{index}" if len(lines) > 1 else article_id
        yield Unit(f"{path}:{number}", functools.partial(read, number, line, name))


def corpus_files(source: str | Path) -> list[Path]:
    """The article files of a folder (read recursively, sorted), or the file given.

    >>> from analysis.paths import wikinews_dir
    >>> corpus_files(wikinews_dir())[0].name
    '43971.html'
    """
    path = _input_path(source)
    if not path.exists():
        raise ArticleNotFoundError(f"no such file or folder: {path}")
    return _article_files(path) if path.is_dir() else [path]


def iter_units(sources: str | Path | Iterable[str | Path]) -> Iterator[Unit]:
    """The units of a corpus (see :class:`Unit`): each file of a folder (recursively), each
    line of a JSON Lines file, each file given. A missing path or a folder without article
    files raises at once, since nothing could be read.

    >>> from analysis.paths import wikinews_dir
    >>> len(list(iter_units(wikinews_dir())))
    80
    """
    if isinstance(sources, (str, Path)):
        sources = [sources]
    for source in sources:
        path = _input_path(source)
        if not path.exists():
            raise ArticleNotFoundError(f"no such file or folder: {path}")
        files = [(path, path.stem)]
        if path.is_dir():
            found = _article_files(path)
            if not found:
                raise NoArticlesError(
                    f"{path}: no article files ({', '.join(sorted(SUFFIXES))}) in this folder"
                )
            files = [(f, f.relative_to(path).with_suffix("").as_posix()) for f in found]
        for file, article_id in files:
            if file.suffix.lower() == ".jsonl":
                try:
                    yield from _json_lines(file, article_id)
                except AnalysisError as error:
                    yield Unit(str(file), functools.partial(_fail, error))
            else:
                yield Unit(str(file), functools.partial(_read_file, file, article_id))


def _fail(error: Exception) -> list[Article]:
    raise error


def load_articles(sources: str | Path | Iterable[str | Path] | None = None) -> list[Article]:
    """Every article of a file, a folder (recursively) or a list of them.

    >>> from analysis.paths import wikinews_dir
    >>> len(load_articles(wikinews_dir()))
    80
    """
    return list(iter_articles(sources))
