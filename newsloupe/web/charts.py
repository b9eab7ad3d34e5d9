"""Server-rendered SVG charts: no script, no inline style, readable without colour.

Functions return plain dicts of coordinates that ``_linechart.html`` and
``_bars.html`` draw; series get a CSS class (``s0`` … ``s9``) and a marker
shape, and every point has a ``<title>`` with its value, so the charts work
offline, under a strict CSP and with a screen reader (a data table follows
each chart).
"""

from __future__ import annotations

from typing import Any

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 12, 56
SHAPES = ("circle", "square", "diamond", "triangle")


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    for step in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value <= step:
            return float(step)
    return float(value)


def line_chart(
    months: list[str],
    series: dict[str, dict[str, float]],
    *,
    percent: bool = False,
    width: int = WIDTH,
    height: int = HEIGHT,
    counts: dict[str, dict[str, int]] | None = None,
    undated: dict[str, int] | None = None,
    min_articles: int = 1,
    decimal: str = ".",
) -> dict[str, Any]:
    """Coordinates of a line chart of ``series`` (name → {month: value}) over ``months``.

    percent (bool): values are shares in [0, 1], labelled as percentages.
    counts (dict | None): name → {month: articles}: each point says how many articles it rests on (``n``) and one
        on fewer than ``min_articles`` is ``few`` (drawn hollow).
    undated (dict | None): name → articles with no month (in no point), given with the line.
    decimal (str): the UI language's decimal separator.
    RETURNS (dict): ``width``, ``height``, ``yticks``, ``xticks``, ``lines`` (each with
        ``name``, ``css``, ``shape``, ``path`` and ``points``), ``empty``.
    """
    plot_w, plot_h = width - LEFT - RIGHT, height - TOP - BOTTOM
    top = 1.0 if percent else _nice_max(max((v for s in series.values() for v in s.values()), default=0.0))
    n = len(months)

    def x(i: int) -> float:
        return LEFT + (plot_w * (i + 0.5) / n if n else 0)

    def y(v: float) -> float:
        return TOP + plot_h * (1 - v / top)

    def fmt(v: float) -> str:
        return f"{v:.0%}" if percent else f"{round(v, 2):g}".replace(".", decimal)

    yticks = [{"y": round(y(top * k / 4), 1), "label": fmt(top * k / 4)} for k in range(5)]
    every = max(1, n // 12)
    xticks = [{"x": round(x(i), 1), "label": m} for i, m in enumerate(months) if i % every == 0]
    lines = []
    for k, (name, values) in enumerate(series.items()):
        n_of = (counts or {}).get(name) or {}
        pts = [
            {
                "x": round(x(i), 1),
                "y": round(y(values[m]), 1),
                "month": m,
                "value": fmt(values[m]),
                "i": i,
                "n": n_of.get(m),
                "few": n_of.get(m) is not None and n_of[m] < min_articles,
            }
            for i, m in enumerate(months)
            if m in values
        ]
        # a month without a value breaks the line (a gap), it is not bridged
        path = " ".join(
            f"{'L' if j and p['i'] == pts[j - 1]['i'] + 1 else 'M'}{p['x']},{p['y']}" for j, p in enumerate(pts)
        )
        lines.append(
            {
                "name": name,
                "css": f"s{k % 10}",
                "shape": SHAPES[k % len(SHAPES)],
                "path": path,
                "points": pts,
                "undated": (undated or {}).get(name, 0),
                "dated": sum(n_of.values()),
            }
        )
    return {
        "width": width,
        "height": height,
        "left": LEFT,
        "right": width - RIGHT,
        "top": TOP,
        "bottom": height - BOTTOM,
        "yticks": yticks,
        "xticks": xticks,
        "lines": lines,
        "empty": not any(line["points"] for line in lines),
        "few": any(p["few"] for line in lines for p in line["points"]),
        "min_articles": min_articles,
        "fmt": fmt,
    }


def bars(
    items: list[tuple[str, float]] | list[tuple[str, float, str]],
    *,
    percent: bool = False,
    width: int = 320,
    row: int = 22,
) -> dict[str, Any]:
    """Coordinates of a horizontal bar chart of (label, value) or (label, value, css class) items."""
    top = 1.0 if percent else _nice_max(max((it[1] for it in items), default=0.0))
    label_w = 150
    plot_w = width - label_w - 50
    rows = []
    for i, item in enumerate(items):
        label, value = item[0], item[1]
        rows.append(
            {
                "label": label,
                "y": i * row,
                "w": round(plot_w * (value / top if top else 0), 1),
                "value": f"{value:.0%}" if percent else f"{value:g}",
                "css": item[2] if len(item) > 2 else f"s{i % 10}",  # type: ignore[misc]
            }
        )
    return {"width": width, "height": max(row, row * len(items)), "label_w": label_w, "rows": rows, "row": row}
