"""`make bench` rewrites the generated part of docs/benchmarks.md and keeps the sections
written by hand below its marker."""
from bench.run_all import KEPT_MARKER, with_kept_sections


def test_hand_written_sections_survive_a_new_run():
    previous = f"# Benchmarks\n\nold table\n\n{KEPT_MARKER}\n\n## Quiet machine\n\nanalysis\n"
    report = with_kept_sections("# Benchmarks\n\nnew table\n", previous)
    assert "new table" in report and "old table" not in report
    assert report.endswith(f"{KEPT_MARKER}\n\n## Quiet machine\n\nanalysis\n")


def test_a_first_run_writes_the_marker_for_later_sections():
    report = with_kept_sections("# Benchmarks\n\ntable\n", "")
    assert report == f"# Benchmarks\n\ntable\n\n{KEPT_MARKER}\n"
