"""Quotes and speakers: the sample article against gold.json, and the constructions of
French news one by one."""

from __future__ import annotations

import subprocess
import sys

import pytest

from analysis import analyze, load_article
from analysis.evaluate import evaluate_quotes
from analysis.nlp import parse
from analysis.paths import DATA_DIR
from analysis.quotes import Attributor


def quotes_of(text: str) -> list[tuple[str, str, str]]:
    result = analyze(text)
    return [(q.kind, q.text, q.speaker) for q in result.quotes.itertuples()]


def test_sample_quotes_match_the_annotation() -> None:
    counts = evaluate_quotes(DATA_DIR / "seed" / "gold.json")
    precision, recall, f1, speakers = counts["all"].scores()
    assert f1 >= 0.95, (precision, recall)
    assert speakers >= 0.95


def test_sample_voice(sample) -> None:
    actors = sample.actors.set_index("actor")
    lavrov = actors.loc["Sergey Lavrov"]
    assert lavrov["mentions"] == 4
    assert lavrov[["quotes_direct", "quotes_partial", "quotes_indirect"]].sum() == 0
    assert lavrov["voice_share"] == 0
    assert actors["voice_share"].idxmax() == "Antony Blinken"
    assert actors.loc["Antony Blinken", "quotes_direct"] >= 5
    assert actors.loc["Sergey Lavrov", "addressed"] == 1  # "a déclaré M. Blinken à M. Lavrov"
    assert abs(actors["voice_share"].sum() - 1) < 1e-9
    assert actors.loc["Maria Zakharova", "quotes_indirect"] == 1
    assert actors.loc["Russie", "quotes_indirect"] == 1  # "Moscou affirme que…"


