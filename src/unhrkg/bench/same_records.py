"""Whether a change to the extractor's mechanics left every record and every graph as it was.

    python -m unhrkg.bench.same_records save DIR [FOLDER ...]
    python -m unhrkg.bench.same_records check DIR [FOLDER ...]

For each folder of documents (a 2,000-document synthetic corpus, generated under
$TMPDIR if missing, and every folder of tests/data, and the folders named), ``save`` writes what the pipeline makes of
each file: the full record (rules, evidence and spans included), the outcome of preparing it
for the store (loaded or quarantined, and why), and its graph and entities as sorted N-Quads.
``check`` makes them again and compares them with the saved ones byte for byte, listing the
files whose record or graph differs. Save with the code before a change, check after it.

Only interfaces that have been stable for long are used (``read_text``, ``extract``,
``prepare_file``), so that the same script saves a baseline from an older checkout
(``PYTHONPATH=old/src python src/unhrkg/bench/same_records.py save ...``).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

WHEN = datetime(2024, 1, 1, tzinfo=UTC)  # a fixed generation time: graphs compare across runs
SYNTH_DOCS = 2000
REPO = Path(__file__).resolve().parents[3]


def default_folders() -> list[Path]:
    """The synthetic corpus (written if missing) and every folder of documents under tests/data."""
    from unhrkg.bench.synth import generate

    synth = Path(tempfile.gettempdir()) / f"same-records-synth-{SYNTH_DOCS}"
    if not (synth / "manifest.jsonl").is_file():
        generate(SYNTH_DOCS, synth, 7)
    data = REPO / "tests" / "data"
    return [synth] + sorted(p for p in data.iterdir() if p.is_dir())


def _set_name(folder: Path) -> str:
    """A file name for a folder's outputs: its path in the checkout (the same in every checkout,
    so that one saves and another checks), else its whole path, with the separators replaced."""
    folder = folder.resolve()
    try:
        path = "checkout/" + folder.relative_to(REPO).as_posix()
    except ValueError:
        path = folder.as_posix()
    return path.strip("/").replace("/", "__")


def _graph_lines(nt: str, graph: str | None) -> list[str]:
    """N-Triples lines as N-Quads lines in ``graph``."""
    tail = f" <{graph}> .\n" if graph else " .\n"
    return [line[:-2].rstrip() + tail for line in nt.splitlines(keepends=True) if line.strip()]


def dump(folder: Path) -> dict[str, str]:
    """What the pipeline makes of each document under ``folder``: records, outcomes and graphs as text."""
    from unhrkg.extract import extract
    from unhrkg.pipeline.discover import collect
    from unhrkg.pipeline.prepare import prepare_file
    from unhrkg.read import read_text

    here = os.getcwd()
    os.chdir(folder)  # paths in the records and graphs relative to the folder, as on any machine
    try:
        files, _ = collect(["."])
        records, outcomes, quads = [], [], []
        for path in files:
            try:
                records.append(json.dumps(asdict(extract(read_text(path), file=str(path))), ensure_ascii=False))
            except Exception as exc:  # noqa: BLE001 - a failure is an output to compare too
                records.append(json.dumps({"file": str(path), "error": f"{type(exc).__name__}: {exc}"}))
            prepared = prepare_file((path, str(path), None, True, WHEN))
            outcome = prepared.outcome
            outcomes.append(json.dumps([outcome.path, outcome.status, outcome.message, outcome.graph, prepared.doc]))
            quads += _graph_lines(prepared.nt, outcome.graph) + _graph_lines(prepared.entities, "entities")
    finally:
        os.chdir(here)
    return {"records.jsonl": "\n".join(records) + "\n", "outcomes.jsonl": "\n".join(outcomes) + "\n",
            "graphs.nq": "".join(sorted(quads))}


def _around(x: str, y: str, reach: int = 150) -> tuple[str, str]:
    """The two lines around where they first differ."""
    at = next((i for i, (c, d) in enumerate(zip(x, y)) if c != d), min(len(x), len(y)))
    start = max(0, at - reach)
    return x[start:at + reach], y[start:at + reach]


def _first_differences(old: str, new: str, shown: int = 5) -> list[str]:
    """The first lines that differ (by position in the sorted or per-file output), around the difference."""
    a, b = old.splitlines(), new.splitlines()
    out = ["    line {}:\n      was {}\n      now {}".format(i + 1, *_around(x, y))
           for i, (x, y) in enumerate(zip(a, b)) if x != y][:shown]
    if len(a) != len(b):
        out.append(f"    {len(a)} lines before, {len(b)} now")
    return out


def save(target: Path, folders: list[Path]) -> None:
    for folder in folders:
        outputs = dump(folder)
        out = target / _set_name(folder)
        out.mkdir(parents=True, exist_ok=True)
        for name, text in outputs.items():
            (out / name).write_text(text, encoding="utf-8")
        print(f"saved {folder}: {outputs['records.jsonl'].count(chr(10))} records")


def check(target: Path, folders: list[Path]) -> bool:
    """Compare with the saved outputs; True when every one is the same."""
    same = True
    for folder in folders:
        saved = target / _set_name(folder)
        outputs = dump(folder)
        for name, text in outputs.items():
            old = (saved / name).read_text(encoding="utf-8") if (saved / name).is_file() else None
            if old == text:
                continue
            same = False
            print(f"DIFFERENT {folder} {name}")
            print("\n".join(_first_differences(old or "", text)))
        print(f"checked {folder}: {outputs['records.jsonl'].count(chr(10))} records")
    print("SAME" if same else "DIFFERENT")
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unhrkg.bench.same_records", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("dir", type=Path, help="where the outputs are saved")
    parser.add_argument("folders", nargs="*", type=Path, help="more folders of documents (beside the default ones)")
    parser.add_argument("--only", action="store_true", help="only the folders given, not the default ones")
    args = parser.parse_args(argv)
    folders = ([] if args.only else default_folders()) + [f.resolve() for f in args.folders]
    if args.action == "save":
        save(args.dir, folders)
        return 0
    return 0 if check(args.dir, folders) else 1


if __name__ == "__main__":
    sys.exit(main())
