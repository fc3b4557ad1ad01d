"""A progress bar on a terminal only (tqdm), silent in pipes, CI logs and with ``--quiet``."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

QUIET = False  # set by the command line's --quiet


def progress(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """``items`` with a tqdm bar on stderr when it is a terminal and the run is not quiet."""
    if QUIET or not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=description, total=total, unit="doc", leave=False, file=sys.stderr)


def tracked(done: Callable[[T], None], total: int, description: str) -> Callable[[T], None]:
    """``done`` that also advances a bar of ``total`` steps (for callbacks from worker pools)."""
    if QUIET or total < 1 or not sys.stderr.isatty():
        return done
    from tqdm import tqdm

    bar = tqdm(total=total, desc=description, unit="doc", leave=False, file=sys.stderr)

    def advance(item: T) -> None:
        done(item)
        bar.update(1)
        if bar.n >= total:
            bar.close()

    return advance
