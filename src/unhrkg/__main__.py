"""``python -m unhrkg`` runs the command line."""
from unhrkg.cli import main

main()
