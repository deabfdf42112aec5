"""Paper size and language when none is chosen, from the computer's locale."""

from __future__ import annotations

import pytest

from secondopinion_desktop.reports.language import default_language
from secondopinion_desktop.reports.paper import country_of, default_paper, paper_for_locale


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US.UTF-8", "letter"),
        ("es_MX.UTF-8", "letter"),
        ("fr_CA", "letter"),
        ("en_PH.utf8", "letter"),
        ("es_ES.UTF-8", "a4"),
        ("en_GB.UTF-8", "a4"),
        ("de_DE@euro", "a4"),
        ("C.UTF-8", "letter"),
        (None, "letter"),
    ],
)
def test_paper_for_locale(name: str | None, paper: str) -> None:
    assert paper_for_locale(name) == paper


def test_country_of() -> None:
    assert country_of("es_US.UTF-8") == "US"
    assert country_of("en-CA") == "CA"
    assert country_of("C") is None


def test_default_paper_reads_lc_paper_before_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert default_paper() == "letter"
    monkeypatch.setenv("LC_PAPER", "de_DE.UTF-8")
    assert default_paper() == "a4"


def test_default_paper_falls_back_on_the_desktop_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert default_paper("en_GB") == "a4"
    assert default_paper("es_MX") == "letter"
    assert default_paper("C") == "letter"


def test_default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert default_language() == "es"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert default_language() == "en"
