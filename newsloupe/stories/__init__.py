"""Stories, recurring claims and who cites whom across a corpus (issue 15).

- :mod:`newsloupe.stories.keys`: corpus identity (outlet, place, person keys);
- :mod:`newsloupe.stories.adapter`: what is read from a stored analysis;
- :mod:`newsloupe.stories.assign`: incremental assignment, one article at a time;
- :mod:`newsloupe.stories.evaluate`: pairwise scores against a gold file;
- :mod:`newsloupe.store.stories`: read queries (CLI, API, web, export).
"""
