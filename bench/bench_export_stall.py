"""Event-loop stall while the visit summary is exported (ui.export, child process).

A QTimer ticks every 10 ms; we record the longest gap between ticks
  - export:    while SummaryExport renders and saves a summary (start() to finished),
  - baseline:  the same timer, no export, for the same wall-clock time (interleaved),
  - in-process (for reference): the same render called directly on the GUI thread,
                                which is what the child process avoids.
One warm-up, then REPEATS rounds; medians, min-max and the ratio export/baseline are printed
as one JSON object. Run: .venv/bin/python bench/bench_export_stall.py [repeats]
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from decisionaid.case import Case, Preferences  # noqa: E402
from ui.export import REPORT_TARGET, ExportOptions, SummaryExport  # noqa: E402

TICK_MS = 10


def pick_renderer() -> tuple[str, str]:
    """The real report if the core is complete, else the test fixture renderer (same template)."""
    try:
        from decisionaid.content import load_content
        from decisionaid.rules import assess  # noqa: F401

        load_content("en")
        return REPORT_TARGET, "decisionaid.report.write_report (real content and rules)"
    except Exception:  # noqa: BLE001
        sys.path.insert(0, str(REPO / "tests"))
        return (
            "test_export_fixture_report:write_fixture_report",
            "report template on test fixture content (real content/rules not available yet)",
        )


def bench_case() -> Case:
    examples = sorted((REPO / "resources" / "examples").glob("*.json"))
    if examples:
        from decisionaid.session import read_case

        try:
            return read_case(examples[0])
        except Exception:  # noqa: BLE001
            pass
    return Case(preferences=Preferences(notes="Benchmark notes.", questions=["A question?"]))


class Ticker:
    def __init__(self) -> None:
        self.stamps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def start(self) -> None:
        self.stamps = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> float:
        """Stop; return the longest gap in ms (including the gap to now)."""
        self.stamps.append(time.perf_counter())
        self.timer.stop()
        return max(b - a for a, b in zip(self.stamps, self.stamps[1:])) * 1000


def run_export(case: Case, target: str, out: Path) -> tuple[float, float]:
    loop = QEventLoop()
    job = SummaryExport(case, out, ExportOptions(audience="patient"), target=target)
    result: dict[str, str] = {}
    job.finished.connect(lambda p: (result.__setitem__("ok", p), loop.quit()))
    job.failed.connect(lambda r: (result.__setitem__("error", r), loop.quit()))
    ticker = Ticker()
    t0 = time.perf_counter()
    ticker.start()
    job.start()
    loop.exec()
    gap = ticker.stop()
    if "error" in result:
        raise SystemExit(f"export failed: {result['error']}")
    return gap, time.perf_counter() - t0


def run_idle(seconds: float) -> float:
    loop = QEventLoop()
    ticker = Ticker()
    ticker.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    return ticker.stop()


def run_in_process(case: Case, target: str, out: Path) -> float:
    import importlib

    mod, fn = target.split(":")
    func = getattr(importlib.import_module(mod), fn)
    loop = QEventLoop()
    ticker = Ticker()
    ticker.start()

    def render() -> None:
        func(case, out, audience="patient", guideline="acc-aha-2020", paper="letter", large_print=False)
        QTimer.singleShot(0, loop.quit)

    QTimer.singleShot(0, render)
    loop.exec()
    return ticker.stop()


def stats(xs: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(xs), 1), "min": round(min(xs), 1), "max": round(max(xs), 1)}


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = QApplication.instance() or QApplication([])  # noqa: F841
    target, renderer = pick_renderer()
    case = bench_case()
    export_gaps, idle_gaps, inproc_gaps, durations = [], [], [], []
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "summary.pdf"
        run_export(case, target, out)  # warm-up (disk caches, font caches)
        run_in_process(case, target, out)
        for _ in range(repeats):
            gap, dur = run_export(case, target, out)
            export_gaps.append(gap)
            durations.append(dur)
            idle_gaps.append(run_idle(dur))
            inproc_gaps.append(run_in_process(case, target, out))
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    print(
        json.dumps(
            {
                "benchmark": "export_stall",
                "renderer": renderer,
                "tick_ms": TICK_MS,
                "repeats": repeats,
                "ratio_export_vs_baseline_max_gap": round(
                    statistics.median(export_gaps) / statistics.median(idle_gaps), 2
                ),
                "export_max_gap_ms": stats(export_gaps),
                "baseline_max_gap_ms": stats(idle_gaps),
                "in_process_render_max_gap_ms": stats(inproc_gaps),
                "export_duration_s": round(statistics.median(durations), 2),
                "machine": {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version()},
                "date": time.strftime("%Y-%m-%d"),
            }
        )
    )


if __name__ == "__main__":
    main()
