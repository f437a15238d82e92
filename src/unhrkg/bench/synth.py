"""Synthetic corpora in the genre, deterministic from a seed.

    python -m unhrkg.bench.synth --docs 10000 --out /tmp/corpus [--seed 7]

Writes notes verbales and letters from Permanent Missions (to the Commission on Human
Rights or the Human Rights Council, with a header block, symbol, session, agenda item,
title line, signature block, positions on resolutions, who tabled them, citations),
Council decisions and Secretary-General reports, with page-footer job numbers, broken
words and typos as PDF conversion leaves them. Everything is drawn from the reference
tables: the 193 Member States, CHR sessions 36-61 and HRC sessions 1-58 with their
years, and resolutions numbered as each body numbers them (thousands of them), so the
graph fans out as the real one does. ``manifest.jsonl`` says what each file states.
The same seed and size give the same bytes; a smaller size gives a prefix of a larger one.
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict
from pathlib import Path

from unhrkg.bench import templates
from unhrkg.bench.world import Doc, Truth, World

MANIFEST = "manifest.jsonl"
KINDS = (("chr_note", 0.28), ("hrc_letter", 0.27), ("hrc_note", 0.15), ("untitled_note", 0.05),
         ("decision", 0.10), ("report", 0.15))


def document(world: World, index: int) -> tuple[str, Truth]:
    """The index-th document: its text and what it states."""
    rng = random.Random(world.rng.getrandbits(64))
    kind = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
    body = "CHR" if kind in ("chr_note",) or (kind in ("report", "untitled_note") and rng.random() < 0.5) else "HRC"
    session = rng.choice(world.chr if body == "CHR" else world.hrc)
    name = f"d{index // 1000:03d}/{index:06d}_{kind}.txt"
    doc = Doc(rng, session, Truth(name, kind, None, "other"))
    text = templates.BUILDERS[kind](doc, world)
    return text, doc.truth


def generate(docs: int, out: str | Path, seed: int = 7, offset: int = 0) -> list[Truth]:
    """Write ``docs`` documents and their manifest under ``out``; return the manifest.

    ``offset`` shifts every symbol number (a corpus whose symbols do not clash with another's).
    """
    root = Path(out)
    world = World(seed, offset)
    truths = []
    root.mkdir(parents=True, exist_ok=True)
    with (root / MANIFEST).open("w", encoding="utf-8") as fh:
        for i in range(docs):
            text, truth = document(world, i)
            path = root / truth.file
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            fh.write(json.dumps(asdict(truth), ensure_ascii=False) + "\n")
            truths.append(truth)
    return truths


def read_manifest(folder: str | Path) -> list[Truth]:
    """The manifest a generated corpus carries."""
    with (Path(folder) / MANIFEST).open(encoding="utf-8") as fh:
        return [Truth(**json.loads(line)) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unhrkg.bench.synth", description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, required=True, help="how many documents to write")
    parser.add_argument("--out", required=True, help="folder to write them to (created)")
    parser.add_argument("--seed", type=int, default=7, help="the seed (default 7)")
    args = parser.parse_args(argv)
    truths = generate(args.docs, args.out, args.seed)
    print(f"wrote {len(truths)} documents and {MANIFEST} to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
