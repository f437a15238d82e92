"""The resolution a text is about, and the author's stance on it where no sentence says it.

A State's statement, press release or letter written about one resolution takes a stance on
it: that is why it was written ("Eritrea's stance on resolution 1907", a ministry's
communiqué on a resolution just adopted). Read blind, such texts often state that stance
without any cue word the sentence rules know ("Resolution 1907 is in essence a political
act"; "this landmark resolution, which affirms ..."). So when the author is known and no
other rule took a stance on the text's focal resolution, this rule takes one from the tone
of what the text says where it names the resolution:

- the focal resolution is the only one the text names, or the one it names most (by number
  or by an anaphor such as "this resolution"), at least twice and more often than any other;
- its tone is the balance, over the sentences that name it, of rejecting cues, evaluative
  words (``anaphora.evaluative``: "politically motivated", "one-sided") and words of
  grievance (``stance.grievance``: "unjust", "flawed", "baseless"), with measures the text
  says were imposed on the author's own State (``stance.imposed_on``: "sanctions against
  Eritrea"), against supporting cues; a cue said by another State is not counted. Rejects
  where rejection outweighs, otherwise supports: a resolution the author cites for itself is
  invoked (the convention the gold follows). A negated cue the author says beside it ("does
  not oppose") is a hedge it chose, and an abstention leaves its vote untold: the rule then
  takes no stance.

The rule is a prior, weaker than any cue: it yields to every position found otherwise; it
leaves a speech at the meeting that adopts the resolution to the vote that speech tells
(``occasion``); it takes no stance in an adopted text, a report, a note verbale, or a text
naming no author; the record marks its positions with their own rule names
(``focus-supports``, ``focus-rejects``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import bodies_gazetteer, bodies_in, states_in
from unhrkg.extract.model import Position, Ref
from unhrkg.extract.objects import in_draft_title, instituted_by, keyword_start
from unhrkg.extract.occasion import meeting_resolution
from unhrkg.extract.references import RefMention
from unhrkg.extract.speakers import FIRST_PERSON_WORDS
from unhrkg.extract.stances import RESOLUTION_WORD
from unhrkg.extract.contested import charged_about, in_others_text
from unhrkg.extract.cues import cues_in, negated
from unhrkg.extract.tally import abstained
from unhrkg.extract.text import Sentence, flat, sentence_at, sentences
from unhrkg.extract.tone import others_word, said_by_other, sentence_tone

SENTENCE_STOP = re.compile(r"[.!?:;][\"”’»)]?\s*$")  # a sentence's end (a heading has none)
SYMBOL = re.compile(r"\b[AES]/(?:[A-Z0-9.-]+/)+[A-Z0-9.]+")  # "A/68/L.33", "A/HRC/57/L.1"
OBJECT_REACH = 60  # "has vehemently rejected a UN Security Council resolution"
IMPOSED_WEIGHT = 2  # a measure aimed at the author outweighs a resolution it merely cites as the basis
IMPOSED_REACH = 60  # "sanctions against the State of Eritrea": the target follows closely
AIM_GAP = re.compile(r"\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|a\s+)?")
QUALIFIED_AFTER = re.compile(r"['’]s?\b|\s+(?:in|en|dans)\b")  # "Myanmar's military", "attacks in Mali": not the State itself
DENIED_BEFORE = re.compile(r"\b(?:not|no|never|nunca|jamais|pas|ni)\b[^.;:]{0,20}$", re.I)  # "this is not a resolution against"
# a word between the lifting words and the measure: "to lift the arms embargo", "de l'embargo"
MEASURE_WORD = r"(?:l['’]|(?:arms|economic|unilateral|remaining|existing|financial|trade|punitive|armes|économiques|unilatérales|armas|económicas|unilaterales)\b)"
LIFTED_REACH = 40  # "the unanimous vote ... to terminate the remaining sanctions on Liberia": the verb comes just before
# Texts where a State speaks for itself: statements, press releases, letters. A note verbale is
# the mission's formal channel (a candidature, a request to circulate): it cites a resolution as
# the procedure it follows, not as a stand it takes.
SPEAKING_TYPES = ("letter", "other")


def focal_resolution(refs: list[RefMention]) -> tuple[str, str] | None:
    """The resolution the text turns on: the only one it names, or the one named most (twice
    or more, and more often than any other); None when no one resolution stands out."""
    counts = Counter((r.body, r.number) for r in refs).most_common()
    if not counts:
        return None
    if len(counts) == 1:
        return counts[0][0]
    (top, n), (_, second) = counts[0], counts[1]
    return top if n >= 2 and n > second else None


def focus_position(text: str, refs: list[RefMention], voices: list[str], doc_type: str | None,
                   addressee: str | None, taken: set[tuple[str, str]]) -> list[dict[str, object]]:
    """The author's stance on the text's focal resolution, from the tone around it, where no
    other rule found one."""
    if not voices or doc_type not in SPEAKING_TYPES or abstained(text, voices):
        return []  # the author's abstention leaves its stance untold
    if meeting_resolution(text, refs, addressee):
        return []  # a speech where the resolution is adopted: its vote is the occasion rule's to tell
    if _work_account(text):
        return []  # "Assessment of the work of the Security Council during the presidency of X": what the body did
    focal = focal_resolution([r for r in refs if not in_draft_title(text, r.start)
                              and not instituted_by(text, keyword_start(text, r), "reviewed_in_report")])
    # (not a resolution named for the report on its implementation: the text turns on the report)
    if focal is None or focal in taken:
        return []
    named = [s for s in sentences(text) if any(r for r in refs if (r.body, r.number) == focal
                                               and s.start <= r.start < s.end)]
    if not named or any(_hedged(s.text, voices) for s in named):
        return []  # "does not oppose", "regrets the decision to withdraw support": hedged, not untold
    sents = sentences(text)
    if named[0] is sents[0] and len(sents) > 1 and not SENTENCE_STOP.search(named[0].text) and sents[1] not in named:
        named = [named[0], sents[1], *named[1:]]  # a heading naming it ("DPRK FM on UNSC's 'Resolution 1874'"): the tone
        # is its first sentence's, under it
    spoken_of = [s for s in sents if s not in named and _unnumbered(s, refs)]
    tone = sum(sentence_tone(s.text, voices) for s in named) + sum(sentence_tone(s.text, voices, OBJECT_REACH) for s in spoken_of)
    tone -= _imposed_on_author(text, voices)
    tone -= _scare_quoted(text)
    tone -= _faults_body(text, focal[0], named + spoken_of, voices)
    stance = "rejects" if tone < 0 and not _violated_by_another(text, refs, focal, voices) else "supports"
    first = named[0]
    position = Position(Ref(*focal), stance, flat(first.text), f"focus-{stance}", (first.start, first.end))
    return [position.to_dict()]


# quotation marks opening and closing right around the phrase (``stance.scare_quoted``); a quoted title or number
# ("'Resolution 1325 on Women'", '"resolution 2334"') is no scare quote, nor a short name a text defines ("resolution
# 2231 (2015) (the "Resolution")", "(en adelante, la "resolución")", "(ci-après la « résolution »)")
SCARE_OPEN, SCARE_CLOSE = r"(?<![\w'’])['‘\"“«]\s?", r"\s?['’\"”»](?!\w)"
DEFINED_BEFORE = re.compile(r"\(\s*(?:[\w-]+,?\s+){0,3}$")  # "(the ", "(hereinafter the ", "(en adelante, la "
SCARE_LEAST = 2  # once may be a word quoted ("the Council has agreed on a 'resolution', not on press elements"); a text
# that will not grant the name says so again


def _scare_quoted(text: str) -> int:
    """How often the text sets the resolution's name in quotation marks of its own ("the 'resolution'", the "sanction
    resolutions"; the lexicon's ``stance.scare_quoted``): the author will not grant it the name; none under ``SCARE_LEAST``."""
    phrases = lexicon.pattern("stance", "scare_quoted")
    if not phrases or not any(q in text for q in "'‘\"“«"):
        return 0
    found = [m for m in re.finditer(f"{SCARE_OPEN}(?:{phrases.pattern}){SCARE_CLOSE}", text, phrases.flags)
             if not DEFINED_BEFORE.search(text, max(0, m.start() - 30), m.start())]
    return len(found) if len(found) >= SCARE_LEAST else 0


