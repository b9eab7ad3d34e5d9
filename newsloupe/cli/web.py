"""Web commands: ``newsloupe serve`` and ``newsloupe bench load``.

Thin wrappers over :func:`newsloupe.web.create_app` (run by uvicorn) and
:func:`newsloupe.lab.bench.load.main`, added to the main app by :func:`register`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from newsloupe.analyzers import ANALYZERS_HELP
from newsloupe.errors import NewsloupeError


def serve_cmd(
    db: Annotated[
        Path | None, typer.Option("--db", envvar="NEWSLOUPE_DB", help="The store (SQLite file); created when missing.")
    ] = None,
    host: Annotated[str | None, typer.Option("--host", help="Address to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option("--port", help="Port (default 8000).")] = None,
    token: Annotated[
        str | None,
        typer.Option("--token", envvar="NEWSLOUPE_TOKEN", help="Token for write endpoints (needed off loopback)."),
    ] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let URL analysis fetch private/loopback/link-local addresses.")
    ] = False,
    max_upload: Annotated[int | None, typer.Option("--max-upload", help="Largest request body in bytes.")] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=0, help="Analysis worker processes (0: a thread of the server)."),
    ] = None,
    ui_lang: Annotated[str | None, typer.Option("--ui-lang", help="Default UI language: fr or en.")] = None,
    analyzers: Annotated[str | None, typer.Option("--analyzers", help=ANALYZERS_HELP)] = None,
    access_log: Annotated[bool, typer.Option("--access-log", help="Log every request.")] = False,
    get: Annotated[
        str | None, typer.Option("--get", help="Answer one GET request for this path in-process, print it and exit.")
    ] = None,
) -> None:
    """Serve the web app: analyse articles, explore the corpus, REST API (OpenAPI at /docs)."""
    from newsloupe.web import Settings, create_app

    try:
        settings = Settings.load(
            db=str(db) if db else None,
            host=host,
            port=port,
            token=token,
            allow_private=allow_private or None,
            max_upload_bytes=max_upload,
            workers=workers if get is None else 0,
            language=ui_lang,
            analyzers=analyzers,
        )
        app = create_app(settings)
    except NewsloupeError as err:
        from newsloupe.cli import fail

        fail(str(err))
        raise typer.Exit(1) from None
    if get is not None:
        import asyncio

        from newsloupe.web.app import local_get

        status, text = asyncio.run(local_get(app, get))
        sys.stdout.write(text + ("\n" if not text.endswith("\n") else ""))
        raise typer.Exit(0 if status < 400 else 1)

    import uvicorn

    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    stored = app.state.loupe.store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    ready = (
        f"newsloupe: serving {settings.db} ({stored} article(s)) at http://{shown}:{settings.port}/ "
        f"({settings.workers} analysis worker(s); Ctrl-C to stop)"
    )

    class _Server(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:  # (said once the port answers, not while the workers load)
                typer.echo(ready, err=True)

    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        access_log=access_log,
        timeout_graceful_shutdown=5,
    )
    typer.echo(f"newsloupe: starting the server on {settings.db}…", err=True)
    _Server(config).run()


def bench_load_cmd(
    clients: Annotated[int, typer.Option("--clients", "-c", help="Concurrent clients.")] = 50,
    seconds: Annotated[float, typer.Option("--seconds", "-s", help="How long to hold the load.")] = 60.0,
    workers: Annotated[int, typer.Option("--workers", "-w", min=0, help="Server analysis worker processes.")] = 1,
    repeat: Annotated[
        bool, typer.Option("--repeat/--unique", help="Post the same texts again (stored: no new analysis).")
    ] = False,
    samples: Annotated[Path | None, typer.Option("--samples", help="Folder of .txt articles to post.")] = None,
    analyzers: Annotated[str | None, typer.Option("--analyzers", help=ANALYZERS_HELP)] = None,
) -> None:
    """Load test on loopback: N clients post /api/analyze and read the article page; prints p50/p99 and errors."""
    from newsloupe.lab.bench.load import main

    raise typer.Exit(
        main(clients=clients, seconds=seconds, workers=workers, unique=not repeat, samples=samples, analyzers=analyzers)
    )


def register(
    *, app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer, export_app: typer.Typer, bench_app: typer.Typer
) -> None:
    """Add ``serve`` and ``bench load`` to the newsloupe CLI."""
    app.command("serve")(serve_cmd)
    bench_app.command("load")(bench_load_cmd)
