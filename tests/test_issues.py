"""Issues: sections of an article (headings, vocabulary), a teacher's codebook, corpus
topics."""

from __future__ import annotations

import pytest

from analysis import analyze, analyze_articles, load_article
from analysis.errors import ResourceError
from analysis.issues import corpus_topics
from analysis.paths import DATA_DIR


def test_sample_sections_follow_headings_then_vocabulary(sample, gold) -> None:
    sections = sample.topics
    assert (sections["level"] == "section").all()
    headings = [line - 1 for line in gold["headings"]]  # 1-based lines in the annotation
    starts = sections["first_paragraph"].tolist()
    assert set(headings) <= set(starts)
    assert starts[0] == 0
    # the last heading's run is cut where the G20 agenda begins (gold: lines 21-22)
    g20 = min(gold["issue_sections"]["G20 agenda"]) - 1
    assert g20 in starts
    assert sections.set_index("first_paragraph").loc[g20, "how"] == "vocabulary"
    # labels name issues, not actors
    assert not sections["label"].str.contains("blinken|lavrov|whelan").any()
    assert sample.sentences["topic"].isin(set(sections["label"])).all()


def test_a_codebook_replaces_the_labels(tmp_path) -> None:
    codebook = tmp_path / "codebook.yml"
    codebook.write_text(
        "armes nucléaires: [traité, nucléaire, arsenal, armement]\n"
        "prisonniers: [prison, libérer, détenu, emprisonner]\n",
        encoding="utf-8",
    )
    result = analyze(codebook=codebook)
    labels = result.topics.set_index("first_paragraph")["label"]
    assert labels.loc[3] == "armes nucléaires" and labels.loc[7] == "prisonniers"
    assert (result.topics["how"] == "codebook").all()
    topics = result.sentences.set_index("sentence_id")["topic"]
    assert set(topics) >= {"armes nucléaires", "prisonniers"}


def test_a_malformed_codebook_is_refused(tmp_path) -> None:
    codebook = tmp_path / "codebook.yml"
    codebook.write_text("armes: traité\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="codebook"):
        analyze(codebook=codebook)


def test_corpus_topics() -> None:
    names = ["44269", "44999", "45643", "45722", "44290", "44145"]
    articles = [load_article(DATA_DIR / "wikinews_fr_2012" / f"{n}.html") for n in names]
    result = analyze_articles(articles)
    first = corpus_topics(result, n_topics=3)
    topics = first.topics[first.topics["level"] == "corpus"]
    assert len(topics) == 3
    assert first.articles["topic"].isin(set(topics["label"])).all()
    assert first.sentences["corpus_topic"].isin({*topics["label"], ""}).all()
    assert (first.sentences["corpus_topic"] != "").mean() > 0.5
    keywords = {w for k in topics["keywords"] for w in k.split(", ")}
    assert not keywords & {"sont", "ces", "plus", "aux", "elle", "était", "avait", "qui", "ils"}
    again = corpus_topics(result, n_topics=3)
    assert again.articles["topic"].tolist() == first.articles["topic"].tolist()
    with pytest.raises(ValueError, match="two articles"):
        corpus_topics(analyze(), n_topics=2)
    strangers = analyze_articles([load_article("Le maire a parlé."), load_article("Un chat dort.")])
    with pytest.raises(ValueError, match="no word that two articles share"):
        corpus_topics(strangers)
