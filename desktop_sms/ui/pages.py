"""Rows read a page at a time, for table models over large tables: a view asks only for
the rows on screen, so a model reads those pages and keeps the ones used last."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

PAGE = 256
MAX_PAGES = 64  # cached pages; older ones are dropped and re-read if scrolled back to


def _keep(_row: object) -> object:
    return None


class PageCache(Generic[T]):
    """``read(offset, limit)`` gives the rows of a page; ``key`` names a row (its id), so
    a loaded row can be found and replaced; ``dropped`` hears of each row let go."""

    def __init__(self, read: Callable[[int, int], list[T]], key: Callable[[T], int],
                 dropped: Callable[[T], object] = _keep) -> None:
        self._read = read
        self._key = key
        self._dropped = dropped
        self._pages: OrderedDict[int, list[T]] = OrderedDict()
        self._row_of: dict[int, int] = {}  # key -> row, for loaded rows

    def get(self, row: int) -> T | None:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE] if row % PAGE < len(page) else None

    def row_of(self, key: int) -> int | None:
        """The row of a loaded row with this key (None if not loaded)."""
        return self._row_of.get(key)

    def replace(self, row: int, value: T) -> None:
        """Put a fresh copy of a loaded row in its place."""
        page = self._pages.get(row // PAGE)
        if page is not None and row % PAGE < len(page):
            page[row % PAGE] = value

    def clear(self) -> None:
        self._pages.clear()
        self._row_of.clear()

    def _load(self, number: int) -> list[T]:
        page = self._read(number * PAGE, PAGE)
        self._pages[number] = page
        for offset, value in enumerate(page):
            self._row_of[self._key(value)] = number * PAGE + offset
        while len(self._pages) > MAX_PAGES:
            _, dropped = self._pages.popitem(last=False)
            for value in dropped:
                self._row_of.pop(self._key(value), None)
                self._dropped(value)
        return page
