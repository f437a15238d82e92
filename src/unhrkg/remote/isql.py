"""Virtuoso's SQL client, ``isql-vt``: statements run on a server's SQL port, and its failures
as one line each (the program missing, no server at the address, a refused login, a folder
the server may not read).

``isql-vt`` exits 0 when a statement fails, printing ``*** Error`` (and goes on with the
next), so the output is read for that. It takes the password as an argument: it shows in the process
list of this machine while the statement runs.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from unhrkg.errors import EndpointError

VIRTUOSO_HINT = "install the Debian package virtuoso-opensource-7-bin (scripts/system-deps.sh)"
_ERROR = re.compile(r"\*\*\* Error \S+ (?:\[[^\]]*\])*(.*)")  # after the code, the driver's [tags]
_MARKED = re.compile(r"^@@(.*)@@\s*$", re.MULTILINE)


def program(name: str, hint: str) -> str:
    """A program, beside this interpreter or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise EndpointError(f"{name} not found: {hint}")
    return found


def sql_text(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def marked(output: str) -> list[list[str]]:
    """The rows a statement printed as ``'@@' || a || '@@' || b || '@@'``: a SQL client's table
    has no other reliable boundaries."""
    return [row.split("@@") for row in _MARKED.findall(output)]


@dataclass(frozen=True)
class Isql:
    """A Virtuoso SQL port (HOST:PORT, its ``[Parameters] ServerPort``) and the account to use there."""

    address: str
    user: str = "dba"
    password: str = "dba"

    def run(self, *statements: str, timeout: float | None = 600) -> str:
        """Run the statements, one after another; their output, or an EndpointError in one line.
        They go on stdin, one a line, with macro substitution off: given with ``exec=``, isql-vt
        reads '$x' as a macro and breaks a statement at '%u'."""
        lines = "".join(" ".join(s.split()).rstrip(";") + ";\n" for s in statements)
        command = [program("isql-vt", VIRTUOSO_HINT), self.address, self.user, self.password]
        try:
            done = subprocess.run(command, input=f"SET MACRO_SUBSTITUTION OFF;\n{lines}", capture_output=True,
                                  text=True, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise EndpointError(f"isql-vt {self.address}: no answer in {timeout:g} s to {lines[:80]!r}") from exc
        output = done.stdout + done.stderr
        error = _ERROR.search(output)
        if error or done.returncode != 0:
            raise EndpointError(self._explain(error.group(1).strip() if error else output.strip()[-300:]))
        return done.stdout

    def _explain(self, error: str) -> str:
        """The error, with what to do where it is a usual one."""
        if "CL033" in error:
            return f"no Virtuoso answers on its SQL port {self.address}: give its [Parameters] ServerPort ({error})"
        if "CL034" in error or "28000" in error:
            return (f"Virtuoso at {self.address} refused the login of {self.user!r}: check the user and password "
                    f"({error})")
        if re.search(r"FA0(03|04|16|18)", error):
            return f"Virtuoso may not read that folder: add it to DirsAllowed in its virtuoso.ini ({error})"
        return f"isql-vt {self.address}: {error}"
