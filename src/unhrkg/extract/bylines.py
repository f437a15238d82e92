"""Speakers and writers named in a byline, for texts that have no "(Signed)" block.

- a byline at the top of a statement: "Ambassador Sarah Mendelson / U.S. Representative for
  Economic and Social Affairs / U.S. Mission to the United Nations" (the title lines are
  those that name a post; the mission's line ends them);
- "delivered by Ambassador Irina Schoulgin Nyoni on behalf of Sweden";
- a French or Spanish speech heading ("Explication de vote de M. François Delattre, représentant permanent
  de la France ...": ``speech_of``);
- a title "Letter from Dr. Nasser Al-Kidwa, Permanent Observer of Palestine to the U.N., to
  the Secretary-General".
Headings in capitals are left alone: their names and titles cannot be given back their case.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import bodies_gazetteer, bodies_in, states_gazetteer
from unhrkg.extract.scan import Lines
from unhrkg.extract.person import POST, name_at as _name
from unhrkg.extract.posts import dated_line, post_parts
from unhrkg.extract.post_first import HONOURS, post_comma_person, unset_then_parts
from unhrkg.extract.signatures import DANGLING, TITLE_WORDS, clean_title, line_titles, split_titles
from unhrkg.extract.opening_officials import post_then_spoke
from unhrkg.extract.speech_of import RANK_QUALIFIER, speech_of

TOP = 500  # a byline stands near the top
TITLE_LINE = 120  # a post's line is short
HEADING_TOP = 1500  # "Statement by ..." starting a line: below a web page's menus
LEAD = re.compile(rf"{HONOURS}(?P<amb>Ambassador\s+)?{HONOURS}")  # "Ambassador H.E. Mr. Htin Lynn" too
# the first letters as a class the engine skips to, then each word from its letter on, in their order
DELIVERED = re.compile(r"[DdmrPpSREAI](?<!\w.)(?:(?<=[Dd])elivered|(?<=m)ade|(?<=r)ead\s+out|(?<=[Pp])resented|(?<=S)tatement|(?<=S)tated|(?<=S)peech|(?<=I)ntervention|"
                       r"(?<=A)ddress|(?<=R)emarks(?:\s+to\s+the\s+(?i:press|media))?|(?<=E)xplanation\s+of\s+(?i:vote|position))(?:\s+(?i:after|before)\s+the\s+(?i:vote))?(?:\s+on\s+(?i:behalf)\s+of\s+[^\n]{3,80}?)?\s+by:?\s+")  # "Statement by: Ms X, ..."
# the French and Spanish participles of delivery in a heading: "Explication de vote prononcée par M. X, Conseiller politique",
# "Declaración pronunciada por el Embajador X"
DELIVERED_FR_ES = re.compile(r"[pPlLrRlL](?<!\w.)(?:(?<=[pP])rononc[ée]e?s?|(?<=[pP])r[ée]sent[ée]e?s?|(?<=[lL])ue?|(?<=[pP])ronunciad[oa]s?|"
                             r"(?<=[pP])resentad[oa]s?|(?<=[lL])e[íi]d[oa]s?)(?:\s+(?:au\s+nom\s+d[eu]s?|en\s+nombre\s+de(?:l)?)\s+[^\n]{3,80}?)?\s+(?:par|por)\s+"
                             r"(?:(?:le|la|el)\s+)?")
BY_LINE = Lines(re.compile(r"^[ \t]*[Bb]y:?[ \t]+(?=(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Ambassador)\s)", re.M))  # "...\nby Ambassador X, ..." under a heading
SPEAKER_LABEL = Lines(re.compile(r"^[ \t]*(?:Speaker|Orateur|Oratrice|Orador|Oradora)[ \t]*:[ \t]*"
                                 r"(?=(?:[A-Z][\w'’.-]+[ \t]+){1,3}[A-Z][\w'’-]+,)", re.M))  # a page's label line, the name first:
# "Speaker : Jean-Marc Hoscheit, Permanent Representative of Luxembourg to the United Nations"
# ("Statement on behalf of the EU and its Member States by H.E. ...": the group is spoken for, the speaker named)
# a part of a post: a title, or the mission or office it is held in; no date, place or "on behalf of" after it
POST_PART = re.compile(rf"(?:(?:{TITLE_WORDS})(?!\w)|(?:Permanent\s+)?(?:Observer\s+)?(?:Mission|Delegation|Embassy|Office)\b(?!.*\d))(?!.*\bbehalf\b)")
LETTER_FROM_POSTS = re.compile(r",\s*((?:[^,\n]+?,\s*){0,2}?[^,\n]+?),\s*to\s+(?:the|his|her)\s")  # the post, in up to three parts
LETTER_FROM = re.compile(r"^[ \t]*(?:Letter|Note)\s+(?:from|(?:sent|addressed|written)\s+by)\s+", re.M)  # ("Letter sent by Dr. X, ...")


SURNAME = re.compile(r"([A-Z][\w'\u00C0-\u017F-]{2,}),\s*")


POST_BEFORE_NAME = re.compile(rf"(?:the\s+)?(?P<post>(?:(?:First|Second|Third)\s+)?(?:[A-Z][\w.&'’-]*\s+){{0,2}}?(?:{TITLE_WORDS}))(?:,?\s+(?:Mr\.?|Ms\.?|Mrs\.?|H\.\s?E\.|Dr\.?|Hon\.?|"
                              rf"(?:His|Her)\s+Excellency|Ambassador))*\s+(?=(?:[A-Z][\w.'-]*\s+){{1,4}}(?:on|at|to|in|before|after|during|following|of)\b|"
                              rf"(?:[A-Z][\w.'-]*\s+){{1,3}}[A-Z][\w.'-]*\s*(?:,|\.?\s*(?:\n|$)|\)|\((?-i:[A-Z])|[–—-]\s))")  # (the heading's bracket may close after
# the name; a sentence's stop, the State in brackets or a dash before the occasion may follow it: "delivered by First
# Secretary Paul Bjørndal (Norway).", "by Permanent Representative Ambassador X - Debate pursuant to ...");
# the post may open with its office's words: "Statement by NSC Spokesperson Sean Savett on Syria", "by White House Press Secretary X")


POST_OF = re.compile(rf"(?:(?:First|Second|Third|Deputy)\s+)*(?:{TITLE_WORDS})\s+(?:of|to)\s+(?:the\s+)?")


HEADING_LEAD = re.compile(r"[ \t(]*(?:(?-i:[A-Z])[\w'’-]*[ \t]+){0,2}")  # "Explanatory Statement by ...": still the heading's own words
# a heading's speech set off from its topic or forum before it: "... Missile Launch (Statement by", "Third Committee: Statement by",
# "14 June 2016, Brussels – Statement by"
HEADING_SET_OFF = re.compile(r"(?:\(|(?<!Previous)(?<!Next)(?<!See\s\w{4})(?<!Related)(?<!Subject)(?<!Re)(?<!Objet)(?<!Asunto)"
                             r"(?<!More)(?<!Read)(?<!Also):[ \t]+|[ \t][–—-][ \t]+)(?:(?-i:[A-Z])[\w'’-]*[ \t]+){0,2}$")
CLOSING_BRACKET = re.compile(r"[^()\n]*\)[ \t]*(?:\n|$)")  # "(Statement by Foreign Minister Taro Kono)" closing its line
# the surname alone after a rank, then the occasion: "Statement by Ambassador Braun at the Adoption of ..."
SURNAME_OCCASION = re.compile(r"([A-Z][\w'\u00C0-\u017F-]{2,})(?=[ \t]+(?:at|on|before|during|to|in)[ \t])")


# "Statement of the Permanent Representative of Ukraine to the UN Mr. X on ...": a heading's speech of a post
# ("Speech of Minister for Foreign Affairs, Mr. X, at the ...": the post without its article)
SPEECH_OF_POST = re.compile(rf"\b(?:Statement|Remarks|Speech|Address|Intervention)\s+of\s+(?:the\s+)?(?=(?:(?:First|Deputy)\s+)?(?:{TITLE_WORDS})(?!\w))")
DELIVERY_VERB = re.compile(r"(?i:delivered|read\s+out|presented|prononc|lue?\b|pronunciad|le[íi]d)")  # (not "présenté par": a report's)
OCCASION_AFTER = re.compile(r"[ \t]+(?:at|during|before|in)\s+the\b[^.]*$")  # "delivered by H.E. Mr Rein Tammsaar at the"


AROUND_THE_VOTE = re.compile(r"\b(?:after|before)\s+the\s+vote\b", re.I)
STATE_AFTER = re.compile(r"[ \t]*\([A-Z][^()\n]{2,40}\)[ \t.]*$")  # "delivered by First Secretary Paul Bjørndal (Norway)."
def _line_set_off(text: str, at: int) -> bool:
    """The line holding ``at`` stands alone: a blank line (or the text's end) after it."""
    end = text.find("\n", at)
    return end < 0 or not text[end + 1:text.find("\n", end + 1) % (len(text) + 1)].strip()


def _heading_line(text: str, at: int) -> bool:
    """The line holding ``at`` reads as a heading: it does not end as a sentence does ("..., officials said.")."""
    end = text.find("\n", at) % (len(text) + 1)
    line = text[text.rfind("\n", 0, at) + 1:end].rstrip()
    return not line.endswith(".") and ". " not in line


def _post_then_person(text: str, pos: int) -> tuple[dict[str, object], int] | None:
    """"Statement by First Deputy Permanent Representative Dmitry Polyansky on the vote": the post, then
    the name; "Remarks by Permanent Representative of the Russian Federation Vassily Nebenzia in ...":
    the post with its State, then the name."""
    post = POST_BEFORE_NAME.match(text, pos)
    rank = RANK_BETWEEN.search(text, post.end("post"), post.end()) if post else None  # "Permanent Representative Ambassador X"
    named = _name(text, post.end()) if post else None
    if post and named:
        return {"name": named[0], "titles": [clean_title(post.group("post"))] + (["Ambassador"] if rank else [])}, named[1]
        # ("Delivered by Chargé d'Affaires, Mr. X")
    of = POST_OF.match(text, pos)
    state = states_gazetteer().match_at(text, of.end()) if of else None
    if not of or not state or not state.value or state.start != of.end() or not text.startswith(" ", state.end):
        return None
    seat = TO_THE_UN.match(text, state.end)  # "Permanent Representative of Slovenia to the United Nations Samuel Žbogar"
    body = bodies_gazetteer().match_at(text, seat.end()) if seat else None
    rank = RANK_BEFORE_NAME.match(text, body.end) if body else None
    named = _name(text, rank.end()) if rank else None
    if body and named:  # "Representative of Slovenia to the UN Security Council Ambassador Samuel Žbogar": the body is the post's
        return {"name": named[0], "titles": [clean_title(text[pos:body.end].strip()), "Ambassador"]}, named[1]
    if body:
        return None  # "... to the UN Security Council open debate": a body, not a name
    start = seat.end() if seat else state.end + 1
    named = _name(text, HONOUR_BEFORE_NAME.match(text, start).end())  # type: ignore[union-attr]
    return ({"name": named[0], "titles": [clean_title(text[pos:seat.end() if seat else state.end].strip())]}, named[1]) if named else None


RANK_BETWEEN = re.compile(r"\bAmbassador\b")
RANK_BEFORE_NAME = re.compile(r"[ \t]+(?:Ambassador|Ambassadress)[ \t]+(?=[A-Z])")  # the rank between a post and the name
HONOUR_BEFORE_NAME = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.?\s+)*")


