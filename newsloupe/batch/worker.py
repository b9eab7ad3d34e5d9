"""What a worker runs: the same function for local processes and Dask workers.

A worker loads the spaCy models and analyzers once (:func:`warm_up`, lazily
on first use otherwise) and keeps them for its life; :func:`analyze_payloads`
turns a batch of work items (articles as JSON) into one result dict each — the
outcome, the analysis JSON and its finding rows — and never raises, so one bad
article cannot stop a batch. Workers never touch the store: only the parent writes.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import multiprocessing
import os
import resource
import time
from functools import cache
from importlib import metadata
from typing import Any

from newsloupe.errors import E_ANALYZER, E_EMPTY, E_PIPELINE, BadInput, NewsloupeError, internal

# Tiny texts written for newsloupe: running them once loads every lazy resource.
_WARM_UP = {
    "fr": "Grève au port de Valmer\n\nLe ministre Paul Dorsaz a déclaré jeudi à Lyon que « l'enquête avance ».\n",
    "en": 'Strike at Valmer port\n\nMinister Paul Dorsaz said on Thursday in London that "the inquiry goes on".\n',
}


def _names(analyzers: list[str] | tuple[str, ...] | None) -> tuple[str, ...] | None:
    return tuple(analyzers) if analyzers else None


@cache
def _steps(analyzers: tuple[str, ...] | None) -> list[Any]:
    from newsloupe.analyzers import build_pipeline

    return build_pipeline(list(analyzers) if analyzers else None)


def _dist_version(module: str) -> str:
    for name in (module, module.replace("_", "-")):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "missing"


@cache
def pipeline_spec(analyzers: tuple[str, ...] | None = None) -> dict[str, Any]:
    """What a pipeline version is made of: analyzer versions, model versions, schema, sentence rules.

    analyzers: analyzer names (None: every built-in one available).
    RETURNS (dict): JSON-ready description, stored in the ``pipelines`` table.
    """
    from newsloupe.fingerprint import model_files_fingerprint
    from newsloupe.lang import SPACY_LANGUAGES
    from newsloupe.model import SCHEMA_VERSION
    from newsloupe.nlp.sentences import rules_fingerprint

    return {
        "schema": SCHEMA_VERSION,
        "analyzers": [[i.name, i.version] for i in _steps(_names(analyzers))],
        "spacy": _dist_version("spacy"),
        "models": {lang: f"{name}=={_dist_version(name)}" for lang, name in sorted(SPACY_LANGUAGES.items())},
        "model_files": model_files_fingerprint(),
        "sentence_rules": rules_fingerprint(),
    }


def pipeline_version(analyzers: list[str] | tuple[str, ...] | None = None) -> str:
    """The pipeline version: ``p-`` + a hash of :func:`pipeline_spec`.

    A new analyzer, an analyzer's version bump, another model version or schema, or a
    retrained model file (its content hash) makes a new version, and ``newsloupe run`` analyses every article again.
    """
    return _version(_names(analyzers))


@cache
def _version(names: tuple[str, ...] | None) -> str:
    # (once per process and analyzer set: a worker checks it for every work item)
    spec = json.dumps(pipeline_spec(names), sort_keys=True)
    return "p-" + hashlib.sha1(spec.encode("utf-8")).hexdigest()[:12]


def peak_rss_kb() -> int:
    """This process's peak resident set size in KiB (Linux ``ru_maxrss``)."""
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def warm_up(analyzers: list[str] | tuple[str, ...] | None = None) -> dict[str, Any]:
    """Load the models and analyzers once in this process (a worker initializer).

    RETURNS (dict): ``pid``, ``pipeline_version``, ``seconds``, ``rss_kb``.
    """
    from newsloupe.lang import SPACY_LANGUAGES
    from newsloupe.nlp import get_nlp
    from newsloupe.pipeline import analyze

    t0 = time.perf_counter()
    names = _names(analyzers)
    steps = _steps(names)
    for lang in SPACY_LANGUAGES:
        get_nlp(lang)
    for lang, text in _WARM_UP.items():
        # Warming up is best effort: real articles report real errors.
        with contextlib.suppress(Exception):
            analyze(text=text, lang=lang, analyzers=[s.name for s in steps])
    _settle_heap()
    return {
        "pid": os.getpid(),
        "pipeline_version": pipeline_version(names),
        "seconds": time.perf_counter() - t0,
        "rss_kb": peak_rss_kb(),
    }


