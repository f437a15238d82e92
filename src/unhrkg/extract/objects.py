"""Where the resolution stands to a stance cue: the word that names it, whether it is the subject of
what follows (its own content: "resolution N, which condemns ..."), and whether a predicate is said
of it ("resolution N is null and void", "Iran regards resolution 1929 ... unjust and unlawful",
"Las resoluciones 822, 853 ..., que exigen ..., no se cumplen"), and whether it is named as what set something up
("the operation established under resolution 1769", "the Committee pursuant to resolutions 1267, 1989 and 2253")."""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon, memo
from unhrkg.extract.gazetteer import bodies_in, states_in
from unhrkg.extract.references import RefMention

KEYWORD_BEFORE = re.compile(r"(?:draft\s+|projet\s+de\s+|proyecto\s+de\s+)?(?:resolutions?|decisions?|r[ée]solutions?|"
                            r"d[ée]cisions?|resoluci[óo]n(?:es)?|decisi[óo]n(?:es)?|res\.?)\s+(?:No\.\s*|n[°º]\s*)?$", re.I)


# 'resolution "Assistance in mine action" (70/80)': the word, the quoted title, the number in brackets
TITLED_ITEM = re.compile(r"\s*\)\s*(?:,\s*(?:and|et|y)|,|(?:and|et|y))\s*[“\"«][^”\"»\n]{3,150}[”\"»]\s*\(\s*")  # '(70/80) and "Title" (71/72)'
TITLED_KEYWORD_BEFORE = re.compile(r"(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?)\s+[“\"«][^”\"»\n]{3,150}[”\"»]\s*\(\s*$", re.I)


def names_next(text: str, pos: int, kw: int, gap: int) -> bool:
    """A resolution's keyword at ``kw`` follows ``pos`` within ``gap`` characters ("promoters of | the
    resolution"), the body that adopted it allowed between ("co-drafters of | Security Council | resolution")."""
    if not 0 <= kw - pos <= gap + BODY_NAME_REACH:
        return False
    between = text[pos:kw]
    for b in bodies_in(text, pos, kw):
        between = between.replace(b.text, " ", 1)
    return len(between) <= gap


BODY_NAME_REACH = 60  # "the United Nations Security Council": the longest adopting body's name


def keyword_start(text: str, ref: RefMention) -> int:
    """Where the 'resolution' word before a reference starts (its number's start if none)."""
    return _keyword_start(text, ref.start)


@memo.per_document  # (the sponsor rules ask it of each reference several times)
def _keyword_start(text: str, start: int) -> int:
    m = KEYWORD_BEFORE.search(text, max(0, start - 40), start) or TITLED_KEYWORD_BEFORE.search(text, max(0, start - 200), start)
    return m.start() if m else start


RESOLUTION_VERB = re.compile(
    r"\s*(?:\([^)]{0,80}\)\s*)?(?:,[^,;]{0,100},\s*)?(?:also\s+|further\s+|thus\s+|therefore\s+|clearly\s+)?"
    r"(?:\w+ly\s+)?(?!(?:was|is|has|as|its|this|thus)\b)(?:[a-z]+(?:s|ed)|has\s+\w+ed|have\s+\w+ed)\b")


# the numbers listed after a resolution, before the verb they share
LISTED_AFTER = re.compile(r"(?:\s*(?:,|\band\b|\bet\b|\by\b)\s*(?:resolutions?\s+)?\d{1,4}(?:/\d{1,4}|\s*\(\d{4}\))?(?![\w/]))*", re.I)


