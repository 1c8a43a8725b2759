"""Colours that mean something (an error, a warning, muted text), readable in light and dark mode.

The app draws with the system palette, so it follows the system's light or dark theme. The few
colours with a meaning are picked here from the palette's lightness: each variant keeps a
contrast of at least 4.5:1 (WCAG AA) against the palette's base colour, which a test checks.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


class Tone(Enum):
    ERROR = "error"
    WARNING = "warning"
    SUCCESS = "success"
    MUTED = "muted"
    ACCENT = "accent"
    HOLIDAY = "holiday"


_LIGHT = {
    Tone.ERROR: "#B3261E",
    Tone.WARNING: "#8A4B00",
    Tone.SUCCESS: "#1B6E2A",
    Tone.MUTED: "#5F6671",
    Tone.ACCENT: "#1F5FA8",
    Tone.HOLIDAY: "#B3261E",
}
_DARK = {
    Tone.ERROR: "#FF8A80",
    Tone.WARNING: "#FFB74D",
    Tone.SUCCESS: "#81C784",
    Tone.MUTED: "#A7AFBA",
    Tone.ACCENT: "#8AB4F8",
    Tone.HOLIDAY: "#FF8A80",
}


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette draws light text on a dark base (dark mode)."""
    return _palette(palette).color(QPalette.ColorRole.Base).lightness() < 128


def color(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The colour of `tone` for the current (or given) palette."""
    return QColor((_DARK if is_dark(palette) else _LIGHT)[tone])


def css(tone: Tone, palette: QPalette | None = None) -> str:
    """The colour as a style-sheet value ("#b3261e")."""
    return color(tone, palette).name()


def _luminance(value: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(value.redF())
        + 0.7152 * channel(value.greenF())
        + 0.0722 * channel(value.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
