"""Extraction: normalised document text -> DocumentRecord (no RDF here).

A declared rule system. The language of the text is told first (``language``) and the rules
read it with that language's lexicon (``lexicon``: cue phrases, header words, months and
ordinals, and names of States and bodies, all data files under data/reference/lexicon/).
Facts come from their own modules: ``header`` (the UN header block: symbol, issue date,
original language) and ``genres`` (one module per genre: letters and notes verbales, drafts,
adopted texts, reports, untitled notes verbales, statements: type, dates, authors, addressee),
``procedure`` (session, agenda items), ``references`` (resolutions, citations), ``stances``
(positions, sponsors), ``signatures``; ``gazetteer`` names States and bodies. Every finder
says which rule found what (``model.Found``, ``Header.rules``); the record keeps it.
"""
from __future__ import annotations

import re
import sys
import types
from pathlib import Path

from unhrkg.extract import lexicon, memo
from unhrkg.extract.gazetteer import Mention, bodies_in, fold, states_in, unique
from unhrkg.extract.organ_names import not_the_un_organ
from unhrkg.extract.header import Header, read_header
from unhrkg.extract.language import text_language
from unhrkg.extract.agenda import find_agenda_items
from unhrkg.extract.procedure import find_session, session_of_number
from unhrkg.extract.anaphora import resolve_anaphora
from unhrkg.extract.bare_numbers import bare_session_numbers
from unhrkg.extract.references import RefMention, find_resolutions, issuers_named
from unhrkg.extract.sponsors import find_sponsors
from unhrkg.extract.stances import find_positions
from unhrkg.extract.coalitions import GUESSED
from unhrkg.extract.contested import disputed_readings
from unhrkg.extract.named_sponsors import predicated_sponsorships
from unhrkg.extract.interview import (answerers, answering_state, asked, asked_government, asked_state, in_question, speaking_minister,
                                      transcript, unasked)
from unhrkg.extract.bylines import find_bylines
from unhrkg.extract.capitals import cased_headings, unwrapped_heading
from unhrkg.extract.initiative import own_initiatives
from unhrkg.extract.sponsor_heading import heading_sponsors
from unhrkg.extract.offices import high_commissioner_at
from unhrkg.extract.signatures import blocks_after_closing, closing_block, find_signatories
from unhrkg.extract.missions import accredited_office
from unhrkg.extract.occasion import adoption_votes
from unhrkg.extract.tally import abstained_on, tally_votes
from unhrkg.extract.passive import passive_positions
from unhrkg.extract.focus import focus_position, invoked_positions, noted_resolutions
from unhrkg.extract.lineage import antecedent_positions, antecedents
from unhrkg.extract.unnumbered import headline_resolution
from unhrkg.extract.submitted import submitted_under
from unhrkg.extract.symbols import documents_cited, resolution_of_symbol, series_body
from unhrkg.read import Text, normalise
from unhrkg.model.record import DocumentRecord
from unhrkg.model.reference import GROUP_KINDS, issuers, load_reference

__all__ = ["extract", "extract_text"]


def _context_body(text: str, session: dict[str, object] | None, symbol: str | None, addressee: str | None,
                  author_body: str | None, bodies: list[str], cited: list[str]) -> str | None:
    """The body a bare 'resolution N/M' most likely belongs to: the session's, the symbol's, the addressee's, the
    author's, that of the series every document the text cites is in where a bare number is of a cited document's
    session ("introduced draft resolution A/HRC/7/L.5 ... adopted, see resolution 7/3"), then the body the text names."""
    for candidate in (session["body"] if session else None, series_body(symbol) if symbol else None,
                      addressee, author_body, _cited_series(text, cited)):
        if candidate in issuers() and candidate not in ("SC", "ECOSOC"):
            return str(candidate)
    for code in ("HRC", "CHR", "GA"):
        if code in bodies:
            return code
    return None


def _cited_series(text: str, cited: list[str]) -> str | None:
    """The one series body of every document cited, where the text prints a bare number of one of their sessions."""
    series = {series_body(c) for c in cited}
    if len(series) != 1 or None in series:
        return None
    sessions = {m.group(1) for c in cited if (m := CITED_SESSION.search(c))}
    return series.pop() if any(re.search(rf"(?<![\w/.-]){n}/\d{{1,3}}(?![\d/])", text) for n in sessions) else None