TO_THE_UN = re.compile(r"\s+(?:to|at)\s+the\s+(?:United\s+Nations|UN)(?:\s+(?:in\s+|at\s+)?(?:Geneva|New\s+York|Vienna))?\s+")


def _person(text: str, pos: int) -> tuple[dict[str, object], int] | None:
    lead = LEAD.match(text, pos)
    at = lead.end() if lead else pos
    named = _name(text, at)
    if named is None and lead and lead.end() > pos:  # "Ambassador Leendertse, Permanent Representative": a surname
        single = SURNAME.match(text, at)
        named = (single.group(1), single.end(1)) if single and not POST.match(single.group(1)) \
            and POST.match(text, single.end()) else None  # a post follows: not "Mr. President, Sri Lanka ..."
    if named is None:
        return None
    titles = ["Ambassador"] if lead and lead.group("amb") else []
    return {"name": named[0], "titles": titles}, named[1]


HONORIFIC_LINE = re.compile(r"^[ \t]*(?=(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Ambassador|S\.\s?E\.|Mme|M\.|Sr\.|Sra\.|"
                            r"Ambassadeur|Ambassadrice|Embajador|Embajadora)\s)", re.M)  # ("S.E. M. Nicolas de Rivière")
# the post a State's own mission prints under the name: "U.S. Deputy Representative to ECOSOC", "United States Ambassador"
OWN_STATE = r"(?:U\.S\.|United\s+States|UK|United\s+Kingdom)\s+(?:Deputy\s+)?"
# a bare name on a line of its own with a post's line right under it ("Rodney Hunter / Political Coordinator /
# U.S. Mission to the United Nations"), not under a line that addresses someone ("Excelentísima Señora Embajadora")
BARE_NAME_LINE = re.compile(rf"^[ \t]*(?=[A-Z][^\n]{{3,40}}\n[ \t]*(?:{OWN_STATE})?(?:[A-Z]{{2,}}[ \t]+)?(?:{TITLE_WORDS})(?!\w))", re.M)  # ("ECOSOC Advisor")
# under the post, the place and the date the speech was given: "New York, New York / November 4, 2019"
PLACE_DATE_BELOW = re.compile(r"[ \t]*\n[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?[ \t]*\n[ \t]*"
                              r"(?:[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4})")
