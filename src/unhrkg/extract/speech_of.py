"""A speech's heading in French or Spanish that names its speaker: "Explication de vote de M. X, représentant
permanent de ...", "Intervención del Representante Permanente de Cuba, Embajador X", "Interviene X, embajador, ...",
the post first or after the name, the rank as printed."""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import bodies_in, states_gazetteer
from unhrkg.extract.person import POST, a_persons_name, name_at as _name
from unhrkg.extract.scan import word_start
from unhrkg.extract.signatures import DANGLING, clean_title
from unhrkg.extract.speakers import FIRST_PERSON_WORDS
from unhrkg.extract.text import line_bounds

TOP = 500  # a speech's heading stands near the top

SPEECH_OF = re.compile(word_start("deirap") + r"(?:(?<=e)(?:xplication\s+de\s+vote|xplicaci[óo]n\s+de\s+voto)|(?<=p)alabras|"
                       r"(?<=r)emarques(?:\s+[àa]\s+la\s+presse)?|"
                       r"(?<=d)(?:[ée]claration|iscours|eclaraci[óo]n|iscurso)|(?<=i)(?:ntervention|ntervenci[óo]n)|(?<=a)(?:llocution|locuci[óo]n))"
                       r"(?:\s+(?:[àa]\s+la\s+(?:presse|prensa)|a\s+los\s+medios|(?:[àa]|au|aux|ante)\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?(?-i:[A-ZÀ-Ý])[\w'’-]+"
                       r"(?=\s+(?:de|del)\s+(?:S\.\s?E\.|SEM\s|M\.|Mme\s|Sr\.|Sra\.))))?\s+(?:(?:prononc[ée]e?|pronunciad[oa])\s+(?:(?:au\s+nom|en\s+nombre)\s+d[^\n]{3,80}?\s+)?(?:par|por)\s+|"  # "Déclaration prononcée au nom de l'UE par"
                       r"(?:de|del|por)\s+(?:la\s+(?=(?:Lic|Sra|Dra|Excma)\.))?|(?=(?:S\.\s?E\.\s+)?(?:Ambassadeur|Ambassadrice|Embajador|Embajadora)\s))"  # "Intervención Embajador X"
                       r"(?:(?:Excm[oa]\.|Lic(?:da)?\.|Dr[a]?\.|S\.?E\.?M\.?|SEM|SE\.|S\.\s?E\.(?:\s?(?:M\.|Mme))?|M\.|Mme|S\.E\.|Sr\.|Sra\.)(?:\s+|(?<=\.)))*"  # "de S.E. Sr. Embajador X",
                       # "del Excmo. Sr. X": honours in a row
                       r"(?:(?:l['’]|el\s+|la\s+)?(?P<amb>Ambassadeur|Ambassadrice|Embajadora|Embajador)\b)?\s*", re.I)
# "Interviene Juan Antonio Quintanilla Román, embajador, ...": a report's opening verb of speaking
# ("Interviene el Embajador Rodolfo Benítez Verson, sobre el proyecto ...": the rank is his post)
SPEAKS = re.compile(r"^[ \t]*(?:Interviene|Intervienen|Intervient|Interviennent)\s+(?:(?:el|la)\s+|l['’]\s*)?"
                    r"(?P<amb>Embajador[a]?\s+|Ambassadeur\s+|Ambassadrice\s+)?", re.M)
# a post before the name: "del Representante Permanente de Cuba, Embajador X", "du Représentant permanent de la France, M. X"
POST_FIRST = re.compile(r"(?:(?:la|el|le)\s+|l['’]\s*)?(?P<post>(?:Repr[ée]sentante?|Representante|Ministr[eoa]|Canciller|Pr[ée]sidente?|Vicepresident[ea]|Vice-pr[ée]sidente?|"
                        r"Subsecretari[oa]|Viceministr[oa]|Vicecanciller|Secretari[oa]|Sous-secr[ée]taire|Secr[ée]taire|Director[a]?|Directeur|Directrice)\b[^,\n]{3,120})"
                        r"(?:,\s*|[ \t]*\n?[ \t]*(?=(?:Embajador[a]?|Ambassadeur|Ambassadrice)\s))"  # (or the rank and name after a space
                        # or on the next line: "del Representante Permanente de Chile Embajador X")
                        r"(?:(?P<rank>(?i:Embajador[a]?|Ambassadeur|Ambassadrice))\s+|(?:M\.|Mme|Sr\.|Sra\.|S\.E\.)\s+|(?!\s*(?:Ministerio|Minist[èe]re|Delegaci[óo]n|D[ée]l[ée]gation|Misi[óo]n|Mission|Embajada|Ambassade|Gobierno|Gouvernement)\b)(?=[^,\n]{3,60},\s*[a-zà-ÿ]))")  # (the name set off before "en el ...", not "Nueva York, 5 de mayo")