CITED_SESSION = re.compile(r"^[A-Z](?:/[A-Z.\d]+)*?/(?:S-)?(\d{1,4})/")  # "A/HRC/7/L.5" -> 7, "E/CN.4/2005/L.3" -> 2005
SYMBOL_SPAN = re.compile(r"[AES]/[\w./-]+")  # an addressee read from a draft's symbol ("A/C.3/72/L.62")


def _bodies(text: str, h: Header) -> list[str]:
    """Bodies named in the text; a name read through OCR damage hides the exact names inside it."""
    codes = load_reference().bodies
    named = [(m.start, m.value) for m in bodies_in(text)
             if not any(a <= m.start < b for a, b, _ in h.fuzzy_spans) and not not_the_un_organ(text, m)]
    named += [(a, code) for a, _, code in h.fuzzy_spans]
    office = None if any(v == "OHCHR" for _, v in named) else high_commissioner_at(text)
    named += [] if office is None else [(office, "OHCHR")]  # "We thank the High Commissioner for her update"
    span = h.spans.get("addressee", (0, 0))
    by_symbol = SYMBOL_SPAN.fullmatch(text, *span) is not None  # (a symbol in the text never adds a body: the gold's rule)
    extra = [c for c in (h.author_body, None if by_symbol else h.addressee) if c in codes]
    return unique([v for _, v in sorted(named, key=lambda x: x[0])] + extra)


def _body_voice(code: str | None) -> list[str]:
    """A body that takes positions as States do: an organisation of States or a group (the EU, the
    OIC), not a UN organ or office, whose texts are not positions on resolutions."""
    body = load_reference().bodies.get(code or "")
    return [body.code] if body and body.kind in GROUP_KINDS else []


def _language_line(mention: Mention, h: Header, text: str) -> bool:
    """'Français', 'Original: ESPAÑOL' in the header block, '[Original: Russian]', 'German-speaking',
    'the Spanish version' name a language, not a State."""
    if mention.kind != "demonym":
        return False
    if mention.start < h.zone_end and fold(mention.text) in lexicon.merged_table("language_names"):
        return True
    return bool(LANGUAGE_BEFORE.search(text, max(0, mention.start - 14), mention.start)
                or LANGUAGE_AFTER.match(text, mention.end))


LANGUAGE_BEFORE = re.compile(r"Original\s*:\s*$", re.I)
LANGUAGE_AFTER = re.compile(r"-speaking|\s+(?:language|version|translation|text)\b", re.I)


def _own_sponsorships(positions: list[dict[str, object]], sponsors: list[dict[str, object]],
                      voices: list[str]) -> list[dict[str, object]]:
    """The author tabled a resolution: it supports it (where the text says no other stance on it)."""
    taken = {(p["target"]["body"], p["target"]["number"]) for p in positions}  # type: ignore[index]
    out: list[dict[str, object]] = []
    for s in sponsors:
        key = (s["resolution"]["body"], s["resolution"]["number"])  # type: ignore[index]
        if s["sponsor"] in voices and key not in taken:
            taken.add(key)
            out.append({"target": dict(s["resolution"]), "stance": "supports",  # type: ignore[call-overload]
                        "evidence": s["evidence"], "rule": "own-sponsorship", "span": s.get("span")})
    return out


def _known(fact: dict[str, object], facts: list[dict[str, object]]) -> bool:
    return any((f["resolution"], f["sponsor"]) == (fact["resolution"], fact["sponsor"]) for f in facts)


def _signatories(text: str, doc_type: str | None) -> list[dict[str, object]]:
    """A "(Signed)" block, else a byline (in a heading printed in capitals, read with its case given back), else
    (in a letter) the name and posts closing it."""
    found = find_signatories(text) or find_bylines(text)
    if not found and doc_type in ("letter", "note_verbale"):
        found = blocks_after_closing(text) or ([block] if (block := closing_block(text)) else [])
    elif not found and (cased := cased_headings(text)) != text:  # (a letter's heading in capitals is a statement it carries)
        found = find_bylines(cased)
    if not found and doc_type not in ("letter", "note_verbale") and (unwrapped := unwrapped_heading(text)) != text:
        found = find_bylines(unwrapped) or find_bylines(cased_headings(unwrapped))  # a heading wrapped into short lines
    return found