OWN_POST_LINE = re.compile(rf"[ \t]*\n[ \t]*({OWN_STATE})")  # the post line under the name opens with the State's own name
# words of a heading, not of a person's name ("World Refugee Day", "Interactive Dialogue", "Press Release")
HEADING_WORDS = re.compile(r"\b(?:Day|Dialogue|Release|Statement|Remarks|Debate|Session|Meeting|Council|Committee|Assembly|"
                           r"Conference|Briefing|Press|Report|Resolution|Week|Year|Anniversary|Forum|Summit|Rights|Nations)\b")
HONOUR_ABOVE = re.compile(r"(?:^|\n)[ \t]*(?:Son|Sa|Su|His|Her)\s+Excel\w*[ \t]*\n[ \t]*$")  # "Son Excellence" alone on the line above
MISSION_BELOW = re.compile(r"[ \t]*\n[ \t]*(?:[\w.'’-]+[ \t]+){0,3}(?:Permanent\s+)?(?:Mission|Delegation|Embassy|Misi[óo]n|Délégation|"
                           r"Ambassade|Embajada)\b")  # "U.S. Mission to the United Nations" under the post
SENTENCE_ABOVE = re.compile(r"[.,;:!?][ \t]*\n")  # a bare name stands above the text's first sentence (below, it signs it)
VOCATIVE_ABOVE = re.compile(r"(?:^|\n)[ \t]*(?:[-–•]|[^\n]*(?:\b(?:Excelent[ií]sim[oa]|Se[ñn]or[a]?|Dear|To|Al|A\s+la|Au|À)\b|"
                            r"[-–]\s*(?:Su|Son|His|Her)\s+Excel))[^\n]*\n[ \t]*$")  # "... - Su Excelencia": a list of those addressed


