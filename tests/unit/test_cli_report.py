"""What the command line prints besides results: the ids it names in its lines."""

from __future__ import annotations

from desktop_sms.cli_report import id_range


def test_ids_named_as_compact_ranges_and_capped() -> None:
    assert id_range([7]) == "message 7"
    assert id_range([4, 5]) == "messages 4–5"
    assert id_range([500, *range(502, 1501)]) == "messages 500, 502–1500"
    assert id_range([9, 3, 4, 3]) == "messages 3–4, 9"  # in order, each once
    every_other = list(range(1, 2001, 2))  # 1,000 messages, none beside another
    named = id_range(every_other)
    assert named == "messages 1, 3, 5, 7, 9, … and 995 more"
    assert id_range([1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17]) == (
        "messages 1–2, 4–5, 7–8, 10–11, 13–14, … and 2 more")
