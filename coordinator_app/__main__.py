"""The `coordinator-app` entry point: the desktop app without a command, else the command line."""

from __future__ import annotations

import io
import sys


def _utf8_output() -> None:
    """Write UTF-8 to pipes and files, whatever the platform's default encoding.

    Names with æ, ø, å or Ł would otherwise fail to print where the default is a legacy code page
    (Windows); a terminal keeps its own encoding and shows "?" for what it cannot display.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            if stream.isatty():
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8")


def main() -> None:
    """Start the GUI when no command is given, else run the command and exit with its status."""
    from coordinator_app.cli.main import build_parser
    from coordinator_app.cli.main import main as cli_main

    argv = sys.argv[1:]
    # Parsing first also answers --help and reports wrong usage (exit 2) before any Qt is loaded.
    args = build_parser().parse_args(argv)
    if args.command is None:
        # Imported only here, so that the command line never loads Qt.
        from coordinator_app.ui.app import run_gui

        raise SystemExit(run_gui(args.db))
    _utf8_output()
    raise SystemExit(cli_main(argv))


if __name__ == "__main__":
    main()