def test_quote_offsets_slice_the_text(sample) -> None:
    text = sample.articles["text"].item()
    assert len(sample.quotes) >= 16
    for quote in sample.quotes.itertuples():
        assert text[quote.start : quote.end] == quote.text
        if quote.kind != "indirect":  # guillemets are not part of the quoted words
            assert quote.text[:1] not in '«»“”"' and quote.text[-1:] not in '«»“”"'
    speakers = set(sample.quotes["speaker"]) - {""}
    assert speakers <= set(sample.actors["actor"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # postposed cue, inverted subject with a title and an apposition
            "« Nous ne céderons pas », a souligné mardi le ministre de l'Intérieur, "
            "Christophe Castaner.",
            [("direct", "Nous ne céderons pas", "Christophe Castaner")],
        ),
        (  # colon and pronoun resolved to the only woman
            "Marie Dupont est arrivée hier. Elle a déclaré : « Je resterai ici. »",
            [("direct", "Je resterai ici.", "Marie Dupont")],
        ),
        (  # "-t-il" goes to the last male speaker, not the last man named
            "« Tout va bien », a déclaré M. Jean Martin. Il a rencontré Paul Durand. "
            "« Nous signerons », a-t-il ajouté.",
            [
                ("direct", "Tout va bien", "Jean Martin"),
                ("direct", "Nous signerons", "Jean Martin"),
            ],
        ),
        (  # indirect speech with a que-clause, a place standing for a government
            "Moscou affirme que les négociations ont échoué.",
            [("indirect", "les négociations ont échoué", "Russie")],
        ),
        (  # selon
            "Selon Jean Martin, la réforme sera votée en juin.",
            [("indirect", "la réforme sera votée en juin", "Jean Martin")],
        ),
        (  # an incise without guillemets, with an inverted subject
            "Un accord a été trouvé dans la nuit, indique le ministère de la Santé.",
            [("indirect", "Un accord a été trouvé dans la nuit", "ministère de la Santé")],
        ),
        (  # "selon X," before a quotation: the source speaks the quotation
            "Selon Jean Martin, « la réforme sera votée en juin ».",
            [("partial", "la réforme sera votée en juin", "Jean Martin")],
        ),
        (  # a colon after a noun still announces the words of the clause's subject
            "Marie Dupont a lancé un appel à la population : « Restez chez vous ! »",
            [("direct", "Restez chez vous !", "Marie Dupont")],
        ),
        (  # a participle speaks for the subject of the main verb
            "Le maire Paul Durand a refusé, affirmant que le budget était épuisé.",
            [("indirect", "le budget était épuisé", "Paul Durand")],
        ),
        (  # a participle opening the sentence speaks for the main clause's subject
            "Marie Durand a quitté le parti. Estimant que la réforme est injuste, elle a "
            "voté contre.",
            [("indirect", "la réforme est injuste", "Marie Durand")],
        ),
        (  # "il" goes to the previous sentence's subject before the latest speaker
            "« Nous gagnerons », a déclaré Paul Martin. Jacques Petit a appris la nouvelle "
            "en voiture. Très ému, il confie au journal que « tout est perdu ».",
            [
                ("direct", "Nous gagnerons", "Paul Martin"),
                ("partial", "tout est perdu", "Jacques Petit"),
            ],
        ),
        (  # "qui" after an apposition the parser attached elsewhere
            "En 2001, il avait eu un différend avec Marc Leroy, le successeur de Jean Dumas, "
            "qui lui avait répondu : « Je ne partirai pas. »",
            [("direct", "Je ne partirai pas.", "Marc Leroy")],
        ),
        (  # a name in the phrase after a preposition is not the inverted subject
            "« Les prix vont baisser », a déclaré à l'agence Reuters Pierre Dubois.",
            [("direct", "Les prix vont baisser", "Pierre Dubois")],
        ),
        (  # a quoted participle modifying the object of a reporting verb
            "Le sénateur Paul Girard a dénoncé un projet « écrit à la hâte ».",
            [("partial", "écrit à la hâte", "Paul Girard")],
        ),
        (  # a title right after a person's words, the person having no title yet
            "Pour Luc Bernard, « ce vote est une grande victoire ». Le porte-parole de "
            "l'association Greenpeace se félicite que « le texte a été rejeté ».",
            [
                ("partial", "ce vote est une grande victoire", "Luc Bernard"),
                ("direct", "le texte a été rejeté", "Luc Bernard"),
            ],
        ),
        (  # …but not when the person already has another title
            "« Nous refusons tout accord », a déclaré le secrétaire d'État américain Antony "
            "Blinken. Le ministre russe a répondu que la Russie ne céderait pas.",
            [
                ("direct", "Nous refusons tout accord", "Antony Blinken"),
                ("indirect", "la Russie ne céderait pas", "Le ministre russe"),
            ],
        ),
        (  # "-t-il" after a named speaker of unknown gender
            "« Nous avons gagné », a déclaré Pierre Lenoir. Le vote est acquis, a annoncé le "
            "président de l'Assemblée Claude Martin. Il y a eu 302 voix pour, a-t-il précisé.",
            [
                ("direct", "Nous avons gagné", "Pierre Lenoir"),
                ("indirect", "Le vote est acquis", "Claude Martin"),
                ("indirect", "Il y a eu 302 voix pour", "Claude Martin"),
            ],
        ),
        (  # an incise with a clitic subject after a long clause
            "Le ministre Paul Girard a rencontré les syndicats hier soir à Paris. Toutefois, si "
            "les grèves continuaient, elles seraient très coûteuses, dit-il.",
            [
                (
                    "indirect",
                    "Toutefois, si les grèves continuaient, elles seraient très coûteuses",
                    "Paul Girard",
                )
            ],
        ),
        (  # an incise after a semicolon reports only what follows it
            "Le chef du Conseil a rejeté la proposition ; c'est un exemple d'ingérence "
            "étrangère, a déclaré Jean Dumas.",
            [("indirect", "c'est un exemple d'ingérence étrangère", "Jean Dumas")],
        ),
        (  # "a fait savoir": the causative verb carries the subject
            "La vidéo n'a pas été authentifiée, mais le Conseil de l'Europe a fait savoir "
            "qu'il pourrait s'agir de crimes graves.",
            [("indirect", "il pourrait s'agir de crimes graves", "Conseil de l'Europe")],
        ),
        (  # "parlant de « … »"; an institution speaks
            "Le fisc défend cette publication, parlant d'un « effort de transparence ».",
            [("partial", "effort de transparence", "Le fisc")],
        ),
        (  # the writer's own asides and indirect questions are no reported claims
            "Rappelons que la compagnie a été mise en examen en 2011. Le ministre explique "
            "pourquoi le projet a pris du retard.",
            [],
        ),
        (  # "Pour X, Y : « … »": the name before the colon speaks
            "Pour la principale association de défense des usagers, UFC-Que Choisir : « Ce "
            "vote est une victoire pour les consommateurs. »",
            [("direct", "Ce vote est une victoire pour les consommateurs.", "UFC-Que Choisir")],
        ),
        (  # a reflexive reporting verb with an adjective
            "Le président du club, Joey Saputo, s'est dit satisfait des résultats de la saison.",
            [("indirect", "satisfait des résultats de la saison", "Joey Saputo")],
        ),
        (  # a source's claim ends at a semicolon; the next cue names the next speaker
            "D'après le ministre Jean Dumas, « il y a une ardoise cachée » ; le ministre Paul "
            "Roux a pour sa part ajouté : « Nous héritons d'une France affaiblie. »",
            [
                ("partial", "il y a une ardoise cachée", "Jean Dumas"),
                ("direct", "Nous héritons d'une France affaiblie.", "Paul Roux"),
            ],
        ),
        (  # "que si…": a condition inside the clause, not an indirect question
            "Les analystes estiment que si le groupe a réussi, il est temps pour lui d'innover.",
            [
                (
                    "indirect",
                    "si le groupe a réussi, il est temps pour lui d'innover",
                    "Les analystes",
                )
            ],
        ),
        (  # the lemmatiser's "reconner" for "reconnait"; a quoted word inside the clause
            "Arnaud Dupont reconnait qu'il faut qu'il soit « rééquilibré ».",
            [
                ("indirect", "il faut qu'il soit « rééquilibré »", "Arnaud Dupont"),
                ("partial", "rééquilibré", "Arnaud Dupont"),
            ],
        ),
        (  # a noun object of a content verb, with a date between verb and object
            "Le syndicat a annoncé mardi la grève des conducteurs de bus pour la semaine "
            "prochaine.",
            [
                (
                    "indirect",
                    "la grève des conducteurs de bus pour la semaine prochaine",
                    "Le syndicat",
                )
            ],
        ),
        (  # an act announced in a subordinate clause is background, not speech
            "La vente survient après que la Russie a annoncé une nouvelle livraison d'armes.",
            [],
        ),
        (  # "parler de"; a coordinated clause the parser attached to the object is another claim
            "Le président Luc Martin a parlé de la hausse des prix du pain, mais la ministre "
            "Anne Roux a mentionné la baisse des salaires.",
            [
                ("indirect", "la hausse des prix du pain", "Luc Martin"),
                ("indirect", "la baisse des salaires", "Anne Roux"),
            ],
        ),
        (  # the infinitive after a noun of speech
            "Le maire Jean Dupuis a exprimé le souhait de rénover la gare du centre-ville.",
            [("indirect", "rénover la gare du centre-ville", "Jean Dupuis")],
        ),
        (  # "De l'avis de X"; a person apposed to a demonym speaks, not the country
            "De l'avis de l'Américain John Smith, la croissance restera faible cette année.",
            [("indirect", "la croissance restera faible cette année", "John Smith")],
        ),
        (  # an incise in the middle of the sentence
            "La chercheuse Claire Moreau a étudié les trajets. Contrairement aux idées reçues, "
            "explique-t-elle, le vélo est plus rapide en ville.",
            [
                (
                    "indirect",
                    "Contrairement aux idées reçues, explique-t-elle, le vélo est plus rapide "
                    "en ville",
                    "Claire Moreau",
                )
            ],
        ),
        (  # an incise ending a sentence that opens with a quotation attributes the quotation
            "« Le contexte est bien pire qu'attendu », y compris pour les actionnaires, "
            "commente Paul Lee, analyste.",
            [("direct", "Le contexte est bien pire qu'attendu", "Paul Lee")],
        ),
        (  # a que-clause stops at a colon that opens a quotation
            "Le député Marc Léger a précisé que les milices ne représentent pas le pays : "
            "« Nous ne partageons pas leurs idées. »",
            [
                ("indirect", "les milices ne représentent pas le pays", "Marc Léger"),
                ("direct", "Nous ne partageons pas leurs idées.", "Marc Léger"),
            ],
        ),
        (  # a plural pronoun refers to a plural subject of its sentence; after "car",
            # the source's claim starts after the source
            "Les rebelles ont attaqué cet hôtel car, selon eux, il abritait des soldats étrangers.",
            [("indirect", "il abritait des soldats étrangers", "Les rebelles")],
        ),
        (  # a name inside a prepositional phrase after the inverted subject does not speak
            "Le chanteur Paul Marin est mort samedi à Lyon, a révélé son avocate à l'AFP, "
            "à la demande de sa veuve Julie Marin.",
            [("indirect", "Le chanteur Paul Marin est mort samedi à Lyon", "son avocate")],
        ),
        (  # nor an organisation named in the title's complement, acronym included
            "« Les marges ont augmenté cette année », explique le président de l'Union "
            "française des industries pétrolières (Ufip), Jean Louis Martin.",
            [("direct", "Les marges ont augmenté cette année", "Jean Louis Martin")],
        ),
        (  # "prévoir que" reports; "prévoir de" plans
            "Météo France prévoit que le record sera battu. Le président Jean Caron prévoit "
            "de visiter quatorze villes dans huit régions.",
            [("indirect", "le record sera battu", "Météo France")],
        ),
        (  # a negated content verb reports nothing
            "La police n'a pas confirmé le lien entre ces arrestations et les Jeux olympiques.",
            [],
        ),
        (  # "selon les informations de X": the document's author is the source
            "Une avalanche a fait neuf morts dans les Alpes, selon les informations des "
            "autorités locales.",
            [("indirect", "Une avalanche a fait neuf morts dans les Alpes", "autorités locales")],
        ),
        (  # the subject the parser hung on a participle before the verb
            "Le biologiste Joji Otaki, auteur de l'étude ayant fourni ces résultats, précise "
            "que l'interprétation de ces résultats nécessite du recul.",
            [
                (
                    "indirect",
                    "l'interprétation de ces résultats nécessite du recul",
                    "Joji Otaki",
                )
            ],
        ),
        (  # six words in guillemets are somebody's; the governing verb's subject says them
            "Les autorités locales ont décrit l'avalanche comme étant la « plus meurtrière de "
            "ces dernières années ».",
            [("partial", "plus meurtrière de ces dernières années", "Les autorités locales")],
        ),
        (  # the governing verb's subject, not the main verb's
            "Le ministre Paul Roux a visité l'usine que la directrice Anne Blanc a baptisée "
            "« fierté de toute la région et de ses ouvriers ».",
            [("partial", "fierté de toute la région et de ses ouvriers", "Anne Blanc")],
        ),
        (  # "se voir demander": the subject is asked, nobody speaks
            "Le propriétaire du site se verra demander de retirer la page concernée.",
            [],
        ),
        (  # a role and the name it introduces in one phrase: the name speaks
            "Selon la fédération des banques, Febelfin, « le montant est plutôt de 700 000 "
            "euros ».",
            [("partial", "le montant est plutôt de 700 000 euros", "Febelfin")],
        ),
        (  # a spokesperson named by role alone speaks for the body
            "La fédération des banques, Febelfin, a publié ses chiffres. « Non, il ne faut pas "
            "être inquiet », a répondu la porte-parole de la fédération.",
            [("direct", "Non, il ne faut pas être inquiet", "Febelfin")],
        ),
        (  # a phrase speaker starts at its determiner: not "après le chercheur"
            "Une planète a été découverte. D'après le chercheur, la planète présenterait "
            "toujours la même face à son étoile.",
            [
                (
                    "indirect",
                    "la planète présenterait toujours la même face à son étoile",
                    "le chercheur",
                )
            ],
        ),
        (  # "disent-ils": the plural speakers the sentence before names
            "D'autres orateurs ne cèdent pas à la fatalité de l'anglais. Il est, disent-ils, "
            "la langue des crises mondiales.",
            [
                (
                    "indirect",
                    "Il est, disent-ils, la langue des crises mondiales",
                    "D'autres orateurs",
                )
            ],
        ),
        (  # a source phrase ending in "de" also ends in "d'"
            "De l'opinion d'Abdou Diouf, on ne peut pas vouloir le rayonnement de la langue "
            "française.",
            [
                (
                    "indirect",
                    "on ne peut pas vouloir le rayonnement de la langue française",
                    "Abdou Diouf",
                )
            ],
        ),
        (  # an epithet, or "le même" with a noun, takes up the person quoted last
            "« Les résultats sont alarmants », a expliqué Paul Girard, professeur à "
            "l'université de Lyon. Les rats ont été nourris pendant deux ans. Selon le même "
            "chercheur, les tumeurs apparaissent plus tôt. « La mortalité est plus forte », "
            "résume l'universitaire.",
            [
                ("direct", "Les résultats sont alarmants", "Paul Girard"),
                ("indirect", "les tumeurs apparaissent plus tôt", "Paul Girard"),
                ("direct", "La mortalité est plus forte", "Paul Girard"),
            ],
        ),
        (  # a masculine epithet may take up a woman, a feminine one never a man
            "« Le pont tiendra », a déclaré Marie Girard. « Rien n'est sûr », a poursuivi "
            "l'expert. « Tout ira bien », a déclaré Paul Petit. « Rien n'est sûr », a "
            "poursuivi la chercheuse.",
            [
                ("direct", "Le pont tiendra", "Marie Girard"),
                ("direct", "Rien n'est sûr", "Marie Girard"),
                ("direct", "Tout ira bien", "Paul Petit"),
                ("direct", "Rien n'est sûr", "la chercheuse"),
            ],
        ),
        (  # ...not when somebody else was named since: then it is the one named
            "« Le pont tiendra », a déclaré Paul Girard. Marc Petit a visité le chantier "
            "hier. « Rien n'est sûr », a répondu l'expert.",
            [
                ("direct", "Le pont tiendra", "Paul Girard"),
                ("direct", "Rien n'est sûr", "Marc Petit"),
            ],
        ),
        (  # ...or nobody, when two were named
            "« Le pont tiendra », a déclaré Paul Girard. Marc Petit et Anne Roux ont visité "
            "le chantier hier. « Rien n'est sûr », a répondu l'expert.",
            [
                ("direct", "Le pont tiendra", "Paul Girard"),
                ("direct", "Rien n'est sûr", "l'expert"),
            ],
        ),
        (  # ...nor when the noun says more: "l'expert américain" may be somebody new
            "« Le pont tiendra », a déclaré Paul Girard. « Rien n'est sûr », a répondu "
            "l'expert américain.",
            [
                ("direct", "Le pont tiendra", "Paul Girard"),
                ("direct", "Rien n'est sûr", "l'expert américain"),
            ],
        ),
        (  # a bare "le groupe" takes up the one organisation just named
            "Total fermera sa raffinerie de Gonfreville en septembre. Le groupe a annoncé "
            "qu'il investira 100 millions d'euros.",
            [("indirect", "il investira 100 millions d'euros", "Total")],
        ),
        (  # ...or the one whose name opens with the noun, though another was named since
            "Le Syndicat national des contrôleurs du trafic aérien maintient son préavis. La "
            "Direction générale de l'aviation civile a reçu ses représentants lundi. Le "
            "syndicat a répondu que cette offre était insuffisante.",
            [
                (
                    "indirect",
                    "cette offre était insuffisante",
                    "Syndicat national des contrôleurs du trafic aérien",
                )
            ],
        ),
        (  # a reporting verb the parser hung on a participle speaks for the main subject
            "Le ministre Pieter Vandamme a rappelé les dégâts causés en octobre dernier "
            "boulevard du Jardin botanique, estimés par la Ville de Bruxelles à près de 1,4 "
            "million d'euros, et assuré qu'il n'avait aucune intention de retirer le texte.",
            [("indirect", "il n'avait aucune intention de retirer le texte", "Pieter Vandamme")],
        ),
        (  # ...not when two were named
            "Total et Shell fermeront leurs raffineries en septembre. Le groupe a annoncé "
            "qu'il investira 100 millions d'euros.",
            [("indirect", "il investira 100 millions d'euros", "Le groupe")],
        ),
        (  # the title of a work is a term, even capitalised
            "Elle a joué dans une pièce nommée « Les Bâtisseurs de la ville » à Lyon.",
            [("term", "Les Bâtisseurs de la ville", "")],
        ),
        (  # ...also when a relative clause follows it: "qui propose" reports nothing
            "« Nous sommes inquiets », a déclaré Benoît Mathy. Des habitants ont formé un "
            "groupe, baptisé « Bienvenue à Couvin », qui propose des cours de français.",
            [
                ("direct", "Nous sommes inquiets", "Benoît Mathy"),
                ("term", "Bienvenue à Couvin", ""),
            ],
        ),
        (  # a reporting verb before "de" or an article and the quoted words, however
            # the parser read the guillemets
            "Il a qualifié de « parfaitement légales » les livraisons d'armes.",
            [("partial", "parfaitement légales", "")],
        ),
        (
            "L'opposition regroupée au sein du Bloc républicain pour la défense de la "
            "Constitution dénonce, elle, une « militarisation » du pouvoir.",
            [("partial", "militarisation", "L'opposition")],
        ),
        (  # scare quotes, with and without inner spaces
            "Les «gilets jaunes» ont défilé samedi dans le centre de Lyon.",
            [("term", "gilets jaunes", "")],
        ),
        (  # a reporting verb the tagger took for a noun ("juge") with a subject and a clause
            "Marie Dupont juge que de nouveaux producteurs peuvent accélérer la transition.",
            [
                (
                    "indirect",
                    "nouveaux producteurs peuvent accélérer la transition",
                    "Marie Dupont",
                )
            ],
        ),
    ],
)
def test_constructions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes_of(text) == expected


