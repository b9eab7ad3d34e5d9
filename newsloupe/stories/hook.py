"""The run's hook: assign stories and claims as articles are committed, in id order.

Results come back in completion order; an article is assigned once every article of
the run with a smaller id has its outcome (the *frontier*), so assignment order is
always article id order and a re-run gives the same stories. Each assignment is its own
transaction after the article's; a killed run leaves the unassigned articles to the
next ``run`` (or ``newsloupe stories``), which starts again at the first of them.
"""

from __future__ import annotations

import heapq

from newsloupe.store import Store
from newsloupe.stories.assign import Linker


class StoriesHook:
    """Follows a run's commits and assigns what is ready.

    store (Store): the store (its writer connection).
    todo (list[int]): the article ids the run will analyse.
    """

    def __init__(self, store: Store, todo: list[int]) -> None:
        self.linker: Linker | None = None
        self.store = store
        self.outstanding = list(todo)
        heapq.heapify(self.outstanding)
        self.done: set[int] = set()
        self.frontier = self.outstanding[0] if self.outstanding else None

    def _linker(self) -> Linker:
        if self.linker is None:
            self.linker = Linker(self.store.conn)
        return self.linker

    def committed(self, aid: int) -> int:
        """An article's outcome was committed; RETURNS how many articles were assigned."""
        self.done.add(aid)
        moved = False
        while self.outstanding and self.outstanding[0] in self.done:
            self.done.discard(heapq.heappop(self.outstanding))
            moved = True
        if not moved:
            return 0
        self.frontier = self.outstanding[0] if self.outstanding else None
        return self._linker().assign_pending(below=self.frontier)

    def finish(self) -> int:
        """Assign every analysed article still without a story (the run ended or was stopped)."""
        return self._linker().assign_pending()


def assign_pending(store: Store) -> int:
    """Assign every analysed article without a story, in id order; RETURNS how many."""
    return Linker(store.conn).assign_pending()