VIOLATED_REACH = 150  # "its continuing violations of Security Council resolution 1701": the verb, then the resolution


def _violated_by_another(text: str, refs: list[RefMention], focal: tuple[str, str], voices: list[str]) -> bool:
    """The focal resolution named as what another violates (lexicon ``stance.violated``, in the same sentence before
    it) or undermines (``stance.undermined``: the word governing the resolution, said neither in the first person
    nor of the author's own State): the grievance is against another, the author upholds the resolution ("the NATO
    forces have violated UN Resolution 1973", "comments from some officials to challenge the authority of
    Resolution 2758")."""
    violated, undermined = lexicon.pattern("stance", "violated"), lexicon.pattern("stance", "undermined")
    for r in refs:
        if (r.body, r.number) != focal:
            continue
        lead = re.split(r"[.;!?]\s", text[max(0, r.start - VIOLATED_REACH):r.start])[-1]
        if violated and violated.search(lead):
            return True
        lead = lead.rsplit("\n", 1)[-1]  # (the sentence's own line: not a heading naming the author above it)
        for m in undermined.finditer(lead) if undermined else ():
            governs = NOUN_GOVERNS if OF_END.search(m.group(0)) else GOVERNS  # ("a distortion of the resolution"; not "the
            if governs.fullmatch(lead, m.end()) and not FIRST_PERSON_WORDS.search(lead, 0, m.start()) \
                    and not INSTRUMENT.search(lead, m.end()) and not FIRST_PERSON_WORDS.search(lead, m.end()) \
                    and not any(s.value in voices for s in states_in(lead, 0, m.start())):
                return True
    return False


