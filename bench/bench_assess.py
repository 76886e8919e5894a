"""Assessments per second over the property sweep, against a bare baseline loop in the same run.

Baseline: the same loop over the same (case, guideline) pairs doing a no-op call, so loop
and call overhead are measured alike. One warm-up, then >=5 interleaved repeats; medians,
ratio (assess / baseline) and min–max spread, printed as one JSON object.

    .venv/bin/python bench/bench_assess.py [--repeats 5] [--draws 1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from decisionaid.assessment import Guideline  # noqa: E402
from decisionaid.rules import assess  # noqa: E402
from test_rules_properties import sweep_cases  # noqa: E402


def _noop(case, guideline):
    return None


def _run(fn, pairs) -> float:
    t0 = time.perf_counter()
    for case, g in pairs:
        fn(case, g)
    return time.perf_counter() - t0


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--draws", type=int, default=1)
    args = ap.parse_args()
    pairs = [(c, g) for c in sweep_cases(draws=args.draws) for g in Guideline]
    _run(assess, pairs[:500])  # warm-up (loads YAML, caches)
    _run(_noop, pairs[:500])
    t_assess, t_base = [], []
    for _ in range(max(5, args.repeats)):
        t_base.append(_run(_noop, pairs))
        t_assess.append(_run(assess, pairs))
    ma, mb = statistics.median(t_assess), statistics.median(t_base)
    print(
        json.dumps(
            {
                "benchmark": "assess_throughput",
                "assessments": len(pairs),
                "repeats": len(t_assess),
                "assess_median_s": round(ma, 4),
                "assess_spread_s": [round(min(t_assess), 4), round(max(t_assess), 4)],
                "baseline_median_s": round(mb, 6),
                "baseline_spread_s": [round(min(t_base), 6), round(max(t_base), 6)],
                "ratio_assess_over_baseline": round(ma / mb, 1),
                "assessments_per_second": round(len(pairs) / ma),
                "microseconds_per_assessment": round(ma / len(pairs) * 1e6, 1),
                "machine": {"nproc": os.cpu_count(), "cpu": _cpu(), "python": platform.python_version()},
                "date": date.today().isoformat(),
            }
        )
    )


if __name__ == "__main__":
    main()
