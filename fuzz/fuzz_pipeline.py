"""Coverage-guided fuzzing of read -> extract -> map with atheris (outside CI).

    pip install atheris
    python fuzz/fuzz_pipeline.py -max_total_time=600 fuzz/corpus

Any exception other than the project's InputError is a bug: atheris stops and writes the
crashing input to a crash-* file. Seeds: the documents in data/corpus (copied to
fuzz/corpus on first run).
"""
from __future__ import annotations

import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from unhrkg.errors import InputError
    from unhrkg.extract import extract
    from unhrkg.map.document import map_record
    from unhrkg.read import decode, normalise
    from unhrkg.model.record import check_record

WHEN = datetime(2026, 1, 1, tzinfo=timezone.utc)


def one_input(data: bytes) -> None:
    try:
        text = normalise(decode(data))
    except InputError:
        return
    record = extract(text, file="fuzz.txt")
    problems = check_record(record)
    if problems:
        raise AssertionError(f"malformed record: {problems}")
    map_record(record, "0" * 64, "fuzz.txt", WHEN)


def main() -> None:
    seeds = Path(__file__).parent / "corpus"
    if not seeds.exists():
        seeds.mkdir()
        for doc in (Path(__file__).parents[1] / "data" / "corpus").glob("*.txt"):
            shutil.copy(doc, seeds / doc.name)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
