"""Claims: the sample article against its hand annotation, and the cue constructions one
by one."""

from __future__ import annotations

import json

import pytest

import analysis.claims as claims_module
from analysis import analyze
from analysis.errors import ResourceError
from analysis.evaluate import evaluate_claims
from analysis.paths import DATA_DIR, RESOURCE_DIR


def claims_of(text: str) -> set[tuple[str, str, str]]:
    claims = analyze(text).claims
    return set(zip(claims["actor"], claims["position"], claims["target"], strict=True))


def test_sample_claims_match_the_annotation() -> None:
    table = evaluate_claims(DATA_DIR / "seed" / "gold.json")
    table = table[table["side"] == "gold"]
    counts = table["status"].value_counts()
    assert len(table) == 10
    assert counts.get("found", 0) >= 8
    assert counts.get("wrong position", 0) <= 2


def test_claims_keep_the_words_naming_their_actor() -> None:
    claims = analyze(
        "Total a fermé sa raffinerie de Gonfreville en septembre. Le groupe refuse de "
        "négocier avec les syndicats. « Nous condamnons cette fermeture », a déclaré Marie "
        "Dupont, de la CGT. Elle exige un plan social."
    ).claims
    named = set(zip(claims["actor"], claims["holder"], strict=True))
    assert {
        ("Total", "Le groupe"),
        ("Marie Dupont", "Marie Dupont"),
        ("Marie Dupont", "Elle"),
    } <= named


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
        (  # to appoint somebody supports them
            "Le président Barack Obama a nommé Jean Dupont ambassadeur en France.",
            ("Barack Obama", "support", "Jean Dupont"),
        ),
        (  # the agent of a passive act
            "Elle fut béatifiée en 1980 par le pape Jean-Paul II.",
            ("Jean-Paul II", "support", ""),
        ),
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
        (  # a participle the tagger took for an adjective still acts: "a nuancé"
            "Pour terminer, la porte-parole Anne Roux a nuancé les chiffres du parquet.",
            ("Anne Roux", "oppose", ""),
        ),
        (  # to take apart what somebody says opposes it
            "C'est dans l'Ohio que Barack Obama s'adresse à la foule pour démonter la "
            "stratégie de Mitt Romney.",
            ("Barack Obama", "oppose", "Mitt Romney"),
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
        (  # a statement about another actor with no clearly negative tone supports
            "Maria Zakharova a déclaré que la réunion avait été demandée par Antony Blinken.",
            ("Maria Zakharova", "support", "Antony Blinken"),
        ),
        (  # a statement in a clearly negative tone opposes what it describes
            "« Les bombardements ont tué des centaines de civils et détruit les hôpitaux », "
            "a déclaré le ministre Jean Dupont.",
            ("Jean Dupont", "oppose", ""),
        ),
        (  # a statement that denies opposes
            "« Les milices du nord ne représentent pas les Maliens », a déclaré le maire "
            "Jean Dupont.",
            ("Jean Dupont", "oppose", "Mali"),
        ),
        (  # being against something opposes it, not being against it supports
            "« Nous ne sommes pas contre la route », a lancé Mariam Koné.",
            ("Mariam Koné", "support", ""),
        ),
        (
            "« Nous sommes contre le fait qu'on nous jette dehors », a lancé Mariam Koné.",
            ("Mariam Koné", "oppose", ""),
        ),
        (  # an adjective after "se dire" is the subject's: "s'est dit « choqué »"
            "Le ministre Cédric Vuilleumier s'est dit « choqué » de ne pas avoir été informé "
            "avant l'annonce et a demandé à rencontrer la direction sans délai.",
            ("Cédric Vuilleumier", "oppose", ""),
        ),
        (  # a negation reaches the infinitive after "entendre": not backing down supports
            "La ministre Isabelle Ferrand a assuré qu'elle n'entendait pas reculer.",
            ("Isabelle Ferrand", "support", ""),
        ),
        (  # a name before its apposition holds the claim, though the parser gives both
            "Le syndicat Unia dénonce le plan. Syna, l'autre organisation représentée dans la "
            "branche, réclame un plan social.",
            ("Syna", "support", ""),
        ),
        (
            "Le SE-Unsa se montre plus ouvert, mais conditionne son accord à une hausse des "
            "salaires.",
            ("SE-Unsa", "support", ""),
        ),
        (  # an epithet takes up the person named last
            "Le maire de Yopougon, Lassina Cissé, se trouve dans une position délicate. "
            "L'élu demande au gouvernement un geste pour les familles.",
            ("Lassina Cissé", "support", ""),
        ),
        (  # "contre" alone after the verb turns it
            "Le Parti socialiste et les écologistes ont voté contre.",
            ("Parti socialiste", "oppose", ""),
        ),
        (  # an act of support against something opposes it
            "La CGT a lancé une campagne publique contre la réforme.",
            ("CGT", "oppose", ""),
        ),
        (  # "ni … ni" denies what a copula says
            "« Ce document n'est ni une reconnaissance, ni une amnistie », a insisté le "
            "ministre Jean Dupont.",
            ("Jean Dupont", "oppose", ""),
        ),
        (  # a negated cleft denies its focus: the measure, not help
            "« Ce n'est pas cette nouvelle loi qui va nous aider », a déclaré le maire Jean "
            "Dupont.",
            ("Jean Dupont", "oppose", ""),
        ),
        (  # and opposes the actor it is about
            "Maria Zakharova a déclaré que Antony Blinken menait une guerre d'agression "
            "criminelle.",
            ("Maria Zakharova", "oppose", "Antony Blinken"),
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


def test_a_preposition_that_changes_the_sense_also_in_its_contracted_form() -> None:
    claims = analyze("Le ministre Jean Dupont a envisagé un recours aux fonds de secours.").claims
    assert "recours" not in set(claims["cue"])
    appeal = analyze("Le ministre Jean Dupont a déposé un recours contre la décision.").claims
    assert ("Jean Dupont", "oppose") in set(zip(appeal["actor"], appeal["position"], strict=True))


def test_who_undergoes_an_act_does_not_hold_it() -> None:
    assert analyze("Les officiels reçoivent les sportifs, à l'exclusion des artistes.").claims.empty
    cuts = analyze("Le Parti socialiste a annoncé la suppression de 5 000 postes.").claims
    assert set(cuts["actor"]) == {"Parti socialiste"}
    # what is rejected does not reject: the speaker welcoming the rejection opposes it
    rejected = analyze(
        "« Le rejet d'ACTA est une victoire pour les citoyens », a déclaré Marie Lefèvre."
    ).claims
    assert set(zip(rejected["actor"], rejected["position"], strict=True)) == {
        ("Marie Lefèvre", "oppose")
    }
    # what is created, celebrated or financed undergoes it, even a body that could speak
    for text in (
        "Bruxelles a salué la création du nouveau gouvernement d'union nationale.",
        "Le sénateur Jean Roux a défendu la création d'une agence fédérale de protection.",
        "Le ministre Paul Roux a promis le financement des universités du Québec.",
    ):
        holders = set(analyze(text).claims["actor"])
        assert holders and not any(
            w in h for h in holders for w in ("gouvernement", "agence", "universités")
        ), (text, holders)


def test_only_people_act_or_speak() -> None:
    assert analyze("Les choix fiscaux ont favorisé la demande de gazole.").claims.empty
    assert analyze("L'ouragan a balayé la côte est des États-Unis lundi soir.").claims.empty
    assert analyze("Les déclarations se multiplient pour plaider la cause du pays.").claims.empty
    # a word for people or a name inside a clause of the noun does not make it people
    assert analyze(
        "Les papillons exposés à la radioactivité en laboratoire présentaient des malformations."
    ).claims.empty
    assert analyze(
        "L'amendement, comme les projets de loi tel que Stop Online Piracy Act, crée une censure."
    ).claims.empty
    appeals = analyze("Les habitants ont plaidé la cause du village devant le préfet.").claims
    assert set(appeals["actor"]) == {"Les habitants"}
    signed = analyze("Vingt-sept personnes ont signé la pétition.").claims
    assert set(zip(signed["actor"], signed["position"], strict=True)) == {
        ("Vingt-sept personnes", "oppose")  # a petition protests unless it says for what
    }


def test_a_sentence_to_prison_is_no_stance() -> None:
    claims = analyze("Un tribunal de Moscou a condamné Paul Whelan à 16 ans de prison.").claims
    assert "condamné" not in set(claims["cue"])


def test_a_noun_after_its_idiomatic_preposition_is_no_stance() -> None:
    def cues(text: str) -> str:
        return " | ".join(analyze(text).claims["cue"])

    assert "plan" in cues("Le ministre Pierre Moscovici a présenté un plan de relance.")
    assert "plan" not in cues("Pierre Moscovici juge la France faible sur le plan économique.")


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


def positions_of(text: str, actor: str) -> set[str]:
    claims = analyze(text).claims
    return set(claims.loc[claims["actor"] == actor, "position"])


@pytest.mark.parametrize(
    ("text", "actor", "position"),
    [
        (  # a plural pronoun takes up the plural people the sentence before is about
            "Des locuteurs du français en ont après la Francophonie institutionnelle. Ils "
            "souhaitent être désignés comme francophones.",
            "Des locuteurs du français",
            {"support"},
        ),
        (  # …or of the one before, when no plural subject stands between
            "Des locuteurs du français en ont après la Francophonie institutionnelle. "
            "L'organisation les réduit à un statut d'usagers. Or, ils souhaitent être "
            "désignés comme francophones.",
            "Des locuteurs du français",
            {"support"},
        ),
        (  # a name given as an example holds the claim beside its group
            "Les groupes de défense des droits humains, dont Amnesty International, ont "
            "condamné ces attaques.",
            "Les groupes de défense des droits humains",
            {"oppose"},
        ),
        (
            "Les groupes de défense des droits humains, dont Amnesty International, ont "
            "condamné ces attaques.",
            "Amnesty International",
            {"oppose"},
        ),
        (  # a list the parser hung on the verb is still the agent's
            "Le traité a été signé par 22 des 27 gouvernements de l'Union européenne, ainsi "
            "que le Japon, le Canada, le Mexique et le Maroc.",
            "Mexique",
            {"support"},
        ),
        (  # the owner of what acts holds the claim, not the thing
            "Le projet a été financé par les dons de la Fondation Wikimedia (50 %), de "
            "l'Allen Institute (25 %) et de Google (25 %).",
            "Fondation Wikimedia",
            {"support"},
        ),
        (  # "ils" is no single person; it takes up the plural subject of a clause
            "Le reporter Paul Martin a été agressé au Caire. Les journalistes de la chaîne sont "
            "maintenant en sécurité, mais choqués, a indiqué leur direction. Ils vont déposer "
            "une plainte contre X.",
            "Les journalistes de la chaîne",
            {"oppose"},
        ),
        (
            "Le reporter Paul Martin a été agressé au Caire. Les journalistes de la chaîne sont "
            "maintenant en sécurité, mais choqués, a indiqué leur direction. Ils vont déposer "
            "une plainte contre X.",
            "Paul Martin",
            set(),
        ),
        (  # a prefix of stance: "anti-" opposes, for who acts with the thing it describes
            "Les manifestants ont scandé des slogans anti-américains devant l'ambassade.",
            "Les manifestants",
            {"oppose"},
        ),
        (  # "pro-" supports, for the people it describes
            "Les partis pro-européens ont remporté les élections législatives.",
            "Les partis pro-européens",
            {"support"},
        ),
        (  # only when it describes a noun
            "Nous connaissions le ministre Arnaud Montebourg comme étant pro-nucléaire.",
            "Arnaud Montebourg",
            set(),
        ),
        (  # a stance in apposition is the actor's
            "Le député Jean Dupont, opposant à la réforme, a pris la parole.",
            "Jean Dupont",
            {"oppose"},
        ),
        (  # a woman's noun finds its masculine cue: "artisane" → "artisan"…
            "Il a perdu face à Elizabeth Warren, artisane de la réforme bancaire.",
            "Elizabeth Warren",
            {"support"},
        ),
        (  # …but "retraite" is no "retrait"
            "Le PDG Jean Dupont veut procéder uniquement à des départs à la retraite.",
            "Jean Dupont",
            {"support"},
        ),
        (  # the agent of a noun of stance, after "par"
            "La condamnation de l'attaque par l'ONU a été immédiate.",
            "ONU",
            {"oppose"},
        ),
        (  # a headline's colon makes no apposition
            "France : lancement des Journées de l'archéologie",
            "France",
            set(),
        ),
        (  # taking hostages is the captors' act, also in the passive…
            "Des touristes ont été pris en otage par les Talibans.",
            "Talibans",
            {"oppose"},
        ),
        (  # …and when the hostages come first
            "Des rebelles ont pris 52 diplomates en otages.",
            "Des rebelles",
            {"oppose"},
        ),
        (  # never the hostages'
            "Des rebelles ont envahi l'ambassade et pris 52 diplomates en otages.",
            "52 diplomates",
            set(),
        ),
        (  # a lowered rating opposes
            "L'agence Moody's a abaissé la note de l'Espagne.",
            "Moody's",
            {"oppose"},
        ),
        (  # the main verb's negation does not reach a circumstance
            "Malgré les demandes des syndicats, le gouvernement ne retirera pas la réforme.",
            "syndicats",
            {"support"},
        ),
        (  # a decision supports what it decides…
            "La Croatie a décidé de rendre public les noms des fraudeurs.",
            "Croatie",
            {"support"},
        ),
        (  # …not when it decides an outcome
            "L'Ohio pourrait décider de l'élection présidentielle.",
            "Ohio",
            set(),
        ),
        (  # "ont déterminé que" establishes, it is not "sont déterminés à"
            "Les chercheurs de la NASA ont déterminé que la planète est une géante gazeuse.",
            "Les chercheurs de la NASA",
            set(),
        ),
        (  # a company named by what it is holds a claim
            "Le géant japonais promet une autonomie accrue de son système.",
            "Le géant japonais",
            {"support"},
        ),
        (  # "se voir demander" is to be asked: neither asking nor removing
            "Le propriétaire se verra demander de retirer la page.",
            "Le propriétaire",
            set(),
        ),
        (  # "qui" hung on a noun that names nobody stands for the name nearer to it
            "Des associations ont manifesté leur opposition à la position du gouvernement "
            "du Parti québécois qui désire indexer les frais de scolarité.",
            "Parti québécois",
            {"support"},
        ),
        (  # …not when that noun names a person: "le successeur de X, qui…" is not X
            "Il a eu un clash avec Bernard Bonnet, le successeur de Claude Erignac, qui a "
            "condamné le racket.",
            "Claude Erignac",
            set(),
        ),
        (  # who acts with the subject holds the claim too
            "Le député Jean Dupont a voté contre la loi avec l'opposition socialiste.",
            "l'opposition socialiste",
            {"oppose"},
        ),
        (  # a group named beside a name holds the claim too
            "La Grande-Bretagne et la communauté scientifique internationale fêtent le "
            "centenaire d'Alan Turing.",
            "la communauté scientifique internationale",
            {"support"},
        ),
        (  # a thing the act is done with holds nothing
            "Le graphiste Miguel Neiva a conçu ce code avec des formes universelles.",
            "des formes universelles",
            set(),
        ),
        (  # an act named as the purpose of a gathering is its subject's
            "Plusieurs milliers de personnes se sont rassemblées vendredi à Téhéran pour une "
            "manifestation contre le gouvernement.",
            "Plusieurs milliers de personnes",
            {"oppose"},
        ),
        (  # a call for a rejection opposes: the inner cue says what is called for
            "Le député Jean Dupont a appelé au rejet du projet de loi.",
            "Jean Dupont",
            {"oppose"},
        ),
        (  # the same call for support stays support
            "Le député Jean Dupont a appelé au soutien du projet de loi.",
            "Jean Dupont",
            {"support"},
        ),
        (  # a negated modal reaches the infinitive it governs
            "Selon le ministre Jean Dupont, on ne peut pas interdire ce traitement.",
            "Jean Dupont",
            {"support"},
        ),
        (  # "peu de" turns the noun it quantifies
            "Les syndicats de la SNCF montrent peu d'intérêt pour la réforme.",
            "Les syndicats de la SNCF",
            {"oppose"},
        ),
        (  # "par deux fois" in an active clause is no agent
            "Le député Jean Dupont vota contre le budget par deux fois.",
            "Jean Dupont",
            {"oppose"},
        ),
        (  # a pronominal verb is not a passive: "se plaint"
            "La chanteuse Marie Fotso se plaint de la politique culturelle du gouvernement.",
            "Marie Fotso",
            {"oppose"},
        ),
        (  # a noun of stance after "en" belongs to the subject of "être"
            "La Confédération générale du travail est en grève depuis lundi.",
            "Confédération générale du travail",
            {"oppose"},
        ),
        (  # a commitment made by someone: the agent of the participle
            "Le gouvernement a réitéré l'engagement pris par le président Jean Dupont de "
            "ramener les comptes à l'équilibre.",
            "Jean Dupont",
            {"support"},
        ),
        (  # a share of a group: the group holds the claim
            "Le traité a été signé par 22 des 27 gouvernements de l'Union européenne.",
            "27 gouvernements de l'Union européenne",
            {"support"},
        ),
        (  # each name of a list of complements holds the claim
            "Ces journées sont lancées avec le soutien de la Fondation EDF, de Bouygues "
            "Travaux Publics et de CEMEX.",
            "CEMEX",
            {"support"},
        ),
        (  # a word for people after a noun of stance holds it, named or not
            "Le centre ouvre malgré l'opposition d'une partie des habitants.",
            "une partie des habitants",
            {"oppose"},
        ),
        (  # a verb the lemmatizer left as its noun still finds its cue
            "La République dominicaine reproche à la Francophonie l'excès de son volet "
            "géo-historique.",
            "République dominicaine",
            {"oppose"},
        ),
        (  # organising is an act of support
            "Le ministère de la Culture organise les Journées de l'archéologie.",
            "ministère de la Culture",
            {"support"},
        ),
        (  # an intention is support, a refused wish opposition
            "Les autorités britanniques envisagent de déployer des missiles sur six sites.",
            "Les autorités britanniques",
            {"support"},
        ),
        (
            "Le ministre Jean Dupont ne veut pas de cette réforme.",
            "Jean Dupont",
            {"oppose"},
        ),
        (  # "ce dernier" is the person named last
            "Le parti a rappelé l'attitude de Nicolas Sarkozy. Ce dernier a condamné la "
            "grève des enseignants.",
            "Nicolas Sarkozy",
            {"oppose"},
        ),
        (  # the subject after the verb of an object relative, read as its object
            "Le préfet a publié un bilan, une version que conteste Greenpeace.",
            "Greenpeace",
            {"oppose"},
        ),
        (  # each name a plural holder lists between commas
            "Les trois syndicats, Force ouvrière, la CFDT et la CGT, protestent contre la "
            "réforme des retraites.",
            "Force ouvrière",
            {"oppose"},
        ),
        (  # who called for an act shares its claim
            "À l'appel de la Confédération paysanne, des éleveurs ont bloqué le port de Brest.",
            "Confédération paysanne",
            {"oppose"},
        ),
        (  # people gathering protest, unless a purpose says otherwise
            "Plusieurs centaines de personnes se sont rassemblées devant la mairie à "
            "l'appel de la CGT.",
            "CGT",
            {"oppose"},
        ),
        (
            "Des centaines d'habitants se sont rassemblés pour soutenir le maire.",
            "Des centaines d'habitants",
            {"support"},
        ),
        (  # a reflexive cue needs its pronoun: "se mobiliser", not "mobiliser des moyens"
            "Les infirmières se sont mobilisées contre la fermeture de la maternité.",
            "Les infirmières",
            {"oppose"},
        ),
        (
            "Le ministre Jean Dupont a mobilisé des moyens importants.",
            "Jean Dupont",
            set(),
        ),
        (  # a strike launched by somebody is that somebody's opposition
            "La grève lancée par l'intersyndicale a paralysé le réseau.",
            "l'intersyndicale",
            {"oppose"},
        ),
        (  # "ne pas décolérer" is to stay angry
            "Le maire de Nantes, Paul Morel, ne décolère pas.",
            "Paul Morel",
            {"oppose"},
        ),
        (  # abstaining and declining to comment are neutral; commenting is no claim
            "Les députés centristes se sont abstenus.",
            "Les députés centristes",
            {"neutral"},
        ),
        (
            "Le ministre de la Santé, Jean Dupont, s'est refusé à commenter la décision.",
            "Jean Dupont",
            {"neutral"},
        ),
        (
            "La société Renault n'a pas souhaité réagir.",
            "Renault",
            {"neutral"},
        ),
        (
            "Le ministre Jean Dupont a commenté la décision devant la presse.",
            "Jean Dupont",
            set(),
        ),
        (  # declining to confirm or to give details is a comment declined
            "La police n'a pas confirmé le lien entre ces arrestations et les Jeux.",
            "La police",
            {"neutral"},
        ),
        (
            "Scotland Yard n'a pas donné de détails sur l'implication de ces personnes.",
            "Scotland Yard",
            {"neutral"},
        ),
        (  # "personne ne…" denies
            "« Personne ne nous a consultés avant de choisir ce terrain », a déclaré la "
            "maire Anne Roux.",
            "Anne Roux",
            {"oppose"},
        ),
        (  # a participle after "être" reads as the adjective; "par principe" is no agent
            "« Nous ne sommes pas opposés par principe à l'éolien », a déclaré le maire "
            "Paul Morel.",
            "Paul Morel",
            {"support"},
        ),
        (  # a noun phrase opening the sentence is its subject even when the parser
            # hung it on the verb as a circumstance
            "La tête de liste des écologistes, Claire Aubanel, conteste le tracé retenu.",
            "Claire Aubanel",
            {"oppose"},
        ),
        (  # "-t-elle": the pronoun, not the "-t", is the subject
            "La maire, Claire Aubanel, conteste le tracé. « Nous voulons un autre tram », "
            "résume-t-elle.",
            "Claire Aubanel",
            {"oppose", "support"},
        ),
        (  # an appeal "contre" something is a stance even with "à" ("recours à la force"
            # is none)
            "Le collectif a introduit un recours au Conseil d'État contre le permis de construire.",
            "Le collectif",
            {"oppose"},
        ),
        (  # a number of people: the people hold it
            "En fin de journée, une centaine d'ouvriers se sont rassemblés devant l'usine.",
            "ouvriers",
            {"oppose"},
        ),
        (  # the manner of an act is its subject's stance, also hung on the object
            "Les syndicats d'enseignants accueillent la réforme avec soulagement.",
            "Les syndicats d'enseignants",
            {"support"},
        ),
        (  # an adjective the parser hung on an adverb is its verb's subject's
            "Le syndicat critique le texte. Son vice-président, Paul Morel, qui se dit par "
            "ailleurs favorable à une réforme, a quitté la réunion.",
            "Paul Morel",
            {"support"},
        ),
        (  # a verb of taking sides with its side; without one it takes none
            "Le groupe Ecolo s'est prononcé contre le texte.",
            "Ecolo",
            {"oppose"},
        ),
        (
            "Les députés se sont prononcés en faveur de la réforme.",
            "Les députés",
            {"support"},
        ),
        (
            "Le maire Paul Morel se dit pour une nouvelle concertation.",
            "Paul Morel",
            {"support"},
        ),
        (
            "La Cour constitutionnelle se prononcera lundi sur le recours.",
            "Cour constitutionnelle",
            set(),
        ),
        (  # keeping to a bare answer or refraining from a side is neutral
            "Le ministre Paul Morel s'est contenté de répondre que « toutes les options sont "
            "sur la table ».",
            "Paul Morel",
            {"neutral"},
        ),
        (
            "Le Comité national olympique s'est gardé de trancher.",
            "Comité national olympique",
            {"neutral"},
        ),
        (  # presenting a measure supports it; taking a case to a court and warning
            # against something oppose
            "La ministre Isabelle Roux a présenté mardi un projet de réforme des lycées.",
            "Isabelle Roux",
            {"support"},
        ),
        (
            "L'association Greenpeace a saisi le Conseil d'État.",
            "Greenpeace",
            {"oppose"},
        ),
        (
            "La Fédération nationale des chasseurs met en garde contre une interdiction.",
            "Fédération nationale des chasseurs",
            {"oppose"},
        ),
        (  # no voting instruction is neutral
            "Les Verts, eux, n'avaient pas donné de consigne de vote.",
            "Les Verts",
            {"neutral"},
        ),
        (  # a document voted says what it asks for
            "Le conseil régional a voté une motion demandant le report de la réforme.",
            "Le conseil régional",
            {"oppose"},
        ),
        (  # a petition is a protest, as a demonstration is…
            "Le collectif des parents a lancé une pétition qui a recueilli 3 000 signatures.",
            "Le collectif des parents",
            {"oppose"},
        ),
        (  # …unless it says what it is for
            "Le collectif des parents a lancé une pétition pour le maintien de l'école.",
            "Le collectif des parents",
            {"support"},
        ),
        (  # a call to a gathering opposes, as the gathering does
            "Le collectif des riverains appelle à un nouveau rassemblement mardi devant la mairie.",
            "Le collectif des riverains",
            {"oppose"},
        ),
        (  # who called the protesters out shares what they do
            "À l'appel de l'intersyndicale, les grévistes ont allumé des feux de palettes.",
            "l'intersyndicale",
            {"oppose"},
        ),
        (  # …as do those who joined the callers
            "À l'appel de la Coordination rurale, rejointe en fin de matinée par la FDSEA, "
            "les manifestants ont déversé du fumier devant la préfecture.",
            "FDSEA",
            {"oppose"},
        ),
        (  # …or the actor
            "La CGT, rejointe par FO et la CFDT, a manifesté contre la réforme.",
            "CFDT",
            {"oppose"},
        ),
        (  # an occupation with where the person comes from takes up the person quoted
            "« C'est intenable », a déclaré Bertrand Lafargue, président départemental de la "
            "Coordination rurale. L'éleveur de Nérac réclame un « moratoire immédiat » sur "
            "les nouvelles restrictions.",
            "Bertrand Lafargue",
            {"oppose"},
        ),
    ],
)
def test_holders_and_turns(text: str, actor: str, position: set[str]) -> None:
    assert positions_of(text, actor) == position


def test_plural_after_a_name_is_no_apposition() -> None:
    claims = analyze(
        "Pendant que se tient le congrès pour désigner le successeur de Hu Jintao, des "
        "centaines de Tibétains manifestent contre l'occupation chinoise."
    ).claims
    protest = claims[claims["cue"].str.startswith("manifestent")]
    assert "Hu Jintao" not in set(protest["actor"])
    assert len(protest) and protest["actor"].str.contains("Tibétains").all()


def test_a_quotation_over_several_sentences_gives_one_claim_per_sentence() -> None:
    result = analyze(
        "Le chercheur Valentin Sapounov a présenté ses résultats. « Nous avons trouvé des "
        "poils dans la grotte. Nous sommes certains qu'ils appartiennent à une créature "
        "inconnue », a déclaré Valentin Sapounov."
    )
    claims = result.claims[result.claims["actor"] == "Valentin Sapounov"]
    quoted = result.quotes.loc[result.quotes["speaker"] == "Valentin Sapounov", "sentence_id"]
    assert len(quoted)
    assert claims["sentence_id"].nunique() >= 2


def test_two_annotations_can_be_compared_under_the_same_count(tmp_path) -> None:
    gold = DATA_DIR / "gold" / "claims_heldout9" / "claims_44290.json"
    itself = evaluate_claims(gold, against=gold)
    assert len(itself) and itself["status"].isin(["found", "annotated"]).all()
    other = json.loads(gold.read_text(encoding="utf-8"))
    for claim in other["claims"]:
        claim["position"] = "oppose" if claim["position"] == "support" else "support"
    flipped = tmp_path / gold.name
    flipped.write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    fewer = json.loads(gold.read_text(encoding="utf-8"))
    dropped = fewer["claims"].pop()
    shorter = tmp_path / "shorter.json"
    shorter.write_text(json.dumps(fewer, ensure_ascii=False), encoding="utf-8")
    machine = evaluate_claims(shorter, against=gold)
    machine = machine[machine["side"] == "machine"]
    assert (machine["status"] == "not annotated").sum() >= 1
    assert dropped["actor"] in set(machine.loc[machine["status"] == "not annotated", "actor"])
    flipped_table = evaluate_claims(gold, against=flipped)
    gold_rows = flipped_table[flipped_table["side"] == "gold"]
    assert len(gold_rows) and (gold_rows["status"] == "wrong position").all()


def test_afin_de_gives_the_main_verb_s_subject() -> None:
    claims = analyze(
        "Le Parti socialiste a organisé un meeting afin de soutenir la candidate."
    ).claims
    assert set(claims.loc[claims["actor"] == "Parti socialiste", "cue"]) == {"organisé", "soutenir"}


@pytest.mark.parametrize(
    ("name", "extra", "message"),
    [
        ("claim_cues", "", "listed twice"),  # the first entry again
        ("stance_phrases", "prendre acte,maybe,always,", "malformed resource file"),
    ],
)
def test_a_bad_line_in_a_cue_file_is_refused(
    tmp_path, monkeypatch, name: str, extra: str, message: str
) -> None:
    lines = (RESOURCE_DIR / f"{name}.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / f"{name}.csv").write_text("\n".join([*lines, extra or lines[1]]) + "\n", "utf-8")
    loader = getattr(claims_module, name)
    monkeypatch.setattr(claims_module, "RESOURCE_DIR", tmp_path)
    loader.cache_clear()
    try:
        with pytest.raises(ResourceError, match=message):
            loader()
    finally:
        monkeypatch.undo()
        loader.cache_clear()
    assert loader()  # the packaged file loads again


def test_a_verb_coordinated_in_what_is_reported_is_the_reporter_s() -> None:
    claims = analyze(
        "Le délégué syndical, Paul Morel, rappelle que les cadences « épuisent les équipes » "
        "et réclame que les postes vacants soient pourvus."
    ).claims
    demands = claims[claims["cue"].str.startswith("réclame")]
    assert demands["actor"].tolist() == ["Paul Morel"]
    assert demands["position"].tolist() == ["support"]


def test_the_verb_reporting_a_quotation_says_its_side_and_is_no_act() -> None:
    claims = analyze(
        "Le maire Paul Durand a visité l'usine. « Nous irons jusqu'au bout », a lancé Paul "
        "Durand. « Le gouvernement ne répond plus au téléphone », a dénoncé Marie Leroy, "
        "porte-parole du collectif."
    ).claims
    assert "lancé" not in set(claims["cue"])  # reporting, not launching anything
    leroy = claims[claims["actor"] == "Marie Leroy"]
    assert leroy["position"].tolist() == ["oppose"]


def test_a_verb_hung_on_a_relative_clause_keeps_the_subject_before_qui() -> None:
    claims = analyze(
        "Le Syndicat national des enseignants (SNE) et la Fédération des parents d'élèves "
        "(FPE), qui avaient réuni plusieurs centaines de personnes devant le rectorat en mars, "
        "réclament le retrait pur et simple de la réforme."
    ).claims
    demands = claims[claims["cue"].str.startswith("réclament")]
    assert set(demands["actor"]) == {
        "Syndicat national des enseignants",
        "Fédération des parents d'élèves",
    }
    assert set(demands["position"]) == {"oppose"}


def test_an_incise_between_auxiliary_and_participle_keeps_the_subject() -> None:
    claims = analyze(
        "Le syndicat Alliance Police nationale a, de son côté, appelé à « ne pas tirer de "
        "conclusions hâtives »."
    ).claims
    calls = claims[claims["cue"] == "appelé"]
    assert calls["actor"].tolist() == ["Alliance Police nationale"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sorelchim est condamnée, l'entreprise fait appel.", {"oppose"}),
        ("La société Sorelchim a interjeté appel de la décision.", {"oppose"}),
        ("Le maire a fait appel à l'armée.", {"support"}),  # a call, not an appeal
    ],
)
def test_an_appeal_against_a_judgement_opposes(text: str, expected: set[str]) -> None:
    assert set(analyze(text).claims["position"]) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Sollicitée, la préfecture de la Drôme indique « suivre la situation avec attention ».",
            "préfecture de la Drôme",
        ),
        (
            "Le conseiller d'État Laurent Rey-Mermet « prend acte » de la décision.",
            "Laurent Rey-Mermet",
        ),
        (
            "La Commission de la Cédéao a appelé au dialogue, sans se prononcer sur le fond.",
            "Commission de la Cédéao",
        ),
        (
            "Sollicitée à plusieurs reprises, la mairie de Canet n'a pas donné suite.",
            "mairie de Canet",
        ),
        (
            "La présidence gambienne n'a pas souhaité faire d'autre commentaire.",
            "présidence gambienne",
        ),
        (
            "La CFDT, qui ne s'est pas jointe au mouvement, adopte une position intermédiaire.",
            "CFDT",
        ),
    ],
)
def test_phrases_of_reserve_make_neutral_claims(text: str, actor: str) -> None:
    claims = analyze(f"Grève\n\nLe personnel est en grève depuis lundi. {text}").claims
    mine = claims[claims["actor"].str.contains(actor.split()[-1])]
    assert "neutral" in set(mine["position"])


