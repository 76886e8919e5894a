"""The SURE rule (Légaré 2010): yes = 1; a complete total of 3 or less is flagged."""

import pytest

from decisionaid.sure import score

IDS = ["sure", "understand", "risk_benefit", "encouragement"]


@pytest.mark.parametrize(
    "answers, total, complete, flagged",
    [
        ({i: True for i in IDS}, 4, True, False),
        ({**{i: True for i in IDS}, "sure": False}, 3, True, True),
        ({i: False for i in IDS}, 0, True, True),
        ({"sure": True, "understand": True}, 2, False, False),  # incomplete: never flagged
        ({}, 0, False, False),
        ({**{i: True for i in IDS}, "encouragement": None}, 3, False, False),
    ],
)
def test_score(answers, total, complete, flagged):
    s = score(answers, IDS)
    assert (s.total, s.complete, s.flagged) == (total, complete, flagged)