def test_on_and_relative_pronouns_are_never_speakers() -> None:
    found = quotes_of("« Tout le monde le sait », dit-on dans les couloirs.")
    assert [speaker for _, _, speaker in found] == [""]


def test_a_quotation_over_two_paragraphs() -> None:
    text = "Jean Martin a déclaré : « Le projet avance bien.\n« Nous livrerons le pont en mai. »\n"
    found = quotes_of(text)
    assert len(found) == 1
    kind, quoted, speaker = found[0]
    assert kind == "direct" and speaker == "Jean Martin"
    assert quoted.startswith("Le projet") and quoted.endswith("en mai.")


def test_evaluation_script_prints_scores() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis.evaluate",
            "quotes",
            str(DATA_DIR / "seed" / "gold.json"),
            "--errors",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "Errors:"  # the sample's quotes are all found, with their speakers
    last = lines[-3].split()
    assert last[0] == "all"
    gold, found, matched = map(int, last[1:4])
    assert gold == 16 and matched >= 15 and found >= matched


def test_an_indefinite_role_is_somebody_new() -> None:
    quotes = analyze(
        "Le porte-parole du gouvernement, Paul Martin, a regretté la décision. Un porte-parole "
        "de la Commission européenne a estimé que ces sanctions pourraient être réexaminées."
    ).quotes
    assert "Paul Martin" not in set(
        quotes.loc[quotes["text"].str.contains("réexaminées"), "speaker"]
    )