def test_a_phrase_of_reserve_keeps_a_stance_alongside_its_own() -> None:
    claims = analyze(
        "Grève\n\nLe conseiller d'État Laurent Rey-Mermet « prend acte » de la décision mais "
        "réclame le retrait du texte."
    ).claims
    assert set(claims.loc[claims["actor"] == "Laurent Rey-Mermet", "position"]) == {
        "neutral",
        "oppose",
    }


def test_a_neutral_speech_cue_is_not_turned_by_what_it_governs() -> None:
    claims = analyze(
        "Maternité\n\nLa directrice, Nathalie Ferrand, a reçu les élus. « Je comprends la "
        "colère », glisse-t-elle."
    ).claims
    assert set(claims.loc[claims["actor"] == "Nathalie Ferrand", "position"]) == {"neutral"}


def test_a_participle_opening_the_sentence_is_undergone_by_the_subject() -> None:
    claims = analyze(
        "Grève\n\nLe personnel est en grève depuis lundi. Sollicitée à plusieurs reprises, la "
        "mairie de Canet n'a pas donné suite."
    ).claims
    assert claims[claims["cue"].str.contains("Sollicit")].empty


@pytest.mark.parametrize(
    ("text", "actor", "position"),
    [
        (
            "Le principal partenaire, Berry Granulats, a pris ses distances.",
            "Berry Granulats",
            "oppose",
        ),
        ("« Je ne prends pas parti », dit le maire, Alain Morateur.", "Alain Morateur", "neutral"),
        (
            "« Je n'ai pas à commenter ses décisions », a affirmé la ministre Geneviève Sirois.",
            "Geneviève Sirois",
            "neutral",
        ),
        (
            "Le collectif des supporters a appelé à une opération escargot lundi matin.",
            "Le collectif des supporters",
            "oppose",
        ),
        ("La Ligue accueille favorablement la décision.", "Ligue", "support"),
    ],
)
def test_phrases_of_stance_take_their_side(text: str, actor: str, position: str) -> None:
    claims = analyze(f"Club\n\nLe club a été rétrogradé. {text}").claims
    assert set(claims.loc[claims["actor"] == actor, "position"]) == {position}


