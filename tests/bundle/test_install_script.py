"""The bundle's install.sh (packaging/linux/install.sh), run on a bundle whose program is a
stand-in script, into a temporary HOME: what it adds, that --uninstall takes exactly that away,
that it can run twice, and that it never writes through or removes what it did not make.

CI runs it once more on the real bundle (packaging/ci-bundle.sh)."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from bundle_layout import APP_ID, lay_out

BASH = shutil.which("bash")
pytestmark = pytest.mark.skipif(BASH is None, reason="install.sh is a bash script")

STAND_IN = '#!/bin/sh\necho "stand-in coordinator-app $*"\n'


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "unpacked" / "coordinator-app-9.9"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "coordinator-app"
    program.write_text(STAND_IN)
    program.chmod(0o755)
    lay_out(folder)
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    # A space and a dollar sign: the menu entry's Exec must quote them.
    folder = tmp_path / "home of $USER"
    folder.mkdir()
    return folder


def run(
    script: Path, home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    environment.update(env or {})
    assert BASH is not None
    return subprocess.run(
        [BASH, str(script), *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def tree(folder: Path) -> dict[str, str]:
    """Every path under `folder` with what it is: a folder, a link and where to, a file's hash."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[name] = f"link -> {path.readlink()}"
        elif path.is_dir():
            found[name] = "dir"
        else:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def desktop_exec(entry: Path) -> list[str]:
    """The arguments of the entry's Exec key, unquoted as the Desktop Entry Specification says
    (string escapes first, then the double-quoted arguments)."""
    value = next(
        line.split("=", 1)[1] for line in entry.read_text().splitlines() if line.startswith("Exec=")
    )
    unescaped = value.replace("\\\\", "\0").replace("\0", "\\")
    arguments: list[str] = []
    current, quoted, index = "", False, 0
    while index < len(unescaped):
        char = unescaped[index]
        if quoted and char == "\\":
            index += 1
            assert unescaped[index] in '"`$\\', "only these are escaped in a quoted argument"
            current += unescaped[index]
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            arguments.append(current)
            current = ""
        else:
            assert char not in '"`$\\' or quoted, f"{char!r} must be quoted"
            current += char
        index += 1
    assert not quoted
    arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


def test_install_adds_the_program_the_menu_entry_and_the_icons(bundle: Path, home: Path) -> None:
    result = run(bundle / "install.sh", home)
    assert result.returncode == 0, result.stderr
    data = home / ".local" / "share"
    program = data / "coordinator-app" / "program"
    assert (program / "coordinator-app").read_text() == STAND_IN
    assert stat.S_IMODE((program / "coordinator-app").stat().st_mode) == 0o755
    launcher = home / ".local" / "bin" / "coordinator-app"
    assert launcher.readlink() == program / "coordinator-app"
    out = subprocess.run([str(launcher), "--version"], capture_output=True, text=True, check=True)
    assert out.stdout == "stand-in coordinator-app --version\n"

    entry = data / "applications" / f"{APP_ID}.desktop"
    assert desktop_exec(entry) == [str(program / "coordinator-app")]
    assert f"Icon={APP_ID}\n" in entry.read_text()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    icons = {p.relative_to(data / "icons").as_posix() for p in (data / "icons").rglob("*.*")}
    assert f"hicolor/scalable/apps/{APP_ID}.svg" in icons
    for size in (16, 32, 48, 64, 128, 256):
        assert f"hicolor/{size}x{size}/apps/{APP_ID}.png" in icons
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert checked.returncode == 0 and not checked.stdout, checked.stdout


