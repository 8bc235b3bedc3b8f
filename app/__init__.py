"""Rapport: personal networking messages, drafted from templates and checked as you type."""

__version__ = "0.1.0"

# `rapport --exit-after-startup`: the window, closed once it shows the user's data
# (bench/bench_startup.py times it). Read by app/cli.py and app/commands/parser.py.
EXIT_AFTER_STARTUP = "--exit-after-startup"