ANNEX_LINE = re.compile(r"^[ \t]*(?:Annex|Annexe|Anexo|ANNEX|ANNEXE|ANEXO)\b", re.M)


def _signed_above_annex(text: str, signatories: list[dict[str, object]]) -> list[dict[str, object]]:
    """The "(Signed)" blocks that sign the letter itself, above its first annex (not the annexed letter's signer)."""
    annex = ANNEX_LINE.search(text)
    above = text[:annex.start() if annex else len(text)]
    return [s for s in signatories if s.get("rule") == "signed-block"
            and re.search(rf"\((?i:signed|firmado|sign[ée])\)[^\n(]{{0,60}}?(?i:{re.escape(str(s['name']).split()[-1])})", above)]


def _spoken_for(code: str) -> bool:
    """A group or organisation of States (bodies.csv's kinds) that a State speaks for: the speaker's
    State is the author. The EU speaks for itself."""
    body = load_reference().bodies.get(code)
    return body is not None and body.kind in GROUP_KINDS and code != "EU"


# a State's diplomatic or government post, the only ones a top byline names its State by
STATE_POST = (r"\bPermanent\s+(?:Mission|Representative|Observer)|\bRepresentative\s+to\s+the\b|\bRepr[ée]sentante?\s+aupr[èe]s|\bRepresentante\s+ante|\bRepresentante\s+Permanente|\bRepr[ée]sentant\s+permanent|"
              r"\bMission\s+permanente|\bMisi[óo]n\s+Permanente|\bAmbassad(?:or|eur)\b|\bEmbajador|\bCharg[ée]|\bEncargad[oa]\s+de\s+Negocios|"
              r"\bMinist(?:er|re|ro)\b|\bPresident\s+of\s+the\s+Republic|\bPr[ée]sident\s+de\s+la\s+R[ée]publique|\bPresidente\s+de\s+la\s+Rep[úu]blica")
# a post of the Organization's, which names the State it deals with: "Special Representative of the Secretary-General for the
# Democratic Republic of the Congo", "Special Rapporteur on the situation of human rights in Myanmar"
UN_POST = re.compile(r"\bPresident\s+of\s+the\s+General\s+Assembly|\bPr[ée]sident\w*\s+de\s+l['’]Assembl[ée]e|\bSecretary[- ]General\b|\bSecr[ée]taire\s+g[ée]n[ée]ral|\bSecretari[oa]\s+General|\bSpecial\s+Rapporteur|"
                     r"\bRapporteur\s+sp[ée]cial|\bRelator\s+Especial|\bIndependent\s+Expert|\b(?:UN|United\s+Nations)\s+High\s+Commissioner", re.I)


def _states_signed_for(signatories: list[dict[str, object]], strict: bool = False) -> list[str]:
    """The States a letter's signatories represent, by their posts ("Permanent Representative of
    the Republic of Uzbekistan to the United Nations"); ``strict``, a State's diplomatic or government post only (a top
    byline's: not "President of the Bar Association of Colombia", "Representante de ONU Mujeres en México")."""
    found: list[str | None] = []
    for signatory in signatories:
        for title in signatory.get("titles") or []:  # type: ignore[union-attr]
            if re.search(STATE_POST if strict else r"\b(?:Representative|Ambassador|Charg[ée]|Minister|Représentant|Representante|"
                         r"Ministre|Ministro|President|Pr[ée]sidente?|Ambassadeur|Embajador[a]?)\b",
                         str(title), re.I) and not UN_POST.search(str(title)):
                found += [m.value for m in states_in(str(title)) if m.kind == "name"][:1]
    return unique(found)


# the author rules a speech heading's speaker outweighs when his post is an organisation's (a text with no author rule too)
WEAK_AUTHOR = (None, "most-named", "own-organ", "speaking-subject", "point-subject", "dateline-capital", "closing-capital",
               "unnamed-organ")