def _state_line(text: str, at: int) -> bool:
    """The line after ``at`` is a State's name and nothing else."""
    named = states_gazetteer().match_at(text, line.end()) if (line := NEXT_LINE.match(text, at)) else None
    return bool(named and named.value and named.kind == "name" and LINE_ENDS.match(text, named.end))


NEXT_LINE, LINE_ENDS = re.compile(r"[ \t]*\n[ \t]*"), re.compile(r"[ \t]*(?:\n|$)")


def _top_byline(text: str) -> dict[str, object] | None:
    starts = [(m.end(), False) for m in HONORIFIC_LINE.finditer(text[:TOP])] + \
             [(m.end(), True) for m in BARE_NAME_LINE.finditer(text[:TOP]) if not VOCATIVE_ABOVE.search(text, 0, m.start())
              and not SENTENCE_ABOVE.search(text, 0, m.start())]
    for at, bare in starts:
        found = _person(text, at)
        if not found:
            continue
        person, end = found
        if text[end:text.find("\n", end)].strip(" ,"):
            continue  # the name goes on into a sentence: not a byline
        if bare and (any(w.isupper() for w in str(person["name"]).split()) or text[at:end] != person["name"]
                     or states_gazetteer().match_at(text, at) or bodies_in(text, at, end)):
            continue  # "News PR", "Human Rights Council": not a person's name as printed
        lines, last = _title_lines(text, end)
        own_post = OWN_POST_LINE.match(text, end)
        placed = own_post and PLACE_DATE_BELOW.match(text, last) and not HEADING_WORDS.search(str(person["name"])) \
            and not _name(text, own_post.end())  # (no name in the post line: "U.S. Deputy Representative Jane Doe")
        if bare and not (HONOUR_ABOVE.search(text, 0, at) or MISSION_BELOW.match(text, last) or placed
                         or _state_line(text, last) and not HEADING_WORDS.search(str(person["name"]))):
            continue  # "Interactive Dialogue / Special Rapporteur on ...": a heading, unless an honour stands
            # above the name ("Son Excellence"), the speaker's mission below the post ("U.S. Mission to ...") or its
            # State alone on the line below ("Mordica Simpson / ECOSOC Advisor / United States / New York City")
        person["titles"] += lines  # type: ignore[operator]
        person["name"] = _french_honour_dropped(str(person["name"]))  # ("S.E. M. Nicolas de Rivière")
        if person["titles"] and not ADDRESS_BLOCK.match(text, last):
            return person  # (above a salutation, the name and post are the addressee's)
    return None


