"""Where the files shipped beside the code (fonts, icons, translations) are found."""

from __future__ import annotations

import os
from pathlib import Path

RESOURCES_ENV = "COORDINATOR_RESOURCES"


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
