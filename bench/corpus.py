"""Scale corpora for benchmarks: articles made of seed paragraphs, fixed random seed.

    python -m bench.corpus 10000 bench/out/corpus-10000

Each article gets a title line and 4–20 paragraphs drawn from all seeds (both Chinese
scripts and Spanish), so term statistics resemble the real library at any size.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from reader.core.text.cleaning import clean
from reader.core.library.paths import bundled_library

SEED = 20261122


def seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(bundled_library().glob("*.txt")):
        text = clean(path.read_text("utf-8")).text
        paragraphs.extend(p for p in text.split("\n") if len(p.strip()) >= 8)
    return paragraphs


def generate(count: int, folder: Path, seed: int = SEED) -> list[Path]:
    """Write ``count`` articles into ``folder`` (reused when already complete)."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("*.txt"))
    if len(existing) == count:
        return existing
    for old in existing:
        old.unlink()
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    paths = []
    for i in range(count):
        chosen = rng.sample(paragraphs, rng.randint(4, 20))
        title = chosen[0][:24]
        path = folder / f"{i:05d}.txt"
        path.write_text(f"{title} #{i}\n\n" + "\n\n".join(chosen) + "\n", "utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"bench/out/corpus-{n}")
    generate(n, out)
    print(f"{n} articles in {out}")
