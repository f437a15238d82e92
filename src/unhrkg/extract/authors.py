"""Who a text without a letter title speaks for: its author State, found by what it says.

Scored over the opening of the text (``OPENING``): an author phrase at a clause start ("the
Government of X", "the Ministry of Foreign Affairs of X", "le Gouvernement de X", "el Gobierno de
X"), a possessive heading ("X's position on ..."), the State's own organ ("the U.S. Mission",
"Azerbaijan's Foreign Ministry"), and the State as the speaking subject ("X rejects ...",
"That X strongly rejects ..."). A statement delivered "on behalf of" a list of States or an
organisation is theirs.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from unhrkg.extract import lexicon, memo
from unhrkg.extract.agents import partner_words
from unhrkg.extract.asked import asked_of, in_question
from unhrkg.extract.capitals import cased_headings
from unhrkg.extract.scan import Starting
from unhrkg.extract.gazetteer import institutions_gazetteer, states_gazetteer, states_in
from unhrkg.extract.holders import speaking_holders
from unhrkg.extract.organs import SPOKES_NOUN, demonym_at, demonym_in_name, organ_after, organ_speaks, organs
from unhrkg.extract.teasers import in_teaser
from unhrkg.extract.lead import ARTICLE, addressed, after_channel, agency_tag, in_headline, lead_subject_then_we, leads_alone
from unhrkg.extract.unnamed import called_by_epithet, own_country, unnamed_organ_subject
from unhrkg.extract.places import closing_place_state, dateline_named_state, dateline_state, title_capital, title_case
from unhrkg.extract.posts import apposed_official, post_before
from unhrkg.extract.possessed import possessed_stance, possessive_heading
from unhrkg.extract.spoken_of import ACCREDITING, judged, spoken_of_after, verb_gap
from unhrkg.extract.speaking_verbs import apposed_after, speaks_after, verb_at
from unhrkg.extract.letterhead import letterhead_end
from unhrkg.extract.own_voice import own_capacity, point_subject

OPENING = 2500  # how far an author is looked for
# a quotation mark opens a clause (a quoted statement) at the start of a line or a sentence, after a colon or a
# comma, after "that", or after a verb of saying ('said: "The Government of Ghana welcomes', 'said "The Government of ...'); not a
# name in scare quotes inside a sentence ('in the shape of the "Republic of Cyprus" and "Government of Cyprus"')
QUOTE_OPENS = (r"(?:(?:^|[.;:,!?\n(])\s*|\b(?:that|que|said|says|stated|states|declared|added|noted|stressed|underlined|affirmed|"
               r"déclaré|affirmé|souligné|ajouté|declaró|dijo|afirmó|señaló|subrayó|añadió)\s+)[“\"«]\s*")
# the word to the chair before the speaker's clause: "Mr. President, China welcomes", "Señor Presidente, México vota"
VOCATIVE = r"\b(?:Mr\.?|Madam|Madame|Monsieur|Se[ñn]ora?|Sra?\.)\s+(?:Vice[- ])?(?:President[ea]?|Pr[ée]sidente?|Chair\w*|Co-Chairs?)\s*,\s*"
CLAUSE_START = re.compile(r"(?:^|[.;:!?\n•*–\-]\s*|" + QUOTE_OPENS + r"|\bthat\s+|\bque\s+|\d{4}(?:-\d{1,2}){1,2}\s+|(?:^|\n)[ \t]*\d{1,3}[.)]?[ \t]+|"
                          + VOCATIVE + r"|\b(?:in\s+which|dans\s+laquelle|en\s+la\s+que|en\s+la\s+cual)\s+|(?:^|\n)[ \t]*(?-i:[A-Z]{3,}(?:[ -][A-Z]{2,})*),[ \t]*)"  # "LAGOS, Le Nigeria"
                          r"(?:the\s+|l[ae]s?\s+|l['’]|el\s+|los\s+)?$", re.I)  # "\n3 Singapore voted": a numbered paragraph
# "El traslado de la embajada de Guatemala" (a title that speaks of the organ), not a letterhead
# running on from the line above ("Press and Information Department\nof the Ministry of ...")
OF_LEAD = re.compile(r"\w[ \t]+(?:of|de|du|del|des)\s+(?:the\s+|la\s+|el\s+|l['’]\s*)?$", re.I)
ORGAN_REACH = 800  # "the U.S. Mission", "Azerbaijan's Foreign Ministry": near the top, the author's letterhead or byline
# "carta suscrita por el Presidente de la República de X", "a letter sent by the Minister ... of X": its writer
SENT_BY = re.compile(r"\b(?:letter|lettre|carta|missive|misiva)\s+(?:\w+\s+){0,2}?(?:signed|sent|written|sign[ée]e|envoy[ée]e|[ée]crite|"
                     r"firmada|suscrita|enviada|remitida)\s+(?:by|par|por)\s+(?:the\s+|le\s+|la\s+|l['’]|el\s+)?$", re.I)
PASSIVE_AFTER = re.compile(r"\s+(?:at|by|for|over|in|during|as)\b", re.I)
CRITICISED = ("criticized", "criticised", "denounced", "decried", "slammed", "blasted")  # a participle a headline's passive leaves bare
# a clause a resolution, a report or a fact holds, not one a State speaks: "The resolution states that Russia does not
# fulfil", "due to the fact that Russia is a party", "el informe señala que" (not "the document", which may be the author's)
TOLD_IN = re.compile(r"\b(?:fact|resolution|report|draft|r[ée]solution|rapport|projet|resoluci[óo]n|informe|proyecto|hecho)"
                     r"(?:\s+\w+){0,2}?\s+(?:that|que|qu['’])\s+(?:the\s+|l[ae]\s+|l['’]|el\s+)?$", re.I)
# a passive of saying whose agent the official is: "This was stated by Minister for Foreign Affairs of Ukraine Dmytro Kuleba"
# (what the news told above; not "it was stated by the Minister of X that ...", a rebuttal's report of an adversary)
SAID_BY = re.compile(r"\b(?:this|that|these)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:stated|said|announced|"
                     r"declared|noted|emphasi[sz]ed|stressed|underlined)\s+by\s+(?:the\s+)?$", re.I)
SPOKESMAN = re.compile(rf"\b(?:{SPOKES_NOUN})\s+(?:for|of|du|de|del)\s+(?:the\s+|la\s+|l['’])?$", re.I)
HEADING_WORDS = ("statement", "interven", "remarks", "explanation", "eov", "declara", "déclara")  # where to try the two (``scan.Starting``)
DELIVERED_BY = Starting(re.compile(r"\b(?:Statement|Intervention|Remarks|Explanation\s+of\s+(?:Vote|Position)|D[ée]claration|"
                                   r"Declaraci[óo]n|Intervenci[óo]n)\s+(?:(?P<verb>delivered|made|read\s+out|presented|prononc[ée]e|pronunciada)"
                                   r"\s+(?:by|par|por)\s+|by\s+(?=(?:H\.\s?E\.|Ambassador|Mr\.|Ms\.|Mrs\.|Dr\.)\s|(?:the\s+)?(?:Permanent\s+|Deputy\s+|Alternate\s+)*"
                                   r"Representative\s))", re.I),
                        HEADING_WORDS)  # "Statement by\n\nAmbassador X", "Statement by Representative of Slovenia ... Ambassador X"
# after a plain "Statement by Mr. X" (no verb of delivery): the State of a post ("permanent representative of Pakistan"), not of a mandate
POST_OF = re.compile(r"\b(?:Representative|Ambassador|Minister|Ministre|Ministro|Repr[ée]sentante?|Representante|Embajadora?|"
                     r"Ambassadeur|Chargé\s+d['’]affaires)\b[^,;()\n]{0,50}?\b(?:of|de|du|del|des)\s+(?:the\s+|la\s+|l['’])?$", re.I)
TOPIC_CUT = re.compile(r",?\s+(?:on|regarding|concerning|about|sur|sobre)\s+(?:the|la|le|les|el|los|las|l['’])\b"
                       r"|\s+(?:at|on|sur|sobre)\s+(?=(?-i:[A-Z]))", re.I)  # "... by Ambassador Byrne Nason at UNSC Briefing on Syria"
ALIGNS_WITH = re.compile(r"\b(?:align\w*|subscrib\w*|associat\w*|souscri\w*|rallie\w*|associe\w*|suscrib\w*|adhier\w*|suma\w*|"
                         r"support\w*|welcom\w*|endors\w*|appui\w*|soutien\w*|salu\w*|apoy\w*|respald\w*)\b"
                         r"[^.;]{0,40}$", re.I)
# "Nguyen Hoang Nguyen, Deputy Permanent Representative of Viet Nam": an official's post after his name
# (a rank may come between: "Juan Quintanilla Román, embajador, representante permanente de Cuba")
# or his own post in the mission ("Mr. O.L. Ameerajwad, Counsellor of the Permanent Mission of Sri Lanka")
APPOSITION = re.compile(r"(?:^|[^,\w])(?:[A-Z][\w.'’-]+\s+){1,4}[A-Z][\w.'’-]+,\s*(?:(?-i:[a-z]\w+|Ambassador|Embajador[a]?|"
                        r"Ambassadeur|Ambassadrice),\s*|(?-i:[A-Z][a-z]+\s+){1,3}(?:of|at|in|de|du|del)\s+)?(?:the\s+|la\s+|l['’])?$")
SUBORDINATE_LEAD = re.compile(r"(?<!c'est\s)(?<!c’est\s)\b(?:that|que)\s+(?:the\s+|l[ae]\s+|l['’]|el\s+|los\s+)?$", re.I)
RELATIVE_CLAUSE = re.compile(r"\s*,\s*(?:which|who|qui|que|quien|el\s+cual|la\s+cual)\b[^,;.\n]{3,120},", re.I)


@cache
def _our_partners() -> re.Pattern[str]:
    """The speaker's own partners fronted before its State's name: "With our partners from Liechtenstein, Switzerland has
    supported ...", "Avec nos partenaires, la Suisse ..." (a bare "with", or the lexicon's partner words, then the first
    person's "our"; not "With elections approaching, Venezuela has ...")."""
    return re.compile(rf"(?:^|[.!?\n]\s*)(?:with|avec|con|{partner_words()})\s+(?:our|nos|notre|nuestros|nuestras|nuestro|nuestra)\b"
                      r"[^,.;!?\n]{0,80},\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", re.I)


