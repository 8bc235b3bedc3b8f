"""Imports from the window: choosing a file, confirming CSV columns, progress."""