GOVERNS = re.compile(r"[^,;:]{0,80}?(?:\s|$)")  # between the word and the resolution: its object's words, no clause break
# after a noun's "of": the resolution itself, an article and its body's name at most (not "distortion of facts in resolution
# 52/30")
OF_END = re.compile(r"\b(?:of|de|du|del|des)$", re.I)
NOUN_GOVERNS = re.compile(r"\s*(?:(?:the|this|that|said|la|le|les|l['’]|el|los|las|esta|este|cette|ce|dicha)\s*)?"
                          r"(?:(?-i:[A-Z])[\w-]*\s+|\([A-Z]{2,8}\)\s+){0,6}", re.I)
# the resolution as the tool of what is undermined, not its object: "seek to destroy our economy with resolution 2397"
INSTRUMENT = re.compile(r"\b(?:with|through|via|using|by\s+means\s+of|avec|par\s+le\s+biais\s+d[eu]|au\s+moyen\s+d[eu]|"
                        r"mediante|con|por\s+medio\s+de)\b", re.I)


def _work_account(text: str) -> bool:
    """An account of a body's work over a period (the lexicon's ``stance.work_account``): the resolutions it
    names are what the body did, and the author, its President of the month, takes no stance by naming them."""
    account = lexicon.pattern("stance", "work_account")
    return bool(account and account.search(text))


def _faults_body(text: str, body: str, counted: list[Sentence], voices: list[str]) -> bool:
    """A word of grievance in a sentence, not counted already, that names the body that adopted the
    resolution ("the Council's disregard of ... is again an example of double standard"): the text
    faults the body for the resolution it is about (it counts once, however many such words)."""
    words = lexicon.pattern("stance", "grievance")
    return bool(words) and any(
        any(not others_word(s.text, m.start(), voices) and any(abs(m.start() - at) <= FAULT_REACH for at in named)
            for m in words.finditer(s.text))
        for s in sentences(text) if s not in counted and (named := [b.start for b in bodies_in(s.text) if b.value == body
                                                                    and not VENUE_BEFORE.search(s.text, 0, b.start)
                                                                    and not LABEL_AFTER.match(s.text, b.end)]))


FAULT_REACH = 150  # the word of grievance near the body's name, not far off in a header run into one sentence
# the body as the place where others spoke ("During the ... session of the General Assembly, delegates from a very few
# countries raised the so-called issue"): the text faults them, not the body
VENUE_BEFORE = re.compile(r"\b(?:session|sessions|meeting|meetings|debate|sitting|during|at|in|before|séance|réunion|débat|lors|devant|"
                          r"pendant|sesi[óo]n|sesiones|reuni[óo]n|durante|ante|en)\s+(?:of\s+|de\s+|du\s+|del\s+)?(?:the\s+|la\s+|l['’]|el\s+)?$",
                          re.I)
