"""The keys of an encrypted database (store/keys.py): the recovery key, the key file wrapped by
the passphrase, and the OS keyring."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from coordinator_app.store import keys
from coordinator_app.store.keys import (
    ALPHABET,
    DataKey,
    KeyFileDamaged,
    PassphraseTooShort,
    RecoveryKeyTypo,
    WrongPassphrase,
)

PASSPHRASE = "korrekt hest batteri hæfteklamme"
SECRET = bytes(range(32))


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def key_file(tmp_path: Path, fast_kdf: None) -> Path:
    db = tmp_path / "coordinator.sqlite"
    keys.write_key_file(keys.key_file_path(db), SECRET, PASSPHRASE)
    return keys.key_file_path(db)


# --- the recovery key -------------------------------------------------------------------------


def test_a_recovery_key_is_14_groups_of_four_and_reads_back_forgivingly() -> None:
    text = keys.recovery_key_text(SECRET)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert set(text.replace("-", "")) <= set(ALPHABET)
    assert not set("ILOU") & set(text)
    assert keys.parse_recovery_key(text) == SECRET
    typed = " ".join(groups).lower()  # spaces, no dashes, lower case
    assert keys.parse_recovery_key(typed) == SECRET
    misread = text.replace("-", "").replace("0", "o").replace("1", "l")  # O for 0, l for 1
    assert keys.parse_recovery_key(misread) == SECRET
    other = os.urandom(32)
    assert keys.parse_recovery_key(keys.recovery_key_text(other)) == other


def test_a_typo_is_reported_as_a_typo_never_read_as_another_key() -> None:
    text = keys.recovery_key_text(SECRET).replace("-", "")
    for position in range(len(text)):
        for replacement in (
            ALPHABET[(ALPHABET.index(text[position]) + step) % 32] for step in (1, 7, 31)
        ):
            typo = text[:position] + replacement + text[position + 1 :]
            with pytest.raises(RecoveryKeyTypo):
                keys.parse_recovery_key(typo)
    for position in range(len(text) - 1):
        swapped = text[:position] + text[position + 1] + text[position] + text[position + 2 :]
        if swapped != text:
            with pytest.raises(RecoveryKeyTypo):
                keys.parse_recovery_key(swapped)
    with pytest.raises(RecoveryKeyTypo, match="55 letters"):
        keys.parse_recovery_key(text[:-1])
    with pytest.raises(RecoveryKeyTypo, match="60 letters"):
        keys.parse_recovery_key(text + text[:4])
    with pytest.raises(RecoveryKeyTypo, match="not in a recovery key"):
        keys.parse_recovery_key(text[:-1] + "Ü")
    assert RecoveryKeyTypo.code == "recovery_key_typo"


def test_the_data_key_is_derived_from_the_recovery_secret_with_hkdf_sha256() -> None:
    # RFC 5869, test case 1: the HKDF the data key is derived with.
    okm = keys._hkdf_sha256(
        bytes.fromhex("0b" * 22),
        salt=bytes.fromhex("000102030405060708090a0b0c"),
        info=bytes.fromhex("f0f1f2f3f4f5f6f7f8f9"),
        length=42,
    )
    assert okm.hex() == (
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )
    key = keys.data_key_from_recovery_key(keys.recovery_key_text(SECRET))
    assert key == keys.data_key_from_secret(SECRET)
    assert key.raw != SECRET  # derived, not the secret itself
    assert keys.data_key_from_secret(os.urandom(32)) != key
    assert key.hex not in repr(key) and key.hex not in str(key)
    assert key.pragma_value() == f"\"x'{key.hex}'\""


# --- the key file -----------------------------------------------------------------------------


def test_the_key_file_is_private_json_with_its_parameters_and_opens_with_the_passphrase(
    key_file: Path,
) -> None:
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    fields = json.loads(key_file.read_text("utf-8"))
    assert fields["kdf"] == "pbkdf2-hmac-sha512"
    assert fields["iterations"] >= 1000
    assert SECRET.hex() not in key_file.read_text("utf-8")
    db = key_file.with_name("coordinator.sqlite")
    assert keys.unlock(db, PASSPHRASE) == keys.data_key_from_secret(SECRET)
    assert keys.recovery_key(db, PASSPHRASE) == keys.recovery_key_text(SECRET)
    # Two files for one secret share nothing but the key check: a new salt each time.
    again = keys.KeyFile.wrap(SECRET, PASSPHRASE, 1000)
    stored = keys.read_key_file(key_file)
    assert again.salt != stored.salt and again.wrapped != stored.wrapped
    assert again.key_check == stored.key_check


def test_a_wrong_passphrase_is_detected_and_the_file_left_alone(key_file: Path) -> None:
    before = _hashes(key_file.parent)
    db = key_file.with_name("coordinator.sqlite")
    for wrong in ("korrekt hest batteri hæfteklammE", "", PASSPHRASE + " "):
        with pytest.raises(WrongPassphrase) as raised:
            keys.unlock(db, wrong)
        assert raised.value.code == "wrong_passphrase"
    assert _hashes(key_file.parent) == before


def test_a_passphrase_is_the_same_however_it_is_composed(tmp_path: Path, fast_kdf: None) -> None:
    db = tmp_path / "coordinator.sqlite"
    keys.write_key_file(keys.key_file_path(db), SECRET, "h\u00e6fteklamme på")  # composed å
    assert keys.unlock(db, "h\u00e6fteklamme pa\u030a") == keys.data_key_from_secret(SECRET)


def test_a_truncated_or_altered_key_file_is_refused_as_damaged_and_left_alone(
    key_file: Path,
) -> None:
    db = key_file.with_name("coordinator.sqlite")
    original = key_file.read_bytes()
    fields = json.loads(original)

    def altered(**changes: object) -> bytes:
        return json.dumps({**fields, **changes}).encode()

    salt = bytearray(bytes.fromhex(hashlib.sha256(b"x").hexdigest())[:16])
    damaged = [
        original[: len(original) // 2],
        b"",
        b"\0" * len(original),
        altered(iterations=fields["iterations"] + 1),
        altered(salt=base64.b64encode(bytes(salt)).decode()),
        altered(wrapped_secret=fields["wrapped_secret"][::-1]),
        altered(version=2),
        altered(format="something else"),
        altered(checksum="0" * 64),
        json.dumps([1, 2]).encode(),
    ]
    for content in damaged:
        key_file.write_bytes(content)
        before = _hashes(key_file.parent)
        with pytest.raises(KeyFileDamaged) as raised:
            keys.unlock(db, PASSPHRASE)
        assert raised.value.code == "key_file_damaged"
        assert _hashes(key_file.parent) == before


def test_a_crafted_iteration_count_is_refused_before_it_could_hang_the_app(
    key_file: Path,
) -> None:
    fields = json.loads(key_file.read_bytes())
    fields.pop("checksum")
    fields["iterations"] = keys.MAX_ITERATIONS * 100
    fields["checksum"] = hashlib.sha256(keys._canonical(fields)).hexdigest()
    key_file.write_text(json.dumps(fields))
    with pytest.raises(KeyFileDamaged, match="iteration"):
        keys.unlock(key_file.with_name("coordinator.sqlite"), PASSPHRASE)


def test_a_key_file_that_is_a_link_is_never_read_or_written_through(
    tmp_path: Path, key_file: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.keys"
    key_file.rename(elsewhere)
    key_file.symlink_to(elsewhere)
    db = key_file.with_name("coordinator.sqlite")
    with pytest.raises(KeyFileDamaged, match="link"):
        keys.unlock(db, PASSPHRASE)
    with pytest.raises(FileExistsError):
        keys.write_key_file(key_file, SECRET, PASSPHRASE)
    before = elsewhere.read_bytes()
    keys.change_passphrase(db, "ein neues Passwort", recovery=keys.recovery_key_text(SECRET))
    assert elsewhere.read_bytes() == before  # the link was replaced, its target left alone
    assert not key_file.is_symlink()
    assert keys.unlock(db, "ein neues Passwort") == keys.data_key_from_secret(SECRET)


def test_no_key_file_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        keys.unlock(tmp_path / "coordinator.sqlite", PASSPHRASE)


def test_a_new_passphrase_needs_eight_characters(tmp_path: Path, fast_kdf: None) -> None:
    with pytest.raises(PassphraseTooShort) as raised:
        keys.write_key_file(tmp_path / "x.keys", SECRET, " short  ")
    assert raised.value.code == "passphrase_too_short"
    assert not (tmp_path / "x.keys").exists()


def test_changing_the_passphrase_rewraps_the_same_secret(key_file: Path) -> None:
    db = key_file.with_name("coordinator.sqlite")
    old_salt = keys.read_key_file(key_file).salt
    keys.change_passphrase(db, "et nyt kodeord her", passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        keys.unlock(db, PASSPHRASE)
    assert keys.unlock(db, "et nyt kodeord her") == keys.data_key_from_secret(SECRET)
    assert keys.read_key_file(key_file).salt != old_salt
    assert keys.recovery_key(db, "et nyt kodeord her") == keys.recovery_key_text(SECRET)
    with pytest.raises(WrongPassphrase):
        keys.change_passphrase(db, "endnu et kodeord", passphrase=PASSPHRASE)
    assert keys.unlock(db, "et nyt kodeord her") == keys.data_key_from_secret(SECRET)


def test_the_recovery_key_writes_a_lost_or_damaged_key_file_afresh(key_file: Path) -> None:
    db = key_file.with_name("coordinator.sqlite")
    key_file.unlink()
    keys.change_passphrase(db, "glemt og fundet igen", recovery=keys.recovery_key_text(SECRET))
    assert keys.unlock(db, "glemt og fundet igen") == keys.data_key_from_secret(SECRET)
    key_file.write_bytes(b"{")
    keys.change_passphrase(db, "glemt og fundet igen", recovery=keys.recovery_key_text(SECRET))
    assert keys.unlock(db, "glemt og fundet igen") == keys.data_key_from_secret(SECRET)


def test_a_backup_in_the_backups_folder_is_opened_with_its_databases_key_file(
    key_file: Path,
) -> None:
    folder = key_file.parent / "backups"
    folder.mkdir()
    for name in (
        "coordinator-20270309-091500-auto.sqlite",
        "coordinator-20270309-091500-2-before-migration.sqlite",
    ):
        assert keys.key_file_for(folder / name) == key_file
        assert keys.unlock(folder / name, PASSPHRASE) == keys.data_key_from_secret(SECRET)
    assert keys.key_file_for(folder / "other-20270309-091500-auto.sqlite") is None
    assert keys.key_file_for(key_file.parent / "coordinator-20270309-091500-auto.sqlite") is None


def test_the_iterations_are_calibrated_and_never_below_the_minimum() -> None:
    assert keys.calibrate_iterations(0.0) == keys.MIN_ITERATIONS
    assert keys.calibrate_iterations(5.0) > keys.MIN_ITERATIONS
    assert keys.calibrate_iterations(10**9) == keys.MAX_ITERATIONS


# --- the OS keyring -----------------------------------------------------------------------------


def test_the_fail_keyring_remembers_nothing_and_never_raises(
    tmp_path: Path, fail_keyring: None
) -> None:
    db = tmp_path / "coordinator.sqlite"
    key = keys.data_key_from_secret(SECRET)
    assert keys.remember_key(db, key) is False
    assert keys.remembered_key(db) is None
    assert keys.forget_key(db) is False


def test_a_remembered_key_comes_back_until_it_is_forgotten(
    key_file: Path, memory_keyring: dict[tuple[str, str], str]
) -> None:
    db = key_file.with_name("coordinator.sqlite")
    key = keys.data_key_from_secret(SECRET)
    assert keys.remembered_key(db) is None
    assert keys.remember_key(db, key) is True
    assert keys.remembered_key(db) == key
    assert keys.remembered_key(db.with_name("other.sqlite")) is None
    (stored,) = memory_keyring.values()
    assert stored == key.hex
    assert keys.forget_key(db) is True
    assert keys.remembered_key(db) is None and not memory_keyring
    assert keys.forget_key(db) is False


def test_a_remembered_key_that_is_not_the_key_files_is_not_used(
    key_file: Path, memory_keyring: dict[tuple[str, str], str]
) -> None:
    db = key_file.with_name("coordinator.sqlite")
    assert keys.remember_key(db, keys.data_key_from_secret(os.urandom(32)))
    assert keys.remembered_key(db) is None
    (username,) = (user for _, user in memory_keyring)
    for garbage in ("", "not hex", "ab" * 31, "AB" * 32 + "00"):
        memory_keyring[("coordinator-app", username)] = garbage
        assert keys.remembered_key(db) is None


def test_a_keyring_that_fails_in_any_way_means_not_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    def broken(*_args: object) -> None:
        raise RuntimeError("the keyring daemon went away")

    for name in ("get_password", "set_password", "delete_password"):
        monkeypatch.setattr(keyring, name, broken)
    db = tmp_path / "coordinator.sqlite"
    assert keys.remember_key(db, DataKey(SECRET)) is False
    assert keys.remembered_key(db) is None
    assert keys.forget_key(db) is False