JUDGED_REACH = 120  # "we note that according to the IAEA, Iran is": the first person's verb before an opening phrase
OPENER_REACH = 600  # "Despite ..., the Government of X said": in the text's opening sentences
# a heading's words ("STATEMENT BY MAURITIUS", "Written statement of the State of Israel"; "such a
# declaration by Canada" is narrative): the word or the one before it capitalised (checked where it is used)
STATEMENT_BY = Starting(re.compile(r"\b(?:statement|intervention|remarks|(?:explanation\s+of\s+vote|eov)(?:\s+(?:before|after)\s+the\s+vote)?|"
                                   r"d[ée]claration|intervenci[óo]n|declaraci[óo]n)\s+(?:by|of|de|du|del|par|por)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?(?:delegation\s+of\s+(?:the\s+)?)?", re.I), HEADING_WORDS)
INDEFINITE = re.compile(r"(?:an?\s+|une?\s+)?", re.I)
DELEGATE_AFTER = re.compile(r"\s+(?:representative|delegate|delegation|ambassador|minister|envoy|diplomat|official|"
                            r"repr[ée]sentante?|d[ée]l[ée]gu[ée]e?|d[ée]l[ée]gation|ambassadeur|ministre)s?\b", re.I)
DEMONYM_HEADING = re.compile(r"^[ \t]*(?=[A-Z])", re.M)  # a line opening with "Estonian Statement ..."
SPEECH_NOUN = re.compile(r"[ \t]+(?:Explanation\s+of\s+(?:Vote|Position)|Statement|Remarks|Intervention|Press\s+Release)\b", re.I)
OWN_VOTE = re.compile(r"\bexplanation\s+of\s+(?:the\s+)?", re.I)
POSSESSIVE_VOTE = re.compile(r"['’]s?\s+(?:vote|position)\b", re.I)


