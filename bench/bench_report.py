"""Benchmark: the visit summary end to end against WeasyPrint rendering the same HTML alone.

Measures, in one run, interleaved, after one warm-up each (medians over --repeats, >= 5):
- report: `write_report(case, path)` = assess + content + icon arrays + Jinja2 + WeasyPrint
  (PDF/UA-1, our URL fetcher) + atomic write;
- baseline: `weasyprint.HTML(string=same_html, base_url=templates).write_pdf()`, WeasyPrint's
  defaults, no tagging: the cost of the layout engine on the very same document;
- baseline_ua: the same, with pdf_variant="pdf/ua-1" (separates the tagging cost).
Peak memory: max RSS of a child process making one report, and of one making the baseline
(ru_maxrss), plus the tracemalloc peak of Python allocations during one report.
Import check: a child process imports decisionaid.report (and the CLI) and reports whether
weasyprint got imported, and how long each import took.
Whole process (issue 11's targets): `python -m decisionaid report CASE -o x.pdf` against a bare
`python -c "import weasyprint; weasyprint.HTML(...).write_pdf(...)"` on the very same HTML, each a
fresh interpreter, interleaved; wall-clock medians, their ratio, and each process's peak RSS
(os.wait4), with the RSS ratio.
App path: ui.export.SummaryExport on the warm renderer (as the summary page uses it), from
start() to the `finished` signal (file written), for the default sheet and with the booklet.

Prints one JSON object. Usage: .venv/bin/python bench/bench_report.py [--repeats 7]
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
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _case():
    """The first built-in example case (or a hand-made one while examples are missing)."""
    from decisionaid.session import read_case

    examples = sorted((REPO / "resources" / "examples").glob("*.json"))
    if examples:
        return read_case(examples[0]), examples[0].name
    sys.path.insert(0, str(REPO / "tests"))
    from test_report_units import fake_case

    return fake_case(), "tests/test_report_units.fake_case"


def _inputs(case):
    """Real content and rules when present, else the tests' hand-made ones (reported)."""
    from decisionaid import report

    try:
        from decisionaid.content import load_content
        from decisionaid.rules import assess

        content, assessment, kind = load_content("en"), assess(case, "acc-aha-2020"), "real"
        render = lambda path: report.write_report(case, path)  # noqa: E731
    except Exception:  # content or rules not finished yet
        sys.path.insert(0, str(REPO / "tests"))
        from test_report_units import fake_assessment, fake_content

        content, assessment, kind = fake_content(), fake_assessment(), "hand-made (tests)"

        def render(path):
            from decisionaid.session import atomic_write_bytes

            atomic_write_bytes(path, report.render_pdf(case, assessment, content, case.audience))
    html = report.render_html(case, assessment, content, case.audience)
    return render, html, kind


def _child(kind: str) -> None:
    """Run in a child process: one report or one baseline render, then print max RSS (KiB)."""
    import resource

    case, _ = _case()
    render, html, _ = _inputs(case)
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "report":
            render(Path(tmp) / "s.pdf")
        else:
            import weasyprint

            from decisionaid.report import templates_base_url

            weasyprint.HTML(string=html, base_url=templates_base_url()).write_pdf()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _run_child(kind: str) -> int:
    r = subprocess.run([sys.executable, __file__, "--child", kind], capture_output=True, text=True,
                       cwd=REPO, check=True)
    return int(r.stdout.strip().splitlines()[-1])


IMPORT_CHECK = """
import sys, time
t = time.perf_counter(); import decisionaid.report, decisionaid.cli_report; t1 = time.perf_counter() - t
imported = "weasyprint" in sys.modules
t = time.perf_counter(); import weasyprint; t2 = time.perf_counter() - t
print(imported, round(t1 * 1000, 1), round(t2 * 1000, 1))
"""


