"""Render the app's icon (resources/icons/<APP_ID>.svg) as the PNGs of the hicolor theme.

    python packaging/render_icons.py            # writes packaging/linux/icons/hicolor/NxN/apps/
    python packaging/render_icons.py --check    # exit 1 if a PNG differs from a fresh render

`make icons` runs the first; a test runs the second (`tests/packaging/test_linux_files.py`), so
that an edited SVG cannot ship with stale PNGs. Rendered with Qt's own SVG renderer (QtSvg),
offscreen: no display and no other tool needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coordinator_app.resources import APP_ID  # noqa: E402

SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
SIZES = (16, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int, svg: Path = SVG) -> QImage:
    """The icon as a `size`×`size` image with a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, b"PNG"):
        raise OSError("Qt could not write a PNG image")
    buffer.close()
    return bytes(data.data())


def difference(first: QImage, second: QImage) -> float:
    """The largest difference of one colour channel between two images of one size (0-255);
    256 if their sizes differ."""
    if first.size() != second.size():
        return 256.0
    a = first.convertToFormat(QImage.Format.Format_RGBA8888)
    b = second.convertToFormat(QImage.Format.Format_RGBA8888)
    return float(
        max(abs(x - y) for x, y in zip(bytes(a.constBits()), bytes(b.constBits()), strict=True))
    )


def stale_pngs(tolerance: float = 8.0) -> list[str]:
    """The sizes whose PNG is missing or differs from a fresh render by more than `tolerance`
    in any channel of any pixel (renderers of other Qt versions round edges differently)."""
    stale: list[str] = []
    for size in SIZES:
        path = png_path(size)
        committed = QImage(str(path))
        if committed.isNull() or difference(committed, render(size)) > tolerance:
            stale.append(f"{path.relative_to(ROOT)}")
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the PNGs")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if args.check:
        stale = stale_pngs()
        for name in stale:
            print(f"{name} differs from {SVG.relative_to(ROOT)}: run `make icons`", file=sys.stderr)
        return 1 if stale else 0
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png_bytes(render(size)))
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
