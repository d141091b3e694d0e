"""Parsing: normalisation for the parser only, offsets into the original, sentence rules."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import Article, analyze, load_article
from analysis.errors import EmptyArticleError
from analysis.nlp import load_pipeline, normalize_for_parser, parse


def sentences_of(text: str) -> list[str]:
    parsed = parse(load_article(text))
    return [parsed.article.text[s:e] for s, e in parsed.sentence_spans()]


def test_pipeline_is_loaded_once() -> None:
    assert load_pipeline("md") is load_pipeline("md")


def test_normalisation_maps_back_to_the_original() -> None:
    original = "L’État\u00a0a dit\u202f: « qu’il vien\u00addra »."
    normalized, origin = normalize_for_parser(original)
    assert normalized == "L'État a dit : « qu'il viendra »."
    assert len(origin) == len(normalized) + 1
    for i, char in enumerate(normalized):
        assert char == original[origin[i]] or original[origin[i]] in "’\u00a0\u202f"


def test_hyphenated_first_names_are_one_word() -> None:
    # the tokenizer of the model splits the first names it does not know
    doc = parse(load_article("Anne-Laure Jeanneret et Paul-Henri Ngaïkoï ont parlé.")).doc
    assert [t.text for t in doc][:5] == ["Anne-Laure", "Jeanneret", "et", "Paul-Henri", "Ngaïkoï"]
    assert doc[1].head.i == 0 or doc[0].head.i == 1  # one name


def test_a_newline_always_ends_a_sentence() -> None:
    assert sentences_of("Il a parlé de la Russie\nLes États-Unis ont répondu.") == [
        "Il a parlé de la Russie",
        "Les États-Unis ont répondu.",
    ]


def test_titles_never_end_a_sentence() -> None:
    text = "Hier, M. Dupont et Mme Durand ont rencontré MM. Martin et Petit à Lyon."
    assert sentences_of(text) == [text]


def test_a_heading_stays_one_sentence() -> None:
    assert sentences_of("Moscou affirme que M. Blinken a demandé la rencontre\nSuite.") == [
        "Moscou affirme que M. Blinken a demandé la rencontre",
        "Suite.",
    ]
    assert sentences_of("- Revenir au traité avec les États-Unis.\nSuite.")[0] == (
        "- Revenir au traité avec les États-Unis."
    )


def test_guillemets_are_never_alone(sample) -> None:
    texts = list(sample.sentences["text"])
    for text in texts:
        assert text.strip("«» .,") != "", text
        assert not text.startswith("»"), text
    closing = sentences_of("Il a dit : « Nous partirons. » Puis il est sorti.")
    assert closing == ["Il a dit : « Nous partirons. »", "Puis il est sorti."]


def test_sample_sentences_follow_the_lines(sample) -> None:
    sentences = sample.sentences
    assert sentences["paragraph_id"].is_monotonic_increasing
    assert sentences["paragraph_id"].nunique() == 22
    headings = sentences[sentences["is_heading"]]
    assert headings["paragraph_id"].is_unique  # one sentence per heading


FRENCH = st.sampled_from(
    [
        "M.",
        "Mme",
        "Blinken",
        "Antony",
        "Lavrov",
        "Moscou",
        "Washington",
        "Russie",
        "l’Ukraine",
        "a",
        "déclaré",
        "que",
        "«",
        "»",
        "“",
        "”",
        ".",
        ",",
        ":",
        "!",
        "?",
        "\n",
        "\n\n",
        " ",
        "\u00a0",
        "\u202f",
        "\u00ad",
        "qu’",
        "J’",
        "- ",
        "Jeudi",
        "le",
        "président",
        "Poutine",
        "États-Unis",
        "G-20",
        "\r\n",
        "\t",
        "…",
        "Paul",
        "Whelan",
        "Inde",
        "selon",
        "Il",
        "a-t-il",
        "affirmant",
        "qu'il",
        "explique",
        ";",
        "(",
        ")",
        '"',
        "Elle",
        "Mme Durand",
    ]
)
TEXTS = st.one_of(
    st.lists(FRENCH, min_size=1, max_size=40).map(" ".join),
    st.lists(FRENCH, min_size=1, max_size=40).map("".join),
    st.text(min_size=1, max_size=80),
)


@pytest.mark.filterwarnings("ignore::analysis.errors.LanguageWarning")  # random text
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_every_offset_slices_the_original_text(text: str) -> None:
    try:
        result = analyze(Article.from_text(text))
    except EmptyArticleError:
        assert not any(c.isalnum() for c in text)  # no letter or digit: an empty article
        return
    original = result.articles["text"].item()
    assert original == text
    for table in (result.sentences, result.mentions, result.quotes):
        for row in table.itertuples():
            assert 0 <= row.start <= row.end <= len(text)
            assert original[row.start : row.end] == row.text
    assert result.mentions["sentence_id"].isin(result.sentences["sentence_id"]).all()


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        (  # read as a noun hung on the subject: now the verb heading the sentence
            "L'ONG juge que l'afflux d'armes fait peser un risque grave sur les civils.",
            "juge",
            ("VERB", "juger", "ROOT", "ONG"),
        ),
        (  # after a name set off between commas
            "Son porte-parole régional, Mathieu Cazaux, juge que « le problème n'est pas "
            "l'écologie ».",
            "juge",
            ("VERB", "juger", "ROOT", "porte-parole"),
        ),
        (  # "qu'" split from its apostrophe before guillemets
            "Le sénateur écologiste Hugo Lemaire juge qu'« interdire ne suffira pas » et "
            "regrette l'absence de mesures.",
            "juge",
            ("VERB", "juger", "ROOT", "sénateur"),
        ),
        (  # coordinated with the verb before it, whose subject it shares
            "La FEB salue une « étape nécessaire », mais juge que le texte « ne va pas assez "
            "loin ».",
            "juge",
            ("VERB", "juger", "conj", ""),
        ),
        (  # before its object, after a name set off by commas: "juge la réforme « … »"
            "La CFDT, par la voix de son secrétaire national, Marc Delorme, juge la réforme "
            "« injuste dans son principe ».",
            "juge",
            ("VERB", "juger", "ROOT", "Marc"),
        ),
        (  # after an article it is the noun
            "La demande que les syndicats ont faite est rejetée.",
            "demande",
            ("NOUN", "demande", "ROOT", ""),
        ),
    ],
)
def test_a_verb_of_speech_read_as_a_noun_is_parsed_again(
    text: str, verb: str, expected: tuple[str, str, str, str]
) -> None:
    doc = parse(load_article(text)).doc
    word = next(t for t in doc if t.text == verb)
    subject = next((c.text for c in word.children if c.dep_ == "nsubj"), "")
    assert (word.pos_, word.lemma_, word.dep_, subject) == expected
    clause = next((c for c in word.children if c.dep_ in ("ccomp", "obj")), None)
    assert (clause is not None) == (word.pos_ == "VERB")
    assert len(list(doc.sents)) == 1
    for token in doc:  # still a tree: every word reaches the root
        seen = set()
        while token.head.i != token.i:
            assert token.i not in seen
            seen.add(token.i)
            token = token.head


def test_a_verb_of_speech_read_as_a_noun_gives_the_speaker() -> None:
    quotes = analyze(
        "Human Rights Watch a publié un rapport. L'ONG juge que la situation des civils s'aggrave."
    ).quotes
    assert quotes["speaker"].tolist() == ["Human Rights Watch"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (  # the parser hangs the clause on "part"
            "Le syndicat craint pour sa part que les ménages paient.",
            "paient",
            ("ccomp", "craint"),
        ),
        (  # a noun with a que-clause of its own keeps it
            "Il a parlé dans l'espoir que le projet soit abandonné.",
            "abandonné",
            ("acl", "espoir"),
        ),
    ],
)
def test_a_que_clause_hung_on_a_complement_goes_to_the_verb_of_speech(
    text: str, word: str, expected: tuple[str, str]
) -> None:
    token = next(t for t in parse(load_article(text)).doc if t.text == word)
    assert (token.dep_, token.head.text) == expected


def test_a_que_clause_after_where_it_was_said_is_a_quote() -> None:
    quotes = analyze(
        "Niger\n\nÀ Niamey, le ministre nigérien de la Communication a affirmé à la télévision "
        "publique que le journaliste avait été interpellé « en possession de documents »."
    ).quotes
    said = quotes[quotes["text"].str.startswith("le journaliste")]
    assert said["speaker"].tolist() == ["le ministre nigérien de la Communication"]


def test_a_verb_tree_around_a_word_tagged_noun_makes_it_the_verb() -> None:
    doc = parse(
        load_article("Depuis 2011, une directive européenne demande aux pilotes de ne pas suivre.")
    ).doc
    word = next(t for t in doc if t.text == "demande")
    assert (word.pos_, word.lemma_) == ("VERB", "demander")
    noun = parse(load_article("La demande des syndicats est restée sans réponse.")).doc[1]
    assert (noun.text, noun.pos_) == ("demande", "NOUN")
