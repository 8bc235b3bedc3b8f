"""Rapport: personal networking messages, drafted from templates and checked as you type."""

__version__ = "0.1.0"
