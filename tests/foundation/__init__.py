"""Tests of the foundation: model, migrations, store, case file format and case commands."""
