"""The one search across members and minutes (issue #17)."""
