"""The scorer: fields honoured per entry, header and entity micro averages, genres, rules of false positives."""
from __future__ import annotations

from pathlib import Path

import yaml

from unhrkg.extract.evaluate import ENTITY_FIELDS, HEADER_FIELDS, evaluate, format_table

TEXT = ("United Nations\nA/HRC/22/G/1\nDistr.: General\n2 November 2012\nOriginal: English\n\n"
        "Note verbale dated 5 October 2012 from the Permanent Mission of the Syrian Arab Republic addressed to "
        "the Office of the High Commissioner for Human Rights\n\nThe Mission rejects Human Rights Council "
        "resolution 19/14.\n")


def gold_file(tmp_path: Path, entry: dict) -> Path:
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump([{"file": "doc.txt", **entry}]), encoding="utf-8")
    return path


def test_the_header_and_entity_groups_split_the_fields() -> None:
    assert set(HEADER_FIELDS) & set(ENTITY_FIELDS) == set()
    assert "issued" in HEADER_FIELDS and "positions" in ENTITY_FIELDS and "author_states" in HEADER_FIELDS


def test_an_entry_with_fields_is_scored_on_those_only(tmp_path: Path) -> None:
    result = evaluate(gold_file(tmp_path, {"symbol": "A/HRC/22/G/1", "issued": "2012-11-02",
                                           "fields": ["symbol", "issued"]}))
    assert set(result.fields) == {"symbol", "issued"}
    assert result.group("header").f1 == 1.0 and result.group("entity").tp + result.group("entity").fp == 0


def test_a_false_positive_names_the_rule_that_produced_it(tmp_path: Path) -> None:
    result = evaluate(gold_file(tmp_path, {"symbol": "A/HRC/22/G/1", "issued": "2012-11-03", "positions": []}))
    wrong = {m["field"]: m.get("rule") for m in result.misses if m["kind"] == "false_positive"}
    assert wrong["issued"] == "distr-date"
    assert wrong["positions"].startswith("cue-rejects")
    table = format_table(result, details=True)
    assert "[rule: distr-date]" in table and "header micro" in table and "entity micro" in table


def test_scores_are_kept_per_genre(tmp_path: Path) -> None:
    result = evaluate(gold_file(tmp_path, {"symbol": "A/HRC/22/G/1"}))
    assert list(result.genres) == ["letter"] and result.genre_documents["letter"] == 1
    assert "genres" in result.to_dict() and "letter" in format_table(result)


def test_a_field_with_nothing_to_score_shows_no_figure(tmp_path: Path) -> None:
    result = evaluate(gold_file(tmp_path, {"symbol": "A/HRC/22/G/1", "fields": ["symbol"]}))
    line = next(ln for ln in format_table(result).splitlines() if ln.startswith("entity micro"))
    assert line.split()[2:5] == ["-", "-", "-"]


def test_a_signatory_s_apostrophes_are_compared_folded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from unhrkg.extract.evaluate import _key

    gold = {"name": "Vladislav Jovanovic", "titles": ["Chargé d\u2019affaires a.i."]}
    read = {"name": "Vladislav Jovanovic", "titles": ["Chargé d'affaires a.i."]}
    assert _key("signatories", gold) == _key("signatories", read)
    assert _key("signatories", {"name": "A", "titles": ["x"]}) != _key("signatories", {"name": "A", "titles": ["y"]})


def test_an_agenda_item_printed_without_its_space_is_the_same_item() -> None:
    from unhrkg.extract.evaluate import _key

    assert _key("agenda_items", "68(a)") == _key("agenda_items", "68 (a)")
    assert _key("agenda_items", "68 (a)") != _key("agenda_items", "68 (b)")
