"""Nothing with health data is left behind: a killed export, a killed save.

Each test kills a real process with SIGKILL (POSIX only) and checks what remains.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from decisionaid.case import Case
from decisionaid.session import read_case, remove_stale_temps, write_case
from ui.export import TMP_PREFIX, remove_leftover_exports

REPO = Path(__file__).resolve().parents[1]
posix_only = pytest.mark.skipif(sys.platform == "win32" or not Path("/proc").is_dir(),
                                reason="needs SIGKILL and /proc")


def slow_render(case, out_path, **options):
    """A stand-in renderer for the child: writes a partial file, then takes its time."""
    Path(out_path).write_bytes(b"%PDF- partial summary of " + case.patient_name.encode())
    time.sleep(60)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


EXPORT_THEN_DIE = """
import os, sys, time
sys.path.insert(0, {tests!r})
from PySide6.QtCore import QCoreApplication
from decisionaid.case import Case
from ui.export import SummaryExport
app = QCoreApplication([])
job = SummaryExport(Case(patient_name="Ana"), {out!r}, target="test_leftovers:slow_render")
job.start()
deadline = time.time() + 60
while time.time() < deadline:
    app.processEvents()
    d = job._tmpdir
    if d and os.path.exists(os.path.join(d, "summary.pdf")):
        break
    time.sleep(0.05)
print(job._proc.pid, job._tmpdir, flush=True)
time.sleep(60)  # killed here
"""


@posix_only
def test_a_killed_export_leaves_no_renderer_and_no_summary_behind(tmp_path):
    script = EXPORT_THEN_DIE.format(tests=str(REPO / "tests"), out=str(tmp_path / "s.pdf"))
    parent = subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], cwd=REPO,
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        line = parent.stdout.readline().split()
        assert len(line) == 2, "the export never started"
        child, tmpdir = int(line[0]), Path(line[1])
        assert alive(child) and (tmpdir / "summary.pdf").exists()
        os.kill(parent.pid, signal.SIGKILL)  # the GUI dies mid-export
        parent.wait(10)
        deadline = time.time() + 15
        while time.time() < deadline and (alive(child) or tmpdir.exists()):
            time.sleep(0.1)
        assert not alive(child), "the renderer runs on after its parent died"
        assert not tmpdir.exists(), "the temporary summary was left behind"
    finally:
        if parent.poll() is None:
            parent.kill()


def test_leftover_export_folders_of_dead_copies_are_removed_at_start(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    gone = tmp_path / f"{TMP_PREFIX}{dead.pid}-abc"
    mine = tmp_path / f"{TMP_PREFIX}{os.getpid()}-def"  # this copy, exporting now
    old = tmp_path / f"{TMP_PREFIX}xyz"  # no owner recorded, and old
    fresh = tmp_path / f"{TMP_PREFIX}uvw"
    for d in (gone, mine, old, fresh):
        d.mkdir()
        (d / "summary.pdf").write_bytes(b"health data")
    long_ago = time.time() - 2 * 3600
    os.utime(old, (long_ago, long_ago))
    removed = remove_leftover_exports(str(tmp_path))
    assert sorted(removed) == sorted([gone, old]) or sys.platform == "win32"
    assert mine.exists() and fresh.exists()


def test_default_folder_is_the_system_temp_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    leftover = tmp_path / f"{TMP_PREFIX}xyz"
    leftover.mkdir()
    os.utime(leftover, (0, 0))
    assert remove_leftover_exports() == [leftover]


SAVE_FOREVER = """
import sys
from decisionaid.case import Case
from decisionaid.session import write_case
n = 0
print("ready", flush=True)
while True:
    n += 1
    write_case(Case(patient_name=f"Save {{n}}", preferences={{"notes": "x" * 200_000}}), {path!r})
"""


@posix_only
@pytest.mark.parametrize("delay", [0.05, 0.2, 0.4])
def test_a_save_killed_at_any_moment_leaves_a_whole_file(tmp_path, delay):
    path = tmp_path / "session.json"
    write_case(Case(patient_name="First"), path)
    saver = subprocess.Popen([sys.executable, "-c", SAVE_FOREVER.format(path=str(path))],
                             cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert saver.stdout.readline().strip() == "ready"
    time.sleep(delay)
    os.kill(saver.pid, signal.SIGKILL)
    saver.wait(10)
    case = read_case(path)  # always a whole, valid file: the old one or a new one
    assert case.patient_name == "First" or case.patient_name.startswith("Save ")
    leftovers = list(tmp_path.glob(".session.json.*.tmp"))
    assert len(leftovers) <= 1
    assert remove_stale_temps(tmp_path, "session.json", older_than=0) == leftovers
    assert [p.name for p in tmp_path.iterdir()] == ["session.json"]


def test_a_new_window_removes_leftover_exports_soon_after_start(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QWidget

    from ui.controller import CaseController
    from ui.sessions import SessionManager

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    leftover = tmp_path / f"{TMP_PREFIX}xyz"
    leftover.mkdir()
    os.utime(leftover, (0, 0))
    window = QWidget()
    qtbot.addWidget(window)
    manager = SessionManager(CaseController(), window, folder=tmp_path / "data")
    assert leftover.exists()  # not on the path to the first page
    qtbot.waitUntil(lambda: not leftover.exists(), timeout=5000)
    manager.release()