def test_uninstall_removes_exactly_what_install_added(bundle: Path, home: Path) -> None:
    (home / ".local" / "share").mkdir(parents=True)
    (home / ".local" / "share" / "applications").mkdir()
    (home / ".local" / "share" / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    before = tree(home)
    assert run(bundle / "install.sh", home).returncode == 0
    assert tree(home) != before
    result = run(bundle / "install.sh", home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert tree(home) == before
    # Again: nothing installed, nothing to do.
    again = run(bundle / "install.sh", home, "--uninstall")
    assert again.returncode == 0 and "not installed" in again.stdout
    assert tree(home) == before


def test_install_twice_is_the_same_as_once(bundle: Path, home: Path) -> None:
    assert run(bundle / "install.sh", home).returncode == 0
    once = tree(home)
    assert run(bundle / "install.sh", home).returncode == 0
    assert tree(home) == once
    # From the installed copy too (the program folder copies itself over itself).
    installed = home / ".local" / "share" / "coordinator-app" / "program" / "install.sh"
    assert run(installed, home).returncode == 0
    assert tree(home) == once
    assert run(installed, home, "--uninstall").returncode == 0
    assert tree(home) == {}


def test_the_database_beside_the_program_is_never_touched(bundle: Path, home: Path) -> None:
    data = home / ".local" / "share" / "coordinator-app"
    (data / "backups").mkdir(parents=True)
    (data / "coordinator.sqlite").write_bytes(b"SQLite format 3\0members")
    (data / "backups" / "coordinator-20260101-120000-auto.sqlite").write_bytes(b"backup")
    before = tree(home)
    assert run(bundle / "install.sh", home).returncode == 0
    assert run(bundle / "install.sh", home, "--uninstall").returncode == 0
    assert tree(home) == before


def test_xdg_data_home_is_honoured_when_absolute(bundle: Path, home: Path, tmp_path: Path) -> None:
    data = tmp_path / "elsewhere"
    result = run(bundle / "install.sh", home, env={"XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "coordinator-app" / "program" / "coordinator-app").is_file()
    assert (data / "applications" / f"{APP_ID}.desktop").is_file()
    assert not (home / ".local" / "share").exists()
    removed = run(bundle / "install.sh", home, "--uninstall", env={"XDG_DATA_HOME": str(data)})
    assert removed.returncode == 0, removed.stderr
    assert tree(data) == {}
    assert tree(home) == {}
    # A relative XDG_DATA_HOME is ignored, as the XDG base directory specification says.
    assert run(bundle / "install.sh", home, env={"XDG_DATA_HOME": "relative"}).returncode == 0
    assert (home / ".local" / "share" / "applications" / f"{APP_ID}.desktop").is_file()


def test_a_link_in_the_way_is_neither_followed_nor_replaced(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "somebody-elses.desktop"
    outside.write_text("[Desktop Entry]\nName=Not ours\n")
    applications = home / ".local" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{APP_ID}.desktop").symlink_to(outside)
    before = tree(home)
    result = run(bundle / "install.sh", home)
    assert result.returncode == 1
    assert "link this script did not make" in result.stderr
    assert tree(home) == before
    assert outside.read_text() == "[Desktop Entry]\nName=Not ours\n"


def test_a_foreign_command_in_the_way_stops_the_install(bundle: Path, home: Path) -> None:
    bin_dir = home / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "coordinator-app").write_text("#!/bin/sh\n# pip's console script\n")
    before = tree(home)
    result = run(bundle / "install.sh", home)
    assert result.returncode == 1 and "in the way" in result.stderr
    assert tree(home) == before


def test_a_link_swapped_in_after_install_is_left_alone(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    assert run(bundle / "install.sh", home).returncode == 0
    entry = home / ".local" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    outside = tmp_path / "precious.xml"
    outside.write_text("precious")
    entry.unlink()
    entry.symlink_to(outside)
    result = run(bundle / "install.sh", home, "--uninstall")
    assert result.returncode == 0
    assert entry.is_symlink() and outside.read_text() == "precious"
    assert not (home / ".local" / "share" / "coordinator-app").exists()


def test_a_folder_it_did_not_make_is_not_uninstalled(bundle: Path, home: Path) -> None:
    program = home / ".local" / "share" / "coordinator-app" / "program"
    program.mkdir(parents=True)
    (program / "notes.txt").write_text("mine")
    before = tree(home)
    assert run(bundle / "install.sh", home).returncode == 1
    assert run(bundle / "install.sh", home, "--uninstall").returncode == 1
    assert tree(home) == before


def test_existing_icon_and_menu_caches_are_updated_none_created(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    tools = tmp_path / "tools"
    tools.mkdir()
    calls = tmp_path / "calls"
    for tool in ("gtk-update-icon-cache", "update-desktop-database"):
        (tools / tool).write_text(f'#!/bin/sh\necho "{tool} $*" >>"{calls}"\n')
        (tools / tool).chmod(0o755)
    path = f"{tools}:{os.environ.get('PATH', '/usr/bin:/bin')}"
    assert run(bundle / "install.sh", home, env={"PATH": path}).returncode == 0
    assert not calls.exists()  # no cache there, so none is made
    assert run(bundle / "install.sh", home, "--uninstall", env={"PATH": path}).returncode == 0

    data = home / ".local" / "share"
    (data / "icons" / "hicolor").mkdir(parents=True)
    (data / "icons" / "hicolor" / "icon-theme.cache").write_bytes(b"cache")
    (data / "applications").mkdir()
    (data / "applications" / "mimeinfo.cache").write_text("[MIME Cache]\n")
    assert run(bundle / "install.sh", home, env={"PATH": path}).returncode == 0
    assert calls.read_text().splitlines() == [
        f"gtk-update-icon-cache -q -t -f -- {data}/icons/hicolor",
        f"update-desktop-database -q -- {data}/applications",
    ]


def test_wrong_usage_exits_2(bundle: Path, home: Path) -> None:
    result = run(bundle / "install.sh", home, "--remove")
    assert result.returncode == 2 and "Usage" in result.stderr
    assert tree(home) == {}