def _body_signed_for(signatories: list[dict[str, object]]) -> str | None:
    """The organisation of States whose officer a speech heading names as its speaker ("Federica Mogherini, haute
    représentante de l'Union/vice-présidente de la Commission", "Chairperson of the African Union Commission"): no
    State's post beside it."""
    if not signatories or signatories[0].get("rule") not in ("delivered-by", "speech-of", "top-byline"):
        return None
    titles = [str(t) for t in signatories[0].get("titles") or []]  # type: ignore[union-attr]
    if any(re.search(STATE_POST, t, re.I) or UN_WORDS.search(t) or not OFFICER.search(t) for t in titles[:1]):
        return None  # (not "Secretary of State for European Union Affairs", "Special Representative of the SG to the AU")
    bodies = [str(b.value) for t in titles for b in bodies_in(t) if str(b.value) in load_reference().bodies
              and load_reference().bodies[str(b.value)].kind in GROUP_KINDS and not ACCREDITED_TO.search(t, 0, b.start)]
    return bodies[0] if bodies else None


# an organisation's own officer, named in the post: "High Representative", "Chairperson of the Commission", "Secretary-General"
OFFICER = re.compile(r"\b(?:High\s+Representative|HR/VP|Haut(?:e)?\s+repr[ée]sentant(?:e)?|Alt[oa]\s+Representante|Chair(?:person|man|woman)?|"
                     r"Pr[ée]sident(?:e|a)?|Secretary[- ]General|Secr[ée]taire\s+g[ée]n[ée]ral(?:e)?|Secretari[oa]\s+General|Commissioner|"
                     r"Commissaire|Comisari[oa])\b", re.I)
UN_WORDS = re.compile(r"\b(?:United\s+Nations|UN|Nations\s+[Uu]nies|Naciones\s+Unidas)\b|of\s+the\s+Secretary[- ]General")
ACCREDITED_TO = re.compile(r"\b(?:to|auprès\s+de|ante)\s+(?:the\s+|la\s+|l['’]\s*|el\s+)?$", re.I)  # "Special Envoy to the OIC"


def extract_text(text: str, file: str) -> DocumentRecord:
    """Extract a record from already-normalised text, in the language the text is written in."""
    with lexicon.using(text_language(text)) as lang, memo.document():
        record = _extract(text, file)
        record.text_language = lang
        return record


def _positions(text: str, refs: list[RefMention], mentions: list[RefMention], voices: list[str],
               sponsors: list[dict[str, object]], h: Header) -> list[dict[str, object]]:
    """The author's stances, rule after rule, each on the resolutions the earlier ones left."""
    headline = [r for r in headline_resolution(text, refs) if not any(m.start <= r.start < m.end for m in mentions)]
    positions = find_positions(text, sorted(mentions + headline, key=lambda r: r.start), voices)
    positions += _own_sponsorships(positions, sponsors, voices)
    positions += submitted_under(text, mentions, voices, h.doc_type, {(p["target"]["body"], p["target"]["number"]) for p in positions})  # type: ignore[index]
    taken = {(p["target"]["body"], p["target"]["number"]) for p in positions}  # type: ignore[index]
    positions += passive_positions(text, mentions, voices, taken)
    positions += tally_votes(text, mentions, voices, taken)
    positions += adoption_votes(text, mentions, voices, h.addressee, taken)
    taken = {(p["target"]["body"], p["target"]["number"]) for p in positions}  # type: ignore[index]
    taken |= noted_resolutions(text, mentions, voices)  # ("prend acte de la résolution 2690": acknowledged, no more)
    taken |= disputed_readings(text, mentions)  # ("resolution 2758 does not preclude": its reading argued, no stance)
    focused = focus_position(text, mentions, voices, h.doc_type, h.addressee, taken)
    taken |= {(p["target"]["body"], p["target"]["number"]) for p in positions + focused}  # type: ignore[index]
    if h.rules.get("author_states") == "most-named":  # an author only guessed from the States a text names most: the
        focused = [p for p in focused if p["rule"] != "focus-rejects"]  # text's hostile tone is no stance of its (the
        # resolution stays taken: no weaker rule gives it one instead)
    positions += focused
    lineage = antecedents(text, mentions)
    positions += antecedent_positions(text, lineage, positions, taken)  # ("40/1 ... and previous Resolutions 30/1 and 34/1")
    taken |= set(lineage) | set(antecedents(text, mentions, "follows"))  # (a resolution another builds on or follows is named,
    # not invoked)
    # a text States wrote, alone or as a coalition in its own declaration, invokes what it cites
    positions += invoked_positions(text, refs, h.author_states or _coalition_voice(h), h.doc_type, h.addressee, taken)
    abstained = abstained_on(text, mentions, voices)  # ("the United States abstained ... on Resolution 2728": untold)
    return [p for p in positions if (p["target"]["body"], p["target"]["number"]) not in abstained]  # type: ignore[index]


