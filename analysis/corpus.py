"""From one article to a corpus: articles stream through the pipeline in batches, each
article's tables are cached on disk, and the work runs in this process, in several, or on
Dask.

The tables are those of one article, one row set per article, plus ``errors``: every
file (or JSON Lines line) that could not be read or analysed, and why; the others go on.

Cache: one folder per article under ``cache_dir`` (default ``$ANALYSIS_CACHE_DIR``, else
``~/.cache/analysis``), named by a hash of the article and of the pipeline (package version,
code and resource files, model, options), written to a temporary folder and renamed, so that an
interrupted run leaves only whole entries and a rerun skips finished articles.
``cache=False`` or the environment variable ``ANALYSIS_CACHE=off`` turns it off.

>>> from analysis.paths import wikinews_dir
>>> files = sorted(wikinews_dir().glob("4429*.html"))
>>> result = analyze_corpus(files, cache=False, progress=False)
>>> result.articles["article_id"].tolist(), len(result.errors)
(['44290', '44292'], 0)
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from . import __version__
from .core import analyze_articles, tabulate, tabulate_resources
from .errors import (
    AnalysisError,
    DuplicateArticleError,
    ModelNotFoundError,
    NoArticlesError,
    OutputError,
    ResourceError,
)
from .files import why_unwritable
from .loading import Article, Unit, iter_units
from .nlp import load_pipeline, parse_many
from .paths import PACKAGE_DIR
from .resources import load_actor_lexicon
from .tables import SCHEMA, Analysis, make_table

ENGINES = ("local", "processes", "dask")
#: Articles parsed together through ``nlp.pipe``, and sent together to a worker; Dask's
#: per-task cost is higher, so its batches are larger.
BATCH = 8
DASK_BATCH = 16
#: Progress is shown for runs over this many units.
PROGRESS_OVER = 3


def default_cache_dir() -> Path:
    """``$ANALYSIS_CACHE_DIR``, else ``$XDG_CACHE_HOME/analysis``, else ``~/.cache/analysis``."""
    if folder := os.environ.get("ANALYSIS_CACHE_DIR"):
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "analysis"


def cache_enabled(cache: bool) -> bool:
    """Whether to use the cache: ``cache`` and not ``ANALYSIS_CACHE=off``."""
    return cache and os.environ.get("ANALYSIS_CACHE", "").strip().lower() not in ("off", "0", "no")


def folder_digest(folder: Path) -> str:
    """A hash of the names and bytes of a folder's Python files and resources (compiled
    files left out).

    >>> from analysis.paths import PACKAGE_DIR
    >>> len(folder_digest(PACKAGE_DIR))
    64
    """
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def _package_digest() -> str:
    """The package's code and resource files: an edited rule is a new pipeline."""
    return folder_digest(PACKAGE_DIR)


def pipeline_fingerprint(options: dict[str, str | None]) -> str:
    """A hash of everything that decides the tables besides the article: the package
    version, its code and resource files, the spaCy model and version, and the files of
    options."""
    nlp = load_pipeline(options.get("model") or "md")
    digest = hashlib.sha256(f"{__version__}|{nlp.meta['name']}|{nlp.meta['version']}".encode())
    digest.update(_package_digest().encode())
    for name in ("aliases", "tone_lexicon", "codebook"):
        value = options.get(name)
        digest.update(name.encode())
        if value:
            digest.update(Path(value).read_bytes())
    return digest.hexdigest()


def check_options(options: dict[str, str | None]) -> None:
    """Load the model and the option files once, so that a missing model or a malformed
    file stops the run before any work (it is not one article's failure)."""
    load_pipeline(options.get("model") or "md")
    load_actor_lexicon(options.get("aliases"))
    tabulate_resources(options.get("aliases"), options.get("tone_lexicon"), options.get("codebook"))