def test_faire_valoir_with_its_clitic_subject_attributes_a_quotation() -> None:
    quotes = analyze(
        "Tarifs\n\nL'Union des consommateurs craint que les ménages paient la note. Si les "
        "industriels partent, « ce sont les clients résidentiels qui paieront », fait-elle "
        "valoir. Le ministre a fait savoir qu'il refusait."
    ).quotes
    said = quotes[quotes["text"].str.contains("paieront|refusait")]
    assert said["speaker"].tolist() == ["Union des consommateurs", "Le ministre"]
    assert said["cue"].tolist() == ["fait-elle valoir", "a fait savoir"]


def test_the_determiner_tells_the_gender_of_a_noun_of_either() -> None:
    quotes = analyze(
        "Basket\n\nLa Fédération internationale de basket-ball (FIBA) a adressé une mise en "
        "demeure au Sénégal. L'instance estime que la décision est une ingérence. La ministre "
        "des Sports, Awa Diop, invoque un audit. « Nous respectons la FIBA », a-t-elle déclaré."
    ).quotes
    speakers = dict(zip(quotes["text"], quotes["speaker"], strict=True))
    assert speakers["la décision est une ingérence"] == "Fédération internationale de basket-ball"
    assert speakers["Nous respectons la FIBA"] == "Awa Diop"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # an epithet takes up the person named in its sentence or the one before
            "Le bourgmestre, Jean-Luc Demarche, se trouve dans une position délicate. Le conseil "
            "communal a voté une motion, et l'élu rappelle qu'il ne dispose d'aucun levier face à "
            "l'État.",
            ["Jean-Luc Demarche"],
        ),
        (  # a party between a title and a name is not the speaker
            "« Le texte est équilibré », a déclaré le député Les Républicains Jean Morel, à "
            "l'issue du vote.",
            ["Jean Morel"],
        ),
        (  # a verb of manner after a quotation attributes it
            "Le maire Paul Durand a parlé lundi. « On verra bien », soupire Marie Leroy, 14 ans, "
            "élève de troisième à Nantes.",
            ["Marie Leroy"],
        ),
        (  # a verb hung inside the relative clause before it: said by what the clause
            # describes (with a headline, as articles have: the parse differs without)
            "Pesticides\n\nL'organisation professionnelle Phytalis, qui représente les "
            "fabricants de produits phytosanitaires, rappelle que les fongicides ont été "
            "évalués à de multiples reprises.",
            ["Phytalis"],
        ),
        (  # "lui" before the verb is whom the subject answers
            "Le député Martin Kerrien a interpellé le gouvernement. La ministre des Affaires "
            "étrangères, Isabelle Moreau-Dantec, lui a répondu que « la discrétion n'est pas de "
            "l'indifférence ».",
            ["Isabelle Moreau-Dantec"],
        ),
        (  # an organisation epithet may say what kind of body it is
            "L'agence Moody's a abaissé jeudi la note de la dette italienne. L'agence de notation "
            "américaine estime que la situation reste critique.",
            ["Moody's"],
        ),
        (  # a title set off before a name introduces the person it later stands for,
            # however the parser hung the two
            "La ministre de l'Éducation nationale, Isabelle Ferrand, a présenté mardi un "
            "projet de réforme. Les élèves reprendraient les cours autour du 20 août. "
            "« Nous avons l'une des années scolaires les plus courtes. Ce n'est bon ni pour "
            "les apprentissages ni pour la santé des enfants », a fait valoir la ministre.",
            ["Isabelle Ferrand"],
        ),
        (  # an organisation epithet takes up the one named nearest before it
            "Médecins sans frontières a indiqué réévaluer ses activités à Bria. Amnesty "
            "International s'est montrée plus sévère. L'ONG affirme que « l'afflux d'armes "
            "fait peser un risque grave sur les civils ».",
            ["Médecins sans frontières", "Amnesty International"],
        ),
        (  # "l'administration" takes up the one body named before it
            "Le syndicat des contrôleurs a rencontré la Direction générale de l'aviation "
            "civile (DGAC). L'administration a assuré qu'une hausse de 2 % était possible.",
            ["Direction générale de l'aviation civile"],
        ),
        (  # a company the model took for a place is still what "l'entreprise" takes up
            "Sorelchim a annoncé son intention de faire appel. L'entreprise affirme que le "
            "site respecte les prescriptions.",
            ["Sorelchim", "Sorelchim"],
        ),
        (  # "on" speaks for the side a phrase before it names
            "Le centre de Fedasil ouvrira en mars. Du côté de Fedasil, on assure que le "
            "dialogue est engagé.",
            ["Fedasil"],
        ),
        (  # a pronoun takes up the name set beside the previous subject, when that
            # subject names no speaker
            "Tramway\n\n« Le tram est une chance », a déclaré le maire, Hubert Castellani. "
            "Son principal adversaire, Romain Ferracci, a fait de l'abandon du tramway l'un "
            "des axes de sa campagne. Selon lui, un réseau de bus coûterait moins cher.",
            ["Hubert Castellani", "Romain Ferracci"],
        ),
        (  # a singular pronoun never takes up a plural group
            "Or\n\nLe ministre des Mines, Ibrahima Sarr, a signé le permis. Les orpailleurs de "
            "la zone redoutent d'être chassés de leurs sites. Selon lui, le périmètre est hors "
            "de la bande protégée.",
            ["Les orpailleurs de la zone", "Ibrahima Sarr"],
        ),
        (  # "défendre" and "justifier" after a quotation report it
            "Maternité\n\n« Ce permis est un progrès », a défendu le ministre, Ibrahima Sarr. "
            "« La sécurité des mères n'est pas négociable », justifie la docteure Anne Lagarde.",
            ["Ibrahima Sarr", "Anne Lagarde"],
        ),
        (  # also a body named with "dans", not a place ("Dans la rue, on…")
            "Musée\n\nLe maire défend la restitution. Dans l'opposition, on dénonce une "
            "« opération de communication ». Dans la rue, on dénonce « une trahison ».",
            ["l'opposition", ""],
        ),
        (  # an unnamed spokesperson speaks for the body of the sentence before
            "Otage\n\nLe ministère des Affaires étrangères se montre plus prudent. Son "
            "porte-parole a indiqué jeudi que la France était mobilisée.",
            ["ministère des Affaires étrangères"],
        ),
        (  # what a source names was given by the agent of its participle, also when the
            # parser hung "d'après" on the main verb
            "Lyon\n\nD'après les premiers éléments communiqués par le parquet de Lyon, un "
            "équipage a tenté de contrôler un véhicule.",
            ["le parquet de Lyon"],
        ),
        (
            "Emploi\n\nSelon les chiffres publiés mardi par l'Insee, le chômage a baissé.",
            ["Insee"],
        ),
        (  # a pronoun takes up the body or role that is the subject of its sentence,
            # not the woman quoted before
            "Police\n\n« Nous attendons des réponses », a déclaré Marie Lefèvre. La "
            "Défenseure des droits a annoncé qu'elle se saisissait du dossier.",
            ["Marie Lefèvre", "La Défenseure des droits"],
        ),
        (
            "Pesticides\n\nPhyteis rappelle que ces produits sont autorisés. La FNSEA "
            "dénonce une décision « prise sans les agriculteurs », qui compliquera selon elle "
            "les récoltes.",
            ["Phyteis", "FNSEA", "FNSEA", "FNSEA"],
        ),
        (  # whoever an incise names speaks, also a noun of no list that the parser took
            # for the verb's object, not the speaker quoted before
            "Horlogerie\n\n« Nous attendons des garanties », a dit Marie Lefèvre. « On l'a "
            "appris par un courriel à 7 heures du matin », a témoigné une régleuse, qui a "
            "souhaité garder l'anonymat.",
            ["Marie Lefèvre", "une régleuse"],
        ),
        (  # a pronoun in an incise takes up the person who opens its sentence as source
            "Énergie\n\n« Le projet est dangereux », a dit Marie Lefèvre. Pour l'économiste "
            "Annie Bergeron, de l'Université de Sherbrooke, la réforme « règle un problème de "
            "court terme » : planifier le réseau, explique-t-elle, devient plus difficile.",
            ["Marie Lefèvre", "Annie Bergeron", "Annie Bergeron", "Annie Bergeron"],
        ),
        (  # the noun phrase opening the clause after a colon is its subject
            "Sciences\n\nPlusieurs scientifiques se montrent réservés : le toxicologue Marc "
            "Delorme, de l'université de Toulouse, estime que les doses employées sont trop "
            "élevées.",
            ["Marc Delorme"],
        ),
        (  # a participle the parser hung on the noun of an incise still reports
            "Police\n\n« Les images sont claires », a dit Me Karim Bensaïd. Le syndicat "
            "Alliance Police nationale a, de son côté, appelé à « ne pas tirer de conclusions "
            "hâtives ».",
            ["Karim Bensaïd", "Alliance Police nationale"],
        ),
    ],
)
def test_speakers_of_constructions(text: str, speakers: list[str]) -> None:
    assert analyze(text).quotes["speaker"].tolist() == speakers


