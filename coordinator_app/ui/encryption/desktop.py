"""The desktop's screen lock and the computer's sleep, heard over D-Bus (Linux desktops).

- the session bus's screen saver (`org.freedesktop.ScreenSaver`, as KDE and others offer it,
  also at `/ScreenSaver`, and GNOME's `org.gnome.ScreenSaver`): `ActiveChanged(true)` when the
  screen locks or blanks;
- logind on the system bus (`org.freedesktop.login1.Manager`): `PrepareForSleep(true)` before
  the computer suspends or hibernates.

Either makes the app lock (`lock.py`). Where there is no bus (no desktop session, another
system, PySide6 without QtDBus) nothing is connected, and nothing is logged.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import SLOT, QObject, Signal, Slot

#: (service, path, interface) of the screen savers whose `ActiveChanged(bool)` is heard. The
#: service is left open (""): KDE, GNOME and others name theirs differently.
SCREEN_SAVERS = (
    ("", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
#: logind's manager, whose `PrepareForSleep(bool)` comes before a suspend.
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class Bus(Protocol):
    """What is used of a `QDBusConnection` (tests give a fake one)."""

    def isConnected(self) -> bool: ...

    def connect(
        self, service: str, path: str, interface: str, name: str, receiver: QObject, slot: str, /
    ) -> bool: ...


class DesktopWatcher(QObject):
    """Emits `lock_requested` when the desktop locks its screen or the computer goes to sleep."""

    lock_requested = Signal()

    @Slot(bool)
    def screen_saver_active(self, active: bool) -> None:
        """The screen saver's `ActiveChanged`: the screen locked (True) or unlocked."""
        if active:
            self.lock_requested.emit()

    @Slot(bool)
    def prepare_for_sleep(self, sleeping: bool) -> None:
        """logind's `PrepareForSleep`: about to sleep (True) or woken up."""
        if sleeping:
            self.lock_requested.emit()

    def listen(self, session: Bus | None, system: Bus | None) -> list[str]:
        """Connect to the buses' signals; the names of the signals now heard."""
        heard: list[str] = []
        if session is not None and session.isConnected():
            for service, path, interface in SCREEN_SAVERS:
                if session.connect(
                    service,
                    path,
                    interface,
                    "ActiveChanged",
                    self,
                    SLOT("screen_saver_active(bool)"),
                ):
                    heard.append(f"{interface}.ActiveChanged at {path}")
        if system is not None and system.isConnected():
            service, path, interface = LOGIND
            if system.connect(
                service, path, interface, "PrepareForSleep", self, SLOT("prepare_for_sleep(bool)")
            ):
                heard.append(f"{interface}.PrepareForSleep")
        return heard


def watch_desktop(parent: QObject) -> DesktopWatcher:
    """A watcher listening to this session's buses (if there are any)."""
    watcher = DesktopWatcher(parent)
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a PySide6 without QtDBus (not Linux): nothing to hear
        return watcher
    # PySide6's stubs say the slot is bytes; it takes the str `SLOT()` gives (and refuses bytes).
    watcher.listen(cast(Bus, QDBusConnection.sessionBus()), cast(Bus, QDBusConnection.systemBus()))
    return watcher
