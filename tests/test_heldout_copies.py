"""scripts/heldout_copies.py lists the texts of a new held-out set that an earlier set already holds."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import ROOT

SCRIPT = ROOT / "scripts" / "heldout_copies.py"
STATEMENT = ("The Ministry of Foreign Affairs of the Republic of Kenya welcomes the adoption of resolution 53/1 by the "
             "Human Rights Council and thanks the core group for its leadership throughout the negotiations in Geneva.")


def run(new: Path, against: Path) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, str(SCRIPT), str(new), "--against", str(against)],
                          capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


def sets(tmp_path: Path, earlier: str, new: str) -> tuple[Path, Path]:
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    (tmp_path / "old" / "a.txt").write_text(earlier, encoding="utf-8")
    (tmp_path / "new" / "b.txt").write_text(new, encoding="utf-8")
    return tmp_path / "new", tmp_path


def test_a_text_reposted_with_a_page_header_is_a_copy(tmp_path: Path) -> None:
    new, data = sets(tmp_path, STATEMENT, "Home | News | Press releases\n\n" + STATEMENT.replace("Geneva.", "Geneva!"))
    status, out, err = run(new, data)
    assert status == 1
    assert "b.txt" in out and "old/a.txt" in out and "1 of 1 texts" in err


def test_another_text_on_the_same_subject_is_no_copy(tmp_path: Path) -> None:
    other = ("Kenya's delegation voted in favour of resolution 53/1 in Geneva today, the Foreign Ministry said, and "
             "called on all States to engage with the Council's mechanisms in good faith.")
    new, data = sets(tmp_path, STATEMENT, other)
    assert run(new, data)[0] == 0


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    status, _, err = run(tmp_path / "none", tmp_path)
    assert status == 2 and "none: not a folder" in err
