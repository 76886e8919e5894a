"""Benchmark: the visit summary for the largest case the Case's caps allow.

Issue 13 asks for a bounded report time at the caps (a 10,000-priority file once took 45 s
and 563 MB). Measured in one run, interleaved, after one warm-up each, medians over
--repeats (>= 5):
- at_caps: render_case_pdf for a case with every free-text field full (name, notes, the most
  questions and own priorities, each at its length cap) and every rating and SURE answer given;
- typical: the same call for the first built-in example case;
- baseline: bare WeasyPrint (`HTML(string=...).write_pdf()`) on the at-caps case's HTML, so the
  ratio at_caps / baseline is the cost of our pipeline over the layout engine itself.
Peak memory: max RSS of a child process making one at-caps report.

Prints one JSON object. Usage: .venv/bin/python bench/bench_report_caps.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def at_caps_case():
    from decisionaid import case as c
    from decisionaid.session import rating_ids

    def words(n: int, seed: str) -> str:
        text = (f"{seed} " * (n // (len(seed) + 1) + 1))[:n]
        return text.strip().ljust(n, "x")

    return c.Case(
        patient_name=words(c.MAX_NAME_CHARS, "Name"),
        preferences=c.Preferences(
            notes=words(c.MAX_NOTES_CHARS, "notes"),
            questions=[words(c.MAX_QUESTION_CHARS, f"question{i}") for i in range(c.MAX_QUESTIONS)],
            own_priorities=[words(c.MAX_PRIORITY_CHARS, f"priority{i}") for i in range(c.MAX_PRIORITIES)],
            ratings={rid: 4 for rid in sorted(rating_ids())},
            sure={sid: True for sid in c.SURE_IDS},
        ),
    )


def typical_case():
    from decisionaid.case import Case
    from decisionaid.session import read_case

    examples = sorted((REPO / "resources" / "examples").glob("*.json"))
    return read_case(examples[0]) if examples else Case()


def _time(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _child_rss() -> int:
    code = ("import resource,sys; sys.path.insert(0, %r); sys.path.insert(0, %r);"
            "from bench_report_caps import at_caps_case; from decisionaid.report import render_case_pdf;"
            "render_case_pdf(at_caps_case());"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)") % (str(REPO), str(REPO / "bench"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    import weasyprint

    from decisionaid import report
    from decisionaid.content import load_content
    from decisionaid.rules import assess

    big, small = at_caps_case(), typical_case()
    content = load_content("en")
    big_html = report.render_html(big, assess(big, "acc-aha-2020"), content, "patient")
    runs = {
        "at_caps": lambda: report.render_case_pdf(big),
        "typical": lambda: report.render_case_pdf(small),
        "baseline": lambda: weasyprint.HTML(string=big_html, base_url=report.templates_base_url()).write_pdf(),
    }
    for fn in runs.values():  # warm-up
        fn()
    times: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(max(args.repeats, 1)):
        for name, fn in runs.items():  # interleaved
            times[name].append(_time(fn))
    med = {k: statistics.median(v) for k, v in times.items()}
    pages = len(__import__("pypdf").PdfReader(__import__("io").BytesIO(report.render_case_pdf(big))).pages)
    print(json.dumps({
        "benchmark": "report_at_caps",
        "machine": {"nproc": os.cpu_count(), "cpu": platform.processor() or platform.machine()},
        "date": time.strftime("%Y-%m-%d"),
        "repeats": args.repeats,
        "median_s": {k: round(v, 3) for k, v in med.items()},
        "spread_s": {k: [round(min(v), 3), round(max(v), 3)] for k, v in times.items()},
        "ratio_at_caps_to_baseline": round(med["at_caps"] / med["baseline"], 2),
        "ratio_at_caps_to_typical": round(med["at_caps"] / med["typical"], 2),
        "at_caps_pages": pages,
        "at_caps_peak_rss_mib": round(_child_rss() / 1024, 1),
    }, indent=2))


if __name__ == "__main__":
    main()
