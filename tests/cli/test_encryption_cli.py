"""Encrypted databases on the command line: the key options every command takes, `encrypt`,
`change-passphrase` and `decrypt`, and the refusals (no key, a wrong one, a damaged key file) in
one line that leave every file as it was."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator_app.store import backups, keys
from coordinator_app.store.driver import dbapi as driver
from tests.cli.helpers import assert_one_line_error, run

PASSPHRASE = "the group's own passphrase"
ROOT = Path(__file__).resolve().parents[2]
HEADER = b"SQLite format 3\x00"

pytestmark = pytest.mark.usefixtures("fast_kdf", "fail_keyring")


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def _holding(folder: Path, needles: list[str], *, besides: tuple[Path, ...] = ()) -> list[str]:
    wanted = [n.encode("utf-8") for n in needles]
    return [
        str(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and not p.is_symlink()
        and p not in besides
        and any(w in p.read_bytes() for w in wanted)
    ]


def _secret(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "secrets" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _rows(path: Path, key: keys.DataKey | None, sql: str) -> list[tuple[object, ...]]:
    conn = driver.connect(path)
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = {key.pragma_value()}")
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def _counts(path: Path, key: keys.DataKey | None) -> dict[str, int]:
    names = [
        str(r[0])
        for r in _rows(
            path, key, "SELECT name FROM sqlite_master WHERE type='table' AND rootpage>0"
        )
    ]
    return {n: int(str(_rows(path, key, f'SELECT count(*) FROM "{n}"')[0][0])) for n in names}


@pytest.fixture
def passphrase(tmp_path: Path) -> Path:
    return _secret(tmp_path, "passphrase.txt", PASSPHRASE)


@pytest.fixture
def encrypted_demo(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, passphrase: Path
) -> Path:
    """The demo in a database the `demo` command created encrypted; its recovery key in
    secrets/recovery.txt."""
    out = tmp_path / "secrets" / "recovery.txt"
    code, _out, err = run(
        capsys, db_path, "--passphrase-file", str(passphrase), "--recovery-key-out", str(out),
        "demo",
    )  # fmt: skip
    assert code == 0, err
    return out


def test_a_database_the_demo_creates_with_a_passphrase_file_is_encrypted(
    capsys: pytest.CaptureFixture[str], db_path: Path, passphrase: Path, encrypted_demo: Path
) -> None:
    assert db_path.read_bytes()[:16] != HEADER
    assert stat.S_IMODE(encrypted_demo.stat().st_mode) == 0o600
    key = keys.data_key_from_recovery_key(encrypted_demo.read_text())
    assert key == keys.unlock(db_path, PASSPHRASE)
    assert stat.S_IMODE(keys.key_file_path(db_path).stat().st_mode) == 0o600
    # The passphrase before or after the command, or the recovery key, opens it.
    for argv in (
        ["--passphrase-file", str(passphrase), "groups", "list", "--json"],
        ["groups", "list", "--json", "--passphrase-file", str(passphrase)],
        ["groups", "--passphrase-file", str(passphrase), "list", "--json"],
        ["--recovery-key-file", str(encrypted_demo), "groups", "list", "--json"],
    ):
        code, out, err = run(capsys, db_path, *argv)
        assert code == 0, (argv, err)
        assert [g["name"] for g in json.loads(out)] == ["IT Drift"]


def test_without_the_out_file_the_recovery_key_is_printed(
    capsys: pytest.CaptureFixture[str], db_path: Path, passphrase: Path
) -> None:
    code, _out, err = run(capsys, db_path, "--passphrase-file", str(passphrase), "demo")
    assert code == 0
    printed = err.strip().rsplit(": ", 1)[1]
    assert keys.data_key_from_recovery_key(printed) == keys.unlock(db_path, PASSPHRASE)


def test_without_a_passphrase_a_new_database_stays_plaintext(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, _out, err = run(capsys, db_path, "groups", "add", "IT Drift")
    assert code == 0, err
    assert db_path.read_bytes()[:16] == HEADER
    assert not keys.key_file_path(db_path).exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["groups", "list"],
        ["members", "list", "--json"],
        ["groups", "add", "Ny gruppe"],
        ["backup"],
        ["person", "erase", "lars@example.org", "--yes"],
        ["decrypt", "-o", "plain.sqlite"],
        ["encrypt"],
    ],
)
def test_no_key_a_wrong_passphrase_or_a_damaged_key_file_fail_in_one_line_changing_nothing(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    encrypted_demo: Path,
    argv: list[str],
) -> None:
    wrong = _secret(tmp_path, "wrong.txt", "not the passphrase at all")
    key_file = keys.key_file_path(db_path)
    whole = key_file.read_bytes()
    argv = [str(tmp_path / a) if a.endswith(".sqlite") else a for a in argv]
    for options, damage in (
        ([], None),
        (["--passphrase-file", str(wrong)], None),
        (["--passphrase-file", str(tmp_path / "secrets" / "passphrase.txt")], whole[:-30]),
    ):
        if damage is not None:
            key_file.write_bytes(damage)
        before = _files(tmp_path)
        code, out, err = run(capsys, db_path, *options, *argv)
        assert code == 1 and out == "", (options, argv, err)
        assert_one_line_error(err)
        assert "sqlcipher" not in err.lower()
        assert _files(tmp_path) == before, (options, argv)
    key_file.write_bytes(whole)


def test_an_encrypted_database_without_a_key_fails_in_one_line_in_a_fresh_process(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str], encrypted_demo: Path
) -> None:
    """As installed: the keyring's fail backend, no key option; SQLCipher prints nothing."""
    before = _files(tmp_path)
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run(
        [sys.executable, "-m", "coordinator_app", "--db", str(db_path), "members", "list"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1 and done.stdout == ""
    assert_one_line_error(done.stderr)
    assert "encrypted" in done.stderr and "--passphrase-file" in done.stderr
    assert _files(tmp_path) == before


def test_a_key_remembered_in_the_keyring_opens_it_without_options(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    encrypted_demo: Path,
    memory_keyring: dict[tuple[str, str], str],
) -> None:
    assert keys.remember_key(db_path, keys.data_key_from_recovery_key(encrypted_demo.read_text()))
    code, out, err = run(capsys, db_path, "groups", "list", "--json")
    assert code == 0, err
    assert [g["name"] for g in json.loads(out)] == ["IT Drift"]


# --- encrypt, change-passphrase, decrypt ------------------------------------------------------


def test_encrypting_the_plaintext_demo_keeps_every_row_and_leaves_no_plaintext(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, passphrase: Path
) -> None:
    assert run(capsys, db_path, "demo")[0] == 0
    assert run(capsys, db_path, "backup")[0] == 0
    code, _out, err = run(capsys, db_path, "--passphrase-file", str(passphrase), "groups", "list")
    assert code == 1 and "not encrypted" in err
    counts = _counts(db_path, None)
    entries = [str(r[0]) for r in _rows(db_path, None, "SELECT text FROM round_table_entries")]
    names = [str(r[0]) for r in _rows(db_path, None, "SELECT name FROM people")]
    needles = [t for t in entries if len(t) > 20][:5] + names[:5]
    assert _holding(db_path.parent, needles)
    out = tmp_path / "secrets" / "recovery.txt"
    code, stdout, err = run(
        capsys, db_path, "encrypt", "--passphrase-file", str(passphrase),
        "--recovery-key-out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "1 backup" in stdout and str(out) in stdout
    key = keys.data_key_from_recovery_key(out.read_text())
    assert _counts(db_path, key) == counts
    assert _holding(tmp_path, needles) == []
    for path in [db_path, *(b.path for b in backups.list_backups(db_path))]:
        assert path.read_bytes()[:16] != HEADER
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(("-wal", "-shm"))]
    code, stdout, err = run(capsys, db_path, "--passphrase-file", str(passphrase), "check")
    assert (code, stdout) == (0, "ok\n"), err


def test_encrypt_refuses_an_existing_recovery_key_file_and_needs_both_options(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, passphrase: Path
) -> None:
    assert run(capsys, db_path, "groups", "add", "IT Drift")[0] == 0
    existing = _secret(tmp_path, "existing.txt", "keep me")
    link = tmp_path / "secrets" / "link.txt"
    link.symlink_to(tmp_path / "secrets" / "nowhere.txt")
    before = _files(tmp_path)
    for argv in (
        ["encrypt", "--passphrase-file", str(passphrase), "--recovery-key-out", str(existing)],
        ["encrypt", "--passphrase-file", str(passphrase), "--recovery-key-out", str(link)],
        ["encrypt", "--recovery-key-out", str(tmp_path / "secrets" / "new.txt")],
        ["encrypt", "--passphrase-file", str(passphrase)],
    ):
        code, out, err = run(capsys, db_path, *argv)
        assert code == 1 and out == "", argv
        assert_one_line_error(err)
        assert _files(tmp_path) == before
    assert not (tmp_path / "secrets" / "nowhere.txt").exists()


def test_a_new_passphrase_keeps_the_recovery_key_and_the_recovery_key_sets_one_again(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    passphrase: Path,
    encrypted_demo: Path,
) -> None:
    new = _secret(tmp_path, "new.txt", "a brand new passphrase")
    code, out, err = run(
        capsys, db_path, "--passphrase-file", str(passphrase), "change-passphrase",
        "--new-passphrase-file", str(new),
    )  # fmt: skip
    assert code == 0, err
    assert "recovery key and its backups stay" in out
    assert run(capsys, db_path, "--passphrase-file", str(passphrase), "groups", "list")[0] == 1
    assert run(capsys, db_path, "--passphrase-file", str(new), "groups", "list")[0] == 0
    assert run(capsys, db_path, "--recovery-key-file", str(encrypted_demo), "check")[0] == 0
    # Passphrase forgotten, key file lost: the recovery key opens it and sets a new one.
    keys.key_file_path(db_path).unlink()
    code, _out, err = run(capsys, db_path, "--passphrase-file", str(new), "groups", "list")
    assert code == 1 and "--recovery-key-file" in err
    again = _secret(tmp_path, "again.txt", "remembered this time")
    code, _out, err = run(
        capsys, db_path, "--recovery-key-file", str(encrypted_demo), "change-passphrase",
        "--new-passphrase-file", str(again),
    )  # fmt: skip
    assert code == 0, err
    assert run(capsys, db_path, "--passphrase-file", str(again), "groups", "list")[0] == 0
    # Another database's recovery key writes no key file for this one.
    other = _secret(tmp_path, "other.txt", keys.recovery_key_text(os.urandom(32)))
    before = _files(tmp_path)
    code, _out, err = run(
        capsys, db_path, "--recovery-key-file", str(other), "change-passphrase",
        "--new-passphrase-file", str(new),
    )  # fmt: skip
    assert code == 1
    assert_one_line_error(err)
    assert _files(tmp_path) == before
    typo = _secret(tmp_path, "typo.txt", encrypted_demo.read_text().strip()[:-1] + "Z")
    code, _out, err = run(capsys, db_path, "--recovery-key-file", str(typo), "groups", "list")
    assert code == 1 and "typo" in err


def test_decrypt_writes_a_plaintext_copy_to_a_new_file_only(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    passphrase: Path,
    encrypted_demo: Path,
) -> None:
    target = tmp_path / "moving" / "plain.sqlite"
    target.parent.mkdir()
    code, out, err = run(
        capsys, db_path, "--passphrase-file", str(passphrase), "decrypt", "-o", str(target)
    )
    assert code == 0, err
    assert "not encrypted" in out
    assert target.read_bytes()[:16] == HEADER
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _counts(target, None) == _counts(db_path, keys.unlock(db_path, PASSPHRASE))
    link = tmp_path / "moving" / "link.sqlite"
    link.symlink_to(tmp_path / "moving" / "nowhere.sqlite")
    before = _files(tmp_path)
    for existing in (target, link):
        code, out, err = run(
            capsys, db_path, "--passphrase-file", str(passphrase), "decrypt", "-o", str(existing)
        )
        assert code == 1
        assert_one_line_error(err)
    assert _files(tmp_path) == before
    assert not (tmp_path / "moving" / "nowhere.sqlite").exists()


# --- backups of an encrypted database ---------------------------------------------------------


def test_backups_restore_check_and_erasure_work_on_the_encrypted_files(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    passphrase: Path,
    encrypted_demo: Path,
) -> None:
    pw = ["--passphrase-file", str(passphrase)]
    key = keys.unlock(db_path, PASSPHRASE)
    email, name = _rows(db_path, key, "SELECT email, name FROM people ORDER BY id LIMIT 1")[0]
    entries = [str(r[0]) for r in _rows(db_path, key, "SELECT text FROM round_table_entries")]
    assert run(capsys, db_path, *pw, "backup")[0] == 0
    (made,) = backups.list_backups(db_path)
    assert made.path.read_bytes()[:16] != HEADER
    # A backup is checked with its database's key file, or with the recovery key alone.
    for options in (pw, ["--recovery-key-file", str(encrypted_demo)]):
        code, out, err = run(capsys, made.path, *options, "check")
        assert (code, out) == (0, "ok\n"), err
    code, _out, err = run(capsys, made.path, "check")
    assert code == 1
    assert_one_line_error(err)
    # A copy elsewhere is encrypted too, with the key file beside it.
    copy = tmp_path / "stick" / "copy.sqlite"
    copy.parent.mkdir()
    assert run(capsys, db_path, *pw, "backup", "-o", str(copy))[0] == 0
    assert copy.read_bytes()[:16] != HEADER
    code, out, err = run(capsys, copy, *pw, "check")
    assert (code, out) == (0, "ok\n"), err
    # Restore: with the key; without it nothing happens.
    before = _files(tmp_path)
    code, _out, err = run(capsys, db_path, "restore", str(made.path))
    assert code == 1
    assert_one_line_error(err)
    assert _files(tmp_path) == before
    code, out, err = run(capsys, db_path, *pw, "restore", str(made.path))
    assert code == 0, err
    assert db_path.read_bytes()[:16] != HEADER
    code, out, err = run(capsys, db_path, *pw, "person", "erase", str(email), "--yes")
    assert code == 0, err
    assert "2 backups" in out
    exported = tmp_path / "minutes.md"
    meeting = _rows(db_path, key, "SELECT meeting_id FROM round_table_entries ORDER BY id LIMIT 1")[
        0
    ][0]
    code, _out, err = run(
        capsys, db_path, *pw, "export", "minutes", str(meeting), "--format", "md",
        "-o", str(exported),
    )  # fmt: skip
    assert code == 0, err
    needles = [str(name), str(email), *[t for t in entries if len(t) > 20][:5]]
    # Exports are plaintext by design; nothing else holds a member's words or erased details.
    assert _holding(tmp_path, needles, besides=(exported,)) == []
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith((".coordinator-tmp",))]
