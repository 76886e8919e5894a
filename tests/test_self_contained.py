"""The repository stands alone: its evidence document is current, and no file points outside it."""

from __future__ import annotations

import importlib.util
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _gen_evidence():
    spec = importlib.util.spec_from_file_location("gen_evidence", REPO / "scripts" / "gen_evidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_evidence_document_is_current():
    """Regenerates docs/evidence.md in memory and compares it with the committed file."""
    expected = _gen_evidence().render()
    current = (REPO / "docs" / "evidence.md").read_text(encoding="utf-8")
    assert current == expected, "docs/evidence.md is stale: run python scripts/gen_evidence.py"


def test_evidence_document_lists_every_recommendation_and_key_number():
    import yaml

    doc = (REPO / "docs" / "evidence.md").read_text(encoding="utf-8")
    for path in (REPO / "resources" / "guidelines").glob("*.yaml"):
        for rec in yaml.safe_load(path.read_text(encoding="utf-8"))["recommendations"]:
            row = next(line for line in doc.splitlines() if line.startswith(f"| `{rec['id']}` |"))
            cells = [c.strip() for c in row.strip("|").split(" | ")]
            assert cells[1:6] == [rec["society"], str(rec["year"]), rec["section"], str(rec["class"]),
                                  str(rec["loe"])], row
            assert cells[6] == ("yes" if rec["verified"] else "**no**"), row
    options = yaml.safe_load((REPO / "resources/content/en/options.yaml").read_text(encoding="utf-8"))
    for option in options:
        for k in option.get("key_numbers", []):
            row = next(line for line in doc.splitlines() if line.startswith(f"| `{k['id']}` |"))
            assert f"`{k['source']}`" in row and f"{k['count']:g} in 100" in row, row
            assert ("| yes |" if k["verified"] else "| **no** |") in row


def test_markdown_cells_cannot_break_the_table():
    cell = _gen_evidence().cell
    assert cell("a | b\nc") == "a \\| b c"
    assert cell(None) == "–" and cell(False) == "**no**" and cell(True) == "yes"


# Paths that exist only on a developer's machine: the team's shared folder, the workspace,
# home and temporary folders. (Paths a program legitimately uses, like /proc or /dev/null in
# tests, or /usr/share in scripts, are not on this list.)
OUTSIDE = re.compile(r"\.\./shared\b|(?<![\w.])shared/(clinical|design|product)/|/work/|/home/\w|/root/")


def _tracked_text_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
        names = [n for n in out.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout (e.g. an sdist)
        names = [str(p.relative_to(REPO)) for p in REPO.rglob("*")
                 if p.is_file() and ".venv" not in p.parts and ".git" not in p.parts]
    return [REPO / n for n in names if (REPO / n).is_file()]


def test_no_file_points_outside_the_repository():
    offenders = []
    for path in _tracked_text_files():
        if path == Path(__file__).resolve():
            continue  # this file names the patterns it looks for
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary (fonts, screenshots)
        for n, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                offenders.append(f"{path.relative_to(REPO)}:{n}: {line.strip()[:100]}")
    assert not offenders, "files point outside the repository:\n" + "\n".join(offenders)


UP = ".."  # written apart, so this file itself holds no outside path


@pytest.mark.parametrize("line", [f"see {UP}/shared/clinical/x.md", "/work/shared/design/a.md",
                                  "from shared/clinical/facts", "/home/alice/notes"])
def test_the_outside_path_check_catches(line):
    assert OUTSIDE.search(line)


def test_readme_links_only_to_files_in_the_project():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#]+)\)", readme) + re.findall(r"`((?:docs|resources|scripts|bench)/[^`\s]+)`", readme)
    assert targets
    for target in targets:
        assert not re.match(r"[a-z]+://", target), f"README links off-project: {target}"
        found = list(REPO.glob(target)) if "*" in target else [REPO / target]
        assert found and all(f.exists() for f in found), f"README points to a missing file: {target}"
