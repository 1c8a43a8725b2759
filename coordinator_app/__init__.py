"""Coordinator: an offline desktop app for the coordinator of a professional peer network group."""

__version__ = "0.1.0"