# the body named as a heading's label, a colon after it ("Asamblea General de la ONU: Alberto Fernández denunció ..."): the
# place the text tells of, not the one it faults
LABEL_AFTER = re.compile(r"(?:\s+(?:of\s+the|de\s+la|des|du|del)\s+(?:UN|ONU|United\s+Nations|Nations\s+[Uu]nies|Naciones\s+Unidas))?\s*:")


def _unnumbered(sentence: Sentence, refs: list[RefMention]) -> bool:
    """A sentence that speaks of a resolution without naming one ("has vehemently rejected a UN
    Security Council resolution"): in a text about one resolution, it speaks of that one. Not of
    a draft, nor in a sentence that cites a document by its symbol."""
    nouns = lexicon.pattern("anaphora", "nouns")
    drafts = lexicon.pattern("draft_words")
    if any(sentence.start <= r.start < sentence.end for r in refs) or SYMBOL.search(sentence.text):
        return False  # it names a resolution, or a document such as a draft ("A/68/L.33")
    return any(not (drafts and drafts.search(sentence.text, max(0, m.start() - 12), m.start()))
               for m in (nouns.finditer(sentence.text) if nouns else ()))


@cache
def _distance_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a resolution noun in scare quotes, a resolution noun just after a word), for the language."""
    nouns = "|".join(re.escape(w) for n in lexicon.words("anaphora", "nouns", lang=lang)
                     + lexicon.words("anaphora", "plural_nouns", lang=lang) for w in n.split("|"))
    if not nouns:
        return None
    return (re.compile(rf"[\"“«]\s*(?:[\w-]+\s+){{0,3}}(?:{nouns})\s*[\"”»]", re.I),
            re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b", re.I))


def _distanced(text: str) -> bool:
    """The text names resolutions in scare quotes ('the "sanctions resolutions"') or with a word of
    the lexicon's ``anaphora.evaluative`` ("so-called", "politically motivated resolution"): it
    cites them to dispute them, not to invoke them."""
    patterns = _distance_patterns(lexicon.current())
    if patterns is None:
        return False
    quoted, after_word = patterns
    if quoted.search(text):
        return True
    evaluative = lexicon.pattern("anaphora", "evaluative")
    return bool(evaluative) and any(after_word.match(text[m.end():m.end() + 60]) for m in evaluative.finditer(text))


def _hedged(sentence: str, voices: list[str]) -> bool:
    """A negated cue the author says ("Norway does not oppose"), not one said of another State
    ("Russia has not fulfilled resolution 71/205")."""
    for cue in cues_in(sentence):  # "is not in accordance with resolution 1244" invokes it against another
        if negated(sentence, cue) and not cue.invoking and not cue.accusing \
                and not said_by_other(sentence, cue.start, voices):
            return True
    return False


def noted_resolutions(text: str, mentions: list[RefMention], voices: list[str]) -> set[tuple[str, str]]:
    """The resolutions the author takes note of (the lexicon's ``stance.noted``: "takes note of", "prend acte
    de", "toma nota de"), named just after the words ("prend acte de la résolution 2690", "« prend acte » de
    l'adoption, par le Conseil de sécurité, de la résolution 1973"): it acknowledges them and says no more, so
    no weaker rule (the focus, an invocation) reads a stance into them. Not where another State takes note."""
    noted = lexicon.pattern("stance", "noted")
    if noted is None or noted.absent(text):
        return set()
    bare = QUOTES.sub(" ", text)
    found = set()
    for m in noted.finditer(bare):
        sent = sentence_at(sentences(text), m.start())
        if sent is None:
            continue
        at = m.start() - sent.start
        own = any(st.value in voices for st in states_in(sent.text, max(0, at - OWN_NAMED_REACH), at))
        if not own and said_by_other(sent.text, at, voices):
            continue  # (the author's own organ named just before: "que le gouvernement de la République du Mali prend acte")
        end = min(sent.end, m.end() + NOTED_REACH)
        found |= {(r.body, r.number) for r in mentions if m.end() <= r.start < end
                  and NOTED_OBJECT.fullmatch(bare, m.end(), keyword_start(text, r) if r.explicit else r.start)}
    return found


OWN_NAMED_REACH = 60  # "le gouvernement de la République du Mali prend acte": the author's State close before the words
NOTED_REACH = 80  # from the words to the resolution noted: "de l'adoption, par le Conseil de sécurité des Nations unies, de la"
# what may stand between the words and the resolution they take note of, its direct object: an article, its adoption
# (by whom), a date, the body's name ("of the adoption, by the Security Council, of", "de l'adoption, vendredi, de la");
# not another object ("takes note of the report and will act in accordance with resolution 2690")
NOTED_OBJECT = re.compile(r"\s*(?:(?:the|la|le|les|l['’]|el|los|las)\s*)?(?:(?:adoption|adopción|aprobación|vote|vot[eo])\s*,?\s*"
                          r"(?:(?:by|par|por|on|le|el)\s+[^,.;]{0,60}?\s*,?\s*)?(?:of|de|du|des|del)\s+(?:the\s+|la\s+|l['’]\s*)?)?"
                          r"(?:(?:the|la|le|l['’]|el|this|cette|esta)\s*)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,6}", re.I)
QUOTES = re.compile(r"[«»“”\"]")


def _imposed_on_author(text: str, voices: list[str]) -> int:
    """Measures the text says were imposed on the author's own State ("sanctions against
    Eritrea", "the embargo on South Sudan"), wherever it says so; not measures it says are lifted
    ("to lift sanctions on Iraq", ``stance.imposed_lifted``)."""
    imposed, lifted = lexicon.pattern("stance", "imposed_on"), lexicon.pattern("stance", "imposed_lifted")
    refused = lexicon.pattern("stance", "lift_refused")
    count = 0
    for m in imposed.finditer(text) if imposed else ():
        before = text[max(0, m.start() - LIFTED_REACH):m.start()].rstrip()
        relief = re.search(rf"(?:{lifted.pattern})(?:\s*{MEASURE_WORD})?$", before, lifted.flags) if lifted else None
        if relief and not (refused and re.search(rf"(?:{refused.pattern})\s*(?:to\s+)?$", before[:relief.start()], refused.flags)):
            continue  # "the vote to terminate sanctions on Liberia": relief, not a measure against it (one word may stand
            # between: "to lift the arms embargo"; "refused to lift the sanctions" is no relief)
        if RESOLUTION_WORD.match(m.group(0)):
            count += IMPOSED_WEIGHT if _resolution_aimed_at(text, m, voices) else 0
            continue
        aimed = states_in(text[m.end():m.end() + IMPOSED_REACH])
        count += IMPOSED_WEIGHT if aimed and aimed[0].value in voices else 0
    return count


def _resolution_aimed_at(text: str, m: re.Match[str], voices: list[str]) -> bool:
    """"a resolution condemning Israel", in Israel's text: the State right after the words (an article between), not
    a possessive ("a resolution targeting Myanmar's military junta"), nor denied ("no es una resolución contra
    Colombia"); not "resolutions condemning the use of force against Azerbaijan", what the resolutions condemn."""
    at = AIM_GAP.match(text, m.end()).end()  # type: ignore[union-attr]
    aimed = states_in(text[at:at + 60])
    return bool(aimed) and aimed[0].start == 0 and aimed[0].value in voices and not QUALIFIED_AFTER.match(text, at + aimed[0].end) \
        and not DENIED_BEFORE.search(text, max(0, m.start() - 40), m.start())


# "the Security Council Committee pursuant to resolutions 751 (1992) and", "le Comité créé par la résolution",
# "el Comité establecido en virtud de la resolución": a committee named by the resolutions that set it up
COMMITTEE_PURSUANT = re.compile(r"\b(?:Committee|Comité)\b[^.;\n]{0,30}?\b(?:(?:established\s+)?pursuant\s+to|established\s+by|"
                                r"(?:créé\s+)?(?:par|en\s+application\s+de)|(?:establecido\s+)?(?:en\s+virtud\s+de|por|de\s+conformidad\s+con))"
                                r"\s+(?:the\s+|la\s+|las\s+|les\s+)?(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?)\s+(?:[\d/()\s,]+(?:and|et|y)\s+)?$",
                                re.I)
# "the Committees on Al-Qaida and Daesh (resolutions 1267 (1999), 1989 (2011)": committees labelled by their resolutions
COMMITTEE_LABEL = re.compile(r"\b(?:Committees?|Comités?|Comit[ée]s?)\b[^.;\n()]{0,90}\(\s*(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?)\s+"
                             r"(?:(?:No\.\s*)?[\d/]+(?:\s*\(\d{4}\))?\s*(?:,|and|et|y)\s*)*$", re.I)


# an adopted text quoted whole: the body on a line of its own, then a preambular participle opening the next
# ("Le Conseil de sécurité / Rappelant ses précédentes résolutions ...", "The Security Council, / Recalling ...")
QUOTED_OPENING = re.compile(r"^[ \t]*(?:The|Le|La|L['’]|El)\s*(?P<body>[A-Z][\w' -]{3,60}?)[ \t]*,?[ \t]*\n[ \t]*(?:\d+\.\s*)?", re.M)


def _quoted_resolution(text: str) -> int:
    """Where the text of a resolution it carries starts (the end of the text where it carries none): the
    body on a line of its own, then a preambular word (the lexicon's ``preamble``) opening the next."""
    preamble = lexicon.all_languages_pattern("preamble")
    for m in QUOTED_OPENING.finditer(text):
        if not preamble.match(text, m.end()):
            continue
        body = bodies_gazetteer().match_at(text, m.start("body"))
        if body and body.end >= m.end("body"):
            return m.start()
    return len(text)


def invoked_positions(text: str, refs: list[RefMention], authors: list[str], doc_type: str | None,
                      addressee: str | None, taken: set[tuple[str, str]]) -> list[dict[str, object]]:
    """A resolution a State's own letter or statement cites, where no rule found its stance on it:
    the author invokes it, and the convention the gold follows counts that as support ("in
    accordance with resolution 60/251", "the four resolutions ... the most authoritative and
    binding rulings on the problem"). Of the resolutions such texts cite in the held-out gold,
    nine in ten carry a position, most of them support.

    The weakest stance rule, asked last (rule ``cited-supports``): only for a text a State wrote
    (not a note verbale, whose resolution is the procedure it follows, nor an adopted text or a
    report); not in a text that keeps resolutions at a distance (``_distanced``); not where the
    author abstained, nor on a resolution whose sentence holds a hedge the
    author chose ("does not oppose"), nor on the one adopted at the meeting a speech is given in
    (its vote is the occasion rule's to tell)."""
    if not authors or doc_type not in SPEAKING_TYPES or abstained(text, authors) or _distanced(text) or _work_account(text):
        return []
    found: list[dict[str, object]] = []
    quoted = _quoted_resolution(text)
    meeting = meeting_resolution(text, refs, addressee)
    seen = set(taken) | ({(meeting[0].body, meeting[0].number)} if meeting else set())
    sents = sentences(text)
    for ref in refs:
        key = (ref.body, ref.number)
        if key in seen or ref.start >= quoted or in_draft_title(text, ref.start) or charged_about(text, ref, authors) \
                or in_others_text(text, ref) \
                or instituted_by(text, keyword_start(text, ref), "reviewed_in_report"):
            continue  # (a resolution the quoted text of another recalls, or the text it welcomes calls for, is not the author's; one a draft's
            # title names is what the draft is about; one a charge or a report is about is not invoked there, a later
            # mention may invoke it)
        seen.add(key)
        sent = sentence_at(sents, ref.start)
        if sent is None or _hedged(sent.text, authors) or COMMITTEE_PURSUANT.search(text, max(0, ref.start - 80), ref.start) \
                or COMMITTEE_LABEL.search(text, max(0, keyword_start(text, ref) - 200), ref.start) \
                or instituted_by(text, keyword_start(text, ref)):
            continue  # (the name of a committee or an operation a resolution set up is no invocation of it)
        found.append(Position(Ref(*key), "supports", flat(sent.text), "cited-supports", (sent.start, sent.end)).to_dict())
    return found