OCCASION_IN_POST = re.compile(r"\s(?:en|por|durante|sobre|con|para|lors|pendant|par|pour|au|aux|à)\s", re.I)  # an occasion run on
POST_PART_FR_ES = re.compile(r",\s*([^,\n]+?)\s*(?=\s[-–—]\s|,|\n|$|\.[ \t]+(?-i:[A-ZÀ-Ý])[^,\n]{0,30}\d)")  # (not ". Tema 110.")
POST_PART_UNSET = re.compile(r"[ \t]+((?-i:[A-ZÀ-Ý])(?:(?!\s(?:en|devant|ante|sur|sobre|lors|durante|pendant|at|in|before|during)\s)"
                             r"[^,\n])+?)\s*(?=\s[-–—]\s|\s(?:en|devant|ante|sur|sobre|lors|durante|pendant|at|in|before|during)\s|,|\n|$)")  # "Embajador Néstor Osorio Representante Permanente de X,"
# the rest of the post on the next line, up to the occasion ("CUBA EN EL DEBATE ...", "la France lors de ...")
RUN_ON_LINE = re.compile(r"[ \t]*\n[ \t]*((?:(?!\s(?:en|devant|ante|sur|sobre|lors|durante|pendant)\s)[^,.\n])+?)\s*(?=\s(?:en|devant|ante|sur|"
                         r"sobre|lors|durante|pendant)\s|[,.]|\n|$)", re.I)  # (to the full stop: "CUBA. Nueva York, 28 de ...")
SALUTATION_END = re.compile(r"[,:!]\s*$|[.!?]\s|[a-zà-ÿ]{3}\.$|\b(?:Mesdames|Messieurs|Excellences|Señoras|Señores|Excelencias|je|vous|nous|"
                            r"chers|chères|yo|usted|ustedes|queridos|queridas)\b|\b(?:a|ont|ha|han)\s+[a-zà-ÿ]{3,}", re.I)  # (or prose)
POST_LINE_BELOW = re.compile(r"[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*([^\n]{3,160}?)[ \t]*(?=\n|$)")  # the post on the name's next line
POST_FR_ES = re.compile(r"(?:(?:haute?\s+|alt[oa]\s+)?repr[ée]sentante?|ambassadeur|ambassadrice|ministre|embajador[a]?|representante|ministr[oa]|vice-?ministr[oa]|"
                        r"vicecanciller|subsecretari[oa]|"
                        r"canciller|pr[ée]sidente?|charg[ée]e?\s+d['’]affaires|encargad[oa]\s+de\s+negocios)(?!\w)", re.I)


@cache
def _occasion() -> re.Pattern[str]:
    """What a post's part says of the occasion after the post, to its end: the lexicon's
    `signature.occasion` words of every language, in lower case ("Representative, at the 49th
    session"; "Ambassadeur de la Suisse lors de la présentation du projet")."""
    return re.compile(rf"\s{lexicon.alternation(lexicon.all_languages('signature', 'occasion'))}\s.*$", re.S)


def _a_post(part: str) -> bool:
    """A part that names a post: the ranks above, or a title of the lexicon's `signature.titles` in any language and
    case ("conseiller politique de la France", "consejero")."""
    return bool(POST_FR_ES.match(part) or lexicon.all_languages_pattern("signature", "titles").match(part))


def post_only(part: str) -> str:
    return _occasion().sub("", part)


HONOURED_NAME = re.compile(r"(?:^|\s)(?:M|Mme|Sr|Sra|Dr|Dra|S\.\s?E|SEM|Excm[oa]|Lic|Licda)\.?\s*$")  # the heading's honour before the name