def test_not_hiding_a_stance_shows_it() -> None:
    claims = analyze(
        "Éolien\n\nLes pêcheurs bloquent le port. En face, le conseil régional de Bretagne ne "
        "cache pas son soutien au projet."
    ).claims
    assert set(claims.loc[claims["cue"] == "soutien", "position"]) == {"support"}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Le Sénégal et l'Union européenne ont paraphé jeudi un nouveau protocole.", "paraphé"),
        ("La Régie de l'énergie a autorisé Hydro-Québec à augmenter ses tarifs.", "autorisé"),
        ("Quelque 120 soignants ont voté à main levée la reconduction du mouvement.", "voté"),
    ],
)
def test_signing_authorising_and_votes_of_carers_support(text: str, cue: str) -> None:
    claims = analyze(f"Accord\n\nLa décision est tombée jeudi. {text}").claims
    assert set(claims.loc[claims["cue"] == cue, "position"]) == {"support"}


def test_a_phrase_of_reserve_may_hold_plus_as_a_word() -> None:
    claims = analyze(
        "Dopage\n\nL'enquête avance. L'Union cycliste internationale a fait savoir qu'elle "
        "suivait le dossier « avec la plus grande attention »."
    ).claims
    assert "attention" in set(claims.loc[claims["position"] == "neutral", "cue"])


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Une centaine de ménages quittent le canton chaque année, un chiffre que les "
            "référendaires contestent.",
            "référendaires",
        ),
        (
            "Les onze sages-femmes de l'équipe ont adressé une lettre commune à l'ARS pour "
            "réclamer des garanties sur la réouverture.",
            "sages",
        ),
    ],
)
def test_more_words_for_people_hold_claims(text: str, holder: str) -> None:
    claims = analyze(f"Réforme\n\nLe texte a été adopté. {text}").claims
    assert claims["holder"].str.contains(holder).any()


