"""``python -m newsloupe`` runs the CLI."""

from newsloupe.cli import main

main()
