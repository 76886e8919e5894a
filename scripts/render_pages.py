"""Render every wizard page to PNG, offscreen, for the README and for review.

    .venv/bin/python scripts/render_pages.py [OUT_DIR] [--largest] [--lang=es]   (default: out/pages)

Two journeys are rendered: a clinician with an example case (every page, including the
part-2 pages when present) and a patient with a red-flag symptom (the emergency banner).
The user's real data folder is never touched: settings and autosave go to a temporary home.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="mrda-render-")
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = os.path.join(_home, var.lower())
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from decisionaid.case import Case  # noqa: E402

CLINICIAN = Case.model_validate({
    "audience": "clinician", "mr_type": "primary_degenerative", "onset": "chronic",
    "severity": {"grade": "severe", "eroa_cm2": 0.45, "regurgitant_volume_ml": 70,
                 "flail_leaflet": "yes"},
    "symptoms": {"everyday": ["breathless_exertion", "fatigue"], "nyha": "II"},
    "heart": {"lvef_pct": 58, "lvesd_mm": 42, "atrial_fibrillation": "no"},
    "risk": {"age_years": 68, "sex": "female", "sts_prom_pct": 1.6},
    "anatomy": {"leaflets": "posterior_limited", "durable_repair_likely": "yes"},
})
PATIENT = Case.model_validate({
    "audience": "patient", "symptoms": {"red_flags": ["severe_breathless_rest"], "nyha": "IV"},
})


def render(case: Case, prefix: str, out: Path, text_size: int | None = None) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from ui.controller import CaseController
    from ui.main_window import MainWindow

    window = MainWindow(CaseController(case), offer_recovery=False)
    window.resize(1280, 800)
    if text_size is not None:
        window.apply_text_size(text_size)
    window.show()
    QApplication.processEvents()
    written = []
    for _ in range(12):
        pid = window.wizard.currentId()
        page = window.wizard.currentPage()
        name = page.objectName().removeprefix("page.") if page else str(pid)
        path = out / f"{prefix}-{pid:02d}-{name}.png"
        QApplication.processEvents()
        window.grab().save(str(path))
        written.append(path)
        before = pid
        window.wizard.next()
        QApplication.processEvents()
        if window.wizard.currentId() in (before, -1):
            break
    window.sessions.dirty = False
    window.close()
    return written


def main(argv: list[str]) -> int:
    from ui.app import create_app

    names = [a for a in argv if not a.startswith("--")]
    out = Path(names[0] if names else "out/pages")
    out.mkdir(parents=True, exist_ok=True)
    app = create_app(["render_pages"])
    from ui.settings import MAX_POINT_SIZE

    lang = next((a.split("=", 1)[1] for a in argv if a.startswith("--lang=")), None)
    if lang:
        from ui.app import install_translators

        install_translators(app, lang)

    written = render(CLINICIAN, "clinician", out) + render(PATIENT, "patient", out)
    if "--largest" in argv:  # the largest text size too, for review (not for the README)
        written += render(CLINICIAN, "largest-clinician", out, MAX_POINT_SIZE)
        written += render(PATIENT, "largest-patient", out, MAX_POINT_SIZE)
    for p in written:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
