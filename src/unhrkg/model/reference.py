"""The curated reference tables in ``data/reference``: States, bodies, sessions, demonyms.

Loaded once per process. Extraction uses them as gazetteers; mapping turns them into the
reference graph. Multi-valued cells use `` | `` as separator.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from unhrkg.model.resources import reference_path

SEP = " | "
# the kinds of bodies.csv that are organisations or groups of States (the EU, the AU, the OIC, the NAM, the
# African Group): they speak, table resolutions and take stances as States do
GROUP_KINDS = ("igo", "group")


@dataclass(frozen=True)
class State:
    iso3: str
    iso2: str
    short_name: str
    formal_name: str
    status: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    # the cities its government sits in, official capital first, as datelines print them
    capitals: tuple[str, ...] = ()
    # the proper names of its seats of government and its ministries ("Élysée", "Itamaraty"),
    # which speak for it without naming it (institutions.csv)
    institutions: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.short_name, self.formal_name, *self.aliases)


@dataclass(frozen=True)
class Body:
    code: str
    name: str
    kind: str
    parent: str | None
    aliases: tuple[str, ...] = ()
    anaphora: tuple[str, ...] = ()
    adopts_resolutions: bool = False
    hosts_missions: bool = False
    hears_statements: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Session:
    body: str
    number: int
    special: bool
    year: int | None
    start: str | None = None
    end: str | None = None

    @property
    def key(self) -> str:
        return f"S-{self.number}" if self.special else str(self.number)


@dataclass(frozen=True)
class Reference:
    states: dict[str, State]
    bodies: dict[str, Body]
    sessions: dict[tuple[str, str], Session] = field(default_factory=dict)

    def session(self, body: str, key: str | int) -> Session | None:
        return self.sessions.get((body, str(key)))

    def has_sessions(self, body: str) -> bool:
        """Whether the session tables list the body's sessions (a session of it they lack is none)."""
        return any(s.body == body for s in self.sessions.values())

    def chr_session_of_year(self, year: int) -> Session | None:
        """The CHR regular session that met in a year (for CHR resolutions YYYY/N)."""
        for s in self.sessions.values():
            if s.body == "CHR" and s.year == year:
                return s
        return None


def _rows(name: str) -> list[dict[str, str]]:
    with reference_path(name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(SEP.strip()) if p.strip()) if cell else ()


def _int(cell: str) -> int | None:
    return int(cell) if cell.strip().isdigit() else None


@cache
def load_reference() -> Reference:
    """Read every reference table (cached for the process)."""
    demonyms: dict[str, tuple[str, ...]] = {}
    if reference_path("demonyms.csv").exists():
        demonyms = {r["iso3"]: _split(r["demonyms"]) for r in _rows("demonyms.csv")}
    institutions: dict[str, tuple[str, ...]] = {}
    for r in _rows("institutions.csv") if reference_path("institutions.csv").exists() else ():
        institutions[r["iso3"]] = institutions.get(r["iso3"], ()) + _split(r["names"])
    states = {
        r["iso3"]: State(r["iso3"], r["iso2"], r["short_name"], r["formal_name"], r["status"],
                         _split(r["aliases"]), demonyms.get(r["iso3"], ()), _split(r["capitals"]),
                         institutions.get(r["iso3"], ()))
        for r in _rows("states.csv")
    }
    bodies = {
        r["code"]: Body(r["code"], r["name"], r["kind"], r["parent"] or None, _split(r["aliases"]),
                        _split(r["anaphora"]), r.get("adopts_resolutions", "") == "yes",
                        r.get("hosts_missions", "") == "yes", r.get("hears_statements", "") == "yes")
        for r in _rows("bodies.csv")
    }
    sessions: dict[tuple[str, str], Session] = {}
    for r in _rows("sessions_chr.csv"):
        s = Session("CHR", int(r["number"]), False, _int(r["year"]), r["start_date"] or None, r["end_date"] or None)
        sessions[("CHR", s.key)] = s
    for r in _rows("sessions_hrc.csv"):
        s = Session("HRC", int(r["number"]), r["kind"] == "special", _int(r["year"]),
                    r["start_date"] or None, r["end_date"] or None)
        sessions[("HRC", s.key)] = s
    for r in _rows("sessions_ga.csv"):
        s = Session("GA", int(r["number"]), False, _int(r["year_opened"]))
        sessions[("GA", s.key)] = s
    return Reference(states, bodies, sessions)


