"""Start-up: time from process start to the first wizard page shown, app vs bare QWizard.

Each measurement is a fresh child process (offscreen Qt, temporary home so no recovery
prompt), timed by the parent from just before spawning to the child's "SHOWN" line, printed
from the event loop once the first page is visible. Baseline: a bare PySide6 QWizard with one
page. Interleaved, 1 warm-up each, median of N repeats (default 7), ratio app/baseline.

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
    print("SHOWN", flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QTimer
from ui.app import create_app, create_main_window
app = create_app(sys.argv[:1])
w = create_main_window(); w.show()
def shown():
    assert w.wizard.currentId() == 0 and w.wizard.currentPage().isVisible()
    print("SHOWN", flush=True); w.sessions.dirty = False; w.close(); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def one_run(code: str) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home,
               "XDG_DATA_HOME": home, "XDG_CONFIG_HOME": home, "XDG_CACHE_HOME": home}
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("SHOWN"):
                elapsed = time.perf_counter() - t0
                break
        else:
            raise RuntimeError("child never showed its first page")
        proc.wait(timeout=60)
        return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    one_run(BASELINE), one_run(APP)  # warm-up (disk cache, bytecode)
    base, app = [], []
    for _ in range(max(5, args.repeats)):
        base.append(one_run(BASELINE))
        app.append(one_run(APP))
    mb, ma = statistics.median(base), statistics.median(app)
    print(json.dumps({
        "benchmark": "startup_to_first_page",
        "repeats": len(base),
        "ratio_app_over_bare_qwizard": round(ma / mb, 2),
        "app_median_s": round(ma, 3), "app_min_max_s": [round(min(app), 3), round(max(app), 3)],
        "bare_qwizard_median_s": round(mb, 3),
        "bare_min_max_s": [round(min(base), 3), round(max(base), 3)],
        "machine": {"nproc": os.cpu_count(), "cpu": platform.processor() or platform.machine(),
                    "python": platform.python_version()},
        "date": time.strftime("%Y-%m-%d"),
    }))


if __name__ == "__main__":
    main()
