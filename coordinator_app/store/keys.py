"""The keys of an encrypted database: the recovery key, the key file and the OS keyring.

An encrypted database (SQLCipher, `store/sqlite_file.py`) is opened with a raw 256-bit **data
key**, applied as it is at every opening (no key derivation each time). It is not stored
anywhere in the clear:

- The **recovery key** is the root: 256 random bits, printed for the user as 14 groups of four
  letters and digits (`ABCD-EF12-…`): 52 for the secret and 4 more that check the rest, so a typo
  is reported as a typo (`RecoveryKeyTypo`), not as a wrong key. The data key is derived from it
  (HKDF-SHA256), so the recovery key alone opens the database and every backup, even when the key
  file is lost. Typing is forgiving: case, spaces and dashes do not matter, and O, I and L are
  read as 0, 1 and 1 (Crockford's base 32, which leaves out I, L, O and U).
- The **key file** beside the database (`coordinator.sqlite.keys`: JSON, mode 0600, written
  whole or not at all and never through a link, `store.files`) holds the recovery secret
  wrapped by the passphrase: PBKDF2-HMAC-SHA512 with a random salt and an iteration count
  calibrated to at least a quarter of a second on the computer that wrote it (stored in the
  file), which gives a one-time pad and an HMAC-SHA256 key; the HMAC over the file's fields
  tells a wrong passphrase (`WrongPassphrase`). A checksum over the fields tells a truncated
  or altered file (`KeyFileDamaged`) from a wrong passphrase. Changing the passphrase rewraps
  the secret: the data, the backups and the recovery key stay as they are.
- **Remember on this computer** keeps the data key in the OS keyring (`keyring`): any failure
  of the keyring (none installed, locked, its fail backend) means "not remembered", never an
  error.

No SQLAlchemy here: the GUI's start unlocks the file before SQLAlchemy is loaded.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import hmac
import json
import os
import re
import secrets
import stat
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coordinator_app.store.files import write_atomically
from coordinator_app.store.sqlite_file import DatabaseError

KEY_FILE_END = ".keys"
#: The version of the key file's format this app writes and reads.
KEY_FILE_FORMAT = 1
_FORMAT_NAME = "coordinator-app key file"
_KDF = "pbkdf2-hmac-sha512"
#: The passphrase's key derivation takes at least this long where the key file is written.
KDF_TARGET_SECONDS = 0.25
#: Never fewer PBKDF2-HMAC-SHA512 iterations than this (OWASP's 2023 figure), whatever the
#: machine; never more than `MAX_ITERATIONS` read from a file (a crafted file must not hang).
MIN_ITERATIONS = 210_000
MAX_ITERATIONS = 50_000_000
_CALIBRATION_ROUNDS = 20_000
_SALT_BYTES = 16
_SECRET_BYTES = 32
_MAX_KEY_FILE_BYTES = 16_384
MIN_PASSPHRASE_LENGTH = 8

#: Crockford's base 32: digits and letters without I, L, O and U.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
_GROUP = 4
#: 256 bits of secret and 24 check bits: 56 symbols of 5 bits, 14 groups of four.
RECOVERY_SYMBOLS = 56
_CHECK_BITS = RECOVERY_SYMBOLS * 5 - _SECRET_BYTES * 8

_KEYRING_SERVICE = "coordinator-app"
_HKDF_SALT = b"coordinator-app recovery key"
_HKDF_INFO = b"coordinator-app data key v1"
_KEY_CHECK = b"coordinator-app key check v1"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class KeyFileDamaged(DatabaseError):
    """The key file is truncated, altered, not a key file or of an unknown format; it was read
    only, never changed. The recovery key still opens the database."""

    code = "key_file_damaged"


class WrongPassphrase(DatabaseError):
    """The passphrase does not open the key file."""

    code = "wrong_passphrase"


class RecoveryKeyTypo(DatabaseError):
    """The recovery key as typed cannot be a recovery key: a letter too many or too few, a
    character that is not in it, or its check letters do not match (a typo)."""

    code = "recovery_key_typo"


class PassphraseTooShort(DatabaseError):
    """A new passphrase must have at least `MIN_PASSPHRASE_LENGTH` characters."""

    code = "passphrase_too_short"
    minimum = MIN_PASSPHRASE_LENGTH


class DataKey:
    """A database's raw 256-bit key. Its text form never shows the key."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != 32:
            raise ValueError("a data key has 32 bytes")
        self._raw = bytes(raw)

    @property
    def raw(self) -> bytes:
        return self._raw

    @property
    def hex(self) -> str:
        return self._raw.hex()

    def pragma_value(self) -> str:
        """The key as `PRAGMA key` takes a raw key: `"x'<64 hex digits>'"` (quotes included)."""
        return f"\"x'{self.hex}'\""

    def check(self) -> bytes:
        """A value that tells whether a key file is this key's, without revealing the key."""
        return hmac.new(self._raw, _KEY_CHECK, hashlib.sha256).digest()[:16]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DataKey) and hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(self.check())

    def __repr__(self) -> str:
        return "DataKey(…)"


