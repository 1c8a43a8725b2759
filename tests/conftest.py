"""Shared fixtures: a fresh database file per test, and the offscreen Qt platform."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordinator_app.store.database import Database, open_database

TESTS_DIR = Path(__file__).resolve().parent
DATA_DIR = TESTS_DIR / "data"
SAMPLES_DIR = DATA_DIR / "samples"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coordinator.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files written in this test take a thousand PBKDF2 rounds, not a quarter of a
    second's worth (`store/keys.py`); files read take what they say."""
    from coordinator_app.store import keys

    monkeypatch.setattr(keys, "MIN_ITERATIONS", 1000)
    monkeypatch.setattr(keys, "KDF_TARGET_SECONDS", 0.0)


@pytest.fixture
def fail_keyring() -> Iterator[None]:
    """The OS keyring is keyring's fail backend (as on a system without one)."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """An OS keyring that keeps its passwords in a dict (the test's to look into)."""
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    stored: dict[tuple[str, str], str] = {}

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            return stored.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            stored[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if stored.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield stored
    keyring.set_keyring(previous)
