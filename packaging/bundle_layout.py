"""What the desktop bundle carries beside the program, and its archive.

`make bundle` (packaging/coordinator-app.spec) puts PyInstaller's one-folder build at
`dist/coordinator-app/` and then calls `lay_out` and `make_archive` from here:

    dist/coordinator-app/
        coordinator-app           the program (desktop app and command line)
        _internal/                Python, Qt and the app's files
        install.sh                installs it for the user (packaging/linux/install.sh)
        share/applications/       the menu entry (packaging/linux/<APP_ID>.desktop)
        share/metainfo/           the AppStream metadata
        share/icons/hicolor/      the icons: the SVG of resources/icons and its PNGs
    dist/coordinator-app-VERSION-linux-x86_64.tar.gz   the same, in a folder coordinator-app-VERSION

The tests lay out a bundle with a stand-in program from the same list (`share_files`).
"""

from __future__ import annotations

import shutil
import tarfile
import tomllib
from pathlib import Path

from coordinator_app.resources import APP_ID as APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
EXECUTABLE = "coordinator-app"


def version() -> str:
    """The version in pyproject.toml (the one `coordinator_app.__version__` must have)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def share_files() -> list[tuple[Path, str]]:
    """(source, path in the bundle) of every file beside the program."""
    files = [
        (LINUX / "install.sh", "install.sh"),
        (LINUX / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop"),
        (LINUX / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml"),
        (
            ROOT / "resources" / "icons" / f"{APP_ID}.svg",
            f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        ),
    ]
    icons = LINUX / "icons"
    for png in sorted(icons.glob(f"hicolor/*/apps/{APP_ID}.png")):
        files.append((png, f"share/icons/{png.relative_to(icons).as_posix()}"))
    return files


def lay_out(bundle: Path) -> None:
    """Copy the files of `share_files` into the bundle folder `bundle`."""
    for source, name in share_files():
        if not source.is_file():
            raise FileNotFoundError(f"{source} is missing (see packaging/bundle_layout.py)")
        target = bundle / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        target.chmod(0o755 if name.endswith(".sh") else 0o644)


def archive_name(release: str) -> str:
    return f"{EXECUTABLE}-{release}-linux-x86_64.tar.gz"


def make_archive(bundle: Path, release: str, into: Path) -> Path:
    """`bundle` as a .tar.gz in `into`, unpacking to a folder `coordinator-app-<release>`.

    Owners are left out (root, as for any download) and links stay links."""
    target = into / archive_name(release)
    partial = target.with_name(target.name + ".partial")

    def anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(partial, "w:gz", compresslevel=9) as archive:
        archive.add(bundle, arcname=f"{EXECUTABLE}-{release}", filter=anonymous)
    partial.replace(target)
    return target
