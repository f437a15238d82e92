"""What ``unhrkg serve`` was asked for, and which addresses only this machine can reach."""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """The server's settings; the defaults are the safe ones (loopback, read-only, bounded)."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    limit: int = 10000
    workers: int = 2
    allow_update: bool = False
    credentials: tuple[str, str] | None = None
    quiet: bool = False
    allowed_hosts: tuple[str, ...] = ()  # Host names accepted besides the bound address and loopback
    allow_remote: bool = False  # SERVICE and LOAD may fetch other URLs
    max_memory: int = 2048  # megabytes one query worker may allocate (0: no limit)
    max_connections: int = 64  # open client connections; past that the oldest idle one is closed
    read_timeout: float = 10.0  # seconds a client may stay silent while sending its request


def is_loopback(host: str) -> bool:
    """Whether a bind address only accepts connections from this machine."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
