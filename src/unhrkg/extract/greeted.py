"""The audience a speech greets before its first words: "Excellencies,", "Ladies and Gentlemen,", "Your Majesties,".

A speech printed without a word to the chair ("Mr. President,") still opens with its vocatives, each a line of
address closed by its comma, under the heading that says where it is delivered ("Statement by H.E. X / during the
General Debate of the 80th Session of the United Nations General Assembly"). The words are the lexicon's
``speech.vocatives``, in every language. Here too are the marks of a meeting that heading and ``forum.py`` read: a
body's meeting after its name ("Plenary Meeting"), a meeting "of the" body before it, a banner of organs (no meeting).
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, bodies_in, organs_line
from unhrkg.extract.places import dateline_state
from unhrkg.extract.text import quoted_at
from unhrkg.model.reference import forums

FORUMS = forums()  # the bodies that meet and hear statements (bodies.csv)

GREETING_REACH = 2000  # a long heading (name, posts, occasion, date, place) stands above the greeting
# the vocative fills its line, closed by a comma ("Excellencies, Heads of State and Government,", "Ladies and
# Gentlemen ,"): not a sentence that opens with one ("Ladies and gentlemen, I am honoured ...")
CLOSED_LINE = re.compile(r"[^\n.;:!?]{0,80}?\s*,[ \t]*(?:\n|$)")
LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*$")


def greeting_start(text: str) -> int | None:
    """Where the first line of address to the audience starts, near the top; None when there is none."""
    vocatives = lexicon.all_languages_pattern("speech", "vocatives")
    for m in vocatives.finditer(text, 0, min(len(text), GREETING_REACH)):
        if LINE_OPENS.search(text, max(0, m.start() - 40), m.start()) and CLOSED_LINE.match(text, m.end()) \
                and not quoted_at(text, m.start()):  # (a news item quoting the speech's greeting)
            return m.start()
    return None


def greeted_under(text: str) -> Mention | None:
    """A speech that greets its audience without a word to the chair ("Excellencies,\nLadies and Gentlemen,"): the forum
    its heading says it is delivered at, above the greeting ("during the General Debate of the 80th Session of the United
    Nations General Assembly", "Before the 80th Session of the ...", a heading line "GENERAL DEBATE OF THE 80th SESSION OF
    THE GENERAL ASSEMBLY"); not a side event "on the margins of" a session, a lecture or a book about one, a reception
    "in honour of" its chair, nor a release dated at home."""
    start = greeting_start(text)
    if start is None or dateline_state(text) or not SPEECH_HEADING.search(text, 0, start):
        return None
    for b in bodies_in(text, 0, start):
        line_end = text.find("\n", b.end) % (len(text) + 1)
        if b.value not in FORUMS or banner(text, b) or TOPIC_AFTER.match(text, b.end) or not HEADING_TAIL.match(text, b.end) \
                or EVENT.search(text, 0, start) or len(text[text.rfind("\n", 0, b.start) + 1:b.start]) > HEADING_LEAD \
                or SENTENCE_GOES_ON.search(text, b.end, line_end):
            continue  # ("Annual Ministerial Meeting of the Group of 77 held during the 80th Session", "Concert for Peace in the
            # General Assembly Hall", "ante la Asamblea General de la Organización de los Estados Americanos", a sentence's
            # "In his address during the general debate of the 80th session of the General Assembly, ... began:")
        lead = " ".join(text[max(0, b.start - LEAD_REACH):b.start].split()) + " "
        line = text[text.rfind("\n", 0, b.start) + 1:b.start]
        if DELIVERED_AT.search(lead) or MEETING_LINE.fullmatch(line) and ORDINAL.search(line):
            return b
    return None


# the heading is a speech's: its noun ("Statement", "S T A T E M E N T" as some are spaced), the debate it is made in,
# or "by H.E."
SPEECH_HEADING = re.compile(r"\b(?:statement|speech|address|remarks|intervention|d[ée]claration|discours|allocution|intervenci[óo]n|"
                            r"discurso|palabras|message|mensaje|debate|d[ée]bat)\b|S\s?T\s?A\s?T\s?E\s?M\s?E\s?N\s?T|\bby\s+(?:H\.\s?E\.|His|Her)\b", re.I)
# an event that is no meeting of the body, named in the heading: the speech is made there, not at the body's meeting
EVENT = re.compile(r"\b(?:meeting\s+of|ministerial|minist[ée]rielle|reception|r[ée]ception|recepci[óo]n|side\s+event|event|[ée]v[ée]nement|evento|"
                   r"concert|exhibition|exposition|exposici[óo]n|panel|press\s+conference|conf[ée]rence\s+de\s+presse|conferencia\s+de\s+"
                   r"prensa|lecture|conf[ée]rence|invitation|briefing|forum|foro|breakfast|dinner|luncheon|r[ée]union\s+d[eu]s?|reuni[óo]n\s+de)\b", re.I)
HEADING_LEAD = 120  # the body's line up to it: a heading's, not a paragraph's
SENTENCE_GOES_ON = re.compile(r"[.!?]\s+\S")  # ("..., Brazil's President opened with a call for reform. His speech began:")


LEAD_REACH = 160  # a heading stacked over short lines: "DURING THE / GENERAL DEBATE / OF THE / 80TH SESSION OF THE UNITED NATIONS"
# the words of a meeting's name between the preposition and the body: "the general debate of the 80th session of the"
# (an ordinal's superscript as OCR reads it: "79'\" UN GENERAL ASSEMBLY DEBATE")
_MEETING_WORDS = (r"(?:the|of|de|del|du|des|la|le|l['’]|el|its|\d+[\w'’\"*™°º]*|general|debate|d[ée]bat|g[ée]n[ée]ral|high-level|segment|"
                  r"session|sesi[óo]n|per[íi]odo|sesiones|meeting|plenary|pl[ée]ni[èe]re|plenaria|open|annual|regular|ordinary|"
                  r"special|emergency|united|nations|unies|unidas|UN|ONU|s[ée]ance|reuni[óo]n|r[ée]union|ordinaire|ordinario)")
# (not "to": "the candidature of the Russian Federation to the United Nations Human Rights Council")
DELIVERED_AT = re.compile(rf"\b(?:at|during|before|in|à|au|aux|lors|devant|pendant|durante|ante|en)\s+(?:{_MEETING_WORDS}[\s,]+)+$", re.I)
MEETING_LINE = re.compile(rf"[ \t]*(?:{_MEETING_WORDS}(?:[ \t,]+|(?<=['’])))+", re.I)  # the heading's line opens on the meeting's words
ORDINAL = re.compile(r"\b\d+\s*(?:st|nd|rd|th|e|ème|er|re|º|ª|°)?\b", re.I)  # ... with the session's ordinal
# after the body, its heading ends or goes on with a place, a date or the meeting's words ("GENERAL ASSEMBLY, IN NEW YORK",
# "General Assembly – Item 4", "UN GENERAL ASSEMBLY DEBATE"); not a title's ("... : What to Expect", "... IN REVIEW", "de
# la Organización de los Estados Americanos")
HEADING_TAIL = re.compile(rf"[ \t]*(?:{_MEETING_WORDS}[ \t]*)*(?:$|\n|[,–—(|-])", re.I)


TOPIC_AFTER = re.compile(r"['’]s\b|\s+(?:resolution|r[ée]solution|resoluci[óo]n|decision|d[ée]cision|report|rapport|informe)", re.I)
# a body's meeting after its name: "GENERAL ASSEMBLY – 72nd Plenary Meeting", "Security Council, 8th meeting"
MEETING_AFTER = re.compile(r"[ \t]*[–—:,-]?[ \t]*(?:\d+\w*[ \t]+)?(?:plenary[ \t]+meeting|plenary|meeting|s[ée]ance[ \t]+pl[ée]ni[èe]re|"
                           r"sesi[óo]n[ \t]+plenaria|reuni[óo]n[ \t]+plenaria)\b", re.I)


def banner(text: str, b: Mention) -> bool:
    """The body is one of two or more that make up their line by themselves."""
    return bool(organs_line(text, text.rfind("\n", 0, b.start) + 1, text.find("\n", b.end) % (len(text) + 1)))


def meeting_of(lead: str) -> bool:
    """'Open debate of the Security Council', 'Debate abierto del Consejo', 'Séance de synthèse des travaux du
    Conseil de sécurité': a meeting of the body
    (the lexicon's ``speech.meeting``), so the body is where the speech is made."""
    meeting = lexicon.pattern("speech", "meeting")
    return bool(meeting) and bool(re.search(rf"(?:{meeting.pattern})(?:\s+[\w'’-]+){{0,6}}?\s+(?:of|de|du|des|del)\s+(?:the\s+|la\s+|le\s+|"
                                            rf"l['’]|el\s+)?(?:UN\s+|ONU\s+)?$", lead, re.I))
