"""Plain-Python domain rules: no Qt, no SQL. Everything above may import from here."""
