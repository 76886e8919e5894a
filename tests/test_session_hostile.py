"""Hostile session files: every load failure is a one-line SessionError, the file unchanged.

Also: strict, bounded Case fields (typed EuroSCORE inputs, bools are bools, caps named in the
message), and saves that survive a missing os.fchmod, symlinks and leftovers.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import threading
import time

import pytest
from pydantic import ValidationError

from decisionaid import session
from decisionaid.case import (
    MAX_NAME_CHARS,
    MAX_NOTES_CHARS,
    MAX_PRIORITIES,
    MAX_QUESTIONS,
    Case,
    describe_errors,
)
from decisionaid.session import (
    MAX_FILE_BYTES,
    SaveError,
    SessionError,
    atomic_write_bytes,
    read_case,
    remove_stale_temps,
    write_case,
)


def refused(tmp_path, content: bytes) -> str:
    """Load `content` from a file; it must be refused with one line and left byte-identical."""
    p = tmp_path / "hostile.json"
    p.write_bytes(content)
    before = os.stat(p).st_mtime_ns
    with pytest.raises(SessionError) as exc:
        read_case(p)
    assert p.read_bytes() == content
    assert os.stat(p).st_mtime_ns == before
    message = str(exc.value)
    assert "\n" not in message and len(message) < 600, message
    return message


# ---------------------------------------------------------------- the parser's limits


def test_deep_nesting_is_refused_not_a_recursion_error(tmp_path):
    assert "nested too deeply" in refused(tmp_path, b"[" * 100_000 + b"]" * 100_000)
    deep = b'{"risk": {"euroscore2_inputs": ' + b'{"a": ' * 30 + b"1" + b"}" * 32
    assert "nested too deeply" in refused(tmp_path, deep)


def test_huge_integer_is_refused_not_a_value_error(tmp_path):
    message = refused(tmp_path, b'{"risk": {"age_years": ' + b"9" * 5000 + b"}}")
    assert "5000 digits" in message and "limit is 20" in message


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_non_numbers_are_refused(tmp_path, constant):
    assert "not a number" in refused(tmp_path, b'{"heart": {"lvef_pct": ' + constant + b"}}")


def test_size_cap_is_checked_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "big.json"
    p.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    monkeypatch.setattr(os, "read", lambda *a: pytest.fail("read before the size check"))
    with pytest.raises(SessionError, match="too large.*limit is 2 MB"):
        read_case(p)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(SessionError, match="folder"):
        read_case(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_at_once_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result: list[BaseException] = []
    worker = threading.Thread(target=lambda: result.append(_raises(read_case, fifo)), daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive(), "reading a FIFO hangs"
    assert isinstance(result[0], SessionError) and "not a regular file" in str(result[0])


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_refused():
    with pytest.raises(SessionError, match="not a regular file"):
        read_case("/dev/zero")


def _raises(fn, *args) -> BaseException | None:
    try:
        fn(*args)
    except BaseException as exc:  # noqa: BLE001 - the test inspects it
        return exc
    return None


def test_byte_order_mark_is_accepted(tmp_path):
    p = tmp_path / "bom.json"
    p.write_bytes(b"\xef\xbb\xbf" + Case(patient_name="Ana").model_dump_json().encode())
    assert read_case(p).patient_name == "Ana"


def test_newer_version_is_named_before_any_other_problem(tmp_path):
    message = refused(tmp_path, json.dumps({"schema_version": 9, "heart": {"lvef_pct": "x"},
                                            "new_field": 1}).encode())
    assert "newer version" in message and "format 9" in message
    assert "LVEF" not in message and "new_field" not in message


def test_a_long_value_is_shortened_in_the_message(tmp_path):
    message = refused(tmp_path, json.dumps({"heart": {"lvef_pct": "7" * 50 + "x" * 100_000}}).encode())
    assert "100050 characters" in message
    assert len(message) < 300


def test_many_problems_are_counted_not_all_listed(tmp_path):
    bad = {"heart": {k: "x" for k in ("lvef_pct", "lvesd_mm", "lvesd_index_mm_m2",
                                      "la_volume_index_ml_m2", "la_diameter_mm", "pasp_mmhg")},
           "risk": {"age_years": "x"}}
    assert "and 2 more" in refused(tmp_path, json.dumps(bad).encode())


# ---------------------------------------------------------------- strict, bounded fields


def problems(data: dict) -> str:
    with pytest.raises(ValidationError) as exc:
        Case.model_validate(data)
    return "; ".join(describe_errors(exc.value))


@pytest.mark.parametrize("data, words", [
    ({"risk": {"age_years": "abc"}}, "Age: 'abc' is not a number"),
    ({"heart": {"lvef_pct": "abc"}}, "LVEF): 'abc' is not a number (accepted range 5–90 %)"),
    ({"risk": {"age_years": 70.5}}, "Age: must be a whole number (70.5 was given)"),
    ({"risk": {"frailty_indices": True}}, "Frailty indices (Katz ADL + ambulation): is not a number"),
    ({"heart": {"lvef_pct": True}}, "is not a number (true or false"),
    ({"symptoms": {"none_reported": 1}}, "No symptoms: must be true or false"),
    ({"preferences": {"sure": {"sure": "yes"}}}, "must be true or false"),
    ({"preferences": {"sure": {"bogus": True}}}, "'bogus' is not one this aid asks about"),
    ({"preferences": {"ratings": {"durable_fix": 2.5}}}, "must be a whole number"),
    ({"patient_name": "x" * (MAX_NAME_CHARS + 1)},
     f"Name (optional): the text is too long ({MAX_NAME_CHARS + 1} characters; the limit is {MAX_NAME_CHARS})"),
    ({"preferences": {"notes": "x" * (MAX_NOTES_CHARS + 1)}}, f"the limit is {MAX_NOTES_CHARS}"),
    ({"preferences": {"questions": ["q"] * (MAX_QUESTIONS + 1)}},
     f"Questions for the care team: too many entries ({MAX_QUESTIONS + 1}; the limit is {MAX_QUESTIONS})"),
    ({"preferences": {"own_priorities": ["p"] * (MAX_PRIORITIES + 1)}},
     f"Own priorities: too many entries ({MAX_PRIORITIES + 1}; the limit is {MAX_PRIORITIES})"),
    ({"preferences": {"own_priorities": ["p" * 301]}}, "Own priorities (entry 1): the text is too long"),
])
def test_lax_or_oversized_values_are_refused_with_the_field_and_limit(data, words):
    assert words in problems(data)


def test_whole_float_is_a_whole_number():
    assert Case.model_validate({"risk": {"age_years": 70.0}}).risk.age_years == 70


@pytest.mark.parametrize("inputs, words", [
    ({"age": "abc"}, "Age: 'abc' is not a number"),
    ({"creatinine": True}, "Serum creatinine: is not a number (true or false"),
    ({"dialysis": 1}, "must be true or false"),
    ({"age": 12}, "Age: 12 is outside the accepted range 18–100 years"),
    ({"nested": {"a": [1]}}, "nested: is not a field this app knows"),
    ({"creatinine": 50, "creatinine_unit": "mg/dL"}, "outside the accepted range 0.2–20 mg/dL"),
    ("not a dict", "must be a set of named EuroSCORE II inputs"),
])
def test_euroscore_inputs_are_typed_and_ranged(inputs, words):
    assert words in problems({"risk": {"euroscore2_inputs": inputs}})


def test_stored_euroscore_inputs_stay_a_plain_dict_of_what_was_given():
    case = Case.model_validate({"risk": {"euroscore2_inputs": {
        "age": 75, "creatinine": 100, "creatinine_unit": "umol/L", "dialysis": False}}})
    assert case.risk.euroscore2_inputs == {"age": 75, "creatinine": 100.0,
                                           "creatinine_unit": "µmol/L", "dialysis": False}
    json.loads(case.model_dump_json())  # always serialisable


def test_unknown_rating_ids_are_refused_on_load(tmp_path):
    message = refused(tmp_path, json.dumps({"preferences": {"ratings": {"<b>x</b>": 4}}}).encode())
    assert "'<b>x</b>' is not a feature this aid asks about" in message


def test_known_rating_ids_load(tmp_path):
    p = tmp_path / "ok.json"
    p.write_text(json.dumps({"preferences": {"ratings": {"durable_fix": 4}}}))
    assert read_case(p).preferences.ratings == {"durable_fix": 4}


# ---------------------------------------------------------------- saving


def test_save_without_os_fchmod(tmp_path, monkeypatch):
    monkeypatch.delattr(os, "fchmod", raising=False)
    p = tmp_path / "s.json"
    write_case(Case(patient_name="Ana"), p)
    assert read_case(p).patient_name == "Ana"
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600


def test_surprise_in_the_save_path_is_an_oserror_and_keeps_the_old_file(tmp_path, monkeypatch):
    p = tmp_path / "s.json"
    p.write_bytes(b"precious")

    def broken(*a, **k):
        raise AttributeError("module 'os' has no attribute 'fsync'")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError) as exc:
        atomic_write_bytes(p, b"new")
    assert isinstance(exc.value, SaveError) and "AttributeError" in str(exc.value)
    assert p.read_bytes() == b"precious"
    assert [f.name for f in tmp_path.iterdir()] == ["s.json"]


def test_unserialisable_case_is_a_save_error(tmp_path, monkeypatch):
    p = tmp_path / "s.json"
    p.write_bytes(b"precious")

    def boom(_case):
        raise ValueError("cannot serialise")

    monkeypatch.setattr(session, "dumps_case", boom)
    with pytest.raises(SaveError):
        write_case(Case(), p)
    assert p.read_bytes() == b"precious"


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_saving_through_a_symlink_writes_the_target(tmp_path):
    real = tmp_path / "real" / "s.json"
    real.parent.mkdir()
    write_case(Case(patient_name="Old"), real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_case(Case(patient_name="New"), link)
    assert link.is_symlink()
    assert read_case(real).patient_name == "New"
    assert sorted(f.name for f in real.parent.iterdir()) == ["s.json"]


def test_directory_is_fsynced_after_the_rename(tmp_path, monkeypatch):
    calls: list[str] = []
    real_replace, real_fsync = os.replace, os.fsync
    monkeypatch.setattr(os, "replace", lambda *a: (calls.append("replace"), real_replace(*a))[1])
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(
        "dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"), real_fsync(fd))[1])
    write_case(Case(), tmp_path / "s.json")
    assert calls == ["file", "replace", "dir"] or sys.platform == "win32"


def test_stale_temp_files_are_removed_but_fresh_ones_kept(tmp_path):
    old = tmp_path / ".s.json.abc123.tmp"
    fresh = tmp_path / ".s.json.def456.tmp"
    other = tmp_path / "notes.tmp"
    for f in (old, fresh, other):
        f.write_text("health data")
    long_ago = time.time() - 3600
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    write_case(Case(), tmp_path / "s.json")  # a save tidies its own leftovers
    assert not old.exists() and fresh.exists() and other.exists()
    assert remove_stale_temps(tmp_path, older_than=0) == [fresh]


@pytest.mark.parametrize("raw, words", [
    ({"creatinine": True}, "Serum creatinine: is not a number (true or false was given)"),
    ({"dialysis": 1}, "On dialysis: must be true or false"),
    ({"age": "abc"}, "Age: 'abc' is not a number"),
    ({"age": 70.5}, "Age: must be a whole number"),
])
def test_euroscore_calculation_refuses_lax_values(raw, words):
    from decisionaid.euroscore import calculate

    good = dict(age=75, sex="female", weight_kg=60, creatinine=1.2, lvef_pct=55,
                pasp_mmhg=25, nyha="II")
    with pytest.raises(ValueError) as exc:
        calculate({**good, **raw})
    assert words in str(exc.value)
