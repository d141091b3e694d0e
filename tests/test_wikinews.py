"""The 80 Wikinews articles analyse without error, with sound tables."""

from __future__ import annotations

from analysis import analyze_articles, load_articles, wikinews_dir
from analysis.resources import ACTOR_TYPES


def test_all_wikinews_articles_analyse() -> None:
    articles = load_articles(wikinews_dir())
    result = analyze_articles(articles)
    assert list(result.articles["article_id"]) == [a.article_id for a in articles]
    assert (result.articles["n_sentences"] > 0).all()
    assert result.articles["date"].notna().all()
    texts = dict(zip(result.articles["article_id"], result.articles["text"], strict=True))
    for table in (result.sentences, result.mentions):
        for row in table.itertuples():
            assert texts[row.article_id][row.start : row.end] == row.text
    per_article = result.actors.groupby("article_id").size()
    assert len(per_article) == 80  # every article names at least one actor
    assert set(result.actors["type"]) <= set(ACTOR_TYPES)
    # Persons named by surname alone join their full name: no actor is a bare surname
    # of another person of the same article.
    persons = result.actors[result.actors["type"] == "person"]
    for article_id, actors in persons.groupby("article_id"):
        names = set(actors["actor"])
        full = [n.split() for n in names if len(n.split()) > 1]
        for name in names:
            if len(name.split()) == 1:
                assert not any(parts[-1] == name for parts in full), (article_id, name)