def test_an_organisation_epithet_takes_up_the_one_that_acted() -> None:
    quotes = analyze(
        "Reporters sans frontières a saisi le groupe de travail des Nations unies. Pour "
        "l'organisation, qui suit le dossier depuis mars, cette arrestation « vise à "
        "intimider les médias étrangers »."
    ).quotes
    assert set(quotes["speaker"]) == {"Reporters sans frontières"}


def test_an_organisation_epithet_looks_three_sentences_back() -> None:
    claims = analyze(
        "Grève\n\nLe syndicat a maintenu son préavis après une réunion avec la Direction "
        "générale de l'aviation civile (DGAC). Dans la soirée, la DGAC a demandé aux compagnies "
        "de réduire leurs vols. Le différend porte sur les salaires. Les contrôleurs réclament "
        "une revalorisation. L'administration a proposé une hausse de 2,1 %."
    ).claims
    holders = dict(zip(claims["cue"], claims["actor"], strict=True))
    assert holders["proposé"] == "Direction générale de l'aviation civile"


def test_a_title_with_other_words_is_not_the_person_it_introduced() -> None:
    claims = analyze(
        "Niger\n\nLa ministre des Affaires étrangères, Isabelle Moreau, a répondu aux députés. "
        "À Niamey, le ministre nigérien de la Communication a parlé à la télévision. Il a "
        "rejeté toute ingérence étrangère. La ministre des Affaires étrangères a regretté."
    ).claims
    holders = dict(zip(claims["cue"], claims["actor"], strict=True))
    assert holders["rejeté"] == "le ministre nigérien de la Communication"
    assert holders["regretté"] == "Isabelle Moreau"