@cache
def fixed_groups() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """groups.csv: the groups of States whose members do not change (the Nordic countries, the
    Benelux countries, the P5): code -> (the names a text calls it by, its members' ISO3 codes)."""
    if not reference_path("groups.csv").exists():
        return {}
    return {r["code"]: (_split(r["names"]), _split(r["members"])) for r in _rows("groups.csv")}


@cache
def shared_demonyms() -> dict[str, tuple[str, ...]]:
    """shared_demonyms.csv: the adjectives two States share ("Congolese": the DR Congo and the Congo), and the
    name ("Korea": the Republic and the Democratic People's Republic): each form, in every language -> the States
    it may mean, which the text's own names decide between."""
    if not reference_path("shared_demonyms.csv").exists():
        return {}
    return {form: _split(r["states"]) for r in _rows("shared_demonyms.csv") for form in _split(r["demonyms"])}


@cache
def shared_alone() -> dict[str, str]:
    """shared_demonyms.csv's ``alone`` column: the State a shared form means where the text names none of its
    States otherwise ("Korea" alone is the Republic of Korea, as its own texts call it; "Congolese" has none)."""
    if not reference_path("shared_demonyms.csv").exists():
        return {}
    return {form: r["alone"] for r in _rows("shared_demonyms.csv") if r.get("alone") for form in _split(r["demonyms"])}


@cache
def official_pages() -> tuple[tuple[str, tuple[str, ...], str, str, tuple[str, ...]], ...]:
    """official_pages.csv: the marks of pages a State's government publishes without naming the State, as (ISO3, the
    labels of its records' fields, the line its pages open with, the label of the field that names the speaker, the
    words its pages' first line holds)."""
    if not reference_path("official_pages.csv").exists():
        return ()
    return tuple((r["iso3"], _split(r["fields"]), r["opening"], r.get("speaker", ""), _split(r.get("title") or ""))
                 for r in _rows("official_pages.csv"))


@cache
def coalitions() -> dict[str, Body]:
    """coalitions.csv: the organisations and groups of States that speak with one voice but have no
    code in the record's list of bodies (CELAC, the GCC, CARICOM, the Pacific Islands Forum): code ->
    the body it is in the graph, so that a declaration of one of them can hold a position."""
    if not reference_path("coalitions.csv").exists():
        return {}
    return {r["code"]: Body(r["code"], r["name"], r["kind"], None, _split(r["aliases"])) for r in _rows("coalitions.csv")}


@cache
def issuers() -> tuple[str, ...]:
    """The bodies that adopt resolutions (``adopts_resolutions`` in bodies.csv), in table order."""
    return tuple(b.code for b in load_reference().bodies.values() if b.adopts_resolutions)


@cache
def forums() -> tuple[str, ...]:
    """The bodies that meet and hear statements (``hears_statements`` in bodies.csv): where a speech
    is delivered."""
    return tuple(b.code for b in load_reference().bodies.values() if b.hears_statements)


@cache
def mission_offices() -> tuple[str, ...]:
    """The offices States accredit permanent missions to (``hosts_missions`` in bodies.csv)."""
    return tuple(b.code for b in load_reference().bodies.values() if b.hosts_missions)


@dataclass(frozen=True)
class Names:
    """Names of States and bodies in one language other than English (``lexicon/<lang>/``)."""

    states: dict[str, tuple[str, ...]]  # iso3 -> names
    demonyms: dict[str, tuple[str, ...]]  # iso3 -> adjective forms, all inflections
    bodies: dict[str, tuple[str, ...]]  # code -> names
    anaphora: dict[str, tuple[str, ...]]  # code -> short forms that refer back to it


@cache
def load_names(lang: str) -> Names:
    """The ``lexicon/<lang>/states.csv`` and ``bodies.csv`` tables (empty where absent)."""
    states: dict[str, tuple[str, ...]] = {}
    demonyms: dict[str, tuple[str, ...]] = {}
    bodies: dict[str, tuple[str, ...]] = {}
    anaphora: dict[str, tuple[str, ...]] = {}
    if reference_path(f"lexicon/{lang}/states.csv").exists():
        for r in _rows(f"lexicon/{lang}/states.csv"):
            states[r["iso3"]] = _split(r.get("names", ""))
            demonyms[r["iso3"]] = _split(r.get("demonyms", ""))
    if reference_path(f"lexicon/{lang}/bodies.csv").exists():
        for r in _rows(f"lexicon/{lang}/bodies.csv"):
            bodies[r["code"]] = _split(r.get("names", ""))
            anaphora[r["code"]] = _split(r.get("anaphora", ""))
    return Names(states, demonyms, bodies, anaphora)