def resolution_is_subject(text: str, target: RefMention, cue_at: int) -> bool:
    """'resolution N, which condemns ...', 'the resolution condemns ...', 'Resolution 2397, which
    we adopted, reaffirms that the world does not accept ...': what follows is the resolution's
    own content, not the author's stance."""
    if target.end > cue_at or re.match(r"(?:we|I|nous|nosotros)\b", text[cue_at:cue_at + 9], re.I):
        return False  # "resolution N, which we adopted": the author acts on it
    between = text[target.end:cue_at]
    between = between[LISTED_AFTER.match(between).end():]  # "Resolutions 541/1983 and 550/1984 expressly condemned"
    if re.fullmatch(r"\s*(?:,\s*(?:which|that)\s+(?:\w+\s+){0,2}|(?:\w+ly\s+)?)", between):
        return True
    verb = RESOLUTION_VERB.match(between)
    return bool(verb) and not re.search(r"[.;]", between) and verb.end() < len(between)


COPULA = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|est|sont|reste|es|son|sea|resulta)\s+(?:\w+\s+)?$", re.I)
COPULA_CUE = re.compile(r"(?:is|are|was|were|remains?|represents?|constitutes?)\b", re.I)  # a cue that carries its verb


# what may stand between a resolution and the predicate said of it: the body's name, and a relative
# clause set off by commas ("Las resoluciones 822, 853 del Consejo de Seguridad, que exigen la retirada ..., no se cumplen")
SUBJECT_EXTRAS = re.compile(r"^\s*(?:(?:of\s+the|del|de\s+la|du|de\s+l['’])\s+(?:[A-ZÉ][\w'’-]*|de|la|du|of|the|des)"
                            r"(?:\s+(?:[A-ZÉ][\w'’-]*|de|la|du|of|the|des)){0,6})?\s*(?:,\s*(?:which|that|qui|que|who)\b[^;.]{0,200}?,)?", re.I)


# a relative clause the resolution is a complement of, with a subject of its own: what follows is said in
# or under the resolution, not of it ("in which the Council stated that the decision was null and void")
CLAUSE_ABOUT = re.compile(r"\b(?:(?:in|under|by|pursuant\s+to|according\s+to|through|whereby)\s+which|whereby|"
                          r"(?:dans|par|selon|en\s+vertu\s+de|aux\s+termes\s+de)\s+(?:laquelle|lesquelles|lequel|lesquels)|"
                          r"en\s+(?:la|las|el|los)\s+que|(?:en\s+virtud\s+de|seg[úu]n)\s+(?:la|las|el|los)\s+cual(?:es)?)\b", re.I)


def _judged_before(text: str, start: int, end: int) -> bool:
    """A verb of the lexicon's ``stance.regarding_verbs`` just before the resolution, then an article and up to three
    words ("regards resolution 1929", "described the UN Security Council Resolution 1737")."""
    verbs = lexicon.pattern("stance", "regarding_verbs")
    return bool(verbs) and re.search(rf"\b(?:{verbs.pattern})\s+{JUDGED_GAP}$", text[start:end], re.I) is not None


JUDGED_GAP = r"(?:the\s+|this\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|las\s+)?(?:[\w-]+\s+){0,3}"
CONSIDERED_REACH = 16  # words between the resolution considered and what it is considered


# the resolution's article and the adopting body's name between a source phrase and the resolution's word
SOURCE_GAP = r"\s+(?:(?:the|this|that|la|le|l['’]|el|esta|este|dicha|cette|ladite)\s*)?(?:(?-i:[A-Z])[\w.'’-]*\s+|\(\w+\)\s+){0,5}$"


@cache
def _source_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicon.all_languages_pattern('stance', 'according_to').pattern}){SOURCE_GAP}", re.I)


@cache
def _says_that() -> re.Pattern[str]:  # the resolution as the subject of a verb of its own (``stance.authority_verbs``) and "that"
    verbs = lexicon.all_languages_pattern("stance", "authority_verbs").pattern
    return re.compile(rf"\s*,?\s*(?:also\s+|further\s+|aussi\s+|también\s+)?(?:{verbs})\s+(?:that|que|qu['’])", re.I)


