"""The command line, forked per command, for the kill tests (tests/store/test_kill_writes.py).

Run as `python tests/kill_writes_worker.py`. It imports the command line and the writers its
commands load lazily once, then serves requests read from stdin, one JSON object a line, each run
in a forked child process (so that a test can kill many commands with SIGKILL without paying
Python's start-up each time):

    {"argv": [...], "log": "FILE", "kill_after": SECONDS or null}
            the child runs `coordinator_app.cli.main.main(argv)` with its output in FILE; the
            server kills it with SIGKILL after SECONDS (the child is not reaped before, so its
            process id cannot have gone to another process meanwhile)
    "quit"  end the server

After each child ends (killed or not), the server prints "exit STATUS" (-9 when killed before it
ended).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import traceback

import coordinator_app.exchange.minutes_export
import coordinator_app.exchange.minutes_md
import coordinator_app.store.backups  # noqa: F401  (loaded here, not in every child)
from coordinator_app.cli.main import main


def say(line: str) -> None:
    # Unbuffered and in one write: nothing is lost or doubled when a child dies.
    os.write(1, (line + "\n").encode("utf-8"))


def child(request: dict[str, object]) -> None:
    code = 99
    try:
        log = os.open(str(request["log"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(log, 1)
        os.dup2(log, 2)
        argv = request["argv"]
        assert isinstance(argv, list)
        code = main([str(arg) for arg in argv])
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def serve() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        if request == "quit":
            return
        pid = os.fork()
        if pid == 0:
            child(request)
        kill_after = request.get("kill_after")
        if kill_after is not None:
            time.sleep(float(kill_after))
            os.kill(pid, signal.SIGKILL)  # running, or ended and not yet reaped: ours either way
        _, status = os.waitpid(pid, 0)
        say(f"exit {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    serve()