ANSWER_LEAST = 5  # words after the first question, outside the questions: an answer
SIDE_SURE = 2  # "The Chinese side has noted ... The Chinese side always observes": the spokesperson's State


def _answering_author(text: str, voice: str, questions: list[tuple[int, int]], h: Header) -> None:
    """Who answers a transcript's or a parliament's questions: the side a transcript's answers speak
    as, twice or more (over any other rule but a body's), or once where no rule or only a guess found
    an author; the government a member's question is put to, where no rule or only a guess did."""
    guessed = not h.author_states or h.rules.get("author_states") in GUESSED
    if h.author_body:
        return
    if transcript(text):
        answering = answering_state(voice, questions)
        if answering and answering[0] not in h.author_states and (guessed or answering[1] >= SIDE_SURE):
            h.put("author_states", [answering[0]], "answering-side")
        elif not answering and guessed and (asked_for := asked_state(text, voice, questions)) and asked_for not in h.author_states:
            h.put("author_states", [asked_for], "asked-reaction")
        return
    if not guessed:
        return
    answered = len(voice[questions[0][0]:].split()) >= ANSWER_LEAST if questions else False  # (an order paper's questions
    asked_of = asked_government(text, questions) if answered else None  # with no answer: nobody speaks for the government)
    if asked_of and asked_of not in h.author_states:
        h.put("author_states", [asked_of], "asked-government")
        h.author_body = None


def _coalition_voice(h: Header) -> list[str]:
    """The coalition (or the AU, the Arab League) whose own declaration the text is, found by a coalition rule."""
    for name in ("author_group", "author_body"):
        code = getattr(h, name)
        if code and h.rules.get(name, "").startswith("coalition-"):
            return [code]
    return []