LINKING = re.compile(r"as|is|are|was|were|be|been|being|remains?|remained|becomes?|became|represents?|constitutes?|seems?")
OBJECT_DETERMINER = re.compile(r"\s(?P<verb>[a-z]+)\s+(?:this|these|that|those|its|their|an?)\s+$")  # a verb's object begins before the cue


# the second of two verbs the resolution is the subject of ("resolution 2803 does not authorize the Council ... and runs
# counter to"): no comma, relative or new subject between, the cue a phrase, not an adjective of the first verb's object
SECOND_VERB = re.compile(r"^[^,;:.]*\s(?:and|et|y)\s*$", re.I)
SECOND_VERB_REACH = 16


def predicate_of(text: str, target: RefMention, at: int, phrase: bool = False) -> bool:
    """'resolution N [is] null and void', 'considers resolution N null and void', 'this Resolution
    as well as the reports ... are null and void': the resolution is what the predicate is said of."""
    if SERIES_COMMA.fullmatch(text, target.end, at):
        return False  # "an act that tramples on ... resolution 2758 (XXVI), seriously violates China's sovereignty": a
        # subject is not set off from its verb by one comma; the verb is the next of a series said of another
    between = SUBJECT_EXTRAS.sub(" ", text[target.end:at])  # "resolutions 822 ... of the Council, which demand ..., are"
    obj = OBJECT_DETERMINER.search(between)
    if obj and not LINKING.fullmatch(obj.group("verb")) and not (phrase and SECOND_VERB.search(between)):
        return False  # "Resolutions 541 and 550 condemned this illegal, secessionist and invalid entity": the object's
    if CLAUSE_ABOUT.search(between):
        return False  # "resolution 497, pursuant to which any measures taken ... are null and void": said of the measures
    kw = keyword_start(text, target)
    if _source_before().search(text, max(0, kw - 60), kw) or _says_that().match(between) or _says_that().search(between) \
            and not re.search(r"[.;]", between):
        return False  # "According to the resolution, there is no legal validity for ...", "Resolution 2334 reaffirms
        # that settlements are a flagrant breach of ...", "resolution 14/1 of 2 June 2010, and document A/HRC/15/21,
        # concluded that Israel's blockade of Gaza is unlawful": the resolution's content, not said of it
    if _judged_before(text, max(0, keyword_start(text, target) - 40), keyword_start(text, target)):
        # "Iran regards resolution 1929 and other related resolutions issued to impose sanctions, unjust and unlawful"
        return len(between.split()) <= CONSIDERED_REACH and not re.search(r"[.;:]", between)
    if COPULA_CUE.match(text, at):  # "resolution 2474 regarding missing persons is a historic achievement"
        return len(between.split()) <= 12 and not re.search(r"[;]|\b(?:which|that|who)\b", between)
    return len(between.split()) <= 4 or bool(COPULA.search(between)) \
        or phrase and len(between.split()) <= SECOND_VERB_REACH and bool(SECOND_VERB.search(between)) and not _content_verb(between)


def _content_verb(between: str) -> bool:
    """The resolution's first verb tells what it says ("reaffirms", "demands"; the lexicon's ``stance.authority_verbs``):
    a second verb after it is the resolution's content too."""
    verbs = lexicon.pattern("stance", "authority_verbs")
    return bool(verbs and verbs.match(between.strip()))


SERIES_COMMA = re.compile(r"\s*(?:\([^()\n]{1,12}\)\s*)?,\s*[\"“«]?\s*(?:[a-z]+ly\s+)?")  # (a quotation reopened: 2758, "seriously violates)
CLAIM_REACH = 5  # the claim noun stands among the first words of the cue's object
OWNED_REACH = 7  # ... or a little further after its owner ("condemn Hezbollah and its Iranian patrons' ongoing violations of")
OWNER = re.compile(r"\w(?:['’]s|s['’])\s")


