"""A keyring backend for the benchmarks' GUI start on an encrypted database: it "remembers" the
one data key given in COORDINATOR_BENCH_DATA_KEY (hex), so the app opens the file without asking,
as it does on a computer whose keyring remembers the key. Never used by the app itself; the
benchmark selects it with PYTHON_KEYRING_BACKEND=bench_keyring.BenchKeyring."""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError


class BenchKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get("COORDINATOR_BENCH_DATA_KEY")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the benchmarks' keyring remembers one key only")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordSetError("the benchmarks' keyring remembers one key only")
