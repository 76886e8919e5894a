"""Start-up: time from process start to the first wizard page shown, app vs bare QWizard.

Each measurement is a fresh child process (offscreen Qt, temporary home so no recovery
prompt), timed by the parent from just before spawning to the child's "SHOWN" line, printed
from the event loop once the first page is visible. Baseline: a bare PySide6 QWizard with one
page. Interleaved, 1 warm-up each, median of N repeats (default 7), ratio app/baseline; also the
peak resident memory (ru_maxrss) of each child when its first page is shown, and that ratio;
and, so nothing is hidden, when the app is READY (core loaded, every page built).

    .venv/bin/python bench/bench_startup.py [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BASELINE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
w = QWizard(); p = QWizardPage(); p.setTitle("One page"); w.addPage(p); w.show()
def shown():
    assert w.currentId() == 0 and p.isVisible()
    import resource; print("SHOWN", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QTimer
from ui.app import create_app, create_main_window
app = create_app(sys.argv[:1], icon_now=False)  # as ui.app.main() starts it
w = create_main_window(); w.show()
def shown():
    assert w.wizard.currentId() == 0 and w.wizard.currentPage().isVisible()
    import resource; print("SHOWN", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    QTimer.singleShot(0, ready)
def ready():  # the rest of the start-up (core, other pages) runs after the first page
    if not w.is_ready():
        QTimer.singleShot(5, ready); return
    import resource; print("READY", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    w.sessions.dirty = False; w.close(); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def one_run(code: str) -> tuple[float, float, float | None, float | None]:
    """(seconds to the first page shown, peak memory in MiB then, and the same at READY —
    everything built — when the child reports it)."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home,
               "XDG_DATA_HOME": home, "XDG_CONFIG_HOME": home, "XDG_CACHE_HOME": home}
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        elapsed = peak_mib = ready_s = ready_mib = None
        for line in proc.stdout:
            if line.startswith("SHOWN"):
                elapsed = time.perf_counter() - t0
                peak_mib = int(line.split()[1]) / 1024  # ru_maxrss is in KiB on Linux
                if "READY" not in code:
                    break
            elif line.startswith("READY"):
                ready_s = time.perf_counter() - t0
                ready_mib = int(line.split()[1]) / 1024
                break
        if elapsed is None:
            raise RuntimeError("child never showed its first page")
        proc.wait(timeout=60)
        return elapsed, peak_mib, ready_s, ready_mib


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    one_run(BASELINE), one_run(APP)  # warm-up (disk cache, bytecode)
    runs_base, runs_app = [], []
    for _ in range(max(5, args.repeats)):
        runs_base.append(one_run(BASELINE))
        runs_app.append(one_run(APP))
    base, app = [r[0] for r in runs_base], [r[0] for r in runs_app]
    mem_b = statistics.median(r[1] for r in runs_base)
    mem_a = statistics.median(r[1] for r in runs_app)
    ready_s = statistics.median(r[2] for r in runs_app)
    ready_mib = statistics.median(r[3] for r in runs_app)
    mb, ma = statistics.median(base), statistics.median(app)
    print(json.dumps({
        "benchmark": "startup_to_first_page",
        "repeats": len(base),
        "ratio_app_over_bare_qwizard": round(ma / mb, 2),
        "app_median_s": round(ma, 3), "app_min_max_s": [round(min(app), 3), round(max(app), 3)],
        "bare_qwizard_median_s": round(mb, 3),
        "bare_min_max_s": [round(min(base), 3), round(max(base), 3)],
        "peak_memory_ratio": round(mem_a / mem_b, 2),
        "app_peak_mib": round(mem_a, 1), "bare_qwizard_peak_mib": round(mem_b, 1),
        # not hidden: the rest of the start-up (core, content, the other pages) after that
        "app_ready_median_s": round(ready_s, 3), "ready_ratio": round(ready_s / mb, 2),
        "app_ready_peak_mib": round(ready_mib, 1),
        "machine": {"nproc": os.cpu_count(), "cpu": platform.processor() or platform.machine(),
                    "python": platform.python_version()},
        "date": time.strftime("%Y-%m-%d"),
    }))


if __name__ == "__main__":
    main()