def claimed(between: str) -> bool:
    """The cue's object, right after it, is a claim about the resolution ("rejects those unfounded allegations ...
    of resolution 2231", "rejette l'interprétation ... de la résolution"; the lexicon's ``stance.claim_nouns``): the
    claim is rejected, not the resolution."""
    nouns = lexicon.pattern("stance", "claim_nouns")
    again = lexicon.pattern("stance", "again")  # ("rejette une fois de plus toute tentative de": the repetition not counted)
    repeated = again.match(between, len(between) - len(between.lstrip())) if again else None
    between = between[repeated.end():] if repeated else between
    m = nouns.search(between) if nouns else None
    lead = between[:m.start()] if m else ""
    return bool(m) and len(lead.split()) < (OWNED_REACH if OWNER.search(lead) else CLAIM_REACH) and not re.search(r"[.;:]", lead)



# the noun a relative clause opening just before the cue is said of: "the settlements expansion, which violates",
# "a distinction between terrorism, which we condemn"
RELATIVE_OF = re.compile(r"(?P<noun>[\w'’-]+)(?P<comma>\W*,)?\W*\s(?P<pronoun>which|that|who|qui|que|la\s+cual|el\s+cual)\s+"
                         r"(?P<subject>(?:we|it|they|nous|il|elle|nosotros)\s+)?(?:\w+ly\s+)?$", re.I)
# a resolution named just before the noun ("resolution 1929 on sanctions, which we reject"): the clause is its
RESOLUTION_BEFORE = re.compile(r"\d(?:\s*\(\d{4}\))?\s+(?:on|sur|sobre|concerning|regarding|relative\s+[àa]|relativa\s+a)\s+[^,;.]{0,40}$", re.I)


def relative_of_other(sentence: str, at: int, nouns: re.Pattern[str] | None = None, object_only: bool = False) -> bool:
    """The cue at `at` opens a relative clause said of a noun that is not the resolution ("the settlements
    expansion, which violates", "terrorism, which we condemn"); after its number or its noun ("resolution 1907,
    which ignores", "resolution 2334, which we welcome"), or a title right after them ("resolution 1929 on
    sanctions, which we reject"), it is the resolution's. With ``object_only``, only a clause set off by a comma
    with a subject of its own, the noun its object ("which we condemn"; not "announced that it rejects", and in
    "the members, who refused to" they act)."""
    relative = RELATIVE_OF.search(sentence, max(0, at - 80), at)
    if relative is None:
        return False
    if object_only and not (relative.group("subject") and relative.group("comma") and relative.group("pronoun").lower() != "that"):
        return False
    nouns = nouns or lexicon.pattern("anaphora", "nouns")
    return not re.fullmatch(r"\d[\d/]*", relative.group("noun")) and not (nouns and nouns.fullmatch(relative.group("noun"))) \
        and not RESOLUTION_BEFORE.search(sentence, max(0, relative.start() - 60), relative.start())


# between "established by" and the resolution it governs: an article, the adopting body's name, a date
# ("established by [the] [General Assembly] [on 15 March 2006,] [in its] resolution")
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|"
          "mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
          "septiembre|octubre|noviembre|diciembre")
INSTITUTED_GAP = re.compile(rf"\s*(?:(?:the|la|le|les|l['’]|el|los|las|its|sa|su|ses|sus|in|dans|en|on|de|del|du|des|of|y|et|and|"
                            rf"mediante|through|via|par|por|{MONTHS}|\d{{1,2}}(?:er)?|\d{{4}}|(?-i:[A-ZÉ])[\w'’-]*|"
                            rf"resolutions|r[ée]solutions|resoluciones|\(?\d{{1,4}}(?:/\d{{1,4}})?\)?)[\s,]+){{0,16}}$",  # a list's earlier items
                            re.I)
AS_BEFORE = re.compile(r"\b(?:as|tel(?:le)?s?\s+que|tal(?:es)?\s+como|como|comme)\s+$", re.I)  # "as established by": an invocation


