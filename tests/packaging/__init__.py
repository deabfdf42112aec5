"""Tests of the installers' parts that run here: smoke script, metainfo, Depends, workflow, wheels."""