# --- the recovery key ---------------------------------------------------------------------------


def new_recovery_secret() -> bytes:
    """A new random recovery secret (256 bits) for a new encrypted database."""
    return secrets.token_bytes(_SECRET_BYTES)


def _hkdf_sha256(secret: bytes, *, salt: bytes, info: bytes, length: int = 32) -> bytes:
    prk = hmac.new(salt, secret, hashlib.sha256).digest()
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def data_key_from_secret(secret: bytes) -> DataKey:
    """The data key of the database whose recovery secret is `secret` (HKDF-SHA256)."""
    return DataKey(_hkdf_sha256(secret, salt=_HKDF_SALT, info=_HKDF_INFO))


def _check_value(secret: bytes) -> int:
    digest = hashlib.sha256(b"coordinator-app recovery check" + secret).digest()
    return int.from_bytes(digest, "big") >> (256 - _CHECK_BITS)


def recovery_key_text(secret: bytes) -> str:
    """The recovery key as printed: 14 groups of four symbols separated by dashes."""
    if len(secret) != _SECRET_BYTES:
        raise ValueError("a recovery secret has 32 bytes")
    number = (int.from_bytes(secret, "big") << _CHECK_BITS) | _check_value(secret)
    symbols = [
        ALPHABET[(number >> (5 * (RECOVERY_SYMBOLS - 1 - i))) & 31] for i in range(RECOVERY_SYMBOLS)
    ]
    text = "".join(symbols)
    return "-".join(text[i : i + _GROUP] for i in range(0, RECOVERY_SYMBOLS, _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The recovery secret in a recovery key as typed (case, spaces and dashes do not matter;
    O, I and L are read as 0, 1 and 1). Raises RecoveryKeyTypo."""
    cleaned = "".join(
        ch for ch in unicodedata.normalize("NFKC", text).upper() if ch not in " -_\t\r\n"
    )
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    unknown = sorted({ch for ch in cleaned if ch not in ALPHABET})
    if unknown:
        raise RecoveryKeyTypo(
            "The recovery key has characters that are not in a recovery key "
            f"({', '.join(repr(ch) for ch in unknown[:3])}): check it letter by letter."
        )
    if len(cleaned) != RECOVERY_SYMBOLS:
        raise RecoveryKeyTypo(
            f"The recovery key has {len(cleaned)} letters and digits, not {RECOVERY_SYMBOLS} "
            f"({RECOVERY_SYMBOLS // _GROUP} groups of {_GROUP}): a group is missing or doubled."
        )
    number = 0
    for ch in cleaned:
        number = (number << 5) | ALPHABET.index(ch)
    secret = (number >> _CHECK_BITS).to_bytes(_SECRET_BYTES, "big")
    if number & ((1 << _CHECK_BITS) - 1) != _check_value(secret):
        raise RecoveryKeyTypo(
            "The recovery key has a typo (its check letters do not match): check it letter by "
            "letter."
        )
    return secret


def data_key_from_recovery_key(text: str) -> DataKey:
    """The data key a recovery key stands for (raises RecoveryKeyTypo)."""
    return data_key_from_secret(parse_recovery_key(text))


# --- the passphrase -----------------------------------------------------------------------------


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC: the same passphrase typed on another keyboard or system is the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase shorter than `MIN_PASSPHRASE_LENGTH` (PassphraseTooShort)."""
    if len(unicodedata.normalize("NFC", passphrase).strip()) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseTooShort(f"A passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters.")


def calibrate_iterations(target_seconds: float | None = None) -> int:
    """PBKDF2-HMAC-SHA512 iterations that take at least `target_seconds` (default
    `KDF_TARGET_SECONDS`) here, and never fewer than `MIN_ITERATIONS`. The fastest of three
    short runs is taken, so that a busy machine does not lower the count."""
    target = KDF_TARGET_SECONDS if target_seconds is None else target_seconds
    fastest = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        hashlib.pbkdf2_hmac("sha512", b"calibration", b"\0" * _SALT_BYTES, _CALIBRATION_ROUNDS)
        fastest = min(fastest, time.perf_counter() - started)
    per_second = _CALIBRATION_ROUNDS / max(fastest, 1e-9)
    wanted = int(per_second * target * 1.1)
    rounded = -(-wanted // 10_000) * 10_000
    return min(MAX_ITERATIONS, max(MIN_ITERATIONS, rounded))


def _wrapping_keys(passphrase: str, salt: bytes, iterations: int) -> tuple[bytes, bytes]:
    derived = hashlib.pbkdf2_hmac("sha512", _passphrase_bytes(passphrase), salt, iterations, 64)
    return derived[:32], derived[32:]


# --- the key file -------------------------------------------------------------------------------


def key_file_path(db_path: Path) -> Path:
    """Where the key file of the database at `db_path` lies: beside it, `<name>.keys`."""
    db_path = db_path.expanduser()
    return db_path.with_name(db_path.name + KEY_FILE_END)


# A backup's name in the backups folder (store/backups.py): <stem>-YYYYMMDD-HHMMSS[-n]-<reason>.
_BACKUP_NAME = re.compile(
    r"(?P<stem>.+)-\d{8}-\d{6}(?:-\d+)?-(?:auto|manual|before-migration|before-restore)"
    r"(?P<suffix>\.[^.]*)?"
)


def key_file_for(path: Path) -> Path | None:
    """The key file that opens `path`: its own, or, for a backup in a database's backups
    folder, the database's. None if there is none."""
    path = path.expanduser()
    own = key_file_path(path)
    if os.path.lexists(own):
        return own
    match = _BACKUP_NAME.fullmatch(path.name)
    if match is not None and path.parent.name == "backups":
        database = path.parent.parent / f"{match['stem']}{match['suffix'] or ''}"
        theirs = key_file_path(database)
        if os.path.lexists(theirs):
            return theirs
    return None


@dataclass(frozen=True)
class KeyFile:
    """What a key file holds: the PBKDF2 parameters, the wrapped recovery secret, the HMAC
    that a passphrase must reproduce and the data key's check value."""

    iterations: int
    salt: bytes
    wrapped: bytes
    tag: bytes
    key_check: bytes

    def _fields(self) -> dict[str, Any]:
        return {
            "format": _FORMAT_NAME,
            "version": KEY_FILE_FORMAT,
            "kdf": _KDF,
            "iterations": self.iterations,
            "salt": _b64(self.salt),
            "wrapped_secret": _b64(self.wrapped),
            "key_check": _b64(self.key_check),
        }

    def _signed(self) -> bytes:
        return json.dumps(self._fields(), sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> bytes:
        fields = {**self._fields(), "tag": _b64(self.tag)}
        checksum = hashlib.sha256(_canonical(fields)).hexdigest()
        return (json.dumps({**fields, "checksum": checksum}, indent=2) + "\n").encode()

    @classmethod
    def wrap(cls, secret: bytes, passphrase: str, iterations: int | None = None) -> KeyFile:
        """The key file for `secret` under `passphrase` (a new salt each time)."""
        salt = secrets.token_bytes(_SALT_BYTES)
        rounds = calibrate_iterations() if iterations is None else iterations
        pad, mac_key = _wrapping_keys(passphrase, salt, rounds)
        wrapped = bytes(a ^ b for a, b in zip(secret, pad, strict=True))
        check = data_key_from_secret(secret).check()
        unsigned = cls(rounds, salt, wrapped, b"", check)
        tag = hmac.new(mac_key, unsigned._signed(), hashlib.sha256).digest()
        return cls(rounds, salt, wrapped, tag, check)

    def unwrap(self, passphrase: str) -> bytes:
        """The recovery secret; raises WrongPassphrase."""
        pad, mac_key = _wrapping_keys(passphrase, self.salt, self.iterations)
        expected = hmac.new(mac_key, self._signed(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, self.tag):
            raise WrongPassphrase("The passphrase is not the one of this database.")
        secret = bytes(a ^ b for a, b in zip(self.wrapped, pad, strict=True))
        if not hmac.compare_digest(data_key_from_secret(secret).check(), self.key_check):
            raise KeyFileDamaged("The key file does not hold the key it claims to hold.")
        return secret


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


def _unb64(value: object, size: int, path: Path, name: str) -> bytes:
    if not isinstance(value, str):
        raise KeyFileDamaged(f"{path} is damaged: {name} is missing.")
    try:
        data = base64.b64decode(value, validate=True)
    except ValueError as exc:
        raise KeyFileDamaged(f"{path} is damaged: {name} is not readable.") from exc
    if len(data) != size:
        raise KeyFileDamaged(f"{path} is damaged: {name} has the wrong length.")
    return data


def _read_bytes(path: Path) -> bytes:
    """The key file's bytes: a regular file (never read through a link), of a key file's size."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise KeyFileDamaged(f"{path} is a link, not a key file; it was left alone.") from exc
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise KeyFileDamaged(f"{path} is not a key file (not a regular file).")
        if info.st_size > _MAX_KEY_FILE_BYTES:
            raise KeyFileDamaged(f"{path} is too large to be a key file.")
        chunks: list[bytes] = []
        while chunk := os.read(fd, _MAX_KEY_FILE_BYTES + 1):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_key_file(path: Path) -> KeyFile:
    """Read and check a key file. Raises FileNotFoundError if there is none, KeyFileDamaged if
    it is truncated, altered, a link or of an unknown format."""
    data = _read_bytes(path)
    try:
        fields = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise KeyFileDamaged(f"{path} is damaged (truncated or not a key file).") from exc
    if not isinstance(fields, dict) or fields.get("format") != _FORMAT_NAME:
        raise KeyFileDamaged(f"{path} is not a Coordinator key file.")
    if fields.get("version") != KEY_FILE_FORMAT or fields.get("kdf") != _KDF:
        raise KeyFileDamaged(
            f"{path} was written by another version of Coordinator (key file format "
            f"{fields.get('version')!r}); update the app, or open the database with its "
            "recovery key."
        )
    checksum = fields.pop("checksum", None)
    if not isinstance(checksum, str) or not hmac.compare_digest(
        checksum, hashlib.sha256(_canonical(fields)).hexdigest()
    ):
        raise KeyFileDamaged(f"{path} is damaged: its checksum does not match its contents.")
    iterations = fields.get("iterations")
    if (
        not isinstance(iterations, int)
        or isinstance(iterations, bool)
        or not 1 <= iterations <= MAX_ITERATIONS
    ):
        raise KeyFileDamaged(f"{path} is damaged: its iteration count is not usable.")
    return KeyFile(
        iterations=iterations,
        salt=_unb64(fields.get("salt"), _SALT_BYTES, path, "the salt"),
        wrapped=_unb64(fields.get("wrapped_secret"), _SECRET_BYTES, path, "the wrapped key"),
        tag=_unb64(fields.get("tag"), 32, path, "the tag"),
        key_check=_unb64(fields.get("key_check"), 16, path, "the key check"),
    )


def write_key_file(
    path: Path,
    secret: bytes,
    passphrase: str,
    *,
    replace: bool = False,
    iterations: int | None = None,
) -> None:
    """Write the key file `path` for `secret` under `passphrase` (0600, whole or not at all,
    never through a link). `replace=False`: refuse an existing file or link (FileExistsError).
    Raises PassphraseTooShort for a passphrase that is too short."""
    check_new_passphrase(passphrase)
    data = KeyFile.wrap(secret, passphrase, iterations).to_json()
    write_atomically(path, data, replace=replace, what=f"the key file {path}")


def unlock_secret(db_path: Path, passphrase: str) -> bytes:
    """The recovery secret of the database at `db_path` (or of the database a backup in its
    backups folder belongs to), from its key file and `passphrase`. Raises FileNotFoundError
    when there is no key file, KeyFileDamaged and WrongPassphrase."""
    path = key_file_for(db_path)
    if path is None:
        raise FileNotFoundError(errno.ENOENT, "No key file", str(key_file_path(db_path)))
    return read_key_file(path).unwrap(passphrase)


def unlock(db_path: Path, passphrase: str) -> DataKey:
    """The data key of the database at `db_path` (see `unlock_secret`)."""
    return data_key_from_secret(unlock_secret(db_path, passphrase))


def recovery_key(db_path: Path, passphrase: str) -> str:
    """The recovery key of the database, to print it again (the passphrase unlocks it)."""
    return recovery_key_text(unlock_secret(db_path, passphrase))


def change_passphrase(
    db_path: Path,
    new_passphrase: str,
    *,
    passphrase: str | None = None,
    recovery: str | None = None,
    iterations: int | None = None,
) -> None:
    """Give the database a new passphrase: its key file is rewritten (whole or not at all) with
    the same recovery secret under `new_passphrase`; the data is not re-encrypted, and the
    recovery key and every backup stay valid. The current passphrase or the recovery key proves
    the right to do so; with the recovery key (`recovery`, as typed) a missing or damaged key
    file is written afresh.
    Raises WrongPassphrase, RecoveryKeyTypo, KeyFileDamaged, PassphraseTooShort."""
    check_new_passphrase(new_passphrase)
    if recovery is not None:
        secret = parse_recovery_key(recovery)
    elif passphrase is not None:
        secret = unlock_secret(db_path, passphrase)
    else:
        raise ValueError("the current passphrase or the recovery key is needed")
    write_key_file(
        key_file_path(db_path), secret, new_passphrase, replace=True, iterations=iterations
    )


def key_file_matches(db_path: Path, key: DataKey) -> bool | None:
    """Whether the key file of `db_path` is `key`'s; None if there is no readable key file."""
    path = key_file_for(db_path)
    if path is None:
        return None
    try:
        stored = read_key_file(path)
    except (OSError, KeyFileDamaged):
        return None
    return hmac.compare_digest(stored.key_check, key.check())


# --- the OS keyring -----------------------------------------------------------------------------


def _keyring_user(db_path: Path) -> str:
    return f"data key of {db_path.expanduser().resolve()}"


def remember_key(db_path: Path, key: DataKey) -> bool:
    """Keep `key` in the OS keyring for the database at `db_path` ("remember on this
    computer"); False if the keyring would not take it (none, locked, refused)."""
    try:
        import keyring

        keyring.set_password(_KEYRING_SERVICE, _keyring_user(db_path), key.hex)
    except Exception:  # any keyring, any failure: not remembered
        return False
    return True


def remembered_key(db_path: Path) -> DataKey | None:
    """The key the OS keyring remembers for the database at `db_path`; None if it remembers
    none, fails in any way, or holds one that the database's key file says is not its key."""
    try:
        import keyring

        stored = keyring.get_password(_KEYRING_SERVICE, _keyring_user(db_path))
    except Exception:  # any keyring, any failure: nothing remembered
        return None
    if not isinstance(stored, str) or not re.fullmatch(r"[0-9a-f]{64}", stored):
        return None
    key = DataKey(bytes.fromhex(stored))
    if key_file_matches(db_path, key) is False:
        return None
    return key


def forget_key(db_path: Path) -> bool:
    """Remove the key the OS keyring remembers for `db_path`; False if it could not (or
    remembered none)."""
    try:
        import keyring

        keyring.delete_password(_KEYRING_SERVICE, _keyring_user(db_path))
    except Exception:  # nothing remembered, or no keyring
        return False
    return True