def instituted_by(text: str, keyword: int, key: str = "instituted_by") -> bool:
    """The resolution is named as what set something up (the lexicon's ``stance.instituted_by``): "the
    hybrid operation in Darfur established under Security Council resolution 1769 (2007)"; the resolution
    governed by the phrase (only its article, the adopting body, a date between), not "as established by
    resolution 60/251" (an invocation) nor "Mandated by its Parliament, Norway acts pursuant to resolution".
    With ``key="reviewed_in_report"``: named as what the Secretary-General's report reviews ("the reports of the
    Secretary-General on the implementation of Security Council resolutions 2139 (2014) and 2258 (2015)")."""
    phrases = lexicon.pattern("stance", key)
    lead = text[max(0, keyword - 140):keyword]
    return bool(phrases) and any(INSTITUTED_GAP.fullmatch(lead, m.end()) and not AS_BEFORE.search(lead, 0, m.start())
                                 and not (key == "reviewed_in_report" and (OWN_REPORT.search(m.group(0)) or states_in(m.group(0))))
                                 for m in phrases.finditer(lead))


# a State's own report on carrying a resolution out, which invokes it: "our national report on the implementation of"
OWN_REPORT = re.compile(r"\b(?:national|our|its|my|their|nacional(?:es)?|nuestros?|nuestras?|sus?|national(?:e|es|aux)?|notre|nos|son|ses|leurs?)\b",
                        re.I)


DRAFT_TITLE_REACH = 120  # "the draft resolution A/72/L.64 entitled "Review of the implementation of resolution 68/1""
# between a draft's name and the quotation of its title: its kind, its symbol, "entitled" ("the draft resolution A/72/L.64
# entitled", "le projet de résolution intitulé", "el proyecto de resolución titulado", "draft decision L.5 on")
TITLE_LEAD = re.compile(r"\s*(?:(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?|decisions?|d[ée]cisions?|decisi[óo]n(?:es)?|text)\s*)?"
                        r"(?:\(?[A-Z]/[\w./-]+\)?\s*|L\.\d+\S*\s*)?(?:,?\s*(?:entitled|titled|intitul[ée]e?s?|titulad[oa]s?|denominad[oa]|"
                        r"on|sur|sobre|concerning|relatif\s+[àa]|relativ[oa]\s+a)\s*:?)?\s*$", re.I)  # (a bare comma or colon leads a
# speaker's words: 'On the US draft resolution, "this text is a blatant violation of resolution 2231," the Minister said')


def in_draft_title(text: str, pos: int) -> bool:
    """pos is in the quoted title of a draft the text names right before the quotation ("the draft resolution A/72/L.64
    entitled "Review of the implementation of General Assembly resolution 68/1""): a resolution the draft is about, not
    one the meeting adopts or the text turns on (not a speaker's words quoted after "on the draft, the Minister said")."""
    opened = _open_quotation(text, pos)  # (the innermost quotation still open at pos: the draft's name just before it)
    if opened < 0:
        return False
    start = max(text.rfind("\n", 0, opened) + 1, opened - DRAFT_TITLE_REACH)
    return any(TITLE_LEAD.fullmatch(text, m.end(), opened) for m in lexicon.all_languages_pattern("draft_words").finditer(text, start, opened))


def _open_quotation(text: str, pos: int) -> int:
    """Where the innermost quotation still open at pos opens, in pos's paragraph; -1 where none is."""
    para = text.rfind("\n", 0, pos) + 1
    found = [at for opening, closing in (("“", "”"), ("«", "»"), ("‘", "’"))
             if (at := text.rfind(opening, para, pos)) >= 0 and not re.search(rf"{closing}(?![^\W\d_])", text[at:pos])]
    if text.count('"', para, pos) % 2:
        found.append(text.rfind('"', para, pos))
    return max(found, default=-1)
