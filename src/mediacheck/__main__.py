"""``python -m mediacheck``: the same command line as ``mediacheck``."""

from mediacheck.cli import main

main(prog_name="mediacheck")
