"""Load test of the web server, on loopback only, bounded in time and clients.

Starts ``newsloupe serve`` on 127.0.0.1 (a free port, a temporary store), waits
until its workers have loaded the models, then runs N concurrent clients for a
fixed time. Each client loops: POST ``/api/analyze`` with an article, then GET
that article's page ``/articles/{id}``. By default every posted text is new (a
fictional sample article with a numbered update line), so every POST is a real
analysis and not a stored-article lookup. Prints count, p50, p99 and max latency
per endpoint and the error count; the exit code is 1 when any request failed.
"""

from __future__ import annotations

import asyncio
import math
import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from newsloupe.lab import REPO

# Used when the samples folder is not here (an installed newsloupe): fictional, written for newsloupe.
FALLBACK_TEXTS = (
    "Grève au port de Valmer\n\nLes dockers du port de Valmer ont cessé le travail jeudi, a annoncé le syndicat "
    "des ports de Lusiane. « Nous ne reprendrons pas sans accord », a déclaré Armand Vescal, son secrétaire.\n\n"
    "Selon une source proche de la direction, les négociations pourraient reprendre lundi à Brisanne.\n",
    "Floods close the Corlette bridge\n\nThe river Ostrel burst its banks on Tuesday, the Corlette council said. "
    '"We have never seen water this high," said Maren Quarrie, the mayor.\n\nAn official who asked not to be '
    "named said repairs could take months.\n",
)
CLIENT_TIMEOUT = 180.0


@dataclass
class Stats:
    """Latencies (seconds) and failures of one endpoint."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    first_errors: list[str] = field(default_factory=list)

    def fail(self, what: str) -> None:
        self.errors += 1
        if len(self.first_errors) < 5:
            self.first_errors.append(what)

    def pct(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        xs = sorted(self.latencies)  # nearest rank: the smallest value with p % of values at or below it
        return xs[min(len(xs) - 1, max(0, math.ceil(p / 100 * len(xs)) - 1))]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load_texts(samples: Path | None) -> list[str]:
    """The articles to post: the sample corpus's .txt files (UTF-8 ones), or two built-in texts."""
    folder = samples or REPO / "samples" / "articles" / "txt"
    texts = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.txt")):
            try:
                texts.append(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                continue
    return texts or list(FALLBACK_TEXTS)


async def _client(
    n: int, base: str, texts: list[str], deadline: float, unique: bool, stats: dict[str, Stats], counter: list[int]
) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=CLIENT_TIMEOUT) as client:
        k = n
        while time.monotonic() < deadline:
            text = texts[k % len(texts)]
            k += 1
            if unique:
                counter[0] += 1
                text = f"{text.rstrip()}\n\nMise à jour n° {counter[0]} du fil de la rédaction.\n"
            t0 = time.perf_counter()
            try:
                resp = await client.post("/api/analyze", json={"text": text})
                ok = resp.status_code in (200, 201)
            except httpx.HTTPError as err:
                stats["analyze"].fail(f"{type(err).__name__}: {err}")
                continue
            if not ok:
                stats["analyze"].fail(f"HTTP {resp.status_code}: {resp.text[:200]}")
                continue
            stats["analyze"].latencies.append(time.perf_counter() - t0)
            aid = resp.json()["id"]
            t0 = time.perf_counter()
            try:
                page = await client.get(f"/articles/{aid}")
            except httpx.HTTPError as err:
                stats["page"].fail(f"{type(err).__name__}: {err}")
                continue
            if page.status_code != 200 or "article-text" not in page.text:
                stats["page"].fail(f"HTTP {page.status_code}")
                continue
            stats["page"].latencies.append(time.perf_counter() - t0)


async def run_load(base: str, *, clients: int, seconds: float, texts: list[str], unique: bool) -> dict[str, Stats]:
    """Hold ``clients`` concurrent clients for ``seconds`` against a running server at ``base``."""
    stats = {"analyze": Stats(), "page": Stats()}
    deadline = time.monotonic() + seconds
    counter = [0]
    await asyncio.gather(*(_client(i, base, texts, deadline, unique, stats, counter) for i in range(clients)))
    return stats


def _wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 240.0) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with code {proc.returncode}")
        try:
            r = httpx.get(f"{base}/api/health", timeout=2)
            if r.status_code == 200 and r.json().get("models_loaded"):
                return time.monotonic() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the server was not ready after {timeout:.0f} s")


def report(stats: dict[str, Stats], seconds: float, clients: int) -> str:
    """The printed summary."""
    lines = [f"{clients} clients for {seconds:.0f} s on loopback"]
    for name, path in (("analyze", "POST /api/analyze"), ("page", "GET /articles/{id}")):
        s = stats[name]
        lines.append(
            f"  {path:<20} {len(s.latencies):>5} ok  {s.errors} errors  "
            f"p50 {s.pct(50) * 1000:8.0f} ms  p99 {s.pct(99) * 1000:8.0f} ms  "
            f"max {max(s.latencies, default=float('nan')) * 1000:8.0f} ms  "
            f"({len(s.latencies) / seconds:.2f}/s)"
        )
        for e in s.first_errors:
            lines.append(f"    error: {e}")
    total = sum(s.errors for s in stats.values())
    lines.append(f"errors: {total}")
    return "\n".join(lines)


def main(
    *,
    clients: int = 50,
    seconds: float = 60.0,
    workers: int = 1,
    unique: bool = True,
    samples: Path | None = None,
    analyzers: str | None = None,
) -> int:
    """Start a server on loopback, load it, print p50/p99 and errors; RETURNS the exit code."""
    texts = load_texts(samples)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="newsloupe-load-") as tmp:
        env = {**os.environ, "NEWSLOUPE_TOKEN": ""}
        cmd = [sys.executable, "-m", "newsloupe", "serve", "--db", str(Path(tmp) / "load.db")]
        cmd += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
        if analyzers:
            cmd += ["--analyzers", analyzers]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
        try:
            ready = _wait_ready(base, proc)
            print(
                f"server ready in {ready:.1f} s ({workers} analysis worker(s)); {len(texts)} texts, "
                f"{'each post a new article' if unique else 'texts repeated'}",
                flush=True,
            )
            t0 = time.monotonic()
            stats = asyncio.run(run_load(base, clients=clients, seconds=seconds, texts=texts, unique=unique))
            elapsed = time.monotonic() - t0
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    print(report(stats, elapsed, clients))
    print(f"(the last requests finished {elapsed - seconds:.1f} s after the {seconds:.0f} s window)")
    return 1 if any(s.errors for s in stats.values()) else 0
