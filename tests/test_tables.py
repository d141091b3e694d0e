"""The table contract: documented columns, dtypes, and files written whole."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import SCHEMA, describe


def test_every_column_is_documented_and_typed(sample) -> None:
    for name, frame in sample.tables().items():
        assert list(frame.columns) == list(SCHEMA[name]), name
        assert (frame["article_id"] == "blinken_lavrov_g20_fr").all(), name
        for column, (dtype, text) in SCHEMA[name].items():
            assert text, (name, column)
            if dtype == "str":
                assert frame[column].dtype == "str", (name, column)
            elif not dtype.startswith("datetime"):
                assert frame[column].dtype == dtype, (name, column)
    assert set(describe()["table"]) == set(SCHEMA)


def test_articles_row(sample) -> None:
    row = sample.articles.iloc[0]
    assert row["n_paragraphs"] == 22
    assert row["n_sentences"] == len(sample.sentences)
    assert 600 < row["n_words"] < 800
    assert row["language"] == "fr"


def test_polarity_comes_from_textblob_fr(sample) -> None:
    sentences = sample.sentences
    assert sentences["polarity"].between(-1, 1).all()
    assert sentences["subjectivity"].between(0, 1).all()
    assert sentences["polarity"].nunique() > 5  # real scores, not a constant


def test_save_round_trips_csv_and_parquet(sample, tmp_path: Path) -> None:
    for format in ("csv", "parquet"):
        written = sample.save(tmp_path / format, format=format)
        assert sorted(p.name for p in written) == sorted(f"{name}.{format}" for name in SCHEMA)
        read = pd.read_csv if format == "csv" else pd.read_parquet
        actors = read(tmp_path / format / f"actors.{format}")
        assert list(actors["actor"]) == list(sample.actors["actor"])
        assert not list((tmp_path / format).glob(".*"))  # no temporary file left