def test_a_cue_outside_the_quoted_words_leaves_their_statement() -> None:
    claims = analyze(
        "Autoroute\n\nLe peuple a dit oui. « Ce n'est pas un blanc-seing », a réagi le "
        "coprésident de l'ATE, Julien Perrottet, qui promet de suivre chaque procédure."
    ).claims
    mine = claims[claims["actor"] == "Julien Perrottet"]
    assert set(mine["how"]) == {"statement", "own"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Uber conteste la décision. Bolt, l'autre acteur important du marché bruxellois, "
            "n'a pas souhaité réagir à ce stade.",
            "Bolt",
        ),
        (
            "La ministre a tranché jeudi. Air France, qui a annoncé son retrait d'Orly, s'est "
            "contentée d'un communiqué.",
            "Air France",
        ),
    ],
)
def test_a_name_without_article_opening_the_sentence_is_its_subject(text: str, actor: str) -> None:
    claims = analyze(f"Titre\n\n{text}").claims
    assert set(claims.loc[claims["actor"] == actor, "position"]) == {"neutral"}


def test_a_chamber_speaks() -> None:
    claims = analyze(
        "Sécheresse\n\nLe préfet a restreint l'irrigation. La chambre d'agriculture, plus "
        "mesurée, réclame un fonds d'urgence pour indemniser les pertes."
    ).claims
    assert set(claims.loc[claims["cue"] == "réclame", "actor"]) == {"La chambre d'agriculture"}


