"""Background export of the visit summary: the PDF is rendered in a child process.

Why a child process: WeasyPrint's layout is pure Python and holds the GIL, and it has
thread-safety crash reports, so a thread would still freeze the window. The child renders
into a private temporary folder; the parent then writes the bytes to the user's path
atomically (decisionaid.session.atomic_write_bytes). So Cancel (which terminates the child)
never leaves a half-written file, and a failure leaves any existing file untouched.
Following Anki's rule, nothing in the child touches widgets; the parent only polls a pipe.
"""

from __future__ import annotations

import atexit
import importlib
import multiprocessing
import os
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from decisionaid.case import Case
from decisionaid.session import atomic_write_bytes

#: The core's renderer, as "module:function" so the child imports it (no pickled code).
REPORT_TARGET = "decisionaid.report:write_report"
POLL_MS = 20
#: Temporary export folders are named after the process that made them.
TMP_PREFIX = "mrda-summary-"
#: A leftover export folder older than this is removed whatever its owner (an export takes
#: well under a minute).
STALE_EXPORT_SECONDS = 3600


@dataclass(frozen=True)
class ExportOptions:
    """Keyword arguments of decisionaid.report.write_report (besides case and path)."""

    audience: str = "patient"
    guideline: str = "acc-aha-2020"
    paper: str = "letter"
    large_print: bool = False
    booklet: bool = False
    #: the summary's language (the window's: View ▸ Language)
    lang: str = "en"


def _watch_parent(lifeline, folders) -> None:
    """In a child: when the parent goes away (even killed), remove its export folders and exit.

    `folders` is a callable giving the folders to remove at that moment."""
    try:
        lifeline.recv()  # blocks until the parent closes its end or dies
    except (EOFError, OSError):
        pass
    for d in folders():
        shutil.rmtree(d, ignore_errors=True)
    os._exit(1)


def _parent_folders(parent_pid: int):
    return lambda: list(Path(tempfile.gettempdir()).glob(f"{TMP_PREFIX}{parent_pid}-*"))


def _child_main(target: str, case_json: str, out_path: str, options: dict, conn,
                lifeline=None, close: bool = True) -> None:
    """Runs in the child process: render one summary, report back through the pipe."""
    if lifeline is not None:
        folder = str(Path(out_path).parent)
        threading.Thread(target=_watch_parent, args=(lifeline, lambda: [folder]), daemon=True).start()
    try:
        module_name, func_name = target.split(":")
        func = getattr(importlib.import_module(module_name), func_name)
        case = Case.model_validate_json(case_json)
        conn.send(("progress", "rendering"))
        func(case, out_path, **options)
        conn.send(("done", out_path))
    except BaseException as exc:  # noqa: BLE001 - everything goes back as a message
        text = str(exc) or type(exc).__name__
        conn.send(("error", text))
    finally:
        if close:
            conn.close()


def _warm_worker_main(conn, lifeline=None, parent_pid: int | None = None) -> None:
    """A long-lived renderer: imports WeasyPrint and lays out a tiny page once (fonts, CSS
    machinery), then renders one job at a time from the pipe. Nothing here touches widgets.
    It dies with its parent (the lifeline) and then removes the parent's export folders."""
    if lifeline is not None and parent_pid is not None:
        threading.Thread(target=_watch_parent, args=(lifeline, _parent_folders(parent_pid)),
                         daemon=True).start()
    try:
        from decisionaid import report

        report.html_to_pdf("<html lang='en'><head><title>warm-up</title>"
                           "<link rel='stylesheet' href='summary.css'></head><body><p>.</p></body></html>")
        conn.send(("ready", ""))
        while True:
            job = conn.recv()
            if job is None:
                return
            target, case_json, out_path, options = job
            _child_main(target, case_json, out_path, options, conn, close=False)
    except (EOFError, OSError, KeyboardInterrupt):
        pass
    finally:
        conn.close()