def speaking_state(text: str) -> tuple[str, str] | None:
    """(ISO3, rule) of the State the opening of a text speaks for, if one stands out; where none does and the
    heading is printed in capitals, read with its case given back ("STATEMENT ... BY MR. X, COUNSELLOR AT THE
    MISSION OF THE STATE OF PALESTINE")."""
    found = _speaking_state(text)
    if found is None and (cased := cased_headings(text)) != text:
        found = _speaking_state(cased)
    return found


@memo.per_document
def _speaking_state(text: str) -> tuple[str, str] | None:
    stop = min(len(text), OPENING)
    scores: Counter[str] = Counter()
    rules: dict[str, str] = {}
    first: dict[str, int] = {}
    phrase_re, verbs_re, head = lexicon.pattern("author", "before_state"), lexicon.pattern("author", "speaking_verbs"), letterhead_end(text)

    def vote(iso3: str, weight: int, rule: str, at: int) -> None:
        if not in_teaser(text, at):  # ("You may be interested in: Iranian President speaks out ...": another story's)
            _vote(scores, rules, first, iso3, weight, rule, at)

    aligning = lexicon.pattern("author", "aligning")
    for m in phrase_re.finditer(text, 0, stop) if phrase_re else ():
        lead = text[max(0, m.start() - 40):m.start()]
        in_head = m.start() < head and not OF_LEAD.search(lead)  # "El traslado de la embajada de Guatemala": spoken of
        apposed = (APPOSITION.search(lead) and not _counterpart(text, m.start())) \
            or apposed_official(lead, text, m.end())  # "X, Ambassador of", "X, head of the Mission of"
        if not in_head and not CLAUSE_START.search(lead) and not SPOKESMAN.search(lead) and not apposed and not SENT_BY.search(lead) \
                and not SAID_BY.search(lead) \
                and not _own_view(lead) \
                and not (m.start() < OPENER_REACH and (_after_opening_phrase(text, m.start()) or after_channel(text, m.start()))):
            continue  # "the efforts made by the Government of X": X is spoken of, not speaking
        if addressed(text, m.start()):
            continue  # "Excelentísimo Sr. D. Abdel Fattah Al Sisi, Presidente de la República Árabe de Egipto;": spoken to
        if not in_head and judged(lead):
            continue  # "We regret that the government of Myanmar discontinued its cooperation": the one judged
        st = states_gazetteer().match_at(text, m.end() + len(re.match(r"\s*", text[m.end():]).group(0)))
        if not (st and st.value):  # "el Gobierno de Reconciliación y Unidad Nacional de la República de Nicaragua"
            clause = re.match(r"[^,;.\n]{0,80}", text[m.end():]).group(0)
            named = [n for n in states_in(text, m.end(), m.end() + len(clause)) if n.kind == "name"]
            st = named[0] if named and _proper_name(text[m.end():named[0].start]) else None
        if st and st.value and not in_head and spoken_of_after(text, st.end):
            continue  # "Le gouvernement du Canada doit honorer ses engagements", "the ambassador of X was summoned"
        if st and st.value:  # an official named with his post in it speaks for it as a byline does
            weight = 5 if in_head else 4 if m.start() < OPENER_REACH and apposed else 3
            if weight == 3 and SUBORDINATE_LEAD.search(lead):
                weight = 1  # "el imperativo que el Gobierno de Siria dé acceso": the subject of a clause the text governs
            vote(str(st.value), weight, "letterhead" if in_head else "author-phrase", m.start())
    for st in states_in(text, 0, stop):
        after = text[st.end:st.end + 60]
        if st.start < 400 and possessive_heading(after):
            vote(str(st.value), 3, "possessive-heading", st.start)
        lead = text[max(0, st.start - 40):st.start]
        organ = organ_after(text, st.end)
        weight = _lead_weight(lead) if st.start < ORGAN_REACH and organ else 0
        if (weight == 3 or organ and st.start < ORGAN_REACH and ATTRIBUTION.search(lead)) and organ_speaks(text, st.end) \
                and not in_question(text, st.start):
            weight = 4  # "..., a Chinese Foreign Ministry spokesperson said on Wednesday", "..., the Russian foreign ministry
            # said.": the news is the organ's word
        if weight:
            vote(str(st.value), weight, "own-organ", st.start)
        if st.start < ORGAN_REACH and possessed_stance(text, st, lead):
            vote(str(st.value), 2, "possessive-object", st.start)
        gap = verb_gap(after, 0)
        relative = (RELATIVE_CLAUSE.match(text, st.end) or apposed_after(text, st.end)) \
            if gap is None or not (verbs_re and verbs_re.match(after, gap)) else None
        if relative:  # "La France, qui a été la délégation porte-plume de cette résolution, se félicite", "La Belgique,
            # ensemble avec tous les autres membres du Conseil, s'est prononcée"
            after = text[relative.end():relative.end() + 60]
            gap = verb_gap(after, 0)
        aligned = bool(aligning and gap is not None and aligning.match(after, gap))  # "The UAE aligns itself with the statement"
        verb = verbs_re.match(after, gap) if verbs_re and gap is not None else None
        if verb and verb.group(0).lower() in CRITICISED and PASSIVE_AFTER.match(after, verb.end()):
            verb = None  # a headline's passive: "Syria denounced at UN General Assembly", "Israel slammed by ..."
        if (aligned or verb) and st.kind == "name":
            lead = text[max(0, st.start - 40):st.start]
            if (CLAUSE_START.search(lead) or agency_tag(lead) or _after_opening_phrase(text, st.start) or after_channel(text, st.start)
                    or _our_partners().search(text, max(0, st.start - 140), st.start)) \
                    and not judged(text[max(0, st.start - JUDGED_REACH):st.start]) and not spoken_of_after(text, st.end) \
                    and not TOLD_IN.search(lead):
                weight = 3 if in_headline(text, st.start) else 2  # "Mexico calls for sanctioning ...": the news is its
                if aligned:  # (delivered by ...": its own)
                    vote(str(st.value), 4, "aligns-with-statement", st.start)
                else:
                    vote(str(st.value), weight, "speaking-subject", st.start)
        if st.kind == "name" and point_subject(text, st):  # "I wish to make three points. First, France is concerned"
            vote(str(st.value), 2, "point-subject", st.start)
    for m in organs().finditer(text, 0, min(len(text), ORGAN_REACH)) if organs() else ():
        dem = demonym_at(text, m.end()) or demonym_in_name(text, m.end())  # "le Ministère haïtien", "el Canciller peruano"
        weight = _lead_weight(text[max(0, m.start() - 40):m.start()]) if dem else 0
        if weight:
            vote(str(dem.value), weight, "own-organ", m.start())
    for inst in institutions_gazetteer().find(text, 0, min(len(text), OPENER_REACH)):
        in_head = inst.start < head  # "Türkiye Cumhuriyeti Dışişleri Bakanlığı", "The Élysée welcomes ..."
        lead = text[max(0, inst.start - 40):inst.start]  # "de la porte-parole du ministère de l'Europe et des Affaires
        if in_head or CLAUSE_START.search(lead) or _official_heading(text, inst.start, lead) \
                or _official_of_speaks(text, inst.start, inst.end):  # (étrangères": its own official)
            vote(str(inst.value), 4 if in_head else 3, "institution", inst.start)
    for iso3, at, weight in speaking_holders(text, stop):  # "President William Ruto said", "Statement by H.E. Sergey Lavrov"
        vote(iso3, weight, "office-holder", at)
    city = title_capital(text, speaks_after)  # "Nicosia welcomes ...": a capital for its government
    if city:
        vote(str(city.value), 3, "capital-subject", city.start)
    for m in STATEMENT_BY.finditer(text, 0, min(len(text), OPENER_REACH)):  # "........ N STATEMENT BY MAURITIUS ON BEHALF OF ..."
        before = re.search(r"(\w)\w*[^\w\n]+$", text[max(0, m.start() - 30):m.start()])
        if not (text[m.start()].isupper() or (before and before.group(1).isupper())):
            continue
        st = states_gazetteer().match_at(title_case(text[:m.end() + 60]), m.end())
        if st and st.value and st.kind == "name":
            vote(str(st.value), 4, "statement-by", m.start())
        st = states_gazetteer().match_at(text, INDEFINITE.match(text, m.end()).end())  # type: ignore[union-attr]
        if st and st.value and st.kind == "demonym" and DELEGATE_AFTER.match(text, st.end):
            vote(str(st.value), 4, "statement-by", m.start())  # "Statement by a Russian representative"
    for m in DEMONYM_HEADING.finditer(text, 0, min(len(text), OPENER_REACH)):  # "Estonian Explanation of Vote": the State's own
        st = states_gazetteer().match_at(text, m.end()) if not text[:m.start()].strip() else None  # (the title line only)
        if st and st.value and st.kind == "demonym" and SPEECH_NOUN.match(text, st.end):
            vote(str(st.value), 4, "demonym-heading", m.start())
    for m in OWN_VOTE.finditer(text, 0, min(len(text), OPENER_REACH)):  # "an explanation of Singapore's vote"
        st = states_gazetteer().match_at(text, m.end())
        if st and st.value and POSSESSIVE_VOTE.match(text, st.end):
            vote(str(st.value), 4, "own-vote", m.start())
    for m in DELIVERED_BY.finditer(text, 0, min(len(text), 800)):  # "Statement delivered by Mr. X, ... of Pakistan"
        if ALIGNS_WITH.search(text, max(0, m.start() - 80), m.start()):
            continue  # "La Suisse souscrit à la déclaration prononcée par le représentant du Brésil": another's
        clause = TOPIC_CUT.split(re.match(r"[^(\n]{0,200}", text[m.end():]).group(0), maxsplit=1)[0]  # not "..., on ... by North Korea"
        named = [n for n in states_in(text, m.end(), m.end() + len(clause)) if n.kind == "name"
                 and (m.group("verb") or POST_OF.search(text, max(m.end(), n.start - 80), n.start))]
        if named:
            vote(str(named[0].value), 4, "delivered-by", m.start())
    for st in own_capacity(text, stop):  # "I shall now make a statement in my capacity as the representative of Argentina"
        vote(str(st.value), 5, "own-capacity", st.start)
    lead = lead_subject_then_we(text)
    if lead:  # "Australia concludes its two year term ... Our record as a non-permanent member ..."
        vote(str(lead.value), 2, "lead-subject-we", lead.start)
    for st in asked_of(text, 0, stop, alone=True):  # "(Quelle est la réaction française ... ?)" on a line of its own:
        vote(str(st.value), 3, "asked-reaction", st.start)  # the one who answers speaks for it
    for st, apposed in own_country(text, stop):  # "our country, Spain" is sure; the State named before, a hint
        vote(str(st.value), 3 if apposed else 1, "our-country", st.start)
    dateline = dateline_state(text) or dateline_named_state(text)
    closing = None if dateline else closing_place_state(text)
    organ = bool(dateline) and unnamed_organ_subject(text, verb_at)  # the weakest sign, unless an organ left unnamed speaks under
    if dateline or closing:  # it ("MANILA, Philippines–The government on Wednesday condemned"): any other rule outweighs it
        vote(dateline or closing, 3 if organ else 1, "dateline-organ" if organ else "dateline-capital" if dateline else "closing-capital", 0)
    for code in [c for c in scores if called_by_epithet(text, c)]:
        del scores[code]  # "Israel, the occupying Power, continues ...": the State the text speaks of, wherever it is a subject
    if not scores:
        return None
    best = max(scores, key=lambda s: (scores[s], -first[s]))
    tied = [s for s in scores if s != best and scores[s] == scores[best]]
    if tied and rules[best] == "speaking-subject" and not (
            all(rules[s] not in NAMED_AUTHOR for s in tied) and dateline not in tied
            and leads_alone(text, best, first[best], [first[s] for s in tied], verb_at)):
        return None  # two States speak as much (and the first is not the lead's subject alone): no author ("Tokyo: North
        # Korea has launched a missile ... / Japan condemns": the lead's subject acts, the dateline's State speaks)
    return best, rules[best]


