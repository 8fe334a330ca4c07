"""`python -m defence_kg` runs the command line."""

from defence_kg.cli.main import entry

entry()