# (thanks may open it: "Thank you, Mr President.", "Thank you Mr President,")
SALUTATION_LINE = re.compile(r"(?:(?:Thank\s+you(?:\s+very\s+much)?|Merci|Gracias)[ \t]*,?[ \t]*)?"
                             r"(?:(?:Mr\.?|Madam|Madame|Mme|Monsieur|Se[ñn]or[a]?|Excellenc|Your\s+Excellency)\b[^\n]{0,40}[,:!.]\s*$|(?:Mr\.?|Madam|Madame|"
                             r"Monsieur\s+le|Madame\s+la|Se[ñn]or[a]?)\s+(?:Vice[- ])?(?:President|Présidente?|Presidente|Presidenta|Chair\w*)\s*[,:.]?)")


def _title_lines(text: str, end: int) -> tuple[list[str], int]:
    """The lines under a name that name a post, and where they end (a long line is the heading or a
    sentence, not a post; nor is a salutation, or a speech opening on one: "Mr. President, last month ...")."""
    titles: list[str] = []
    last = end
    for title in re.finditer(r"\n[ \t]*([^\n]+)", text[end:end + 400]):
        line = title.group(1)
        if titles and (RUNS_ON.match(line) or DANGLING.search(titles[-1])) and len(line) <= TITLE_LINE:  # ("Of the Republic ...")
            titles[-1] = clean_title(f"{titles[-1]} {line}")
            last = end + title.end()
            continue
        if not POST.search(line) or line.isupper() or len(line) > TITLE_LINE or SALUTATION_LINE.match(line) \
                or dated_line(line):
            break
        titles += line_titles(line)  # "Ambassador, Permanent Representative": two titles
        last = end + title.end()
    return titles, last


