"""`python -m defence_kg` runs the command line."""
from defence_kg.cli import main

raise SystemExit(main())
