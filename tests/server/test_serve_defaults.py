"""`unhrkg serve` is safe by default: bound to loopback, read-only."""
from __future__ import annotations

from pathlib import Path

from unhrkg.cli import main
from unhrkg.server import Settings, is_loopback, make_server
from unhrkg.store import Store


def test_the_cli_defaults_are_loopback_and_read_only() -> None:
    serve = main.commands["serve"]
    ctx = serve.make_context("serve", [])
    assert ctx.params["host"] == "127.0.0.1" and ctx.params["allow_update"] is False


def test_a_server_made_with_the_defaults_listens_on_loopback_only(tmp_path: Path) -> None:
    with Store(tmp_path / "db"):
        pass
    server = make_server(Settings(store=tmp_path / "db", port=0, workers=1))
    try:
        host, port = server.server_address[:2]
        assert is_loopback(host) and port > 0
        assert server.allow_update is False
    finally:
        server.server_close()
        server.engine.close()


def test_loopback_addresses_are_told_apart() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")