def test_a_participle_set_off_after_a_complement_is_the_subjects() -> None:
    claims = analyze(
        "Basket\n\nLa ministre des Sports, Awa Diop, a reçu la FIBA. « Nous respectons la "
        "FIBA », a-t-elle déclaré dimanche soir à la télévision publique, excluant de revenir "
        "sur sa décision."
    ).claims
    excluding = claims[claims["cue"].str.startswith("excluant")]
    assert excluding["actor"].tolist() == ["Awa Diop"]


def test_a_participle_set_off_after_the_object_is_the_subjects() -> None:
    quotes = analyze(
        "Bangui\n\nLe ministre Serge Yakété a répondu aux critiques. Il a qualifié de "
        "« parfaitement légales » les livraisons d'armes, rappelant que le Conseil de sécurité "
        "avait levé l'embargo."
    ).quotes
    said = quotes[quotes["text"].str.startswith("le Conseil")]
    assert said["speaker"].tolist() == ["Serge Yakété"]


@pytest.mark.parametrize(
    ("text", "noun", "phrase"),
    [
        (
            "Les organisateurs de colonies et plusieurs élus de la côte ont protesté.",
            "organisateurs",
            "Les organisateurs de colonies",
        ),
        (
            "Les médias occidentaux et iraniens l'ont rapporté.",
            "médias",
            "Les médias occidentaux et iraniens",
        ),
        (  # never back across a guillemet
            "Il a qualifié de « parfaitement légales » les livraisons d'armes.",
            "livraisons",
            "les livraisons d'armes",
        ),
        (  # a hyphen inside a word goes on
            "La ministre libérale-radicale a indiqué qu'elle présenterait un texte.",
            "ministre",
            "La ministre libérale-radicale",
        ),
        (  # never a preposition left at the end
            "Le texte autorise un juge d'interdire de manifester.",
            "juge",
            "un juge",
        ),
        (  # nor the line break after a title
            "La loi passe malgré la fronde de l'opposition\nLe texte a été adopté.",
            "opposition",
            "l'opposition",
        ),
        (  # the parser hung a number on the noun across its preposition
            "Le ministre juge inacceptable la multiplication des refus d'obtempérer, dont le "
            "nombre dépasse 25 000 par an selon ses services.",
            "services",
            "ses services",
        ),
    ],
)
def test_a_phrase_names_only_its_noun_phrase(text: str, noun: str, phrase: str) -> None:
    parsed = parse(load_article(text))
    head = next(t for t in parsed.doc if t.text == noun)
    assert Attributor(parsed, []).phrase(head) == phrase


