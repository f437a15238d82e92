"""What a stance cue's object and agent are, where they make it no stance of the author's on the resolution: a
worry about carrying the resolution out ("concern about the implementation of"), another's text as the object ("rejects
the statement of X on resolution N"), invoking words that are a rejection's own object ("rejects the enforcement of"),
a passive whose agent is another ("rejected by Israel")."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.cues import Cue
from unhrkg.extract.gazetteer import states_in


WORRY_REACH = 60  # "préoccupation de l'Algérie concernant la": the worry's words, an article and an adverb before the invoking cue


def worried_about(sentence: str, cue: Cue) -> bool:
    """A worry just before an invoking cue ("concern about the implementation of resolution 2722", the lexicon's
    ``stance.worried``): how the resolution is carried out is what worries the author, which calls for nothing."""
    worried = lexicon.pattern("stance", "worried")
    lead = sentence[max(0, cue.start - WORRY_REACH):cue.start]
    return bool(worried) and any(ARTICLE_ONLY.fullmatch(lead, m.end()) and not JOINED.search(m.group(0))
                                 for m in worried.finditer(lead))  # type: ignore[union-attr]


# the words between a worry and its preposition hold no second verb's clause ("les préoccupations du Secrétaire général
# et insiste sur la mise en œuvre": the insisting calls for it)
JOINED = re.compile(r",|\b(?:and|et|y|e|but|mais|pero)\b", re.I)


ARTICLE_ONLY = re.compile(r"\s*(?:(?:the|its|their|la|le|les|l['’]|el|los|las|su|sus|sa|son|ses)\s*)?")


# the cue's object is a text about the resolution: "the statement of the Ministry ... concerning the resolution"
OTHER_OBJECT = re.compile(r"^\W*(?:(?:in|en|dans)\s+(?:the|los|les)\s+(?:\w+\s+){0,2}?(?:terms|t[ée]rminos|termes)(?:\s+(?:m[áa]s|les\s+plus)\s+\w+)?\s+)?"
                          r"(?:the|its|their|our|la|le|les|el|los|su|sus)?\s*(?:(?:\w+ly|ill[ée]gal|ilegal|unlawful|illicite)\s+)?"  # ("en los
                          # términos más enérgicos el anuncio ilegal de ... sobre la Resolución 2231": the manner, then the object)
                          r"(?:statement|declaration|communiqu[ée]|remarks|notification|notice|request|announcement|annonce|anuncio|"
                          r"position|letter|d[ée]claration|lettre|declaraci[óo]n|comunicado|carta|posici[óo]n|notificaci[óo]n|solicitud|demande)s?\b[^.;]*?"
                          r"\b(?:on|concerning|regarding|about|in\s+relation\s+to|with\s+(?:regard|respect)\s+to|relating\s+to|sur|concernant|"
                          r"relative\s+[àa]|au\s+sujet\s+de|en\s+relation\s+avec|sobre|acerca\s+de|relativ[ao]s?\s+a|en\s+relaci[óo]n\s+con|con\s+respecto\s+a)\s+"
                          r"(?:(?:the|el|la|le|les|l['’]|los|las)\s*(?:[\w-]+\s+){1,4}?(?:of|de|du|del|des)\s+)?"  # ("sobre el llamado mecanismo de
                          r"(?:the\s+|this\s+|la\s+|le\s+|el\s+|cette\s+|esta\s+)?$", re.I)  # reactivación de la resolución 2231")


# the cue's object is another's text, the resolution named further in that phrase, no comma and no second object between:
# "rechaza la declaración del Ministerio ... de Israel sobre la posición adoptada por Colombia respecto a la aprobación ...
# de la Resolución 2728"
OTHER_TEXT = re.compile(r"\W*(?:[\w-]+(?:ly|ment|mente)\s+){0,2}(?:the|its|their|la|le|les|el|los|sus?)?\s*(?:statement|declaration|communiqu[ée]|remarks|"
                        r"d[ée]claration|propos|declaraci[óo]n|comunicado)s?\b(?:(?![,;.]|\b(?:and|as\s+well\s+as|et|ainsi|y)\b).)*$",
                        re.I | re.S)

# the cue's object is a State or a person, the resolution named in the role set off after it: "We welcome Slovenia, as
# Facilitator of the Resolution 2231 (2015)", "saluons la France, en tant que coordonnatrice de la résolution"
ROLE_OF = re.compile(r"^\W*(?:the\s+|la\s+|le\s+|el\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?:(?-i:[A-Z][\w.'’-]*)|of|and|the|de|du|del|la|et|y)){0,5}"
                     r"\s*,?\s+(?:as|en\s+tant\s+que|en\s+sa\s+qualité\s+de|como|en\s+su\s+calidad\s+de)\s+(?:the\s+|its\s+|la\s+|le\s+|el\s+|l['’])?"
                     r"(?:[\w-]+\s+){1,3}?(?:of|for|de|du|des|del|pour|para)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?$", re.I)


# a Declaration a resolution holds is the resolution's own text ("cannot endorse the Declaration on the Right to Development
# contained in resolution 41/128"), and "the letter of resolution 2231" its words
NAMED_INSTRUMENT = re.compile(r"\b(?-i:D)(?:eclaration|éclaration|eclaración)\b|\b(?:contained|adopted|proclaimed|annexed|contenue?|"
                              r"adopt[ée]e|proclam[ée]e|annex[ée]e|contenida|aprobada|proclamada|anexa)\b|\b(?:in|en|dans)\s+(?:the\s+|la\s+|le\s+)?$", re.I)
# a report or another text between invoking words and the resolution: that text is what the words refer to ("the
# conclusions as outlined in the reports of the Secretary-General on resolution 2334")
REPORT_BETWEEN = re.compile(r"\b(?:reports?|rapports?|informes?|statements?)\b", re.I)


# only an article or a word of quantity between a rejecting verb and its object
# the resolution named as the means of what the cue's own object says: "by adopting the General Assembly resolution",
# "en adoptant la résolution", "al aprobar la resolución", "mediante la adopción de"
# (matched from the cue's end; not where the cue's object is the body or its decision: "deplores the decision of the Council ... by passing", "la
# décision prise par le Conseil de sécurité en adoptant": that is the resolution's adoption itself)
ADOPTED_AS_MEANS = re.compile(r"\W*\w(?:(?!\b(?:decision|d[ée]cision|decisi[óo]n|Council|Conseil|Consejo|Assembly|Assembl[ée]e|Asamblea)\b)[^;])*?"
                              r"\b(?:by\s+adopting|through\s+the\s+adoption\s+of|en\s+adoptant|"
                              r"par\s+l['’]adoption\s+de|al\s+(?:adoptar|aprobar)|mediante\s+la\s+(?:adopci[óo]n|aprobaci[óo]n)\s+de)"
                              r"\s+(?:(?:the|la|le|l['’]|el)\s*)?(?:[\w-]+\s+){0,4}$", re.I)
OBJECT_GAP = re.compile(r"\s*(?:(?:the|any|all|its|their|la|le|les|l['’]|toute|tout|el|los|las|toda|todo|cualquier)\s*)?", re.I)


def objects_of_rejection(cues: list[Cue], sentence: str) -> set[Cue]:
    """Invoking words that are the object of a rejecting verb right before them ("rejects the enforcement of resolution
    1593", "rejette l'application de la résolution"): what is rejected is the resolution carried out, nothing invoked."""
    rejecting = [c for c in cues if c.stance == "rejects" and not c.predicate]
    return {c for c in cues if c.invoking and any(r.end <= c.start and OBJECT_GAP.fullmatch(sentence, r.end, c.start)
                                                  for r in rejecting)}


# a participle's agent right after it: "denounced by", "rejetée par", "rechazada por"
PASSIVE_AGENT = re.compile(r"\s+(?:\w+ly\s+)?(?:by|par|por)\s+(?P<agent>[^,;.()]{1,60})", re.I)
PARTICIPLE_END = re.compile(r"(?:ed|en|é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas)$", re.I)
OWN_AGENT = re.compile(r"\b(?:we|(?-i:us)|our|my|nous|notre|nosotros|nuestro|nuestra|mi|Government|Gouvernement|Gobierno|Kingdom|Royaume|Reino|"
                       r"Ministry|Minist[èe]re|Ministerio)\b", re.I)
# what makes a participle a passive: a form of "to be" right before it (an adverb between), or the comma of an apposition
# ("resolution 2334, welcomed by"); not "has supported by word and deed", "a appuyé par son vote"
PASSIVE_LEAD = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|est|sont|été|fut|furent|sera|seront|es|son|fue|fueron|sido|será|serán)"
                          r"\s+(?:\w+(?:ly|ment|mente)\s+)?|,\s*)$", re.I)


def others_passive(sentence: str, cue: Cue, authors: list[str]) -> bool:
    """The cue is a passive participle whose agent follows it and is neither the author, its organ nor its first person
    ("will be denounced by all those who ...", "resolution 2334, welcomed by the international community"): the
    agent's stance."""
    passive = PARTICIPLE_END.search(cue.text) and PASSIVE_LEAD.search(sentence, max(0, cue.start - 30), cue.start)
    m = PASSIVE_AGENT.match(sentence, cue.end) if passive else None
    if not m:
        return False
    agent = re.split(r"\b(?:and|et|y|who|which|qui|que|quien)\b", m.group("agent"), maxsplit=1)[0]  # (its first noun phrase)
    return not OWN_AGENT.search(agent) and not any(s.value in authors for s in states_in(agent))


# another text named by its number between a cue and the resolution: the cue's object ("rejects OAS resolution 1078 and
# recalls resolution 2625": the Organization of American States' text is rejected, which is no UN resolution)
OTHER_NUMBERED = re.compile(r"\b(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?|decisions?|d[ée]cisions?|decisi[óo]n(?:es)?)\s+"
                            r"(?:No\.?\s*|n[°º]\.?\s*)?\d", re.I)
