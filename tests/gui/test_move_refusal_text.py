"""A move's refusals (core/store/move_refusals.py) reach the window by their code and
values, in its language — not by reading core's English, which the CLI keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.store.move import MoveFault, MoveRefused, move_to
from desktop_sms.ui import language
from desktop_sms.ui.team_text import move_refusal_text
from tests.postgres_server import PostgresServer


def test_a_refused_move_carries_its_code_and_the_clis_english(
        tmp_path: Path, postgres_server: PostgresServer) -> None:
    file = store.connect(store.database_path(tmp_path))
    Outbox(file).enqueue([NewMessage("+306912345671", "a"), NewMessage("+306912345672", "b")])
    try:
        with postgres_server.connect(postgres_server.new_database()) as team, \
                pytest.raises(MoveRefused) as refused:
            move_to(file, team)
    finally:
        file.close()
    assert (refused.value.code, refused.value.params) == (MoveFault.WAITING, {"count": 2})
    assert str(refused.value).startswith("2 message(s) in this data folder are still queued")
    assert move_refusal_text(refused.value) == (
        "2 messages on this computer are still queued or scheduled. Send or cancel them "
        "first: moved, they would go out from here and from the team database. Nothing was "
        "copied.")


@pytest.mark.parametrize(("code", "params", "words", "french"), [
    (MoveFault.SENDING, {"count": 3}, "3 messages are being sent from this computer.",
     "3 messages"),
    (MoveFault.ROW_REFUSED, {"detail": "duplicate key"},
     "The team database refused a row (duplicate key). Nothing was copied.", "duplicate key"),
    (MoveFault.COUNTED, {"table": "opt_outs", "in_file": 1200, "found": 0},
     "Opt-out list: 1,200 in this computer's file, but 0 found", "1\u202f200"),
    (MoveFault.UNFIT_VALUE, {"table": "messages", "row": "of id 7", "detail": "NUL"},
     "Messages: the row of id 7 has a value the team database cannot hold (NUL).", "NUL"),
])
def test_each_refusal_is_worded_from_its_code_whatever_cores_english_says(
        code: MoveFault, params: dict[str, str | int], words: str, french: str) -> None:
    refusal = MoveRefused("core's English, reworded since", code, **params)
    assert move_refusal_text(refusal).startswith(words)
    language.install("fr")
    try:
        worded = move_refusal_text(refusal)
    finally:
        language.install("en")  # as tests/gui/conftest.py has it for every other test
    assert french in worded and "core's English" not in worded and not worded.startswith(words)