def _spoken_below(text: str, at: int) -> bool:
    """The paragraph under the heading line holding ``at`` speaks in the first person or opens on a word to the chair
    ("Monsieur le Président,"; the lexicon's ``speech.chair``), and is no other heading."""
    below = re.match(r"[^\n]*\n\s*([^\n]{1,400})", text[at:])
    chair = lexicon.pattern("speech", "chair")
    return bool(below) and not SPEECH_OF.match(below.group(1)) and (  # type: ignore[union-attr]
        FIRST_PERSON_WORDS.search(below.group(1)) is not None or bool(chair and chair.match(below.group(1))))  # type: ignore[union-attr]


def _listed_above(text: str, at: int) -> bool:
    """The line above the one holding ``at`` is another speech's heading: a list of them (a table of contents)."""
    above = text[:text.rfind("\n", 0, at) + 1].rstrip("\n")
    return bool(SPEECH_OF.match(above[above.rfind("\n") + 1:].strip()))


def _line_ends(text: str, at: int) -> bool:
    """Nothing but a stop or spaces between ``at`` and the line's end."""
    return not text[at:line_bounds(text, at)[1]].strip(" \t.:")


def _as_printed(word: str) -> str:
    """A rank as printed ("embajador" stays in lower case); one in capitals ("EMBAJADOR") in title case."""
    return word.capitalize() if word.isupper() else word


def speech_of(text: str) -> list[dict[str, object]]:
    """"Explication de vote de M. X, représentant permanent de ...", "Intervención del Representante
    Permanente de Cuba, Embajador X", "Interviene X, embajador, ..."."""
    for m in [*SPEECH_OF.finditer(text, 0, TOP), *SPEAKS.finditer(text, 0, TOP)]:
        found = _speech_at(text, m)
        if found:  # (a page's title line naming the speaker without his post gives way to the heading's)
            return found
    return []


# a word that qualifies a rank, not a surname: "Embajador Designado", "Ambassador Designate", "Embajador Alterno"
RANK_QUALIFIER = re.compile(r"(?:Designad[oa]|Designate|Nominee|Altern[oa]|Alternate|Adjunt[oa]|Honorari[oa]|Extraordinari[oa]|"
                            r"Plenipotenciari[oa]|Residente|Itinerante|Especial|Designé|Désigné|Honoraire)", re.I)
# a foreign minister's office, a post by itself before a surname ("Canciller Timerman"), not a diplomatic rank ("Ministro
# Mateo Estrémé en el debate": a rank alone is the heading's)
OFFICE_ALONE = re.compile(r"Canciller|Vicecanciller", re.I)  # (a president's heading qualifies him too often: "Presidente
# Transitorio", "Presidente Federal", "Vicepresidente Primero")
# the surname alone after the office, the occasion after it ("Canciller Timerman en el Comité")
SURNAME_OCCASION_FR_ES = re.compile(r"((?-i:[A-ZÀ-Ý])[\w'’À-ſ-]{2,})(?=[ \t]+(?:en|ante|devant|lors|durante|pendant|au|à|a|al|sur|sobre)[ \t])")
SURNAME_ALONE = re.compile(r"([A-Z\u00C0-\u00DD][\w'\u00C0-\u017F-]{2,})[ \t]*(?=\n|$)")


# words that qualify an office, capitalised in Spanish and French headings, not surnames ("Presidente Constitucional en",
# "Vicecanciller Encargado ante"), and the particles a capitalised word after an office may be ("Del Consejo")
OFFICE_QUALIFIER = re.compile(r"(?:Constitucional|Interin[oa]|Encargad[oa]|Ejecutiv[oa]|Saliente|Elect[oa]|[ÉE]lue?|Nacional|National|"
                              r"Provisional|Provisoire|Subrogante|Titular|Sortant|Adjunt[oa]|Federal|Primer[oa]?|Segund[oa]|Transitori[oa]|"
                              r"Suplente|Vitalici[oa]|Del|De|La|Le|El|Los|Las|Les|Des|Du)", re.I)


def _a_surname(word: str) -> bool:
    """A capitalised word after an office that can be its holder's surname: not a qualifier of the office, a rank's
    qualifier, a post's word, a demonym ("Canciller Venezolano") or a body's name."""
    if OFFICE_QUALIFIER.fullmatch(word) or RANK_QUALIFIER.fullmatch(word) or POST.match(word) or bodies_in(word):
        return False
    demonym = states_gazetteer().match_at(word, 0)
    return not (demonym and demonym.end == len(word))


