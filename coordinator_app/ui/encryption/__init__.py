"""The GUI of the encrypted database (issue #16), built on `store.keys` and `store.encryption`.

- `passphrase.py` — a new passphrase typed twice, with a strength hint in plain words;
- `recovery.py` — the recovery key shown once: large, grouped, printable, saved to a 0600 file;
- `unlock.py` — the passphrase or recovery key that opens an encrypted database (also at the
  start, before SQLAlchemy is loaded: it imports PySide6 and the store's `keys` and
  `sqlite_file` only);
- `opening.py` — what `ui/startup.open_for_gui` asks before and after a database is opened: a
  new one is encrypted unless the user insists otherwise, an encrypted one is unlocked, the key
  remembered on this computer if asked, a new passphrase offered after the recovery key;
- `texts.py` — the texts of the store's key errors (`ui/messages.py` uses them too);
- `actions.py` — File ▸ Encrypt database…, Change passphrase…, Forget remembered key, Lock;
- `lock.py`, `lock_screen.py`, `desktop.py` — locking on request, after a while without input,
  and when the desktop locks its screen or goes to sleep.
"""