@pytest.mark.parametrize(
    ("text", "cue", "actor"),
    [
        (
            "Consoles\n\nNintendo a présenté sa nouvelle console. Le géant japonais promet une "
            "sortie en fin d'année.",
            "promet",
            "Nintendo",
        ),
        (
            "Assemblée générale\n\nLa Financière Morel, qui détient 31 % du capital, a voté "
            "contre la résolution. Le holding n'a pas souhaité faire de commentaire.",
            "souhaité faire",
            "Financière Morel",
        ),
    ],
)
def test_the_business_press_epithet_takes_up_the_company(text: str, cue: str, actor: str) -> None:
    claims = analyze(text).claims
    assert set(claims.loc[claims["cue"] == cue, "actor"]) == {actor}


def test_a_name_the_parser_made_the_head_of_its_sentence_is_its_subject() -> None:
    quotes = analyze(
        "Urgences\n\n« C'est une honte », a accusé la députée Marie Vachon. Dans la région, "
        "l'annonce a été accueillie avec fatalisme. Lise Charbonneau, 72 ans, habite à "
        "Ferme-Neuve avec son mari, opéré du cœur l'an dernier. « S'il fait une autre crise "
        "en pleine nuit, je ne sais pas ce que je vais faire », confie-t-elle."
    ).quotes
    said = quotes[quotes["text"].str.contains("crise")]
    assert said["speaker"].tolist() == ["Lise Charbonneau"]