# the rules that name an author outright ("Statement by H.E. X, Permanent Representative of the Kingdom of the
# Netherlands"), which a State the lead makes its subject does not outweigh (``lead.leads_alone``)
NAMED_AUTHOR = ("letterhead", "author-phrase", "institution", "statement-by", "demonym-heading", "own-vote", "delivered-by",
                "aligns-with-statement", "possessive-heading")


COUNTERPART_REACH = 120
NAMED_BEFORE = r"\s+(?:(?:a|al|à)\s+(?:la\s+|el\s+|l['’])?)?(?:(?:H\.\s?E\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|M\.|Mme|Sr\.|Sra\.|(?:Her|His|Son|Su)\s+Excel\w+)\s*)*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*,\s*$"


SAME_LINE = r"(?=[ \t]*[^\s])"  # the official on the words' own line ("With many thanks" closing a letter is no greeting of
# the signer below); (in NAMED_BEFORE) Spanish sets "a" before the person greeted ("felicito a la Embajadora X")


def _counterpart(text: str, pos: int) -> bool:
    """The official named with his post just before ``pos`` is one the author met, heard from, thanked or congratulated
    (the lexicon's ``author.counterpart``: "received a phone call today from Dr. X, Minister of Foreign Affairs of Iran",
    "I wish to congratulate Her Excellency Ambassador X, Permanent Representative of Fiji, on"), not its voice."""
    words = lexicon.pattern("author", "counterpart")
    if words is None:
        return False
    return re.search(rf"(?i:{words.regex.pattern})(?:{SAME_LINE}{NAMED_BEFORE[:-1]}[^,;.\n]{{3,120}}?\s+(?:and|et|y))?{SAME_LINE}{NAMED_BEFORE}",
                     text[max(0, pos - 2 * COUNTERPART_REACH):pos]) is not None  # (or the second of two: "thank H.E. Mr. X,
    # Permanent Representative of Austria and H.E. Mr. Y, Permanent Representative of Senegal")


