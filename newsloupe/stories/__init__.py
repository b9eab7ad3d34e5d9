"""Stories, recurring claims and who cites whom across a corpus (issue 15).

- :mod:`newsloupe.stories.keys`: corpus identity (outlet, place, person keys);
- :mod:`newsloupe.stories.adapter`: what is read from a stored analysis;
- :mod:`newsloupe.stories.assign`: incremental assignment, one article at a time;
- :mod:`newsloupe.store.stories`: read queries (CLI, API, web, export).

The gold-file evaluation, the linking benchmark, the rebuild of ``centers.json`` and the trials of
linker parameters on kept stores live in :mod:`newsloupe.lab` (``stories_eval``, ``bench.stories``,
``stories_centers``, ``claims_relink``).
"""