RUNS_ON = re.compile(r"(?:of|to|for|de|du|auprès|ante)\s", re.I)  # a post's line that goes on from the one above


ADDRESS_BLOCK = re.compile(r"(?:\s*\n[ \t]*(?:E-?mail|Fax|Tel|Telephone|Phone|CC|Cc|cc)\b[^\n]*)*"  # (an address's contact lines)
                           r"(?:(?:\s*\n[^\n]{0,60}){0,3}?\s*\n[ \t]*(?:Dear\s|Your\s+Excellency|Excellency|Sir|Madam|Monsieur|Madame|"
                           r"Se[ñn]or|Excelencia|Excelent[ií]sim)"
                           # (further down only over a salutation no speech opens with: a room, a city and a date between)
                           r"|(?:\s*\n[^\n]{0,60}){4,5}?\s*\n[ \t]*(?:Dear\s|Your\s+Excellency|Excellency|Excelencia|Excelent[ií]sim))"
                           r"[^\n]{0,40}[,:!]")


def find_bylines(text: str) -> list[dict[str, object]]:
    """The person a statement or an untitled letter names as its speaker or writer."""
    person = _top_byline(text)
    if person:
        return [{**person, "rule": "top-byline"}]
    return _delivered_by(text) or _gave_the_following(text) or speech_of(text) or _letter_from(text) or post_then_spoke(text) \
        or _possessive_heading(text) or _post_line(text)


# a heading naming the speech as the official's: "Foreign Ministry Spokesman Kong Quan's Statement on ..."
# (a name ending in "s" takes the apostrophe alone: "Deputy Minister of Foreign Affairs Giorgos Kotsiras’ intervention at")
POSSESSIVE_SPEECH = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:Statement|Remarks|Speech|Address|Press\s+Conference|Interview|Message|"
                               r"(?i:statement|remarks|speech|address|intervention))\b")
POST_WORDS = re.compile(r"(?:(?-i:[A-Z])[\w-]*[ \t]+){0,3}?")  # an organ's words before the post: "Foreign Ministry"


def _possessive_heading(text: str) -> list[dict[str, object]]:
    """The post, then the name with "'s", then the speech, on the text's first line."""
    first = LINE_START.match(text).end()  # type: ignore[union-attr]
    end = text.find("\n", first) % (len(text) + 1)
    said = POSSESSIVE_SPEECH.search(text, first, end)
    if said is None:
        return []
    for post in POST.finditer(text, first, said.start()):
        lead = POST_WORDS.fullmatch(text, first, post.start())
        named = _name(text[:said.start()], post.end() + 1) if lead and text.startswith(" ", post.end()) else None
        if named and named[1] == said.start():  # the name runs to its "'s"
            return [{"name": named[0], "titles": [clean_title(text[first:post.end()])], "rule": "possessive-heading"}]
    return []


# a line of its own near the top: the post, then the person: "Permanent Representative of Brazil, Ambassador X"
POST_LINE = Lines(re.compile(rf"^[ \t]*(?P<post>(?:(?:Deputy|First|Second|Third)\s+)?(?:{TITLE_WORDS})(?!\w)[^,\n]{{0,100}}),[ \t]*", re.M))


