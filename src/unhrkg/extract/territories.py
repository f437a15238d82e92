"""Names that are no State of today although they hold a State's name or demonym: territories, regions, languages
and institutions that block a match (``TERRITORIES``), and the former States named as two of today's joined
("Serbia and Montenegro"), which the gazetteer reads by their place in the text."""
from __future__ import annotations

import re
from functools import cache

from unhrkg.model.reference import load_reference

# Names that are not States although they contain a State's name or demonym.
TERRITORIES = (
    "Occupied Palestinian Territory", "Occupied Palestinian Territories", "Palestinian Territory",
    "Occupied Syrian Golan", "Syrian Golan", "American Samoa", "Western Sahara", "Hong Kong",
    "Puerto Rico", "New Caledonia", "French Polynesia", "Gaza Strip", "Latin America",
    "Latin American", "South America", "North America", "Central America", "Central American",
    "Arab States", "Arab Group", "Indian Ocean", "Northern Ireland", "Republic of China", "Niger River",
    "South Georgia",  # the islands ("South Georgia and the South Sandwich Islands"), not Georgia
    # the continent's, not the United States' ("American" is the United States' demonym)
    *(f"{w} {s}" if not w.endswith("-") else f"{w}{s}" for w in ("North", "South", "Central", "Latin", "African", "Native",
                                                                  "Inter-", "Ibero-", "Pan-", "Afro-", "Anglo-")
      for s in ("American", "Americans")),
    "Organization of American States", "Organisation of American States", "American States", "American Convention",
    "American Declaration", "American continent", "American hemisphere", "American University",
    # an item's, an agency's or a commission's name, not the State ("the Question of Palestine", "UNRWA for Palestine Refugees")
    "Question of Palestine", "Palestine Refugees", "Palestine refugees", "Conciliation Commission for Palestine",
    # a community of Cyprus, not Greece or Türkiye ("the Greek Cypriot side", "the Turkish Cypriot people")
    "Greek Cypriot", "Greek Cypriots", "Turkish Cypriot", "Turkish Cypriots",
    # a region where a State was: "the International Tribunal for the former Yugoslavia", "the former Soviet Union's republics"
    "former Yugoslavia", "Former Yugoslavia", "former Soviet Union", "Former Soviet Union", "Yugoslavia Tribunal",
    # the peninsula's names and a party's and a news service's, not either State ("via Korea News Service (KNS)", as
    # KCNA's texts are relayed; "the Workers' Party of Korea", "the East Sea of Korea", "the Korea Strait")
    "Korea News Service", "Workers' Party of Korea", "East Sea of Korea", "Korea Strait", "Korea Bay", "Korean Peninsula",
    # a sea, an island, a capital: "the Gulf of Guinea", "New Guinea", "Port of Spain"
    "Gulf of Guinea", "New Guinea", "Port of Spain", "Port-of-Spain",
    # waters, islands and basins named after a State: "the Sea of Oman", "Lake Chad", "Bassas da India"
    "Gulf of Oman", "Sea of Oman", "Gulf of Mexico", "Sea of Japan", "Gulf of Thailand", "Lake Chad", "Lake Chad Basin",
    "Lake Malawi", "Niger Delta", "Congo Basin", "Congo River", "Bassas da India",
    # a language, not the State: "spoke in Spanish", "translated into French" (not "in French waters")
    *(f"{verb} {prep} {lang}" for verb in ("spoke", "speaks", "wrote", "written", "delivered", "read", "published", "translated")
      for prep in ("in", "into") for lang in ("French", "Spanish")),
)


@cache
def joined_former() -> frozenset[str]:
    """The former States whose name joins two States of today's ("Serbia and Montenegro", "Serbia y Montenegro")."""
    ref = load_reference()
    today = {n for s in ref.states.values() if s.status != "former" for n in s.names}
    return frozenset(s.iso3 for s in ref.states.values() if s.status == "former"
                     and any(len(parts) == 2 and set(parts) <= today for n in s.names
                             for parts in [JOINED.split(n)]))


GLOSS_OPEN = re.compile(r"\(\s*$")
JOINED = re.compile(r"\s+(?:and|et|y)\s+")
LIST_GOES_ON = re.compile(r"\s*(?:,|(?:and|et|y)\s)")
LISTED_BEFORE = re.compile(r"[^\W\d_][\w'’.-]*\s*,\s*$")  # a name, then a comma: the name is a list's item
