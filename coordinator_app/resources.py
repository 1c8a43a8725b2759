"""Where the files shipped beside the code (fonts, icons, translations) are found."""

from __future__ import annotations

import os
from pathlib import Path

RESOURCES_ENV = "COORDINATOR_RESOURCES"

#: The app's one reverse-DNS id: the name of its desktop file, AppStream metainfo and icons
#: (packaging/linux/) and the app id Wayland and the desktop match the window with.
APP_ID = "dk.coordinatorapp.Coordinator"


def resources_dir() -> Path:
    """The top-level `resources/` folder, or the folder named by $COORDINATOR_RESOURCES."""
    override = os.environ.get(RESOURCES_ENV, "").strip()
    if override:
        return Path(override).expanduser().resolve()
    return Path(__file__).resolve().parent.parent / "resources"


def font_path(name: str) -> Path:
    """The path of a shipped font file such as "DejaVuSans.ttf"; raises if it is missing."""
    path = resources_dir() / "fonts" / name
    if not path.is_file():
        raise FileNotFoundError(f"Font {name!r} is not in {path.parent}")
    return path


def app_icon_path() -> Path:
    """The app's icon (SVG), also the source of the hicolor PNGs (packaging/render_icons.py)."""
    return resources_dir() / "icons" / f"{APP_ID}.svg"
