"""The run's hook: assign stories and claims as articles are committed, in id order.

Results come back in completion order; an article is assigned once every article of
the run with a smaller id has its outcome (the *frontier*), so assignment order is
always article id order and a re-run gives the same stories. Each assignment is its own
transaction after the article's; a killed run leaves the unassigned articles to the
next ``run`` (or ``newsloupe stories``), which starts again at the first of them.
The hook keeps the run's ids in memory: no query per commit scans the store.
"""

from __future__ import annotations

import heapq

from newsloupe import errors
from newsloupe.store import Store
from newsloupe.stories.assign import Linker


class StoriesHook:
    """Follows a run's commits and assigns what is ready.

    store (Store): the store (its writer connection).
    todo (list[int]): the article ids the run will analyse.
    """

    def __init__(self, store: Store, todo: list[int]) -> None:
        self.linker: Linker | None = None
        # Articles whose assignment raised (id -> reason): recorded, and the run goes on; they
        # stay without a story, so the next run or ``newsloupe stories`` tries them again.
        self.failures: dict[int, str] = {}
        self.store = store
        self.outstanding = list(todo)
        heapq.heapify(self.outstanding)
        self.committed_ids: set[int] = set()
        # Analysed articles a stopped run left without a story join the queue in id order.
        run = set(todo)
        self.ready: list[int] = [i for i in Linker.pending_ids(store.conn) if i not in run]
        heapq.heapify(self.ready)

    def _linker(self) -> Linker:
        if self.linker is None:
            self.linker = Linker(self.store.conn)
        return self.linker

    def committed(self, aid: int) -> int:
        """An article's outcome was committed; RETURNS how many articles were assigned."""
        self.committed_ids.add(aid)
        while self.outstanding and self.outstanding[0] in self.committed_ids:
            done = heapq.heappop(self.outstanding)
            self.committed_ids.discard(done)
            heapq.heappush(self.ready, done)
        frontier = self.outstanding[0] if self.outstanding else None
        n = 0
        while self.ready and (frontier is None or self.ready[0] < frontier):
            n += self._assign(heapq.heappop(self.ready))
        return n

    def _assign(self, aid: int) -> bool:
        """Assign one article (none without an analysis: a failed article is skipped); a bug
        costs this article's story, recorded in :attr:`failures` with its error code, not the run.

        RETURNS (bool): False when the assignment failed.
        """
        try:
            self._linker().assign(aid)
        except Exception as err:  # the assignment rolled back its transaction
            e = errors.internal(err, stage="story assignment")
            self.failures[aid] = f"{e.message} [{e.code}]"
            return False
        return True

    def finish(self) -> int:
        """Assign every analysed article still without a story (the run ended or was stopped)."""
        self.ready.clear()
        self.outstanding.clear()
        todo = [aid for aid in self._linker().pending() if aid not in self.failures]
        return sum(self._assign(aid) for aid in todo)


class NoStories:
    """A hook that assigns nothing (``NEWSLOUPE_STORIES=0``)."""

    failures: dict[int, str] = {}  # noqa: RUF012 (never written)

    def committed(self, aid: int) -> int:
        """Nothing to do."""
        return 0

    def finish(self) -> int:
        """Nothing to do."""
        return 0


def assign_pending(store: Store) -> dict[int, str]:
    """Assign every analysed article without a story, in id order.

    RETURNS (dict): the articles whose assignment failed (id -> reason); the others are assigned.
    """
    hook = StoriesHook(store, [])
    hook.finish()
    return hook.failures
