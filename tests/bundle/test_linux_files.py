"""The desktop integration files (packaging/linux/) agree with the app and with each other: one
application id, the version of pyproject.toml, the console script's name, icons rendered from
the current SVG; and the bundle's helpers (packaging/bundle_layout.py, bundle_elf.py)."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import bundle_elf
import bundle_layout
import pytest
import render_icons
from PySide6.QtGui import QGuiApplication, QImage

import coordinator_app
from coordinator_app.resources import APP_ID, app_icon_path

LINUX = bundle_layout.LINUX
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_one_application_id_everywhere() -> None:
    assert APP_ID == "dk.coordinatorapp.Coordinator"
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert app_icon_path().name == f"{APP_ID}.svg" and app_icon_path().is_file()


def test_the_menu_entry_starts_the_console_script() -> None:
    import tomllib

    scripts = tomllib.loads((bundle_layout.ROOT / "pyproject.toml").read_text())["project"][
        "scripts"
    ]
    assert scripts == {"coordinator-app": "coordinator_app.__main__:main"}
    entry = desktop_entry()
    assert entry["Exec"] == entry["TryExec"] == bundle_layout.EXECUTABLE == "coordinator-app"
    assert ET.parse(METAINFO).getroot().findtext("provides/binary") == "coordinator-app"
    # Qt's X11 window class is the application name (ui/app.py): the desktop matches it.
    assert entry["StartupWMClass"] == "Coordinator"
    assert entry["Name"] == "Coordinator" and entry["Comment[da]"] and entry["Comment"]


def test_the_newest_release_is_this_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == bundle_layout.version() == coordinator_app.__version__


def test_the_description_is_in_english_and_danish() -> None:
    description = ET.parse(METAINFO).getroot().find("description")
    assert description is not None
    paragraphs = description.findall("p")
    assert [p.get(XML_LANG) for p in paragraphs] == [None, "da"]
    assert "fortroligt" in (paragraphs[1].text or "")
    lists = description.findall("ul")
    assert [ul.get(XML_LANG) for ul in lists] == [None, "da"]
    assert len(lists[0]) == len(lists[1])
    rating = ET.parse(METAINFO).getroot().find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_pngs_are_rendered_from_the_current_svg(qapp: QGuiApplication) -> None:
    assert render_icons.stale_pngs() == [], "run `make icons`"
    for size in render_icons.SIZES:
        image = QImage(str(render_icons.png_path(size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        # Transparent in the corner, the table's blue in the middle.
        assert image.pixelColor(0, 0).alpha() == 0
        middle = image.pixelColor(size // 2, size // 2)
        assert middle.blue() > 150 and middle.red() < 80


def test_a_changed_svg_makes_the_pngs_stale(qapp: QGuiApplication, tmp_path: Path) -> None:
    changed = tmp_path / "icon.svg"
    changed.write_text(app_icon_path().read_text().replace("#1F5FA8", "#B3261E"))
    rendered = render_icons.render(64, changed)
    assert render_icons.difference(rendered, render_icons.render(64)) > 100


def test_the_bundle_carries_every_integration_file(tmp_path: Path) -> None:
    bundle_layout.lay_out(tmp_path)
    names = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert names == {
        "install.sh",
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in render_icons.SIZES),
    }
    assert (tmp_path / "install.sh").stat().st_mode & 0o111


def test_the_archive_unpacks_into_a_folder_of_its_version(tmp_path: Path) -> None:
    bundle = tmp_path / "coordinator-app"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "lib.so.1").write_bytes(b"library")
    (bundle / "_internal" / "lib.so").symlink_to("lib.so.1")
    archive = bundle_layout.make_archive(bundle, "1.2.3", tmp_path)
    assert archive.name == "coordinator-app-1.2.3-linux-x86_64.tar.gz"
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert set(members) == {
        "coordinator-app-1.2.3",
        "coordinator-app-1.2.3/_internal",
        "coordinator-app-1.2.3/_internal/lib.so.1",
        "coordinator-app-1.2.3/_internal/lib.so",
    }
    link = members["coordinator-app-1.2.3/_internal/lib.so"]
    assert link.issym() and link.linkname == "lib.so.1"
    assert all(m.uid == 0 and m.uname == "" for m in members.values())


def test_elf_files_tell_what_they_need(tmp_path: Path) -> None:
    spec = importlib.util.find_spec("PySide6.QtCore")
    assert spec is not None and spec.origin is not None
    elf = bundle_elf.read_elf(Path(spec.origin))
    assert elf is not None
    assert "libQt6Core.so.6" in elf.needed
    assert ".dynamic" in elf.sections
    text = tmp_path / "not-elf"
    text.write_text("#!/bin/sh\n")
    assert bundle_elf.read_elf(text) is None