@cache
def _settle_heap() -> None:
    """Once per process, after the warm-up: keep the collector off what the models and analyzers loaded.

    Everything alive then (gazetteer, n-gram vocabularies, lexicons, caches: about half a million
    objects beside spaCy's, which its loader already froze) lives as long as the process, but each
    full collection would walk it again; ``gc.freeze`` moves it to the permanent generation (still
    freed by reference counting). Analyses are unchanged.
    """
    gc.collect()
    gc.freeze()


def build_user_cache() -> None:
    """Build the user cache (:mod:`newsloupe.cache`: gazetteer, language model, encoder arrays)
    in a short-lived process when it is missing, before workers start.

    Each worker would otherwise build it at once on a first run, holding the build's peak
    (about 400 MB) and time (about 15 s) each. Only a speed-up: failures are left to the workers.
    """
    from newsloupe.geo.gazetteer import gazetteer_path

    if gazetteer_path().is_file():
        return
    proc = multiprocessing.get_context("spawn").Process(target=_fill_user_cache, daemon=True)
    proc.start()
    proc.join()


def _fill_user_cache() -> None:
    from newsloupe.geo.gazetteer import get_gazetteer
    from newsloupe.ingest.language import detect_language
    from newsloupe.ingest.text import parse_text
    from newsloupe.nlp.encoder import get_encoder

    with contextlib.suppress(Exception):
        get_gazetteer()
    with contextlib.suppress(Exception):
        detect_language(parse_text("Le conseil municipal se réunit lundi soir à la mairie.", article_id="cache"))
    with contextlib.suppress(Exception):
        encoder = get_encoder()
        if encoder is not None:
            encoder.encode(["cache"])


def analyze_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """Analyse one work item; never raises.

    payload (dict): from :meth:`newsloupe.store.Store.payloads` (``article_id``, ``text``,
        ``meta``, ``outlet``, ``month``, ``pipeline_version``, ``analyzers``).
    RETURNS (dict): ``article_id``, ``pipeline_version``, ``status`` (``ok``,
        ``analyzer-error`` or an error reason such as ``lang-unsupported``), ``code``,
        ``reason``, ``failures`` (``[analyzer, code, message]`` of each analyzer that raised,
        when the status is ``analyzer-error``), ``analysis`` (JSON text or None), ``rows`` (finding rows),
        ``language``, ``seconds``, ``cpu_seconds`` (of which ``parse_cpu_seconds`` in language
        identification and parse), ``pid``, ``rss_kb``.
    """
    return analyze_payloads([payload])[0]


