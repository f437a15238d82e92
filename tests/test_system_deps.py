"""scripts/system-deps.sh says which Debian packages it installs and why before it does, and where
it cannot install them, says so and which tests will be skipped; those tests then skip visibly.

The script runs here only in ways that install nothing: ``--check``, or with a PATH that holds
no apt-get (then it cannot install, whatever it is asked).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from helpers import ROOT


SCRIPT = ROOT / "scripts" / "system-deps.sh"
BASH = shutil.which("bash") or "/bin/bash"
PACKAGES = ("chromium", "chromium-driver", "virtuoso-opensource-7-bin", "tesseract-ocr", "tesseract-ocr-eng",
            "tesseract-ocr-fra", "tesseract-ocr-spa", "antiword")


def run(*args: str, path: Path | None = None, prefix: tuple[str, ...] = (), script: Path = SCRIPT) -> tuple[int, list[str]]:
    """Run the script (with only ``path`` as PATH when given); its status and output lines."""
    env = {"PATH": str(path) if path else os.environ["PATH"], "LANG": "C.UTF-8"}
    done = subprocess.run([*prefix, BASH, str(script), *args], capture_output=True, text=True, env=env, timeout=60)
    return done.returncode, (done.stdout + done.stderr).splitlines()


def apt_only(folder: Path) -> Path:
    """A PATH folder holding apt-get and nothing else: no dpkg-query, no sudo, none of the programs."""
    folder.mkdir(mode=0o755)
    (folder / "apt-get").symlink_to(shutil.which("apt-get") or "/usr/bin/apt-get")
    return folder


def check_listing(lines: list[str]) -> int:
    """Every package is named with what it is for, before anything else is said; returns where the list ends."""
    assert lines[0] == "system-deps: missing Debian packages, and what each is for:"
    for i, package in enumerate(PACKAGES, start=1):
        assert re.fullmatch(rf"system-deps:   {re.escape(package)}: \w.+", lines[i]), lines[i]
    assert any("Virtuoso" in line for line in lines[1:9]) and any(".doc files" in line for line in lines[1:9])
    return len(PACKAGES) + 1


def check_skipped(lines: list[str]) -> None:
    """The tests named as skipped exist, each once, with the packages they lack."""
    at = lines.index("system-deps: without them these tests will be skipped, each with its reason in pytest's summary:")
    named = lines[at + 1:]
    assert [line.rsplit(" (no ", 1)[1] for line in named] == [
        "chromium, chromium-driver)", "virtuoso-opensource-7-bin)", "tesseract-ocr, tesseract-ocr-eng)"]
    for path in re.findall(r"tests/\w+\.py", " ".join(named)):
        assert (ROOT / path).exists(), path


def test_check_only_reports() -> None:
    """On this machine (set up by make test): everything present, nothing to do, nothing installed."""
    code, lines = run("--check")
    assert code in (0, 3) and all(line.startswith("system-deps: ") for line in lines)
    assert not any("installing them now" in line for line in lines)
    if code == 0:
        assert lines == [f"system-deps: all present: {' '.join(PACKAGES)}"]


@pytest.mark.parametrize("mode", [(), ("--check",)])
def test_without_apt_get_it_says_it_cannot_install_and_what_is_skipped(tmp_path: Path, mode: tuple[str, ...]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, lines = run(*mode, path=empty)
    assert code == 3
    end = check_listing(lines)
    assert lines[end] == ("system-deps: cannot install them: no apt-get on this machine (not Debian or Ubuntu): "
                          "install the equivalents with your package manager")
    check_skipped(lines)


def test_as_root_check_names_the_command_it_would_run(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("runs as root only (the non-root case is the next test)")
    code, lines = run("--check", path=apt_only(tmp_path / "bin"))
    end = check_listing(lines)
    assert code == 3 and lines[end] == ("system-deps: would install them with: apt-get install -y -qq "
                                        f"--no-install-recommends {' '.join(PACKAGES)} (--check installs nothing)")
    assert lines[end + 1].startswith("system-deps: until they are installed these tests are skipped")


def test_not_root_and_no_sudo_it_says_how_to_install() -> None:
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:  # become nobody for the run
        setpriv = shutil.which("setpriv")
        if not setpriv:
            pytest.skip("setpriv (util-linux) not found: cannot run the script as another user")
        prefix = (setpriv, "--reuid=65534", "--regid=65534", "--clear-groups")
    folder = Path(tempfile.mkdtemp(prefix="unhrkg-system-deps-"))  # not under tmp_path: nobody must reach it
    try:
        folder.chmod(0o755)
        script = folder / "system-deps.sh"  # a copy nobody can read (the checkout may sit in a private folder)
        shutil.copyfile(SCRIPT, script)
        script.chmod(0o644)
        for mode in ((), ("--check",)):
            code, lines = run(*mode, path=apt_only(folder / (mode[0] if mode else "install")), prefix=prefix,
                              script=script)
            end = check_listing(lines)
            assert code == 3 and lines[end] == ("system-deps: cannot install them: not root, and no sudo without a "
                                                "password: run 'sudo bash scripts/system-deps.sh' once")
            check_skipped(lines)
    finally:
        shutil.rmtree(folder)


def test_bad_usage() -> None:
    code, lines = run("--install-everything")
    assert code == 2 and lines == ["system-deps: usage: bash scripts/system-deps.sh [--check]"]


@pytest.mark.parametrize("required", [False, True])
def test_a_test_whose_program_is_missing_skips_with_the_reason(tmp_path: Path, required: bool) -> None:
    """A real test of the suite, run with a PATH without Tesseract: skipped, the package named in the
    summary; failed instead where make test had every package (UNHRKG_SYSTEM_DEPS=required)."""
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**os.environ, "PATH": str(empty), "COLUMNS": "200"}
    env.pop("UNHRKG_SYSTEM_DEPS", None)
    if required:
        env["UNHRKG_SYSTEM_DEPS"] = "required"
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                           "tests/read/test_read_pdf.py::test_a_scanned_pdf_is_ocred"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    reason = "tesseract not found: needs the Debian package tesseract-ocr; run 'sudo bash scripts/system-deps.sh'"
    summary = done.stdout.split("short test summary info", 1)[-1]
    if required:
        assert f"Failed: {reason}" in done.stdout and "1 failed" in summary and done.returncode == 1, done.stdout
    else:
        assert re.search(r"^SKIPPED \[1\] tests/\S+: " + re.escape(reason), summary, re.M), done.stdout
        assert "1 skipped" in summary and done.returncode == 0