def _extract(text: str, file: str) -> DocumentRecord:
    questions = asked(text)  # a transcript's questions are a journalist's words: who speaks and what it holds
    voice = unasked(text) if questions else text  # are read in the answers (the entities named stay the text's)
    h = read_header(voice)
    if questions:
        _answering_author(text, voice, questions, h)
    session, session_rule = find_session(text, max(h.zone_end, h.block_end or 0), h.symbol, h.addressee, h.author_body,
                                         untitled=h.genre == "untitled")
    bodies = _bodies(text, h)
    states = unique(h.author_states + [m.value for m in states_in(text) if not _language_line(m, h, text)])
    own = (resolution_of_symbol(h.symbol) if h.symbol else None) or h.own
    cited = documents_cited(text, h.symbol)
    context = _context_body(text, session, h.symbol, h.addressee, h.author_body, bodies, cited)
    refs = find_resolutions(text, context, own)
    refs = sorted(refs + bare_session_numbers(text, refs, context, own), key=lambda r: r.start)  # "a proud proponent of 76/262"
    mentions = sorted(refs + resolve_anaphora(text, refs, h), key=lambda r: r.start)
    resolutions = unique([f"{r.body}\t{r.number}" for r in refs])
    bodies = unique(bodies + issuers_named(text, refs))
    if session is None and own:
        session, session_rule = session_of_number(*own), "own-number"
    signatories = _signatories(text, h.doc_type) or (answerers(text, questions) if questions and not transcript(text) else []) or \
        speaking_minister(text)  # ("The Secretary of State for Foreign and Commonwealth Affairs (Mr. Robin Cook)")
    if h.doc_type == "letter" and signatories and signatories[0].get("rule") == "top-byline" and \
            any(UN_POST.search(str(t)) for t in signatories[0].get("titles") or []):  # type: ignore[union-attr]
        signatories = []  # "His excellency / Mr. Kofi Annan, / The Secretary-General of the United Nations,": whom it is written to
    organisation = _body_signed_for(signatories) if h.rules.get("author_states") in WEAK_AUTHOR else None
    if not organisation and not h.author_states and (not h.author_body or _spoken_for(h.author_body)) and \
            (h.doc_type in ("letter", "note_verbale") or signatories and signatories[0].get("rule") in ("delivered-by", "speech-of", "top-byline")):
        signed_for = _states_signed_for(signatories, strict=bool(signatories) and signatories[0].get("rule") == "top-byline")  # "Permanent
        # Representative of to the United Nations": the name lost;
        if signed_for:  # "Statement by Ambassador X, Permanent Representative of Pakistan, ... on behalf of the OIC"
            h.put("author_states", signed_for, "signatory-post")
            h.author_body = None
    elif h.doc_type == "letter" and h.author_states and len(signers := _signed_above_annex(text, signatories)) > 1:
        signed_for = _states_signed_for(signers, strict=True)  # a joint letter's title with a State lost ("from the Permanent
        if set(signed_for) - set(h.author_states) and set(signed_for) & set(h.author_states):  # Representatives of , Latvia and
            # Lithuania"): its signers' posts name the others
            h.put("author_states", unique(h.author_states + signed_for), f"{h.rules.get('author_states')}+signatory-post")
    if organisation:  # "Discours de Mme X, haute représentante de l'Union/vice-présidente de la Commission": not "la présidence
        h.put("author_body", organisation, "signatory-post")  # française du Conseil" the speech thanks
        h.author_states = []
    voices = h.author_states or _body_voice(h.author_body) or ([h.author_group] if h.author_group else [])
    sponsors = find_sponsors(text, mentions)
    sponsors += [s for s in own_initiatives(text, mentions, voices) + heading_sponsors(text, own, h.doc_type) if not _known(s, sponsors)]
    sponsors += [s for s in predicated_sponsorships(text, mentions) if not _known(s, sponsors)]  # ("Australia is a proud co-sponsor of")
    # a draft's text is the body's to adopt: what it recalls is no stance of its sponsors'
    answered = [r for r in refs if not in_question(questions, r.start)]
    positions = [] if h.genre == "draft" else _positions(
        voice, answered, [m for m in mentions if not in_question(questions, m.start)], voices, sponsors, h)
    rules = dict(h.rules)
    if session_rule and session:
        rules["session"] = session_rule
    return DocumentRecord(
        file=file, symbol=h.symbol, issued=h.issued, dated=h.dated, doc_type=h.doc_type,
        language=h.language, session=session, agenda_items=find_agenda_items(text),
        author_states=h.author_states, author_body=h.author_body if not h.author_states else None,
        author_group=h.author_group if not h.author_states and not h.author_body else None,
        addressee=h.addressee, signatories=signatories,
        resolutions=[dict(zip(("body", "number"), r.split("\t"))) for r in resolutions],
        documents_cited=cited, states=states, bodies=bodies,
        positions=positions, sponsors=sponsors,
        title=h.title, genre=h.genre,
        accredited_to=(h.accredited_to or accredited_office(text)) if h.author_states else None,
        rules={k: v for k, v in rules.items() if getattr(h, k, None) not in (None, [], "other") or k == "session"},
    )


def extract(doc: Text | str, file: str | None = None) -> DocumentRecord:
    """Extract a record from a read document (or raw text, normalised here)."""
    if isinstance(doc, Text):
        return extract_text(doc.text, file or doc.path)
    return extract_text(normalise(doc), file or "<text>")


class _CallablePackage(types.ModuleType):
    """``unhrkg.extract(path)``: the package called with a file's path gives its record."""

    def __call__(self, path: str | Path) -> DocumentRecord:
        from unhrkg.read import read_text
        return extract(read_text(path))


sys.modules[__name__].__class__ = _CallablePackage
