"""Colours and sizes: every text/background pair at least 4.5:1, body text at least 12 pt."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from window_helpers import application, settings_for

from secondopinion_desktop.ui import settings_keys, theme

Role = QPalette.ColorRole


def test_contrast_ratio_matches_known_wcag_values() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("scheme", [theme.NORMAL, theme.HIGH_CONTRAST], ids=["normal", "high"])
def test_every_text_pair_reaches_four_and_a_half_to_one(scheme: theme.Scheme) -> None:
    failing = [
        (what, round(theme.contrast_ratio(fg, bg), 2))
        for what, fg, bg in theme.text_pairs(scheme)
        if theme.contrast_ratio(fg, bg) < 4.5
    ]
    assert failing == []


def test_fusions_own_failing_colours_are_replaced() -> None:
    # Fusion's highlight and placeholder fail the 4.5:1 contrast rule; ours must not.
    palette = theme.normal_palette()
    highlight = palette.color(Role.Highlight).name()
    chosen = palette.color(Role.HighlightedText).name()
    placeholder = palette.color(Role.PlaceholderText).name()
    base = palette.color(Role.Base).name()
    assert theme.contrast_ratio(chosen, highlight) >= 4.5
    assert theme.contrast_ratio(placeholder, base) >= 4.5


@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high"])
def test_applied_palette_roles_pair_up_at_four_and_a_half(qtbot: object, contrast: bool) -> None:
    palette = theme.palette_for(theme.scheme(contrast))
    pairs = [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.PlaceholderText, Role.Base),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Link, Role.Base),
        (Role.Link, Role.Window),
    ]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in pairs:
            ratio = theme.contrast_ratio(
                palette.color(group, fg).name(), palette.color(group, bg).name()
            )
            assert ratio >= 4.5, (group, fg, bg, ratio)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        disabled = palette.color(QPalette.ColorGroup.Disabled, role).name()
        for bg in (Role.Window, Role.Base, Role.Button):
            assert theme.contrast_ratio(disabled, palette.color(bg).name()) >= 4.5


@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high"])
def test_stylesheet_uses_only_the_checked_colours(contrast: bool) -> None:
    scheme = theme.scheme(contrast)
    allowed = {value.lower() for value in vars(scheme).values()} | {"transparent"}
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", theme.stylesheet(contrast))}
    assert used, "the stylesheet should name its colours"
    assert used <= allowed


def test_default_body_text_is_at_least_twelve_points(qtbot: object, tmp_path: Path) -> None:
    app = application()
    theme.apply(app, settings_for(tmp_path))
    assert app.font().pointSizeF() >= 12.0


def test_text_size_applies_to_the_application_font(qtbot: object, tmp_path: Path) -> None:
    app = application()
    settings = settings_for(tmp_path)
    settings.setValue(settings_keys.TEXT_SCALE.key, 2.0)
    theme.apply(app, settings)
    try:
        assert app.font().pointSizeF() == pytest.approx(24.0)
    finally:
        settings.setValue(settings_keys.TEXT_SCALE.key, 1.0)
        theme.apply(app, settings)


def test_text_size_steps_stay_between_100_and_200_percent() -> None:
    assert theme.larger(1.0) > 1.0
    assert theme.larger(2.0) == 2.0
    assert theme.smaller(1.0) == 1.0
    assert theme.smaller(2.0) < 2.0
    scale = 1.0
    seen = [scale]
    while theme.larger(scale) != scale:
        scale = theme.larger(scale)
        seen.append(scale)
    assert seen[0] == 1.0 and seen[-1] == 2.0 and len(seen) >= 4


def test_unreadable_settings_fall_back_to_normal(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    settings.setValue(settings_keys.TEXT_SCALE.key, "huge")
    assert theme.text_scale(settings) == 1.0
    settings.setValue(settings_keys.TEXT_SCALE.key, 9)
    assert theme.text_scale(settings) == 2.0
    assert theme.high_contrast(settings) is False


def test_high_contrast_application_palette_is_black_white_yellow(
    qtbot: object, tmp_path: Path
) -> None:
    app = application()
    settings = settings_for(tmp_path)
    settings.setValue(settings_keys.HIGH_CONTRAST.key, True)
    theme.apply(app, settings)
    try:
        palette = app.palette()
        assert palette.color(Role.Window) == QColor("#000000")
        assert palette.color(Role.WindowText) == QColor("#ffffff")
        assert palette.color(Role.Highlight) == QColor("#ffff00")
    finally:
        settings.setValue(settings_keys.HIGH_CONTRAST.key, False)
        theme.apply(app, settings)
    assert app.palette().color(Role.Window) == QColor(theme.NORMAL.window)