def analyze_payloads(payloads: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Analyse a batch of work items together (:func:`newsloupe.pipeline.analyze_batch`); never raises.

    RETURNS (list[dict]): one result per payload, in order, as :func:`analyze_payload`;
        ``seconds``, ``cpu_seconds`` and ``parse_cpu_seconds`` are the batch's shared evenly.
    """
    from newsloupe.gcthreshold import raised_gen0
    from newsloupe.model import Article
    from newsloupe.nlp import memory_zone
    from newsloupe.pipeline import ANALYZER_GC_GEN0, analyze_parsed, parse_batch

    t0, c0 = time.perf_counter(), time.process_time()
    outs: list[dict[str, Any]] = []
    todo: list[tuple[dict[str, Any], dict[str, Any], Article]] = []
    for payload in payloads:
        out: dict[str, Any] = {
            "article_id": payload["article_id"],
            "pipeline_version": payload["pipeline_version"],
            "status": "ok",
            "code": None,
            "reason": None,
            "analysis": None,
            "rows": None,
            "language": None,
        }
        outs.append(out)
        try:
            mine = pipeline_version(_names(payload.get("analyzers")))
            if mine != payload["pipeline_version"]:
                # A worker with other analyzer or model versions (another machine of a Dask
                # cluster) must not file its results under this version.
                raise NewsloupeError(
                    f"this worker runs pipeline {mine}, the run expects {payload['pipeline_version']}: install "
                    "the same newsloupe and models on every worker",
                    code=E_PIPELINE,
                )
            article = Article.model_validate({**json.loads(payload["meta"]), "text": payload["text"]})
            if not article.text.strip():
                raise BadInput("the article text is empty", input=article.input or article.id, code=E_EMPTY)
            todo.append((payload, out, article))
        except Exception as err:
            _failed(out, err)
    # Payloads of one batch share their analyzers (one run); group them anyway.
    groups: dict[tuple[str, ...] | None, list[tuple[dict[str, Any], dict[str, Any], Article]]] = {}
    for item in todo:
        groups.setdefault(_names(item[0].get("analyzers")), []).append(item)
    timings: dict[str, float] = {}
    for names, items in groups.items():
        with memory_zone():  # past KEEP_STRINGS, the batch's parses add no string that outlives them
            # (analyze_batch in two halves: the collector's window below also spans the results)
            parsed = parse_batch([a for _, _, a in items], timings=timings)
            # Generation 0's threshold stays raised (as analyze_batch has it for the analyzers) until
            # the results are written and the batch's parses and analyses let go: restored as soon as
            # the analyzers end, it made two or three young collections a batch walk every object the
            # batch still held (about 0.15 ms an article). Same outputs: the collector only frees cycles.
            with raised_gen0(ANALYZER_GC_GEN0):
                results = analyze_parsed(parsed, _steps(names), on_error="record")
                del parsed
                for (payload, out, _), result in zip(items, results, strict=True):
                    if isinstance(result, Exception):
                        _failed(out, result)
                        continue
                    try:
                        _succeeded(out, payload, result)
                    except Exception as err:  # a bug must cost one article, not the batch
                        _failed(out, err)
                del results
    n = max(1, len(payloads))
    seconds, cpu = (time.perf_counter() - t0) / n, (time.process_time() - c0) / n
    parse_cpu = timings.get("parse_cpu", 0.0) / n
    pid, rss = os.getpid(), peak_rss_kb()
    for out in outs:
        out.update(seconds=seconds, cpu_seconds=cpu, parse_cpu_seconds=parse_cpu, pid=pid, rss_kb=rss)
    return outs


def crashed(
    p: dict[str, Any], reason: str = "the worker process died while analysing this article alone"
) -> dict[str, Any]:
    """The result of an article that took its worker down with it (status ``worker-crash``).

    p (dict): the article's work item.
    RETURNS (dict): a result as :func:`analyze_payload` returns it, with no analysis.
    """
    return {
        "article_id": p["article_id"],
        "pipeline_version": p["pipeline_version"],
        "status": "worker-crash",
        "code": E_PIPELINE,
        "reason": reason,
        "analysis": None,
        "rows": None,
    }


def _succeeded(out: dict[str, Any], payload: dict[str, Any], analysis: Any) -> None:
    from newsloupe.store.findings import ROW_FIELDS, flatten, month_of

    doc = analysis.model_dump(mode="json", by_alias=True, include=ROW_FIELDS)  # what flatten reads
    if analysis.failures:
        out["status"], out["code"] = "analyzer-error", E_ANALYZER
        out["reason"] = "; ".join(f.note() for f in analysis.failures)
        out["failures"] = [[f.analyzer, f.code, f.message] for f in analysis.failures]
    out["analysis"] = analysis.to_json()  # (pydantic's serialiser: the same JSON as json.dumps(doc), faster)
    month = payload.get("month")
    if month is None and analysis.published:
        # The dates analyzer can infer a date the input's metadata lacked.
        month = month_of(analysis.published)
        out["published"] = analysis.published
    out["rows"] = flatten(doc, outlet=payload.get("outlet"), month=month)
    out["language"] = analysis.language


def _failed(out: dict[str, Any], err: Exception) -> None:
    # A bug must cost one article, not the batch: it is recorded as ``internal-error`` (NL-E014).
    err = internal(err, input=str(out["article_id"]), stage="analysis")
    out.update(status=err.reason, code=err.code, reason=err.message, analysis=None, rows=None)