def article_key(article: Article, fingerprint: str) -> str:
    """The cache key of one article under one pipeline."""
    fields = json.dumps(asdict(article), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(f"{fingerprint}|{fields}".encode()).hexdigest()[:32]


class Cache:
    """Per-article tables on disk, one Parquet file per table in a folder per key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get(self, key: str) -> Analysis | None:
        entry = self.folder / key[:2] / key
        if not entry.is_dir():
            return None
        try:
            return Analysis(
                **{
                    name: _typed(name, pd.read_parquet(entry / f"{name}.parquet"))
                    for name in SCHEMA
                }
            )
        except (OSError, ValueError):
            return None  # an unreadable entry is computed again

    def put(self, key: str, result: Analysis) -> None:
        entry = self.folder / key[:2] / key
        if entry.exists():
            return
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            temporary = Path(tempfile.mkdtemp(dir=entry.parent, prefix=f".{key}."))
        except OSError as error:
            raise OutputError(f"cannot write the cache in {self.folder}: {error}") from None
        try:
            for name, frame in result.tables().items():
                frame.to_parquet(temporary / f"{name}.parquet", index=False)
            os.replace(temporary, entry)
        except OSError:
            pass  # another process wrote it first, or the disk is full: not an error
        finally:
            shutil.rmtree(temporary, ignore_errors=True)


def _typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A table read back from Parquet with the documented dtypes."""
    return make_table(name, frame.to_dict("records")) if len(frame) else make_table(name, [])


def _error(source: str, article_id: str, error: BaseException) -> Analysis:
    message = " ".join(str(error).split()) or type(error).__name__
    row = {
        "article_id": article_id,
        "source": source,
        "error": type(error).__name__,
        "message": message,
    }
    return Analysis(
        **{name: make_table(name, [row] if name == "errors" else []) for name in SCHEMA}
    )


def analyze_batch(articles: list[Article], options: dict[str, str | None]) -> list[Analysis]:
    """The tables of each article of a batch (one Analysis each, in order), the articles
    parsed together through ``nlp.pipe``; an article that fails gives an ``errors`` row
    instead, and the others go on."""
    resources = tabulate_resources(
        options.get("aliases"), options.get("tone_lexicon"), options.get("codebook")
    )
    try:
        parsed = list(parse_many(articles, model=options.get("model") or "md"))
    except (ResourceError, ModelNotFoundError):
        raise  # the run's options are wrong, not one article
    except Exception:  # parse one by one to find which article failed
        return [_analyze_one(article, options) for article in articles]
    results = []
    for one in parsed:
        try:
            results.append(tabulate(one, **resources))
        except (ResourceError, ModelNotFoundError):
            raise
        except Exception as error:
            results.append(_error(one.article.path, one.article.article_id, error))
    return results


def _analyze_one(article: Article, options: dict[str, str | None]) -> Analysis:
    try:
        return analyze_articles([article], **options)
    except (ResourceError, ModelNotFoundError):
        raise
    except Exception as error:
        return _error(article.path, article.article_id, error)


class _Runner:
    """Runs batches of articles on one engine; ``submit`` returns a future-like object."""

    def __init__(self, engine: str, workers: int | None, scheduler: str | None) -> None:
        if engine not in ENGINES:
            raise AnalysisError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
        self.engine = engine
        self.workers = workers or 2
        self.window = 2 * self.workers if engine != "local" else 0
        self._pool: ProcessPoolExecutor | None = None
        self._client = None
        self._cluster = None
        if engine == "processes":
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
        elif engine == "dask":
            self._client, self._cluster = _dask_client(scheduler, self.workers)

    def submit(self, articles: list[Article], options: dict[str, str | None]) -> Future:
        if self._pool is not None:
            return self._pool.submit(analyze_batch, articles, options)
        if self._client is not None:
            return self._client.submit(analyze_batch, articles, options, pure=False)
        done: Future = Future()
        done.set_result(analyze_batch(articles, options))
        return done

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def _dask_client(scheduler: str | None, workers: int):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise AnalysisError(
            "the dask engine needs dask and distributed: pip install 'dask[distributed]'"
        ) from None
    if scheduler:
        try:
            return Client(scheduler, timeout="10s"), None
        except OSError as error:
            raise AnalysisError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return Client(cluster), cluster


def iter_corpus(
    source: str | Path | Iterable[str | Path],
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    progress: bool | None = None,
    model: str = "md",
    aliases: str | Path | None = None,
    tone_lexicon: str | Path | None = None,
    codebook: str | Path | None = None,
) -> Iterator[Analysis]:
    """The tables of each article of ``source`` (a folder, a JSON Lines file, a file or a
    list of them), one Analysis per article in reading order, as they are ready; failures
    give an Analysis holding one ``errors`` row. See :func:`analyze_corpus`."""
    options = {
        "model": model,
        "aliases": None if aliases is None else str(aliases),
        "tone_lexicon": None if tone_lexicon is None else str(tone_lexicon),
        "codebook": None if codebook is None else str(codebook),
    }
    units = _units(source)
    check_options(options)
    store = None
    if cache_enabled(cache):
        fingerprint = pipeline_fingerprint(options)
        store = Cache(Path(cache_dir) if cache_dir else default_cache_dir())
    show = len(units) > PROGRESS_OVER if progress is None else progress
    bar = tqdm(total=len(units), unit="file", disable=not show, desc="analysing")
    runner = _Runner(engine, workers, scheduler)
    pending: deque[tuple[list, Future | None, int]] = deque()  # slots, work, files
    seen: dict[str, str] = {}  # article id -> where it was read
    try:
        for batch in _batches(units, DASK_BATCH if engine == "dask" else BATCH):
            slots, todo = [], []
            for unit in batch:
                for item in _read(unit):
                    if not isinstance(item, Analysis) and item.article_id in seen:
                        item = _error(unit.source, item.article_id, _duplicate(item, seen))
                    if isinstance(item, Analysis):
                        slots.append(item)
                        continue
                    seen[item.article_id] = item.path or unit.source
                    key = article_key(item, fingerprint) if store else ""
                    cached = store.get(key) if store else None
                    slots.append(cached if cached is not None else (item, key))
                    if cached is None:
                        todo.append(item)
            pending.append((slots, runner.submit(todo, options) if todo else None, len(batch)))
            while len(pending) > runner.window:
                slots, work, files = pending.popleft()
                yield from _finish(slots, work, store)
                bar.update(files)  # counted when done, not when handed to a worker
        while pending:
            slots, work, files = pending.popleft()
            yield from _finish(slots, work, store)
            bar.update(files)
    finally:
        bar.close()
        runner.close()


def _duplicate(article: Article, seen: dict[str, str]) -> DuplicateArticleError:
    """The error of an article whose id an earlier article of the run already has."""
    return DuplicateArticleError(
        f"{article.path or 'an article'}: the article id {article.article_id!r} is already "
        f"that of {seen[article.article_id]}; give each article its own id"
    )


def _units(source: str | Path | Iterable[str | Path] | list[Unit]) -> list[Unit]:
    if isinstance(source, list) and all(isinstance(u, Unit) for u in source) and source:
        return source
    units = list(iter_units(source))
    if not units:
        raise NoArticlesError("no input was given")
    return units


def _nothing_analysed(errors: pd.DataFrame) -> AnalysisError:
    """The error to raise when every file of a run failed: the first one's message."""
    first = errors.iloc[0]
    more = f" (and {len(errors) - 1} more file(s) failed)" if len(errors) > 1 else ""
    return AnalysisError(f"{first['message']}{more}")


def _batches(units: list[Unit], size: int) -> Iterator[list[Unit]]:
    iterator = iter(units)
    while batch := list(islice(iterator, size)):
        yield batch


def _read(unit: Unit) -> list[Article | Analysis]:
    try:
        return list(unit.read())
    except AnalysisError as error:
        return [_error(unit.source, "", error)]


def _finish(slots: list, future: Future | None, store: Cache | None) -> Iterator[Analysis]:
    computed = iter(future.result() if future is not None else [])
    for slot in slots:
        if isinstance(slot, Analysis):
            yield slot
            continue
        _, key = slot
        result = next(computed)
        if store is not None and len(result.errors) == 0:
            store.put(key, result)
        yield result


def analyze_corpus(source: str | Path | Iterable[str | Path], **options: object) -> Analysis:
    """Analyse a corpus: ``source`` is a folder (read recursively), a JSON Lines file, a
    file or a list of them. ``engine`` is "local" (this process, articles parsed in
    batches through ``nlp.pipe``), "processes" (``workers`` processes, the model loaded
    once in each) or "dask" (a ``LocalCluster`` of ``workers`` workers, or the scheduler
    at ``scheduler``); all give the same tables. ``cache`` (default on) reuses the tables
    of articles already analysed; ``progress`` shows a progress bar (default: over three
    files). ``model``, ``aliases``, ``tone_lexicon`` and ``codebook`` are those of
    :func:`analysis.analyze`.
    """
    result = Analysis.concat(list(iter_corpus(source, **options)))
    if len(result.errors) and not len(result.articles):
        raise _nothing_analysed(result.errors)
    return result


def write_corpus(
    source: str | Path | Iterable[str | Path],
    out: str | Path,
    *,
    format: str = "parquet",
    **options: object,
) -> Written:
    """Analyse a corpus and write its tables as they come, in constant memory:
    ``format="parquet"`` writes partitioned Parquet (``out/TABLE/part-00000.parquet``…,
    which ``pandas.read_parquet(out / TABLE)`` and ``dask.dataframe.read_parquet`` read),
    ``format="csv"`` one CSV file per table. Files appear only when the run is complete
    (temporary names, then renamed). Returns how many articles were written and the
    ``errors`` table."""
    if format not in ("csv", "parquet"):
        raise OutputError(f"unknown format {format!r}: choose csv or parquet")
    out = Path(out)
    units = _units(source)  # a missing input stops the run before anything is written
    created = not out.exists()
    writer = _Writer(out, format)
    articles, errors = 0, [make_table("errors", [])]
    try:
        for part in iter_corpus(units, **options):
            writer.add(part)
            articles += len(part.articles)
            errors.append(part.errors)
        failures = pd.concat(errors, ignore_index=True)
        if len(failures) and not articles:
            raise _nothing_analysed(failures)
        writer.commit()
    finally:
        writer.discard()
        if created and out.is_dir() and not any(out.iterdir()):
            out.rmdir()
    return Written(out, articles, failures)


@dataclass(frozen=True)
class Written:
    """What :func:`write_corpus` wrote: the folder, the number of articles, the errors."""

    out: Path
    articles: int
    errors: pd.DataFrame


class _Writer:
    """Tables appended part by part to temporary files in ``out``, renamed on commit."""

    def __init__(self, out: Path, format: str) -> None:
        self.out, self.format, self.parts = out, format, 0
        try:
            out.mkdir(parents=True, exist_ok=True)
            self.temporary = Path(tempfile.mkdtemp(dir=out, prefix=".writing."))
        except OSError as error:
            raise OutputError(f"cannot write to {out}: {why_unwritable(out, error)}") from None
        self.written = {name: False for name in SCHEMA}

    def add(self, part: Analysis) -> None:
        for name, frame in part.tables().items():
            if self.format == "parquet":
                folder = self.temporary / name
                folder.mkdir(exist_ok=True)
                if len(frame) or not any(folder.iterdir()):
                    frame.to_parquet(folder / f"part-{self.parts:05d}.parquet", index=False)
            else:
                frame.to_csv(
                    self.temporary / f"{name}.csv",
                    mode="a",
                    header=not self.written[name],
                    index=False,
                )
            self.written[name] = True
        self.parts += 1

    def commit(self) -> None:
        for name in SCHEMA:
            if not self.written[name]:
                self.add(Analysis.concat([]))
                break
        for name in SCHEMA:
            target = self.out / (name if self.format == "parquet" else f"{name}.csv")
            source = self.temporary / target.name
            if target.is_dir():
                old = self.temporary / f"{name}.old"
                os.replace(target, old)
            os.replace(source, target)

    def discard(self) -> None:
        shutil.rmtree(self.temporary, ignore_errors=True)
