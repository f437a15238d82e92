"""Property tests (hypothesis) over read, extract and map: never an unhandled exception,
always a record of the SCHEMA form, every mapped graph conforms or is reported."""
from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unhrkg.extract import extract
from unhrkg.map.document import map_record
from unhrkg.map.reference import reference_graph
from unhrkg.read import decode, normalise
from unhrkg.model.record import SCHEMA_FIELDS, DocumentRecord, check_record
from unhrkg.validate import validate_graph

FRAGMENTS = [
    "Letter dated 28 February 2005 from the Permanent Representative of ", "Note verbale dated 31 February 2005 ",
    "addressed to the High Commissioner for Human Rights", "E/CN.4/2005/G/13", "E1CN.412003 /Gil 3", "A/HRC/S-9/1",
    "Sixty-first session", "Fiifiy-ninth session", "Item 9 of the provisional agenda", "Agenda item 112 (e)",
    "resolution 2003/10", "Council resolution 5/1", "resolutions 2003/10 and 2004/13", "resolution 497 (1981)",
    "rejects the resolution", "welcomes resolution", "tabled by the European Union", "(Signed): Ri TCHEUL",
    "Ambassador", "Permanent Representative of Egypt", "Democratic People's Republic of Korea", "DPRK", "Cameroun",
    "GE.05-11601 (E) 040305", "**bold**", "Original: FRENCH", "\n", "\n\n", "\r\n", " ", ".", ",", "(", ")",
    "1 0ctober 2025", "December 2nd, 2019", "Distr.\nGENERAL", "President of the Human Rights Council",
]
documents = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=40).map("".join)
REFERENCE = reference_graph()
WHEN = datetime(2026, 1, 1, tzinfo=timezone.utc)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=300))
def test_decode_never_fails(data: bytes) -> None:
    assert isinstance(decode(data), str)


def test_a_utf16_file_cut_after_an_odd_byte_still_decodes() -> None:
    assert decode("Note verbale".encode("utf-16") + b"\x00").startswith("Note verbale")
    assert isinstance(decode(b"\xfe\xff" + b"\x00" * 11), str)


@SETTINGS
@given(documents)
def test_extract_gives_a_well_formed_record(text: str) -> None:
    record = extract(normalise(text), file="prop.txt")
    assert isinstance(record, DocumentRecord)
    assert check_record(record) == []
    assert list(record.to_dict()) == list(SCHEMA_FIELDS)
    assert DocumentRecord.from_dict(record.to_dict(review=True)).to_dict() == record.to_dict()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_every_mapped_graph_conforms_or_is_reported(text: str) -> None:
    record = extract(normalise(text), file="prop.txt")
    mapped = map_record(record, "ab" * 32, "prop.txt", WHEN)
    result = validate_graph(mapped.graph, REFERENCE, source=str(mapped.graph_iri))
    assert result.conforms or all(v.message and v.focus for v in result.violations)
