"""Storage: the store's location, opening and checking it, migrations, backups."""