def _official_heading(text: str, pos: int, lead: str) -> bool:
    """An institution's official ("the spokesperson for the State Department", "la porte-parole du ministère de
    l'Europe et des Affaires étrangères") named on the text's first line, its heading: the official speaks in the
    text (not "the remarks made yesterday by the spokesperson for the State Department" further on)."""
    first = text.lstrip()
    heading_end = len(text) - len(first) + (first.find("\n") % (len(first) + 1))
    return pos < heading_end and post_before(lead) is not None


APPOSITION_CLOSE = re.compile(r"\s*,")
OFFICIAL_OF = re.compile(r",[^,.;\n]{3,120}\b(?:at|of|in)\s+(?:the\s+)?$", re.I)  # ", Commissioner for Human Rights Policy at the"


def _official_of_speaks(text: str, start: int, end: int) -> bool:
    """The institution closes an official's apposition and the official speaks right after it ("Dr Bärbel Kofler, Federal
    Government Commissioner for Human Rights at the Federal Foreign Office, issued the following statement"): the
    institution's State speaks through its official."""
    closes = APPOSITION_CLOSE.match(text, end)
    if not closes or not OFFICIAL_OF.search(text, max(0, start - 160), start):
        return False
    gap = verb_gap(text, closes.end())
    return gap is not None and any(v and v.match(text, gap) for v in (lexicon.pattern("author", "speaking_verbs"),
                                                                      lexicon.pattern("author", "said")))


