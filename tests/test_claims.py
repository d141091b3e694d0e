"""Claims: the sample article against its hand annotation, and the cue constructions one
by one."""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.evaluate import evaluate_claims
from analysis.paths import DATA_DIR


def claims_of(text: str) -> set[tuple[str, str, str]]:
    claims = analyze(text).claims
    return set(zip(claims["actor"], claims["position"], claims["target"], strict=True))


def test_sample_claims_match_the_annotation() -> None:
    table = evaluate_claims(DATA_DIR / "seed" / "gold.json")
    counts = table["status"].value_counts()
    assert len(table) == 10
    assert counts.get("found", 0) >= 8
    assert counts.get("wrong position", 0) <= 2


def test_sample_claims_are_traceable(sample) -> None:
    text = sample.articles["text"].item()
    claims = sample.claims
    assert set(claims["position"]) <= {"support", "oppose", "neutral"}
    assert (claims["origin"] == "auto").all()
    for claim in claims.itertuples():
        assert text[claim.start : claim.end] == claim.issue
        assert text[claim.cue_start : claim.cue_end] == claim.cue
        assert claim.evidence in text
    poutine = claims[(claims["actor"] == "Vladimir Poutine") & (claims["cue"] == "suspendu")]
    assert poutine["position"].tolist() == ["oppose"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a call in the speaker's own words, aimed at its object
            "« J'exhorte la Russie à revenir dans le traité », a déclaré Antony Blinken.",
            ("Antony Blinken", "support", "Russie"),
        ),
        (  # an act of opposition, its target after "à"
            "Les États-Unis ont imposé de nouvelles sanctions à la Russie.",
            ("États-Unis", "oppose", "Russie"),
        ),
        (  # a negated cue turns support into opposition
            "Le président Vladimir Poutine n'a montré aucun intérêt pour ce plan de paix.",
            ("Vladimir Poutine", "oppose", ""),
        ),
        (  # an imperative in a quotation is a demand
            "« Mettez fin à cette guerre », a lancé Antony Blinken à Sergey Lavrov.",
            ("Antony Blinken", "support", ""),
        ),
        (  # the adjective of a participle: "nous sommes déterminés à…"
            "« Nous sommes déterminés à ramener Paul Whelan », a déclaré Antony Blinken.",
            ("Antony Blinken", "support", "Paul Whelan"),
        ),
        (  # a coordinated clause keeps its own subject when the parser lost it
            "La visite survient après que les États-Unis ont annoncé une aide militaire et "
            "que la secrétaire au Trésor, Janet Yellen, s'est engagée à accroître l'aide "
            "économique à l'Ukraine.",
            ("Janet Yellen", "support", "Ukraine"),
        ),
        (  # a statement naming no other actor supports what it says
            "« Le nucléaire est une filière d'avenir », a déclaré Arnaud Montebourg.",
            ("Arnaud Montebourg", "support", ""),
        ),
        (  # a verb the tagger took for a noun still has its subject
            "Le secrétaire général de la CGT, Bernard Thibault, demande au gouvernement des "
            "mesures pour stopper la fermeture des usines.",
            ("Bernard Thibault", "support", ""),
        ),
        (  # a demonstrative phrase takes up the earlier phrase: "Ces associations"
            "Quelques associations étudiantes ont manifesté leur opposition au gouvernement. "
            "Ces associations réclament la gratuité scolaire.",
            ("Quelques associations étudiantes", "support", ""),
        ),
        (  # words of judgement decide the side of a statement
            "« Ces actes d'une extrême violence sont inadmissibles », juge le ministère de "
            "l'Intérieur.",
            ("ministère de l'Intérieur", "oppose", ""),
        ),
        (  # a statement about another actor with no clear tone is neutral
            "Maria Zakharova a déclaré que la réunion avait été demandée par Antony Blinken.",
            ("Maria Zakharova", "neutral", "Antony Blinken"),
        ),
    ],
)
def test_cue_constructions(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims_of(text)


def test_a_preposition_can_turn_the_position() -> None:
    against = claims_of("Le Parlement européen a voté contre le traité ACTA.")
    assert ("Parlement européen", "oppose", "ACTA") in against
    assert ("Parlement européen", "support", "") in claims_of(
        "Le Parlement européen a voté le traité."
    )
    marched = claims_of("Les syndicats ont manifesté pour la hausse des salaires à Paris.")
    assert any(claim[1] == "support" for claim in marched)
    # a negation of what the cue is the subject of does not turn it: the fight goes on
    going_on = claims_of("La CGT a déclaré que la lutte pour les salaires n'est pas finie.")
    assert ("CGT", "support", "") in going_on


def test_a_sentence_to_prison_is_no_stance() -> None:
    claims = analyze("Un tribunal de Moscou a condamné Paul Whelan à 16 ans de prison.").claims
    assert "condamné" not in set(claims["cue"])


def test_a_participle_describing_a_noun_is_no_stance() -> None:
    claims = analyze("La CGT estime à 75 000 le nombre d'emplois menacés dans l'industrie.").claims
    assert "menacés" not in set(claims["cue"])


def test_coordinated_actors_each_hold_the_claim() -> None:
    claims = claims_of("La France et l'Allemagne ont condamné l'attaque contre le convoi.")
    assert {("France", "oppose", ""), ("Allemagne", "oppose", "")} <= claims


def test_a_suggestion_belongs_to_whom_it_is_of() -> None:
    claims = claims_of(
        "Le chef du Conseil a critiqué la suggestion de la secrétaire d'État Hillary Clinton de "
        "constituer un front élargi de l'opposition."
    )
    assert ("Hillary Clinton", "support", "") in claims