def _stats(xs: list[float]) -> dict:
    return {"median_s": round(statistics.median(xs), 4), "min_s": round(min(xs), 4), "max_s": round(max(xs), 4)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--child", choices=["report", "baseline"])
    args = ap.parse_args()
    if args.child:
        _child(args.child)
        return
    repeats = max(5, args.repeats)

    r = subprocess.run([sys.executable, "-c", IMPORT_CHECK], capture_output=True, text=True, cwd=REPO, check=True)
    imported, t_report_import, t_weasy_import = r.stdout.split()
    # Children first, while this process is small: Linux carries a forked parent's max RSS
    # into the child's ru_maxrss.
    rss_report = [_run_child("report") for _ in range(2)]
    rss_baseline = [_run_child("baseline") for _ in range(2)]

    import weasyprint

    from decisionaid.report import templates_base_url

    case, case_name = _case()
    render, html, kind = _inputs(case)
    base = templates_base_url()
    timings: dict[str, list[float]] = {"report": [], "baseline": [], "baseline_ua": []}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.pdf"
        jobs = {
            "report": lambda: render(out),
            "baseline": lambda: weasyprint.HTML(string=html, base_url=base).write_pdf(),
            "baseline_ua": lambda: weasyprint.HTML(string=html, base_url=base).write_pdf(pdf_variant="pdf/ua-1"),
        }
        for job in jobs.values():  # warm-up (fonts, caches)
            job()
        for _ in range(repeats):
            for name, job in jobs.items():
                t = time.perf_counter()
                job()
                timings[name].append(time.perf_counter() - t)
        pdf_bytes = out.stat().st_size
        import pypdf

        pdf_pages = len(pypdf.PdfReader(out).pages)
        tracemalloc.start()
        render(out)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

    med = {k: statistics.median(v) for k, v in timings.items()}
    result = {
        "benchmark": "report_pdf",
        "date": time.strftime("%Y-%m-%d"),
        "machine": {"nproc": os.cpu_count(), "cpu": platform.processor() or platform.machine(),
                    "python": platform.python_version(), "weasyprint": weasyprint.__version__},
        "case": case_name, "inputs": kind, "repeats": repeats,
        "pdf_bytes": pdf_bytes, "pdf_pages": pdf_pages,
        "ratio_report_vs_baseline": round(med["report"] / med["baseline"], 3),
        "ratio_report_vs_baseline_ua": round(med["report"] / med["baseline_ua"], 3),
        "report": _stats(timings["report"]),
        "baseline_weasyprint_same_html": _stats(timings["baseline"]),
        "baseline_weasyprint_same_html_pdfua": _stats(timings["baseline_ua"]),
        "peak_rss_child_report_mib": round(max(rss_report) / 1024, 1),
        "peak_rss_child_baseline_mib": round(max(rss_baseline) / 1024, 1),
        "tracemalloc_peak_one_report_mib": round(traced_peak / 2**20, 1),
        "import_decisionaid_report_imports_weasyprint": imported == "True",
        "import_decisionaid_report_ms": float(t_report_import),
        "import_weasyprint_ms": float(t_weasy_import),
    }
    result.update(_whole_process(case, repeats))
    result.update(_app_path(case, repeats))
    print(json.dumps(result, indent=2))


def _timed_process(argv: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one fresh process."""
    t = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{argv[:4]} failed: {proc.stderr.read().decode()[-400:]}")
    return wall, usage.ru_maxrss


def _whole_process(case, repeats: int) -> dict:
    from decisionaid import report
    from decisionaid.content import load_content
    from decisionaid.rules import assess
    from decisionaid.session import write_case

    with tempfile.TemporaryDirectory() as tmp:
        case_file, html_file = Path(tmp) / "case.json", Path(tmp) / "same.html"
        write_case(case, case_file)
        html = report.render_html(case, assess(case, "acc-aha-2020"), load_content("en"), case.audience)
        html_file.write_text(html, encoding="utf-8")
        bare = ("import sys, weasyprint; from decisionaid.report import templates_base_url; "
                "weasyprint.HTML(string=open(sys.argv[1], encoding='utf-8').read(), "
                "base_url=templates_base_url()).write_pdf(sys.argv[2])")
        jobs = {
            "cli": [sys.executable, "-m", "decisionaid", "report", str(case_file), "-o", str(Path(tmp) / "a.pdf")],
            "bare": [sys.executable, "-c", bare, str(html_file), str(Path(tmp) / "b.pdf")],
        }
        for argv in jobs.values():
            _timed_process(argv)  # warm-up: file caches
        wall: dict[str, list[float]] = {k: [] for k in jobs}
        rss: dict[str, list[int]] = {k: [] for k in jobs}
        for _ in range(repeats):
            for k, argv in jobs.items():
                w, r = _timed_process(argv)
                wall[k].append(w)
                rss[k].append(r)
    med = {k: statistics.median(v) for k, v in wall.items()}
    peak = {k: max(v) for k, v in rss.items()}
    return {
        "whole_process_cli_report": _stats(wall["cli"]),
        "whole_process_bare_weasyprint_same_html": _stats(wall["bare"]),
        "ratio_whole_process_cli_vs_bare": round(med["cli"] / med["bare"], 3),
        "peak_rss_cli_report_mib": round(peak["cli"] / 1024, 1),
        "peak_rss_bare_weasyprint_mib": round(peak["bare"] / 1024, 1),
        "ratio_peak_rss_cli_vs_bare": round(peak["cli"] / peak["bare"], 3),
    }


def _app_path(case, repeats: int) -> dict:
    """The summary page's export on the warm renderer: start() to the file written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from ui import export

    app = QCoreApplication.instance() or QCoreApplication([])
    export.prewarm()
    out: dict[str, list[float]] = {"sheet": [], "booklet": []}
    with tempfile.TemporaryDirectory() as tmp:
        def one(booklet: bool, name: str) -> float:
            job = export.SummaryExport(case, Path(tmp) / name, export.ExportOptions(booklet=booklet),
                                       use_worker=True)
            loop = QEventLoop()
            done: list[str] = []
            job.finished.connect(lambda p: (done.append(p), loop.quit()))
            job.failed.connect(lambda r: (done.append("FAILED " + r), loop.quit()))
            QTimer.singleShot(120_000, loop.quit)
            t = time.perf_counter()
            job.start()
            loop.exec()
            took = time.perf_counter() - t
            if not done or done[0].startswith("FAILED"):
                raise SystemExit(f"app export failed: {done}")
            return took

        one(False, "warm.pdf")  # the first job also waits for the worker's warm-up
        for i in range(repeats):
            out["sheet"].append(one(False, f"s{i}.pdf"))
            out["booklet"].append(one(True, f"b{i}.pdf"))
    export.stop_worker()
    del app
    return {"app_export_sheet_warm_worker": _stats(out["sheet"]),
            "app_export_booklet_warm_worker": _stats(out["booklet"])}


if __name__ == "__main__":
    main()
