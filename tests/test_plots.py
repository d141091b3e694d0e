"""Figure builders: titles, summaries in two languages, one colour per actor, menus."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import analyze_articles, load_article, load_articles
from analysis.errors import OutputError
from analysis.paths import DATA_DIR
from analysis.plots import (
    OTHER,
    SUBTITLE_WIDTH,
    BrowserNotFoundError,
    actor_colors,
    actor_network,
    actor_tone,
    article_map,
    corpus_salience,
    emphasis,
    label,
    mentions_vs_voice,
    save,
    stance_heatmap,
    summary,
    tone_along,
    voice_over_time,
)
from analysis.render import render_entities


def figures(result, lang: str = "en") -> dict:
    return {
        "emphasis": emphasis(result.actors, lang=lang),
        "voice": mentions_vs_voice(result.actors, lang=lang),
        "stance": stance_heatmap(result.claims, lang=lang),
        "tone_actors": actor_tone(result.actors, lang=lang),
        "tone": tone_along(result.sentences, result.tone_words, lang=lang),
        "map": article_map(result.sentences, result.mentions, result.quotes, lang=lang),
        "network": actor_network(result.mentions, result.claims, lang=lang),
        "corpus": corpus_salience(result.actors, result.articles, lang=lang),
        "voice_time": voice_over_time(result.quotes, result.articles, result.actors, lang=lang),
    }


def test_every_figure_has_a_title_a_summary_and_axis_labels(sample) -> None:
    english, french = figures(sample), figures(sample, "fr")
    for name, fig in english.items():
        assert fig.layout.title.text and summary(fig), name
        lines = fig.layout.title.subtitle.text.split("<br>")
        assert summary(fig) == " ".join(lines)
        assert all(len(line) <= SUBTITLE_WIDTH for line in lines), name  # never under a menu
        assert fig.layout.margin.t >= 60 + 18 * len(lines), name
        assert fig.layout.title.text != french[name].layout.title.text, name
        assert summary(fig) != summary(french[name]), name
        if name != "network":  # the network has no axes to label
            titled = [fig.layout.xaxis.title.text, fig.layout.yaxis.title.text]
            assert any(titled) or fig.layout.annotations, name
    assert summary(english["emphasis"]).startswith("Russie is mentioned most (12 times)")
    assert "Antony Blinken has the largest share" in summary(english["emphasis"])
    assert "Sergey Lavrov" not in summary(english["voice"])
    assert summary(french["stance"]).endswith("neutres.")
    with pytest.raises(ValueError, match="unknown language"):
        label("support", "de")


def test_one_colour_per_actor_in_every_chart(sample) -> None:
    colors = actor_colors(sample.actors)
    assert len(set(list(colors.values())[:16])) == 16  # distinct for the first sixteen
    bars = emphasis(sample.actors).data[0]
    assert dict(zip(bars.y, bars.marker.color, strict=True)) == {a: colors[a] for a in bars.y}
    by_name = {
        t.name: t.marker.color
        for t in article_map(sample.sentences, sample.mentions, sample.quotes).data
    }
    assert by_name["Antony Blinken"] == colors["Antony Blinken"]
    assert f"background:{colors['Antony Blinken']}33" in render_entities(sample)


def test_emphasis_menu_sorts_by_each_measure(sample) -> None:
    menu = emphasis(sample.actors).layout.updatemenus[0]
    orders = [button.args[0]["yaxis.categoryarray"] for button in menu.buttons]
    assert len(orders) == 3 and all(sorted(o) == sorted(orders[0]) for o in orders)
    assert orders[0][0] == "Russie"  # most mentioned
    assert orders[1][0] == "Antony Blinken"  # named in the first sentence
    assert orders[2][0] == "Antony Blinken"  # most of the quoted words


def test_article_map_menu_keeps_one_actor(sample) -> None:
    fig = article_map(sample.sentences, sample.mentions, sample.quotes)
    buttons = fig.layout.updatemenus[0].buttons
    assert len(buttons) == sample.actors["actor"].nunique() + 1
    lavrov = next(b for b in buttons if b.label == "Sergey Lavrov").args[0]["visible"]
    shown = [t.name for t, visible in zip(fig.data, lavrov, strict=True) if visible]
    assert shown == ["tone", "Sergey Lavrov"]  # named four times, never quoted
    blinken = next(b for b in buttons if b.label == "Antony Blinken").args[0]["visible"]
    assert sum(blinken) == 3  # tone, mentions, quotes
    quotes = next(t for t in fig.data if t.name == "Antony Blinken · quote")
    assert len(quotes.x) == (sample.quotes["speaker"] == "Antony Blinken").sum()
    # the labels of the issue sections, at the top, stand clear of the quote diamonds
    assert fig.layout.yaxis.range[1] - max(quotes.y) >= 0.3


def test_actor_tone_shows_what_rests_on_sentences(sample) -> None:
    around, own = actor_tone(sample.actors, top=None).data
    assert len(around.y) == (sample.actors["tone_around_n"] > 0).sum()
    assert len(own.y) == (sample.actors["tone_own_n"] > 0).sum()
    assert "Sergey Lavrov" in around.y and "Sergey Lavrov" not in own.y


def test_network_ties_actors_named_together(sample) -> None:
    fig = actor_network(sample.mentions, sample.claims)
    nodes = fig.data[-1]
    assert sorted(nodes.text) == sorted(sample.actors["actor"])
    assert len(fig.data) > 10  # co-mention edges
    assert any("oppose" in (a.hovertext or "") for a in fig.layout.annotations)
    low, high = fig.layout.xaxis.range  # room for the labels of the outer actors
    span = max(nodes.x) - min(nodes.x)
    assert low < min(nodes.x) - span / 10 and high > max(nodes.x) + span / 10


def test_corpus_salience_places_articles_by_date() -> None:
    folder = DATA_DIR / "wikinews_fr_2012"
    result = analyze_articles(load_articles([folder / "44269.html", folder / "44290.html"]))
    fig = corpus_salience(result.actors, result.articles)
    assert fig.layout.xaxis.title.text == "date"
    assert "Over 2 articles" in summary(fig)
    voices = voice_over_time(result.quotes, result.articles, result.actors)
    colors = actor_colors(result.actors)
    kept = [t for t in voices.data if colors.get(t.name, OTHER) != OTHER]
    assert kept and all(t.marker.color == colors[t.name] for t in kept)  # as in the others
    assert " is quoted most (" in summary(voices) and "2012-" in summary(voices)
    greys = voice_over_time(result.quotes, result.articles, result.actors.head(0)).data
    shown = [t.marker.color for t in greys]  # actors beyond the palette: none left grey
    assert len(shown) > 1 and len(set(shown)) == len(shown) and OTHER not in shown


def test_save_writes_an_image_or_says_what_is_missing(
    sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fig = mentions_vs_voice(sample.actors)
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    with monkeypatch.context() as patched:
        patched.setenv("PATH", str(tmp_path))
        with pytest.raises(BrowserNotFoundError, match="apt-get install chromium"):
            save(fig, tmp_path / "none.png")
    assert not (tmp_path / "none.png").exists()
    with monkeypatch.context() as patched:
        patched.setenv("BROWSER_PATH", str(tmp_path / "no-such-browser"))
        with pytest.raises(BrowserNotFoundError, match="BROWSER_PATH names no program"):
            save(fig, tmp_path / "none.png")
    with pytest.raises(OutputError, match="choose one of png"):
        save(fig, tmp_path / "voice.bogus")
    try:
        path = save(fig, tmp_path / "voice.png")
    except BrowserNotFoundError:
        pytest.skip("no Chromium on this machine")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_tone_summary_names_no_most_negative_sentence_when_none_is_negative() -> None:
    calm = analyze_articles([load_article("Le maire de Lyon a inauguré un beau jardin.")])
    text = summary(tone_along(calm.sentences, calm.tone_words))
    assert "none reads negative" in text and "most negative" not in text
