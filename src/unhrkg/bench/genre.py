"""The words of the genre: agenda item titles, openings, position sentences, filler, noise.

Fragments only; ``synth`` picks among them with its seeded generator and says what each
document states (symbol, authors, session, items, positions, sponsors, citations) in its
manifest. Position sentences carry exactly one stance cue each, and filler never names a
resolution, so what the generator writes is what a careful reader would extract.
"""
from __future__ import annotations

import random
import textwrap

CHR_ITEMS = {
    "3": "ORGANIZATION OF THE WORK OF THE SESSION",
    "5": "THE RIGHT OF PEOPLES TO SELF-DETERMINATION AND ITS APPLICATION TO PEOPLES UNDER COLONIAL OR ALIEN DOMINATION",
    "9": "QUESTION OF THE VIOLATION OF HUMAN RIGHTS AND FUNDAMENTAL FREEDOMS IN ANY PART OF THE WORLD",
    "10": "ECONOMIC, SOCIAL AND CULTURAL RIGHTS",
    "11": "CIVIL AND POLITICAL RIGHTS",
    "17": "PROMOTION AND PROTECTION OF HUMAN RIGHTS",
    "19": "ADVISORY SERVICES AND TECHNICAL COOPERATION IN THE FIELD OF HUMAN RIGHTS",
}
HRC_ITEMS = {
    "2": "Annual report of the United Nations High Commissioner for Human Rights and reports of the\n"
         "Office of the High Commissioner and the Secretary-General",
    "3": "Promotion and protection of all human rights, civil, political, economic, social and\n"
         "cultural rights, including the right to development",
    "4": "Human rights situations that require the Council's attention",
    "5": "Human rights bodies and mechanisms",
    "6": "Universal periodic review",
    "10": "Technical assistance and capacity-building",
}
ADDRESSEES_CHR = ("the secretariat of the Commission on Human Rights",
                  "the Office of the United Nations High Commissioner for Human Rights",
                  "the Chairperson of the Commission on Human Rights")
ADDRESSEES_HRC = ("the President of the Human Rights Council",
                  "the Office of the United Nations High Commissioner for Human Rights")
REJECT = (
    "The Government of {state} categorically rejects {res}{sponsor}.",
    "In its entirety, the Government of {state} rejects {res}{sponsor}.",
    "Being selective and politically motivated, {state} cannot accept {res}{sponsor}.",
    "The Government of {state} objects to {res}{sponsor}.",
)
SUPPORT = (
    "The Government of {state} welcomes {res}{sponsor}.",
    "{state} fully supports {res}{sponsor}.",
    "The Government of {state} endorses without reservation {res}{sponsor}.",
)
SPONSOR = ", which was tabled by {sponsor}"
CITE = (
    "The information provided in document {symbol} is incomplete and does not reflect the situation on the ground.",
    "The Government has taken note of the observations contained in document {symbol}.",
    "Detailed replies were transmitted earlier and are reproduced in document {symbol}.",
)
FILLER = (
    "The Government attaches great importance to dialogue and cooperation in the field of human rights.",
    "It has cooperated in good faith with the special procedures and with the treaty bodies.",
    "National legislation guarantees the rights and freedoms of all citizens without distinction.",
    "The national human rights institution has been strengthened and its budget increased.",
    "Selectivity and double standards undermine the credibility of the human rights machinery.",
    "The principles of objectivity, impartiality and non-selectivity must guide the work of the Commission.",
    "A constructive approach, based on genuine dialogue, is the only way to make progress.",
    "The Government remains ready to receive a visit at a mutually convenient time.",
    "Reforms of the judiciary and of the penitentiary system continued during the period under review.",
    "Training courses on international human rights law were organized for law enforcement officials.",
    "The Government reiterates its commitment to the promotion and protection of all human rights.",
    "Economic, social and cultural rights deserve the same attention as civil and political rights.",
)
REPORT_FILLER = (
    "The report covers the period from 1 January to 31 December of the year under review.",
    "Replies were received from Governments, national human rights institutions and non-governmental organizations.",
    "They are available for consultation in the files of the secretariat.",
    "The Secretary-General wishes to thank all those who contributed information.",
    "Section II summarizes the information received and section III contains conclusions.",
    "Several Governments reported on legislative and institutional measures taken.",
    "Information was also received from United Nations agencies and programmes.",
    "The conclusions reflect the information available at the time of writing.",
)
REPORT_TOPICS = ("Question of the death penalty", "The right to development", "Human rights and extreme poverty",
                 "Technical cooperation in the field of human rights", "The right to food",
                 "Protection of human rights defenders", "Human rights and counter-terrorism")
REPORT_AUTHORS = ("Report of the Secretary-General",
                  "Report of the United Nations High Commissioner for Human Rights")
TYPOS = {"Government": "Goverment", "rights": "rigths", "human": "hurnan", "cooperation": "co-operaton"}
GIVEN = ("Amir", "Elena", "Kwame", "Sofia", "Hiroshi", "Nadia", "Pedro", "Ingrid", "Tariq", "Mei", "Oleg",
         "Lucia", "Samuel", "Aisha", "Jonas", "Carmen", "Dmitri", "Fatou", "Rafael", "Yuki")
FAMILY = ("KALDANO", "MERVANI", "OSTRAVEK", "TUNDARI", "BELKAMO", "SIRVENTO", "ADOMBE", "KORVALD", "LINDARO",
          "MASSOUDI", "PETRAVIC", "QUIRANTE", "SEYDOUNE", "VALMORIN", "ZHERENKO", "HALVORSEN", "NKEMELU")


def wrap(text: str, rng: random.Random, noise: bool) -> str:
    """A paragraph as printed: wrapped at about 90 columns, indented, maybe with OCR damage."""
    if noise and rng.random() < 0.15:
        word = rng.choice(tuple(TYPOS))
        text = text.replace(word, TYPOS[word], 1)
    lines = textwrap.wrap(text, width=rng.choice((84, 88, 92)), break_on_hyphens=False, break_long_words=False)
    if noise and len(lines) > 1 and rng.random() < 0.2:  # a word broken across lines
        first, _, last = lines[0].rpartition(" ")
        if first and len(last) > 7 and last.isalpha() and last.islower():
            cut = len(last) // 2
            lines[0] = f"{first} {last[:cut]}-"
            lines[1] = f"{last[cut:]} {lines[1]}"
    return "\n".join(("     " if i == 0 else "") + line for i, line in enumerate(lines))


def footer(rng: random.Random, year: int) -> str:
    """A page-footer job number, the junk PDF conversion leaves between pages."""
    job = f"GE.{year % 100:02d}-{rng.randrange(10000, 99999)}"
    return rng.choice((f"{job} (E)    {rng.randrange(10, 31):02d}0{rng.randrange(1, 9)}{year % 100:02d}", job,
                       f"- {rng.randrange(2, 4)} -"))
