"""Writing files safely (store/files.py): whole or not at all, private, never through a link;
what a killed write left is removed at the next write; private folders per app run."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

import pytest

from coordinator_app.store.database import StorageFull, StorageReadOnly
from coordinator_app.store.files import (
    atomic_path,
    make_private_folder,
    remove_leftovers,
    remove_private_folder,
    remove_stale_private_folders,
    temp_file,
    write_atomically,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and links")
HEX = "0123456789abcdef"


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _victim(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir(exist_ok=True)
    victim = outside / "victim.txt"
    victim.write_bytes(b"the victim's own text\n")
    victim.chmod(0o644)
    return victim


def _leftover(folder: Path, name: str, end: str = "") -> Path:
    """A temp file as a killed write of `name` leaves it."""
    path = folder / f".{name}.{HEX}.coordinator-tmp{end}"
    path.write_bytes(b"group-only text of a killed run")
    return path


@posix_only
def test_a_write_is_whole_private_and_leaves_nothing_else(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "minutes.md"
        write_atomically(target, b"first")
        write_atomically(target, b"second")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"second"
    assert _mode(target) == 0o600
    assert _names(tmp_path) == ["minutes.md"]


def test_a_writer_callback_writes_through_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"

    def writer(handle: BinaryIO) -> None:
        handle.write(b"part one, ")
        handle.write(b"part two")

    write_atomically(target, writer)
    assert target.read_bytes() == b"part one, part two"
    assert _names(tmp_path) == ["out.bin"]


@posix_only
def test_a_link_at_the_destination_is_replaced_never_followed(tmp_path: Path) -> None:
    victim = _victim(tmp_path)
    link = tmp_path / "minutes.md"
    link.symlink_to(victim)
    write_atomically(link, b"the export")
    assert not link.is_symlink()
    assert link.read_bytes() == b"the export"
    assert _mode(link) == 0o600
    assert victim.read_bytes() == b"the victim's own text\n"
    assert _mode(victim) == 0o644

    dangling = tmp_path / "agenda.pdf"
    nowhere = tmp_path / "outside" / "created-through-the-link.pdf"
    dangling.symlink_to(nowhere)
    write_atomically(dangling, b"%PDF")
    assert not dangling.is_symlink() and dangling.read_bytes() == b"%PDF"
    assert not nowhere.exists()


@posix_only
def test_a_new_file_refuses_an_existing_file_or_any_link(tmp_path: Path) -> None:
    victim = _victim(tmp_path)
    existing = tmp_path / "existing.sqlite"
    existing.write_bytes(b"keep")
    link = tmp_path / "link.sqlite"
    link.symlink_to(victim)
    dangling = tmp_path / "dangling.sqlite"
    nowhere = tmp_path / "outside" / "nowhere.sqlite"
    dangling.symlink_to(nowhere)
    before = _names(tmp_path)
    for target in (existing, link, dangling):
        with pytest.raises(FileExistsError):
            write_atomically(target, b"new", replace=False)
    assert existing.read_bytes() == b"keep"
    assert victim.read_bytes() == b"the victim's own text\n" and _mode(victim) == 0o644
    assert link.is_symlink() and dangling.is_symlink()
    assert not nowhere.exists()
    assert _names(tmp_path) == before


def test_a_new_file_is_written_where_nothing_is(tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    write_atomically(target, b"whole", replace=False)
    assert target.read_bytes() == b"whole"
    assert _names(tmp_path) == ["copy.sqlite"]


def test_a_failing_writer_keeps_the_old_file_and_removes_the_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "roster.csv"
    target.write_bytes(b"old roster")

    def writer(handle: BinaryIO) -> None:
        handle.write(b"half of the new ro")
        raise RuntimeError("the writer failed")

    with pytest.raises(RuntimeError, match="the writer failed"):
        write_atomically(target, writer)
    assert target.read_bytes() == b"old roster"
    assert _names(tmp_path) == ["roster.csv"]

    fresh = tmp_path / "fresh.csv"
    with pytest.raises(RuntimeError):
        write_atomically(fresh, writer)
    assert not fresh.exists()
    assert _names(tmp_path) == ["roster.csv"]


@pytest.mark.parametrize("call", ["write", "fsync"])
@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EDQUOT])
def test_a_full_disk_is_storage_full_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, err: int
) -> None:
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"old")

    def full(*_args: object) -> int:
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, call, full)
    with pytest.raises(StorageFull) as caught:
        write_atomically(target, b"x" * 100_000)
    monkeypatch.undo()
    assert caught.value.code == "storage_full"
    assert str(target) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["minutes.pdf"]


@pytest.mark.parametrize("err", [errno.EROFS, errno.EACCES])
def test_a_read_only_disk_or_folder_is_storage_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int
) -> None:
    real_open = os.open

    def refuse(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if "coordinator-tmp" in str(path):
            raise OSError(err, os.strerror(err), str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    target = tmp_path / "plan.ics"
    with pytest.raises(StorageReadOnly) as caught:
        write_atomically(target, b"BEGIN:VCALENDAR")
    assert caught.value.code == "storage_read_only"
    assert not target.exists()


@posix_only
def test_what_a_killed_write_left_is_removed_at_the_next_write(tmp_path: Path) -> None:
    victim = _victim(tmp_path)
    folder = tmp_path / "exports"
    folder.mkdir()
    stale = [
        _leftover(folder, "minutes.md"),
        _leftover(folder, "minutes.md", "-journal"),
        folder / f".minutes.md.{'a' * 16}.coordinator-tmp-wal",  # without its main file
        # The temp name the app used before (tempfile.mkstemp), left by a killed export.
        folder / ".minutes.md.k3j_x9q2.tmp",
    ]
    stale[2].write_bytes(b"log")
    stale[3].write_bytes(b"group-only text")
    kept = [
        _leftover(folder, "other.md"),  # another destination's
        folder / ".minutes.md.notours.txt",
        folder / "minutes.md.coordinator-tmp",
        folder / ".minutes.md.tmp",
    ]
    for path in kept[1:]:
        path.write_bytes(b"the user's file")
    link = folder / f".minutes.md.{'b' * 16}.coordinator-tmp"
    link.symlink_to(victim)
    directory = folder / f".minutes.md.{'c' * 16}.coordinator-tmp"
    directory.mkdir()
    (directory / "inside").write_bytes(b"x")

    write_atomically(folder / "minutes.md", b"# Referat")

    for path in stale:
        assert not os.path.lexists(path), path
    for path in kept:
        assert path.read_bytes() != b"", path
    assert link.is_symlink() and victim.read_bytes() == b"the victim's own text\n"
    assert (directory / "inside").exists()
    assert (folder / "minutes.md").read_bytes() == b"# Referat"


def test_a_temp_file_another_write_is_using_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with temp_file(target) as busy:
        busy.write(b"still being written")
        assert remove_leftovers(target) == []
        write_atomically(target, b"the other write")
        assert busy.path.exists()
        busy.commit(target)
    assert target.read_bytes() == b"still being written"
    assert _names(tmp_path) == ["report.pdf"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown")
def test_a_leftover_of_another_user_is_left_alone(tmp_path: Path) -> None:
    theirs = _leftover(tmp_path, "minutes.md")
    os.chown(theirs, 65534, 65534)
    write_atomically(tmp_path / "minutes.md", b"mine")
    assert theirs.exists()


def test_a_long_file_name_gets_a_temp_file_too(tmp_path: Path) -> None:
    target = tmp_path / ("ø" * 120 + ".md")  # 244 bytes: the longest names most systems allow
    write_atomically(target, b"long")
    assert target.read_bytes() == b"long"
    assert _names(tmp_path) == [target.name]


def test_atomic_path_hands_out_a_private_empty_file_and_renames_it(tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    with atomic_path(target, replace=False) as tmp:
        assert tmp.parent == tmp_path and tmp.name.endswith(".coordinator-tmp")
        assert tmp.stat().st_size == 0
        if os.name == "posix":
            assert _mode(tmp) == 0o600
        tmp.write_bytes(b"database pages")
        assert not target.exists()
    assert target.read_bytes() == b"database pages"
    assert _names(tmp_path) == ["copy.sqlite"]

    with pytest.raises(ValueError), atomic_path(tmp_path / "other.sqlite") as tmp:
        tmp.write_bytes(b"half")
        tmp.with_name(tmp.name + "-journal").write_bytes(b"journal")
        raise ValueError("copy failed")
    assert _names(tmp_path) == ["copy.sqlite"]


# --- private folders for one run of the app ---------------------------------------------------


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          check=True, capture_output=True, text=True)  # fmt: skip
    return int(proc.stdout)


@posix_only
def test_a_private_folder_is_the_runs_own_and_goes_with_it(temp_root: Path) -> None:
    folder = make_private_folder("coordinator-print")
    assert folder.parent == temp_root
    assert folder.name.startswith(f"coordinator-print-{os.getpid()}-")
    assert _mode(folder) == 0o700
    (folder / "agenda.pdf").write_bytes(b"%PDF")
    remove_private_folder(folder)
    assert not folder.exists()
    remove_private_folder(folder)  # twice (quit, then exit): no error


@posix_only
def test_folders_of_killed_runs_are_removed_and_nothing_else(
    temp_root: Path, tmp_path: Path
) -> None:
    victim = _victim(tmp_path)
    dead = _dead_pid()
    stale = temp_root / f"coordinator-print-{dead}-{HEX[:8]}"
    stale.mkdir(mode=0o700)
    (stale / "agenda.pdf").write_bytes(b"%PDF group-only")
    (stale / "link").symlink_to(victim)
    (stale / "dirlink").symlink_to(victim.parent)
    running = make_private_folder("coordinator-print")  # this run's own
    link = temp_root / f"coordinator-print-{dead}-{HEX[8:]}"
    link.symlink_to(victim.parent)
    plain = temp_root / f"coordinator-print-{dead}-aaaaaaaa"
    plain.write_bytes(b"not a folder")
    other_prefix = temp_root / f"coordinator-scan-{dead}-{HEX[:8]}"
    other_prefix.mkdir()

    removed = remove_stale_private_folders("coordinator-print")

    assert removed == [stale]
    assert not os.path.lexists(stale)
    assert running.is_dir()
    assert link.is_symlink() and plain.exists() and other_prefix.is_dir()
    assert victim.read_bytes() == b"the victim's own text\n"
    assert sorted(p.name for p in victim.parent.iterdir()) == ["victim.txt"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown")
def test_a_folder_of_another_user_is_left_alone(temp_root: Path) -> None:
    theirs = temp_root / f"coordinator-print-{_dead_pid()}-{HEX[:8]}"
    theirs.mkdir()
    os.chown(theirs, 65534, 65534)
    assert remove_stale_private_folders("coordinator-print") == []
    assert theirs.is_dir()


def test_a_missing_folder_is_named_not_the_temp_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        write_atomically(tmp_path / "no such folder" / "minutes.md", b"x")
    assert caught.value.filename == str(tmp_path / "no such folder")
    assert "coordinator-tmp" not in str(caught.value)


@posix_only
def test_a_file_system_without_modes_still_gets_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT on a USB stick refuses chmod: the backup or export is written all the same."""

    def no_modes(_fd: int, _mode: int) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "fchmod", no_modes)
    target = tmp_path / "copy.sqlite"
    write_atomically(target, b"whole", replace=False)
    assert target.read_bytes() == b"whole"
    assert _names(tmp_path) == ["copy.sqlite"]
