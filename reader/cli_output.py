"""How the CLI's subcommands print: JSON to stdout, exports to a file or stdout."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def print_json(payload: dict) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def write_output(text: str, output: str | None) -> None:
    """An export: to ``output`` when given (said on stderr), else to stdout."""
    if output:
        Path(output).write_text(text, "utf-8")
        print(f"wrote {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