@dataclass(frozen=True)
class Officeholder:
    """A person who spoke for a State by office (``officeholders.csv``): head of State or of government,
    minister for foreign affairs, permanent representative to the United Nations, spokesperson; or an international
    post the person held (office ``international``, no State)."""

    iso3: str  # "" for an international post
    office: str
    names: tuple[str, ...]  # the full name as printed, then other spellings
    surnames: tuple[str, ...]  # the name used alone after a post ("Foreign Minister Lavrov"); none where it is too common
    start: int  # the years of the office
    end: int | None  # None: in office when the table was written


@cache
def load_officeholders() -> tuple[Officeholder, ...]:
    if not reference_path("officeholders.csv").exists():
        return ()
    return tuple(Officeholder(r["iso3"], r["office"], _split(r["names"]), _split(r["surnames"]), int(r["from"]),
                              _int(r["to"])) for r in _rows("officeholders.csv"))


@cache
def _sc_firsts() -> tuple[tuple[int, int], ...]:
    """(year, number of its first Security Council resolution), in year order."""
    if not reference_path("sc_resolutions.csv").exists():
        return ()
    return tuple(sorted((int(r["year"]), int(r["first"])) for r in _rows("sc_resolutions.csv")))


SC_YEAR_MOST = 100  # the most resolutions the Security Council has adopted in one year is 93 (1993)


def sc_beyond(number: int) -> bool:
    """A number the Security Council cannot have reached yet: past the table's last year's first by more than
    a year's resolutions for each year since, to this one ("resolution No. 7988" of the League of Arab States'
    Council; a table not brought up to date moves the bound on with the calendar)."""
    firsts = _sc_firsts()
    years = max(1, date.today().year - firsts[-1][0] + 1) if firsts else 1
    return bool(firsts) and number >= firsts[-1][1] + SC_YEAR_MOST * years


def sc_year(number: int) -> int | None:
    """The year a Security Council resolution was adopted, from its number (None before the table)."""
    firsts = _sc_firsts()
    if not firsts or number < firsts[0][1]:
        return None
    year = max(y for y, first in firsts if first <= number)
    years = [y for y, _ in firsts]
    later = [y for y in years if y > year]
    if later and later[0] != year + 1:
        return None  # the table does not say where this year's numbers end: no year is guessed
    return year


@cache
def _ga_spans() -> tuple[tuple[int, int, str], ...]:
    """(first, last, session) of the General Assembly's resolution numbers 1-3541, in number order:
    the span of each session the table confirms (``resolutions_ga.csv``)."""
    if not reference_path("resolutions_ga.csv").exists():
        return ()
    rows = _rows("resolutions_ga.csv")
    return tuple(sorted((int(r["first_resolution"]), int(r["last_resolution"]), r["session"]) for r in rows))


@cache
def ga_subjects() -> dict[str, tuple[str, re.Pattern[str]]]:
    """Bare numbers of Assembly resolutions the Council has since reached too, with their session and
    a pattern of the words of their subject (``resolutions_ga_subjects.csv``)."""
    if not reference_path("resolutions_ga_subjects.csv").exists():
        return {}
    return {r["number"]: (r["session"], re.compile(r"\b(?:" + "|".join(re.escape(c) for c in r["cues"].split("|")) + ")", re.I))
            for r in _rows("resolutions_ga_subjects.csv")}


def ga_session(number: int) -> str | None:
    """The session, as the Assembly printed it ("XXVI", "S-VI", "ES-IV"), that adopted a resolution
    numbered before 1976, where the table's confirmed span holds the number or the subject table
    (``resolutions_ga_subjects.csv``) lists it (None elsewhere)."""
    spanned = next((session for first, last, session in _ga_spans() if first <= number <= last), None)
    known = ga_subjects().get(str(number))  # a number the subject table places, at a span's unconfirmed edge (2625)
    return spanned or (known[0] if known else None)