def _post_line(text: str) -> list[dict[str, object]]:
    for m in POST_LINE.finditer(text, 0, TOP):
        found = _person(text, m.end())
        if found and found[0]["titles"] and not text[found[1]:text.find("\n", found[1]) % (len(text) + 1)].strip(" ,."):
            person = found[0]
            return [{"name": person["name"], "titles": [clean_title(m.group("post")), *person["titles"]],  # type: ignore[misc]
                     "rule": "post-line"}]
    return []


def _delivered_by(text: str) -> list[dict[str, object]]:
    """"Statement by Ambassador X, Permanent Representative of Y", the post on the next line or first."""
    marks = sorted([*DELIVERED.finditer(text, 0, HEADING_TOP), *DELIVERED_FR_ES.finditer(text, 0, HEADING_TOP),
                    *BY_LINE.finditer(text, 0, HEADING_TOP),
                    *SPEECH_OF_POST.finditer(text, 0, TOP), *SPEAKER_LABEL.finditer(text, 0, HEADING_TOP)], key=lambda m: m.start())
    untitled: dict[str, object] | None = None
    for m in marks:
        if m.start() >= TOP and not re.match(r"[ \t]*$", text[text.rfind("\n", 0, m.start()) + 1:m.start()]):
            continue  # past the top, only a heading's own line
        line_start = text.rfind("\n", 0, m.start()) + 1
        set_off = HEADING_SET_OFF.search(text, line_start, m.start())
        heading = bool(HEADING_LEAD.fullmatch(text, line_start, m.start())
                       or set_off and (not set_off.group(0).startswith("(") or CLOSING_BRACKET.match(text, m.end())))
        spoken = bool(DELIVERY_VERB.match(m.group(0)))  # "..., delivered by X": the speech's own verb names its speaker
        if m.re is DELIVERED_FR_ES and not (heading or spoken):
            continue  # "Ce rapport était présenté par M. X, Secrétaire général adjoint": a report's, told in a sentence
        found = _person(text, m.end())
        by_post = found is None and not heading and spoken  # "delivered by First Secretary X (Norway).": the post first
        found = found or (_post_then_person(text, m.end()) if heading or spoken else None) \
            or (_rank_and_surname(text, m.end()) if heading else None)
        post_first = None if found else post_comma_person(text, m.end()) if heading or spoken else None
        found = found or post_first
        if found:
            person, end = found
            person["name"] = _french_honour_dropped(str(person["name"]))
            # (a post set off before the name is the whole of it: what follows the name is another's, "by the Australian
            # Ambassador to the United Nations, Mr Gary Quinlan, Luxembourg Ambassador to the United Nations, ...")
            titles = [] if post_first else post_parts(text, end) or unset_then_parts(text, end) \
                or split_titles(text[end:end + 200].split("\n")[0]) \
                or (_title_lines(text, end)[0] if not text[end:text.find("\n", end) % (len(text) + 1)].strip() else [])
            if titles:  # "Ambassador X, Ambassador and Permanent Representative of Y", "Deputy Minister X, Deputy
                # Minister of International Relations": the rank said once, with the post it opens
                lead = [] if titles[0].startswith(("Ambassador", *person["titles"])) else person["titles"]  # type: ignore[misc]
                person["titles"] = [*lead, *titles]  # type: ignore[misc]
            if not titles and not heading and AROUND_THE_VOTE.search(m.group(0)):
                continue  # "An explanation of vote made after the vote by Ambassador X of Israel denounced ...": told in prose
            rest = text[end:text.find("\n", end) % (len(text) + 1)]
            alone = _line_set_off(text, end)
            if by_post and not (alone and (not rest.strip(" \t,.;:)") or OCCASION_AFTER.match(rest) or STATE_AFTER.match(rest))):
                continue  # "the report presented by Special Rapporteur Jane Doe, and many delegations ...": a sentence goes on
            rank_only = person["titles"] == ["Ambassador"] and untitled is None and OCCASION_AFTER.match(rest)
            if rank_only:  # "Statement by Ambassador X at the Third Committee": the heading below may give his post
                untitled = person
                continue
            if person["titles"] and (untitled is None or untitled["name"] == person["name"]):
                return [{**person, "rule": "delivered-by"}]  # (the post given on a heading below the first: "Déclaration
                # prononcée par S. E. M. Ripert" over "Déclaration prononcée au nom de l'UE par S. E. M. Ripert, Ambassadeur")
            if untitled is None and not person["titles"] and (heading or spoken and alone) \
                    and (not rest.strip(" \t,.;:)") or spoken and OCCASION_AFTER.match(rest)):
                untitled = person  # (no post: "Delivered by Charles O. Blaha" on a line of its own)
    return [{**untitled, "rule": "delivered-by"}] if untitled else []