def _speech_at(text: str, m: re.Match[str]) -> list[dict[str, object]]:
    post_first = POST_FIRST.match(text, m.end())
    if post_first and not text.startswith(",", post_first.end("post")) and OCCASION_IN_POST.search(post_first.group("post")):
        post_first = None  # "Palabras del Canciller en el almuerzo ofrecido por el Embajador X": the host, not the post's holder
        # (a post set off by its comma may hold such words: "la Subsecretaria para Derechos Humanos, Mariclaire Acosta")
    if post_first:
        named = _name(text, post_first.end())
        if named is None and post_first.group("rank"):  # "del Representante Permanente, Embajador Yáñez-Barnuevo": the surname ends the line
            alone = SURNAME_ALONE.match(text, post_first.end())
            named = (alone.group(1), alone.end(1)) if alone and not POST.match(alone.group(1)) \
                and not RANK_QUALIFIER.fullmatch(alone.group(1)) else None
        if named:
            rank = [_as_printed(post_first.group("rank"))] if post_first.group("rank") else []
            return [{"name": named[0], "titles": [clean_title(post_first.group("post")), *rank], "rule": "speech-of"}]
    rank = POST.match(text, m.end())  # "Intervención del Ministro Mateo Estrémé, Representante Permanente Alterno"
    ranked = _name(text, rank.end() + 1) if rank and text.startswith(" ", rank.end()) else None
    part = POST_PART_FR_ES.match(text, ranked[1]) if rank and ranked else None
    alone = SURNAME_OCCASION_FR_ES.match(text, rank.end() + 1) if rank and text.startswith(" ", rank.end()) else None
    surname = alone.group(1) if alone and _a_surname(alone.group(1)) else None
    if rank and ranked and part and POST_FR_ES.match(part.group(1)):
        named, titles = ranked, [_as_printed(rank.group(0))]  # the rank is the first title
    elif surname and rank and OFFICE_ALONE.fullmatch(rank.group(0)) and not POST.match(surname) \
            and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip():  # a heading's "Discurso del Canciller Timerman en
        return [{"name": surname, "titles": [_as_printed(rank.group(0))], "rule": "speech-of"}]  # el Comité ...": the surname
    else:
        named = _name(text, m.end())
        titles = [_as_printed(m.group("amb").strip())] if m.group("amb") else []  # "del Embajador X, Representante ..."
    if named:
        cursor = named[1]
        while (title := POST_PART_FR_ES.match(text, cursor, named[1] + 300) or (POST_PART_UNSET.match(text, cursor, named[1] + 300)
                                                                               if cursor == named[1] else None)) \
                and _a_post(title.group(1)):
            part, cursor = title.group(1), title.end(1)
            run_on = RUN_ON_LINE.match(text, cursor) if DANGLING.search(part) else None  # (a post broken at its line's end)
            if run_on:  # "MINISTRO DE RELACIONES EXTERIORES DE LA REPÚBLICA DE\nCUBA EN EL DEBATE GENERAL": the post goes on
                part, cursor = f"{part} {run_on.group(1)}", run_on.end(1)
            titles.append(clean_title(post_only(part)))  # "X, embajador, representante permanente de Cuba, en ..."
        below = POST_LINE_BELOW.match(text, named[1]) if cursor == named[1] else None
        if below and _a_post(below.group(1)) and not SALUTATION_END.search(below.group(1)):  # "Intervention de S.E. M.
            for part in [t.strip() for t in below.group(1).split(",") if t.strip()]:  # Christian Braun / Ambassadeur, Représentant
                if not _a_post(part):  # permanent du Luxembourg" (not the address "Président," below a name alone,
                    break  # nor a place and date after the post: "..., Paris, 1er décembre 2019")
                titles.append(clean_title(post_only(part)))
        heading = not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        if len(titles) > (1 if m.group("amb") and not heading else 0):  # a heading's "Intervención Embajador X": the rank is his post
            return [{"name": named[0], "titles": titles, "rule": "speech-of"}]
        if heading and not titles and m.re is SPEECH_OF and HONOURED_NAME.search(m.group(0)) and _line_ends(text, named[1]) \
                and a_persons_name(named[0]) and _spoken_below(text, named[1]) and not _listed_above(text, m.start()):  # (an honour before it: "Declaración del
            # Ministerio de ..." names an organ; the speech below in the first person: not a list of contents, a press review)
            return [{"name": named[0], "titles": [], "rule": "speech-of"}]  # "Déclaration de M. Jean-Marc Ayrault" alone on its line
    return []