def test_the_noun_point_is_no_negation() -> None:
    claims = analyze("Réforme\n\nL'opposition conteste précisément ce point.").claims
    assert set(claims.loc[claims["cue"] == "conteste", "position"]) == {"oppose"}


def test_a_verb_the_parser_hung_on_a_noun_heads_its_sentence() -> None:
    claims = analyze(
        "Francisation des PME\n\nLe ministre a déposé un amendement. Les entreprises s'inquiètent."
        "\n\nÀ l'Assemblée nationale, le Parti libéral votera contre."
    ).claims
    voted = claims[claims["cue"] == "votera"]
    assert list(zip(voted["actor"], voted["position"], strict=True)) == [
        ("Parti libéral", "oppose")
    ]


@pytest.mark.parametrize(
    "judgement", ["un texte bâclé", "de la paperasse en plus", "une charge disproportionnée"]
)
def test_words_of_criticism_make_a_statement_oppose(judgement: str) -> None:
    claims = analyze(
        f"Réforme\n\nLe ministre présente son texte. Le député Paul Martin estime que la "
        f"réforme est « {judgement} pour les communes »."
    ).claims
    said = claims[(claims["actor"] == "Paul Martin") & (claims["how"] == "statement")]
    assert said["position"].tolist() == ["oppose"]