ATTRIBUTION = re.compile(r"[,\"”]\s*(?:the\s+|a\s+)?$", re.I)  # the words a sentence said are the organ's: "..., the"


def _lead_weight(lead: str) -> int:
    """How sure a State's organ is the author's, from the words before it: 4 at a clause start,
    3 after an official's title ("Assistant to the") or words that do not make it spoken of,
    0 after "of", "by", "to the" ... (the State is spoken of)."""
    if CLAUSE_START.search(lead):  # ("... and that the U.S. president has ...": a clause the text governs)
        return 1 if SUBORDINATE_LEAD.search(lead) else 4
    if post_before(lead):
        return 3
    spoken_of = lexicon.pattern("author", "spoken_of_after")
    if spoken_of and re.search(f"(?:{spoken_of.pattern})\\s+{ARTICLE}(?:(?-i:[A-Z])[a-z]+\\s+)?$", lead, re.I):
        return 0  # ("inquiries from the Federal German Government")
    return 3


def _own_view(lead: str) -> bool:
    """"It is the understanding of | the government of X that": the government's own view, said by itself (the lexicon's
    ``author.own_view_lead``)."""
    view = lexicon.pattern("author", "own_view_lead")
    return bool(view and re.search(f"(?:{view.pattern})\\s+{ARTICLE}$", lead, view.flags))


