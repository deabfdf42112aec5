"""Which side columns fit beside the page: a column brought back by hand comes back whenever
it fits beside the pages themselves, even when a stand-in width would fold it."""

from __future__ import annotations

from secondopinion_desktop.ui.column_fit import Fit, columns_that_fit

# At 200% on a 1024 screen: room for the page and one column, the welcome 698 wide, the widest
# step built so far 644, the people column 271, the steps 288.
ROOM, WELCOME, STEP, PEOPLE, STEPS = 964, 698, 644, 271, 288


def test_both_fold_for_the_stand_in_until_one_is_asked_back() -> None:
    assert columns_that_fit(ROOM, WELCOME, PEOPLE, STEPS) == Fit(people=False, steps=False)


def test_the_people_asked_back_show_and_the_steps_stay_folded() -> None:
    fit = columns_that_fit(ROOM, WELCOME, PEOPLE, STEPS, first="people", asked_needs=STEP)
    assert fit == Fit(people=True, steps=False)


def test_the_steps_asked_back_show_and_the_people_fold() -> None:
    fit = columns_that_fit(ROOM, WELCOME, PEOPLE, STEPS, first="steps", asked_needs=STEP)
    assert fit == Fit(people=False, steps=True)


def test_only_the_asked_column_comes_back_beside_a_narrow_step() -> None:
    # Beside the first step alone (320) both would fit; the other column stays as the
    # stand-in decides, so the columns do not change again at the next, wider step.
    fit = columns_that_fit(ROOM, WELCOME, PEOPLE, STEPS, first="people", asked_needs=320)
    assert fit == Fit(people=True, steps=False)


def test_an_asked_column_with_no_room_even_beside_the_steps_stays_folded() -> None:
    fit = columns_that_fit(800, WELCOME, PEOPLE, STEPS, first="people", asked_needs=STEP)
    assert fit == Fit(people=False, steps=False)


def test_a_hidden_people_list_is_not_brought_back_by_the_steps() -> None:
    fit = columns_that_fit(
        ROOM, WELCOME, PEOPLE, STEPS, first="people", people_wanted=False, asked_needs=STEP
    )
    assert fit == Fit(people=False, steps=False)


def test_room_for_all_shows_all_whatever_was_asked() -> None:
    fit = columns_that_fit(1400, WELCOME, PEOPLE, STEPS, first="people", asked_needs=STEP)
    assert fit == Fit(people=True, steps=True)
