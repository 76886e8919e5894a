"""Session files: atomic, user-only writes; corrupt and future files refused and untouched."""

from __future__ import annotations

import json
import os
import stat

import pytest

from decisionaid.case import Case
from decisionaid.session import SessionError, atomic_write_bytes, read_case, write_case


def test_write_then_read_round_trip(tmp_path):
    case = Case(mr_type="secondary_ventricular", patient_name="A. Patient")
    p = tmp_path / "s.json"
    write_case(case, p)
    assert read_case(p) == case


def test_written_file_is_user_only(tmp_path):
    p = tmp_path / "s.json"
    write_case(Case(), p)
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o600


def test_atomic_write_leaves_no_temp_and_replaces(tmp_path):
    p = tmp_path / "s.json"
    p.write_text("old")
    atomic_write_bytes(p, b"new")
    assert p.read_bytes() == b"new"
    assert [f.name for f in tmp_path.iterdir()] == ["s.json"]


def test_failed_write_keeps_existing_file(tmp_path, monkeypatch):
    p = tmp_path / "s.json"
    p.write_text("precious")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_bytes(p, b"new")
    assert p.read_text() == "precious"
    assert [f.name for f in tmp_path.iterdir()] == ["s.json"]


def test_unwritable_folder_raises_and_creates_nothing(tmp_path):
    with pytest.raises(OSError):
        atomic_write_bytes(tmp_path / "no" / "such" / "dir" / "s.json", b"x")


@pytest.mark.parametrize(
    "content, words",
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not a text file"),
        (b"[1, 2, 3]", "does not hold a case"),
        (json.dumps({"schema_version": 7}).encode(), "newer version"),
        (json.dumps({"heart": {"lvef_pct": 400}}).encode(), "5–90 %"),
    ],
)
def test_bad_files_refused_with_message_and_left_untouched(tmp_path, content, words):
    p = tmp_path / "bad.json"
    p.write_bytes(content)
    before = os.stat(p)
    with pytest.raises(SessionError) as exc:
        read_case(p)
    assert words in str(exc.value)
    assert p.read_bytes() == content
    assert os.stat(p).st_mtime_ns == before.st_mtime_ns


def test_missing_file_message(tmp_path):
    with pytest.raises(SessionError, match="does not exist"):
        read_case(tmp_path / "nope.json")
