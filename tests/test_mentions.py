"""Mentions and actors of the sample article against its hand annotation (gold.json)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import analyze
from analysis.mentions import Mention, _merge_variants
from analysis.paths import DATA_DIR
from analysis.resources import normalize_key

EXPECTED = [
    "Antony Blinken",
    "Sergey Lavrov",
    "Vladimir Poutine",
    "Paul Whelan",
    "Volodymyr Zelenskyy",
    "Maria Zakharova",
    "Janet Yellen",
    "Russie",
    "États-Unis",
    "Ukraine",
    "Inde",
]


def test_each_expected_actor_appears_once(sample) -> None:
    actors = list(sample.actors["actor"])
    for name in EXPECTED:
        assert actors.count(name) == 1, name
    assert len(actors) == len(set(actors))


@pytest.mark.parametrize("name", EXPECTED)
def test_mention_counts_within_a_third_of_the_annotation(sample, gold, name: str) -> None:
    annotated = next(a["name_mentions"] for a in gold["actors"] if a["name"] == name)
    found = sample.actors.set_index("actor").loc[name, "mentions"]
    assert abs(found - annotated) <= annotated / 3, (name, found, annotated)


def test_titles_surnames_and_first_names_join_the_full_name(sample) -> None:
    mentions = sample.mentions
    actor_of = mentions.groupby("text")["actor"].agg(set)
    assert actor_of["M. Blinken"] == {"Antony Blinken"}
    assert actor_of["Blinken"] == {"Antony Blinken"}
    assert actor_of["M. Lavrov"] == {"Sergey Lavrov"}
    assert actor_of["Whelan"] == {"Paul Whelan"}
    assert actor_of["Paul"] == {"Paul Whelan"}
    assert actor_of["Poutine"] == {"Vladimir Poutine"}
    how = mentions.set_index("text")["how"]
    assert set(how.loc[["M. Blinken"]]) == {"title"}
    assert set(how.loc[["Blinken"]]) == {"surname"}


def test_capitals_stand_for_governments(sample) -> None:
    mentions = sample.mentions
    washington = mentions[mentions["text"] == "Washington"]
    assert len(washington) == 1
    assert washington["type"].item() != "person"
    assert washington["actor"].item() == "États-Unis"
    moscou = mentions[mentions["text"] == "Moscou"]
    assert len(moscou) == 3
    assert set(moscou["actor"]) == {"Russie"} and set(moscou["how"]) == {"metonymy"}
    kiev = mentions[mentions["text"] == "Kiev"]  # "était récemment à Kiev": a place
    assert set(kiev["type"]) == {"place"}


def test_nothing_in_not_actors_is_an_actor(sample, gold) -> None:
    actors = {normalize_key(a) for a in sample.actors["actor"]}
    texts = {normalize_key(t) for t in sample.mentions["text"]}
    for word in gold["not_actors"]:
        assert normalize_key(word) not in actors, word
        assert normalize_key(word) not in texts, word


def test_actor_types_and_prominence(sample) -> None:
    actors = sample.actors.set_index("actor")
    assert actors.loc["Antony Blinken", "type"] == "person"
    assert actors.loc["Russie", "type"] == "country"
    assert actors.loc["G20", "type"] == "organisation"
    assert actors.loc["Antony Blinken", "in_lead"]
    assert not actors.loc["Janet Yellen", "in_lead"]
    assert actors["first_position"].between(0, 1).all()
    assert actors.loc["Antony Blinken", "first_position"] < 0.02
    assert actors.loc["Janet Yellen", "first_position"] > 0.8
    assert (actors["sentences"] <= actors["mentions"]).all()


def test_mentions_point_into_the_text(sample) -> None:
    text = sample.articles["text"].item()
    for row in sample.mentions.itertuples():
        assert text[row.start : row.end] == row.text


def test_user_aliases_add_and_override(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.yml"
    aliases.write_text(
        "Antony Blinken:\n  type: person\n  aliases: [le secrétaire d'État américain]\n"
        "Groupe des 20:\n  type: organisation\n  aliases: [G-20, Groupe des 20 nations]\n",
        encoding="utf-8",
    )
    result = analyze(aliases=aliases)
    mentions = result.mentions
    secretary = mentions[mentions["text"].str.contains("secrétaire d’État américain")]
    assert list(secretary["actor"]) == ["Antony Blinken"]
    assert list(secretary["how"]) == ["alias"]
    assert "Groupe des 20" in set(result.actors["actor"])
    assert "G20" not in set(result.actors["actor"])


def test_an_article_without_entities_gives_empty_tables() -> None:
    result = analyze("il pleut sur la ville et personne ne sort.")
    assert result.mentions.empty and result.actors.empty
    assert list(result.actors.columns)[:3] == ["article_id", "actor", "type"]
    assert len(result.sentences) == 1


def test_an_acronym_takes_the_name_it_abbreviates() -> None:
    mentions = analyze(
        "Le Parti populaire espagnol a exclu le député Antoni Pastor. Le PP a jugé sa "
        "faute très grave."
    ).mentions
    assert set(mentions.loc[mentions["text"] == "PP", "actor"]) == {"Parti populaire espagnol"}


def test_a_note_call_is_no_part_of_a_name() -> None:
    mentions = analyze(
        "Le Parti populaire espagnol[1] a exclu hier le député Antoni Pastor."
    ).mentions
    assert "Parti populaire espagnol" in set(mentions["actor"])
    assert not mentions["actor"].str.contains(r"\[").any()


def test_the_english_honorific_mr_is_no_part_of_a_name() -> None:
    mentions = analyze(
        "Le président Joey Saputo a présenté l'entraîneur. Mr Saputo a aussi annoncé le "
        "retour de plusieurs joueurs."
    ).mentions
    assert set(mentions["actor"]) == {"Joey Saputo"}


def test_spellings_of_one_name_are_one_actor() -> None:
    mentions = analyze(
        "Les Frères musulmans ont appelé à manifester au Caire. Les Frères Musulmans "
        "revendiquent la victoire. Le SpaceX-Dragon est parti. Le Space X Dragon est arrivé."
    ).mentions
    for word in ("Frères", "Dragon"):
        named = mentions[mentions["text"].str.contains(word)]
        assert len(named) == 2 and named["actor"].nunique() == 1, named[["text", "actor"]]


def test_a_misspelt_or_abbreviated_full_name_is_the_same_person() -> None:
    mentions = analyze(
        "Le graphiste Miguel Neiva a conçu un code pour les daltoniens. Miguel Nerva l'a "
        "présenté à Porto. Le premier ministre Jean-Marc Ayrault a parlé mardi. Puis "
        "J-M Ayrault a quitté la salle."
    ).mentions
    people = mentions[mentions["type"] == "person"]
    assert set(people["actor"]) == {"Miguel Neiva", "Jean-Marc Ayrault"}, set(people["actor"])
    assert "Miguel Nerva" in set(people.loc[people["how"] == "variant", "text"])


def test_two_people_who_share_a_surname_stay_two() -> None:
    actors = analyze(
        "Le sénateur Scott Brown a perdu dans le Massachusetts. Le sénateur Sherrod Brown "
        "a gagné dans l'Ohio."
    ).actors
    assert {"Scott Brown", "Sherrod Brown"} <= set(actors["actor"])


def test_a_surname_in_the_headline_is_the_first_full_name_after_it() -> None:
    mentions = analyze(
        "Obama raille Romney\n\nBarack Obama s'est adressé à la foule dans l'Ohio. Sa femme "
        "Michelle Obama ouvrira la convention."
    ).mentions
    assert set(mentions.loc[mentions["text"] == "Obama", "actor"]) == {"Barack Obama"}


def test_a_surname_with_a_particle_joins_the_full_name() -> None:
    mentions = analyze(
        "L'entraîneur Nick De Santis a présenté l'équipe. « Nous allons gagner », a dit De "
        "Santis. Selon Santis, la saison sera longue."
    ).mentions
    assert set(mentions.loc[mentions["type"] == "person", "actor"]) == {"Nick De Santis"}


def test_a_name_after_a_title_names_a_person() -> None:
    mentions = analyze("Selon le Professeur Nobutaka Miura, le français est mort.").mentions
    assert mentions.set_index("actor").loc["Nobutaka Miura", "type"] == "person"


def test_a_name_stops_at_a_colon_a_verb_or_a_weekday() -> None:
    actors = set(
        analyze(
            "Ouragan Sandy : 39 morts\n\nL'ouragan a touché le New Jersey mercredi. Le "
            "Dragon amortisse sa chute dans l'océan."
        ).actors["actor"]
    )
    assert "Ouragan Sandy" in actors and "New Jersey" in actors, actors
    assert not any(":" in a or "mercredi" in a or "amortisse" in a for a in actors), actors


def test_a_phrase_capitalised_only_in_its_determiner_is_no_name() -> None:
    article = DATA_DIR / "wikinews_fr_2012" / "44839.html"  # "Un deuxième typhon, Damrey, …"
    actors = set(analyze(article).actors["actor"])
    assert "Damrey" in actors and not any("typhon" in a for a in actors), actors


def test_an_acronym_given_in_parentheses_stands_for_the_name_later_too() -> None:
    mentions = analyze(
        "La Communauté économique des États d'Afrique de l'Ouest (CEDEAO) a organisé un "
        "sommet. La CEDEAO est prête à intervenir."
    ).mentions
    assert mentions["actor"].nunique() == 1 and len(mentions) == 3


def test_an_acronym_named_before_its_name_is_the_same_actor() -> None:
    mentions = analyze(
        "Les militants du FLN (Front de libération nationale) ont défilé à Alger. Selon le "
        "rapport du BEA, le Bureau d'enquêtes et d'analyses, l'avion a décroché."
    ).mentions
    assert set(mentions["actor"]) == {
        "Front de libération nationale",
        "Bureau d'enquêtes et d'analyses",
        "Alger",
    }
    assert set(mentions.loc[mentions["text"].isin(["FLN", "BEA"]), "how"]) == {"alias"}


def test_a_person_and_a_place_spelt_alike_stay_two() -> None:
    def mention(actor: str, kind: str) -> Mention:
        return Mention(0, 1, actor, "PER", actor, kind, "exact", 0, 1)

    merged = _merge_variants(
        [mention("Len", "person"), mention("Lens", "place"), mention("LENS", "place")]
    )
    assert [m.actor for m in merged] == ["Len", "Lens", "Lens"]


def test_a_name_with_a_word_for_an_organisation_is_no_person() -> None:
    actors = analyze(
        "Le musée accueille les tableaux du Francine Clark Art Institute, fondé par Sterling Clark."
    ).actors.set_index("actor")["type"]
    assert actors["Francine Clark Art Institute"] == "organisation"
    assert actors["Sterling Clark"] == "person"


def test_an_english_name_cut_at_and_is_joined_again() -> None:
    actors = analyze(
        "Les tableaux du Sterling & Francine Clark Art Institute sont à Montréal. Le "
        "Sterling and Francine Clark Art Institute rouvrira en 2014. La collection de "
        "Sterling Clark est célèbre."
    ).actors.set_index("actor")
    institute = actors.loc["Sterling & Francine Clark Art Institute"]
    assert (institute["type"], institute["mentions"]) == ("organisation", 2)
    assert actors.loc["Sterling Clark", "type"] == "person"
    assert not any(name.endswith((" and", " &")) for name in actors.index)


def test_two_names_of_organisations_side_by_side_are_one() -> None:
    actors = analyze(
        "Arnaud Montebourg a défendu le nucléaire sur BFM TV. Europe Écologie Les Verts "
        "faisait part dimanche soir de son étonnement à la suite de ces déclarations."
    ).actors
    assert "Europe Écologie Les Verts" in set(actors["actor"])
    assert not {"Europe Écologie", "Les Verts"} & set(actors["actor"])


def test_a_name_that_completes_a_term_is_no_actor() -> None:
    actors = analyze(
        "Boson de Higgs : une découverte historique\nLe boson de Higgs a été observé au "
        "CERN. Le physicien Peter Higgs a salué la découverte. La maladie d'Alzheimer "
        "progresse, selon l'OMS."
    ).actors.set_index("actor")
    assert actors.loc["Peter Higgs", "mentions"] == 1
    assert actors.loc["Boson de Higgs", "type"] == "other"
    assert not any("Alzheimer" in name for name in actors.index)


def test_a_word_for_an_organisation_types_the_name_after_it() -> None:
    text = (
        "Pollution\n\nLe tribunal a condamné la société Sorelchim. « C'est injuste », a réagi "
        "l'avocat de Sorelchim. Dans un communiqué, le groupe indique avoir investi."
    )
    result = analyze(text)
    types = set(result.mentions.loc[result.mentions["actor"] == "Sorelchim", "type"])
    assert types == {"organisation"}
    assert "Sorelchim" in set(result.claims["actor"])  # "le groupe" takes it up


def test_a_participle_opening_a_sentence_is_no_name() -> None:
    article = DATA_DIR / "synthetic_fr_2026" / "v01.txt"
    assert "Sollicitée" in article.read_text(encoding="utf-8")
    assert "Sollicitée" not in set(analyze(article).mentions["text"])