def test_a_name_subject_of_a_verb_hung_on_its_title_is_the_previous_subject() -> None:
    quotes = analyze(
        "Maternité\n\n« Cette mesure est temporaire », assure Nathalie Ferrand, directrice "
        "de l'hôpital.\n\nLa députée de la circonscription, Sandrine Poumeyrol, a adressé une "
        "question écrite au ministre. « Le gouvernement parle de lutter contre les déserts "
        "médicaux. Ici, il en fabrique un », estime-t-elle."
    ).quotes
    said = quotes[quotes["text"].str.contains("déserts")]
    assert said["speaker"].tolist() == ["Sandrine Poumeyrol"]


def test_a_title_in_a_complement_before_a_name_takes_it_up_later() -> None:
    quotes = analyze(
        "Pensions\n\nAprès des heures de débats étalées sur trois semaines, la commission des "
        "Affaires sociales de la Chambre a approuvé mercredi soir, par 9 voix contre 7 et une "
        "abstention, le projet de loi du ministre des Pensions, Koen Desmet (N-VA). Le texte "
        "doit être soumis au vote.\n\n« Nous ne faisons rien d'autre que garantir qu'il y "
        "aura encore une pension », a plaidé le ministre en fin de séance, devant des bancs "
        "de l'opposition clairsemés."
    ).quotes
    assert quotes["speaker"].tolist() == ["Koen Desmet"]


def test_an_epithet_with_a_relative_clause_set_off_takes_up_the_person() -> None:
    quotes = analyze(
        "Maternité\n\nLa maternité d'Ussel fermera trois mois.\n\nPour le maire d'Ussel, "
        "Christian Marcillac, le mot « suspension » ne trompe personne. « C'est une fermeture "
        "qui ne dit pas son nom. On commence par trois mois, on finit par une plaque sur la "
        "porte », tonne l'élu, qui a démissionné lundi de la présidence du conseil de "
        "surveillance de l'hôpital."
    ).quotes
    said = quotes[quotes["text"].str.contains("fermeture")]
    assert said["speaker"].tolist() == ["Christian Marcillac"]


def test_a_quotation_without_cue_after_a_person_s_sentence_is_that_person_s() -> None:
    quotes = analyze(
        "Langue\n\n« La loi protège les consommateurs », a déclaré Marie Tremblay, de la "
        "FCEI.\n\nPropriétaire d'un restaurant dans le Mile End, Dimitri Kostas ne s'oppose "
        "pas au principe. « Ici, tout le monde parle français en cuisine. Ce qui m'inquiète, "
        "c'est le jour où un inspecteur va débarquer. »"
    ).quotes
    said = quotes[quotes["text"].str.contains("cuisine")]
    assert said["speaker"].tolist() == ["Dimitri Kostas"]


@pytest.mark.parametrize("verb", ["s'agace", "s'indigne", "tranche"])
def test_verbs_of_manner_after_a_quotation_attribute_it(verb: str) -> None:
    quotes = analyze(
        "Musée\n\n« Nous sommes dépositaires », résume Flore Mboumba. « On commence par un "
        f"masque, on finira avec des musées vides », {verb} le conseiller municipal "
        "Marc-Antoine Rigaud."
    ).quotes
    said = quotes[quotes["text"].str.contains("masque")]
    assert said["speaker"].tolist() == ["Marc-Antoine Rigaud"]


def test_a_quotation_after_a_colon_is_the_subject_s_before_it() -> None:
    quotes = analyze(
        "Dopage\n\n« Mes prescriptions étaient justifiées », a déclaré le médecin, Philippe "
        "Armand. L'avocate de Théo Marchal, Me Nadia Belkacem, livre une tout autre lecture : "
        "« Mon client est un jeune homme qui a fait confiance à sa fédération. »"
    ).quotes
    said = quotes[quotes["text"].str.contains("client")]
    assert said["speaker"].tolist() == ["Nadia Belkacem"]


def test_a_clitic_subject_speaks_whatever_names_follow() -> None:
    quotes = analyze(
        "Musée\n\nLe mot fait bondir Bertrand Verchère, arrière-petit-fils de "
        "l'administrateur. « On est en train de réécrire l'histoire d'une famille », "
        "affirme-t-il, prêt à saisir la justice."
    ).quotes
    assert "la justice" not in set(quotes["speaker"])


def test_the_noun_before_a_comma_and_a_verb_read_as_a_noun_is_the_speaker() -> None:
    quotes = analyze(
        "Sécheresse\n\nLa Confédération paysanne ne s'est pas associée à la manifestation. Sa "
        "porte-parole, Núria Ferrer, maraîchère à Elne, juge que « l'eau potable doit passer "
        "avant tout le reste »."
    ).quotes
    assert set(quotes["speaker"]) == {"Núria Ferrer"}


def test_on_after_a_body_named_with_a_takes_it_up() -> None:
    quotes = analyze(
        "Dopage\n\nLe médecin est suspendu. Au ministère des Sports, on s'en tient pour "
        "l'heure à un communiqué demandant à la fédération « une transparence totale » et "
        "rappelant que la convention d'objectifs qui la lie à l'État « pourra être "
        "réexaminée »."
    ).quotes
    assert "ministère des Sports" in set(quotes["speaker"])


def test_the_newspaper_s_own_sources_are_no_speaker() -> None:
    quotes = analyze(
        "Neige\n\nLe chantier est arrêté. Selon nos informations, son versement est suspendu "
        "jusqu'à nouvel ordre. Selon le maire, tout va bien."
    ).quotes
    assert quotes["speaker"].tolist() == ["le maire"]
