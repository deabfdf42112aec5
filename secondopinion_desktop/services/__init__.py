"""Services: what the window and the command line ask of the store (cases, bundles, backups)."""