def _french_honour_dropped(name: str) -> str:
    """"M. Nicolas de Rivière" -> "Nicolas de Rivière" in a French text ("M." is "Monsieur"); elsewhere "M." is an
    initial ("M. Jahangir Khan", "Ambassador M. Farooq") and stays."""
    return name[3:] if lexicon.current() == "fr" and name.startswith("M. ") and len(name.split()) > 2 else name


def _rank_and_surname(text: str, pos: int) -> tuple[dict[str, object], int] | None:
    """"Statement by Ambassador Braun at the Adoption of ...": in a heading, the surname alone after the rank,
    the occasion after it."""
    lead = LEAD.match(text, pos)
    surname = SURNAME_OCCASION.match(text, lead.end()) if lead and lead.group("amb") else None
    if surname is None or POST.match(surname.group(1)) or RANK_QUALIFIER.fullmatch(surname.group(1)) \
            or not _heading_line(text, pos) or not _line_set_off(text, pos):
        return None
    return {"name": surname.group(1), "titles": ["Ambassador"]}, surname.end(1)


GAVE_FOLLOWING = re.compile(r",[ \t]+(?:delivered|gave|made|read(?:\s+out)?)[ \t]+(?:the[ \t]+following|this|a[ \t]+statement)\b", re.I)
LINE_START = re.compile(r"^[ \t]*", re.M)


def _gave_the_following(text: str) -> list[dict[str, object]]:
    """"Ambassador Simon Manley, Permanent Representative to the UN in Geneva, delivered the following
    Explanation of Vote": the speaker and his post, in the line that introduces the speech."""
    for line in LINE_START.finditer(text, 0, TOP):
        end = text.find("\n", line.end()) % (len(text) + 1)
        gave = GAVE_FOLLOWING.search(text, line.end(), end)
        found = _person(text, line.end()) if gave else None
        if not found or not text.startswith(",", found[1]):
            continue
        person, name_end = found
        titles = split_titles(text[name_end + 1:gave.start()])
        if titles:
            return [{**person, "titles": [*person["titles"], *titles], "rule": "gave-the-following"}]  # type: ignore[list-item]
    return []


def _letter_from(text: str) -> list[dict[str, object]]:
    """"Letter from Dr. X, Permanent Observer of Y to the U.N., to the Secretary-General"."""
    m = LETTER_FROM.search(text, 0, TOP)
    if m:
        found = _person(text, m.end())
        if found:
            person, end = found
            title = LETTER_FROM_POSTS.match(text[end:end + 300])
            if title and POST.match(title.group(1)):  # (the post's parts as the commas cut them: "Charge' d'affaires a.i.,
                parts = [clean_title(p) for p in title.group(1).split(",")]  # Permanent Observer Mission of ..."), up to one that
                kept = len(parts) if all(POST_PART.match(p) for p in parts) else next(i for i, p in enumerate(parts) if not POST_PART.match(p))
                person["titles"] = [*person["titles"], *parts[:kept]]  # type: ignore[list-item]  # is no post: a place, a date
                return [{**person, "rule": "letter-from"}]
    return []
