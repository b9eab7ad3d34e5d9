"""The fact-check memory (issue 16): ClaimReviews imported into the corpus store.

:mod:`~newsloupe.factchecks.claimreview` reads them from pages, JSON, JSONL, DataFeeds and
search-API answers; :mod:`~newsloupe.factchecks.memory` stores and lists them;
``newsloupe.lab.factchecks_synth`` makes fictional ones for benchmarks.
"""
