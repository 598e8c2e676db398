"""Issue 11, item 3: Reader processes started at the same instant on a new data folder (the
app plus the CLI, two windows, scripts in parallel) print no traceback. Real processes, held
at a barrier and released together so that their start-ups overlap."""
import json
import os
import subprocess
import sys
import time

from tests.conftest import ROOT

_RUNNER = """
import sys, time
from reader.cli import main
start_at = float(sys.argv[1])
while time.time() < start_at:
    pass
raise SystemExit(main(sys.argv[2:]))
"""


def run_together(commands: list[list[str]], delay: float = 1.5) -> list[subprocess.CompletedProcess]:
    start_at = time.time() + delay
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [subprocess.Popen([sys.executable, "-c", _RUNNER, str(start_at), *command],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
                 for command in commands]
    results = []
    for process, command in zip(processes, commands):
        out, err = process.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(command, process.returncode, out, err))
    return results


def test_processes_creating_the_catalog_at_once_print_no_traceback(seeds_dir, tmp_path):
    for round_number in range(2):
        data_dir = tmp_path / f"data{round_number}"  # new each round: creation races
        common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
        commands = ([["list", "--json", *common]] * 3
                    + [["annotations", "list", "--json", *common]]
                    + [["annotations", "add", "000", "0", "4", *common]] * 2)
        for result in run_together(commands):
            assert b"Traceback" not in result.stderr, result.stderr.decode()
            assert result.returncode == 0, result.stderr.decode()
            payload = json.loads(result.stdout)
            if "articles" in payload:
                assert len(payload["articles"]) == 5
            elif "uid" in payload:
                assert payload["quote"]
        listing = run_together([["annotations", "list", "--json", *common]], delay=0)[0]
        assert len(json.loads(listing.stdout)["annotations"]) == 2  # both adds were saved