def _after_opening_phrase(text: str, pos: int) -> bool:
    """pos follows a sentence's introductory phrase and its comma ("When the resolution was put
    to vote, | Germany abstained")."""
    openers = lexicon.pattern("author", "clause_openers")
    back = text[max(0, pos - 400):pos]
    start = max(back.rfind(c) for c in ".!?\n;:") + 1
    return bool(openers and re.match(f"\\s*(?:\\d{{1,3}}[.)]?\\s+)?(?:{openers.pattern})(?:[^,;:]{{0,240}},){{1,3}}\\s*{ARTICLE}$",
                                     back[start:], re.I))  # ("3 Since the beginning of this war, Singapore has": a numbered paragraph)


# "Delegation of the European Union to Egypt": the State after "to" is the one a mission is sent to
ACCREDITED_LEAD = re.compile(rf"\b{ACCREDITING}\s+(?:the\s+|la\s+|l['’]|el\s+)?$", re.I)


def _proper_name(words: str) -> bool:
    """Words before a State's name that make one name with it: every long word capitalised ("Gobierno de
    Reconciliación y Unidad Nacional de la República de Nicaragua"), not a common noun ("président du
    comité des sanctions Iran": the committee's president speaks for no State, nor in "président du Comité 1533
    (République démocratique du Congo)", a committee's number and the State it is on in brackets)."""
    return all(w[0].isupper() for w in re.findall(r"[^\W\d_]{4,}", words)) and not ACCREDITED_LEAD.search(words) \
        and not re.search(r"[\d(]", words)


def _vote(scores: Counter[str], rules: dict[str, str], first: dict[str, int], iso3: str, weight: int,
          rule: str, at: int) -> None:
    scores[iso3] += weight
    if iso3 not in rules or weight > 3 or weight > 2 and rules[iso3] == "speaking-subject":
        rules.setdefault(iso3, rule)
    first[iso3] = min(first.get(iso3, at), at)
