"""Persistence: SQLAlchemy models, opening and migrating databases, backups. No Qt here."""
