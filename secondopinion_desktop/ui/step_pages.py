"""The window's step pages, each built the first time it is asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from secondopinion_desktop.ui.pages.base import StepPage
    from secondopinion_desktop.ui.steps import Step


class StepPages(Sequence["StepPage"]):
    """All the steps of a case, in order; ``pages[i]`` builds step ``i`` if it is not built yet.

    Building every page at once cost about 20 MiB and 0.3 s at start, for pages most visits
    never open. What the frame needs of every step (its key, its title, whether it is done)
    comes from the step table (ui/steps.py) and the readiness rule, never from a built page; only
    ``built()`` is walked where a page's own state matters (saving what is typed).
    """

    def __init__(
        self, steps: Sequence[Step] = (), make: Callable[[Step], StepPage] | None = None
    ) -> None:
        self.steps = tuple(steps)
        self._make = make
        self._pages: list[StepPage | None] = [None] * len(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    @overload
    def __getitem__(self, index: int) -> StepPage: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[StepPage]: ...

    def __getitem__(self, index: int | slice) -> StepPage | Sequence[StepPage]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        page = self._pages[index]
        if page is None:
            assert self._make is not None, "no way to build the pages yet"
            page = self._make(self.steps[index])
            self._pages[index] = page
        return page

    def __iter__(self) -> Iterator[StepPage]:
        return (self[i] for i in range(len(self)))

    def __contains__(self, value: object) -> bool:
        # A page not built yet is no widget anyone holds: looking among the built is enough.
        return any(page is value for page in self._pages)

    def built(self) -> list[StepPage]:
        """The pages built so far, in the order of the steps."""
        return [page for page in self._pages if page is not None]

    def is_built(self, index: int) -> bool:
        return self._pages[index] is not None

    def step_keys(self) -> list[str]:
        return [step.key for step in self.steps]

    def step_titles(self) -> list[str]:
        return [step.title() for step in self.steps]

    def index_of(self, key: str) -> int | None:
        """The place of the step ``key``, or None when there is no such step."""
        return next((i for i, step in enumerate(self.steps) if step.key == key), None)