class _WarmWorker:
    """One renderer process kept ready between exports (WeasyPrint stays imported and warm).

    The first export on a page starts it if nobody did; `prewarm()` starts it early (the summary
    page calls it when shown). A cancelled or failed job ends the process; the next export
    starts a fresh one, so a cancel is still a hard stop.
    """

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe(duplex=True)
        life_child, self._lifeline = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(target=_warm_worker_main, args=(child, life_child, os.getpid()),
                                daemon=True, name="mrda-summary-worker")
        self.proc.start()
        child.close()
        life_child.close()
        self.ready = False
        self.busy = False

    def alive(self) -> bool:
        return self.proc.is_alive()

    def stop(self) -> None:
        if self.proc.is_alive():
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
            self.proc.join(timeout=1)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(timeout=2)
        self.conn.close()
        self._lifeline.close()


_WORKER: _WarmWorker | None = None


def prewarm() -> None:
    """Start the warm renderer in the background (returns at once)."""
    global _WORKER
    if _WORKER is None or not _WORKER.alive():
        _WORKER = _WarmWorker()


def stop_worker() -> None:
    global _WORKER
    if _WORKER is not None:
        _WORKER.stop()
        _WORKER = None


atexit.register(stop_worker)


class SummaryExport(QObject):
    """One export job. Signals are emitted on the GUI thread; `start()` returns at once."""

    progress = Signal(str)  # "starting" | "rendering" | "saving"
    finished = Signal(str)  # the saved path
    failed = Signal(str)  # a reason for the user
    cancelled = Signal()

    def __init__(
        self,
        case: Case,
        path: str | Path,
        options: ExportOptions | None = None,
        *,
        target: str = REPORT_TARGET,
        use_worker: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._case_json = case.model_dump_json()  # a snapshot: later edits do not leak in
        self.path = Path(path)
        self.options = options or ExportOptions()
        self._target = target
        self.use_worker = use_worker
        self._proc = None
        self._conn = None
        self._tmpdir: str | None = None
        self._worker: _WarmWorker | None = None
        self._lifeline = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._running = False

    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Check the destination, then spawn the renderer. Outcome comes by signal."""
        problem = self._destination_problem()
        if problem:
            self._running = True
            QTimer.singleShot(0, lambda: self._finish_failed(problem))
            return
        self._tmpdir = tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{os.getpid()}-")  # 0700: private
        tmp_out = str(Path(self._tmpdir) / "summary.pdf")
        if self.use_worker and not (_WORKER is not None and _WORKER.busy):
            self._start_on_worker(tmp_out)
            return
        ctx = multiprocessing.get_context("spawn")
        parent_conn, child_conn = ctx.Pipe(duplex=False)
        # The lifeline: the child waits on it and exits when the parent's end closes.
        life_child, self._lifeline = ctx.Pipe(duplex=False)
        self._conn = parent_conn
        self._proc = ctx.Process(
            target=_child_main,
            args=(self._target, self._case_json, tmp_out, asdict(self.options), child_conn,
                  life_child),
            daemon=True,
            name="mrda-summary-render",
        )
        self._running = True
        self.progress.emit("starting")
        try:
            self._proc.start()
        except OSError as exc:
            child_conn.close()
            life_child.close()
            reason = str(exc)  # `exc` is gone once the except block ends
            QTimer.singleShot(0, lambda: self._finish_failed(reason))
            return
        child_conn.close()  # the parent keeps only its reading end
        life_child.close()  # ... and the writing end of the lifeline
        self._timer.start()

    def _start_on_worker(self, tmp_out: str) -> None:
        global _WORKER
        if _WORKER is not None and not _WORKER.alive():
            stop_worker()
        if _WORKER is None:
            _WORKER = _WarmWorker()
        worker = _WORKER
        self._worker = worker
        worker.busy = True
        self._proc = worker.proc
        self._conn = worker.conn
        self._running = True
        self.progress.emit("starting")
        try:
            worker.conn.send((self._target, self._case_json, tmp_out, asdict(self.options)))
        except (OSError, ValueError) as exc:
            reason = str(exc)  # `exc` is gone once the except block ends
            QTimer.singleShot(0, lambda: self._finish_failed(reason))
            return
        self._timer.start()

    def cancel(self) -> None:
        """Stop the renderer; nothing is written to the destination."""
        if not self._running:
            return
        self._stop_child()
        self._running = False
        self._cleanup()
        self.cancelled.emit()

    # ---------------------------------------------------------------- internals

    def _destination_problem(self) -> str:
        folder = self.path.parent
        if self.path.is_dir():
            return self.tr("{path} is a folder; choose a file name").format(path=self.path)
        if not folder.is_dir():
            return self.tr("The folder {folder} does not exist").format(folder=folder)
        return ""

    def _poll(self) -> None:
        try:
            while self._conn is not None and self._conn.poll():
                kind, payload = self._conn.recv()
                if kind == "ready":
                    continue  # the warm worker finished warming up
                if kind == "progress":
                    self.progress.emit(payload)
                elif kind == "done":
                    self._save(payload)
                    return
                elif kind == "error":
                    self._finish_failed(self.tr("The summary could not be made: {reason}").format(reason=payload))
                    return
        except (EOFError, OSError):
            pass
        if self._proc is not None and not self._proc.is_alive() and self._running:
            if self._conn is not None and self._conn.poll():
                return  # a last message arrived; handle it on the next tick
            code = self._proc.exitcode
            self._finish_failed(
                self.tr("The summary renderer stopped unexpectedly (exit code {code})").format(code=code)
            )

    def _save(self, tmp_out: str) -> None:
        self.progress.emit("saving")
        try:
            data = Path(tmp_out).read_bytes()
            atomic_write_bytes(self.path, data)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._finish_failed(
                self.tr("Could not save the summary to {path}: {reason}").format(path=self.path, reason=reason)
            )
            return
        self._running = False
        self._timer.stop()
        self._proc = None  # a one-off child exits on its own; reaped without blocking below
        multiprocessing.active_children()
        self._cleanup()
        self.finished.emit(str(self.path))

    def _finish_failed(self, reason: str) -> None:
        self._timer.stop()
        self._stop_child()
        self._running = False
        self._cleanup()
        self.failed.emit(reason)

    def _stop_child(self) -> None:
        global _WORKER
        self._timer.stop()
        if self._worker is not None:  # a cancel or failure is a hard stop: a fresh worker next time
            if _WORKER is self._worker:
                _WORKER = None
            self._conn = None  # the worker owns its pipe
        if self._proc is not None and self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(timeout=2)
            if self._proc.is_alive():
                self._proc.kill()
                self._proc.join(timeout=2)
        elif self._proc is not None:
            self._proc.join(timeout=0.5)

    def _cleanup(self) -> None:
        if self._worker is not None:
            if self._worker.proc.is_alive() and _WORKER is self._worker:
                self._worker.busy = False  # kept warm for the next export
            else:
                self._worker.conn.close()
            self._conn = None
            self._worker = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._tmpdir:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None
        if self._lifeline is not None:
            self._lifeline.close()
            self._lifeline = None


def _process_gone(pid: int) -> bool:
    """True when no process `pid` runs (POSIX; elsewhere the age rule alone decides)."""
    if sys.platform == "win32":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # e.g. another user's process: not ours to judge
        return False
    return False


def remove_leftover_exports(folder: str | None = None,
                            older_than: float = STALE_EXPORT_SECONDS) -> list[Path]:
    """At start-up: remove temporary export folders (they hold a patient's summary) left by a
    copy that was killed mid-export: those whose process is gone, or that are very old."""
    removed: list[Path] = []
    base = Path(folder or tempfile.gettempdir())
    try:
        candidates = list(base.glob(f"{TMP_PREFIX}*"))
    except OSError:
        return removed
    now = time.time()
    for d in candidates:
        try:
            st = d.lstat()
            if not d.is_dir() or d.is_symlink() or st.st_uid != getattr(os, "getuid", lambda: st.st_uid)():
                continue
            owner = d.name[len(TMP_PREFIX):].split("-", 1)[0]
            gone = owner.isdigit() and int(owner) != os.getpid() and _process_gone(int(owner))
            if gone or now - st.st_mtime > older_than:
                shutil.rmtree(d, ignore_errors=True)
                removed.append(d)
        except OSError:
            continue
    return removed
