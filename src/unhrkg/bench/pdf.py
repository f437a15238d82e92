"""The real-PDF stage of the benchmark: text out of a folder of PDFs, ours (pdfium) against pypdf.

    python -m unhrkg.bench.pdf [--dir ../shared/corpus/pdf] [--repeat 3]

Ours is `unhrkg.read.pdf.pdf_to_text` as the pipeline calls it (reading order, page furniture
dropped, OCR where a PDF has no text layer); pypdf is `PdfReader(...).pages[i].extract_text()`,
measured only where it is installed (the `test` extra), with its warnings kept off the terminal.
Both read the same files in the same run; the best of `--repeat` runs counts for each.
"""
from __future__ import annotations

import argparse
import logging
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from unhrkg.errors import InputError


@dataclass
class Run:
    """One reader over one folder: what it read, what it failed on, how long it took."""

    reader: str
    files: int
    pages: int
    megabytes: float
    seconds: float
    failed: list[str]

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0


def _ours(path: Path) -> int:
    import pypdfium2

    from unhrkg.read.pdf import pdf_to_text

    pdf_to_text(path)
    doc = pypdfium2.PdfDocument(str(path))  # pages counted apart from the timed text, cheaply
    try:
        return len(doc)
    finally:
        doc.close()


def _pypdf(path: Path) -> int:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    for page in reader.pages:
        page.extract_text()
    return len(reader.pages)


def measure(reader: str, read: Callable[[Path], int], files: list[Path], repeat: int = 1) -> Run:
    """Time one reader over the files; the best of `repeat` passes."""
    best: Run | None = None
    for _ in range(max(repeat, 1)):
        pages, failed, seconds = 0, [], 0.0
        for path in files:
            start = time.perf_counter()
            try:
                pages += read(path)
            except (InputError, Exception) as exc:  # a failure is counted, not fatal
                failed.append(f"{path.name}: {str(exc).splitlines()[0][:100]}")
            seconds += time.perf_counter() - start
        megabytes = sum(p.stat().st_size for p in files) / 2**20
        run = Run(reader, len(files), pages, megabytes, seconds, failed)
        best = run if best is None or run.seconds < best.seconds else best
    assert best is not None
    return best


def bench(folder: Path, repeat: int = 1) -> list[Run]:
    """Ours, and pypdf where it is installed, over every PDF of a folder."""
    files = sorted(folder.glob("*.pdf"))
    if not files:
        raise InputError(f"{folder}: no PDF files")
    runs = [measure("ours (pdfium)", _ours, files, repeat)]
    try:
        import pypdf  # noqa: F401
    except ImportError:
        return runs
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # dozens of warnings on ODS files
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        runs.append(measure("pypdf", _pypdf, files, repeat))
    return runs


def report(runs: list[Run]) -> str:
    """The runs as a Markdown table, with how many times faster ours is, and the failures."""
    lines = ["| reader | files | pages | MB | seconds | pages/s | MB/s | failed |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in runs:
        lines.append(f"| {r.reader} | {r.files} | {r.pages:,} | {r.megabytes:.1f} | {r.seconds:.2f} | "
                     f"{r.pages_per_s:,.0f} | {r.mb_per_s:.2f} | {len(r.failed)} |")
    if len(runs) > 1 and runs[0].seconds:
        lines.append(f"\nours is {runs[1].seconds / runs[0].seconds:.1f}x faster than pypdf "
                     f"(time ratio, over the files each read)")
    for r in runs:
        lines += [f"{r.reader} failed on {name}" for name in r.failed]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unhrkg.bench.pdf", description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(__file__).resolve().parents[3] / "tests" / "data" / "pdf",
                        help="folder of PDFs (default: the 15 ODS PDFs of tests/data/pdf)")
    parser.add_argument("--repeat", type=int, default=1, help="passes per reader; the best counts")
    args = parser.parse_args(argv)
    try:
        print(report(bench(args.dir, args.repeat)))
    except InputError as exc:
        print(f"error: {exc}")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
