"""Command-line commands, one module per area; each ``run_*`` takes the parsed arguments."""
