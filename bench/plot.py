"""A small SVG line chart (no plotting library needed): query latency against library size."""
from __future__ import annotations

import math
from pathlib import Path

WIDTH, HEIGHT = 640, 380
LEFT, RIGHT, TOP, BOTTOM = 70, 170, 40, 60
COLORS = {"Reader (Whoosh, bigrams + verify)": "#1f6fb2", "SQLite FTS5 (bigrams)": "#d9822b",
          "brute-force scan": "#777777"}


def _log_scale(value: float, low: float, high: float, start: float, end: float) -> float:
    span = math.log10(high) - math.log10(low)
    return start + (math.log10(value) - math.log10(low)) / span * (end - start)


def latency_chart(search_runs: list[dict], path: Path) -> None:
    """p50 (dashed) and p95 (solid) query latency per engine, log–log."""
    sizes = [run["articles"] for run in search_runs]
    values = [e[key] for run in search_runs for e in run["engines"].values()
              for key in ("p50_ms", "p95_ms")]
    x_low, x_high = min(sizes) / 1.3, max(sizes) * 1.3
    y_low, y_high = max(min(values) / 2, 0.05), max(values) * 2
    x = lambda v: _log_scale(v, x_low, x_high, LEFT, WIDTH - RIGHT)  # noqa: E731
    y = lambda v: _log_scale(v, y_low, y_high, HEIGHT - BOTTOM, TOP)  # noqa: E731
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             'font-family="sans-serif" font-size="12">',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
             f'<text x="{LEFT}" y="22" font-size="14">Search latency vs library size '
             '(p95 solid, p50 dashed; log scales)</text>']
    for exponent in range(math.floor(math.log10(y_low)), math.ceil(math.log10(y_high)) + 1):
        value = 10 ** exponent
        if y_low <= value <= y_high:
            parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value):.1f}" '
                         f'y2="{y(value):.1f}" stroke="#e5e5e5"/>')
            parts.append(f'<text x="{LEFT - 8}" y="{y(value) + 4:.1f}" text-anchor="end">'
                         f'{value:g} ms</text>')
    for size in sizes:
        parts.append(f'<text x="{x(size):.1f}" y="{HEIGHT - BOTTOM + 18}" '
                     f'text-anchor="middle">{size:,}</text>')
    parts.append(f'<text x="{(LEFT + WIDTH - RIGHT) / 2}" y="{HEIGHT - 20}" '
                 'text-anchor="middle">articles</text>')
    for row, (name, color) in enumerate(COLORS.items()):
        for key, dash in (("p95_ms", ""), ("p50_ms", ' stroke-dasharray="5,4"')):
            points = [(x(run["articles"]), y(run["engines"][name][key])) for run in search_runs
                      if name in run["engines"]]
            path_data = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            parts.append(f'<polyline points="{path_data}" fill="none" stroke="{color}" '
                         f'stroke-width="2"{dash}/>')
            parts += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{color}"/>'
                      for px, py in points]
        legend_y = TOP + 20 + row * 22
        parts.append(f'<line x1="{WIDTH - RIGHT + 12}" x2="{WIDTH - RIGHT + 32}" '
                     f'y1="{legend_y}" y2="{legend_y}" stroke="{color}" stroke-width="3"/>')
        label = name.split(" (")[0]
        parts.append(f'<text x="{WIDTH - RIGHT + 38}" y="{legend_y + 4}">{label}</text>')
    parts.append("</svg>")
    path.write_text("\n".join(parts), "utf-8")
