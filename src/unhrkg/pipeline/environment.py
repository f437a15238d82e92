"""Settings read from the environment, checked before a command uses them: a malformed one
stops the command with one line naming it, not a traceback from deep inside."""
from __future__ import annotations

import math
import os
from datetime import UTC, datetime

from unhrkg.errors import InputError

_SIZES = {"UNHRKG_MAX_MB": "a size in megabytes (such as 20 or 2.5)"}


def source_date_epoch() -> datetime | None:
    """$SOURCE_DATE_EPOCH as a time, None when unset; a value that is not a whole number of
    seconds since 1970 is an error (as that convention asks), not a silent "now"."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        if not (epoch.isascii() and epoch.isdigit()):
            raise ValueError("not a whole number of seconds")
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    except (ValueError, OverflowError, OSError) as exc:
        raise InputError(f"SOURCE_DATE_EPOCH={epoch[:40]!r} is not a time stamp (seconds since 1970: {exc})") from None


def check_environment() -> None:
    """Refuse malformed settings in the environment with one line, before any command reads them."""
    for name, what in _SIZES.items():
        value = os.environ.get(name)
        if not value:
            continue
        try:
            ok = math.isfinite(float(value)) and float(value) > 0
        except ValueError:
            ok = False
        if not ok:
            raise InputError(f"{name}={value[:40]!r} is not {what}")
    source_date_epoch()
