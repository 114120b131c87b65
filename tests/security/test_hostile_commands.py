"""Hostile arguments to every management command of the desk that takes any: a clean refusal
(CommandError: a message and an exit status, no traceback) or a normal run, never a crash,
and nothing stored by a refused run.

The commands: sla_sweep, stalled_sweep and housekeeping (--now), monthly_report (period, --now),
backtest_triage (--config, --since, --golden FILE), triage (FILE or stdin), seed_demo and
seed_report_demo (--now, --seed, --escalations; only values they must refuse, since a valid
one seeds the whole demo). In-process through call_command, where argparse errors are
CommandErrors too; and once through a real `manage.py` with bytes that are not UTF-8 in argv
(Python hands them over as lone surrogates).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from tests.conftest import NOW

from .hostile import table_counts
from .production import ROOT

HOSTILE_NOW = [
    "",
    "<script>alert(1)</script>",
    "'; DROP TABLE matrix_slaclock; --",
    "a\x00b",
    "\udcff\udcfe",  # invalid UTF-8 in argv, as Python decodes it (surrogateescape)
    "2026-02-30T10:00:00+00:00",
    "2026-11-02T10:00:00",  # no offset
    "2026-11-02T10:00:00+25:00",
    "9999-12-31T23:59:59+00:00",
    "0001-01-01T00:00:00+00:00",
    "99999999999999999999",
    "-1",
    "x" * 100_000,
]
PERIODS = [
    "",
    "<script>",
    "2026-13",
    "2026-00",
    "2026-Q0",
    "2026-Q5",
    "9999-12",
    "9999-Q4",
    "0001-01",
    "0000-01",
    "²⁰²⁶-01",
    "2026-10\x00",
    "\udcff",
    "x" * 100_000,
]


def run_command(name: str, *args: str, stdin: str | None = None) -> str:
    """Run it; return "ok" or "refused", or raise whatever else it raised."""
    before = table_counts()
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        call_command(name, *args, stdout=out, stderr=err)
    except CommandError as refused:
        assert str(refused).strip(), "a refusal must say why"
        assert table_counts() == before, f"{name} {args!r} was refused but stored something"
        return "refused"
    finally:
        sys.stdin = saved
    return "ok"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "command, now",
    [
        pytest.param(command, now, id=f"{command} {now[:20]!r}")
        for command in ("sla_sweep", "stalled_sweep", "housekeeping")
        for now in HOSTILE_NOW
    ],
)
def test_the_sweeps_refuse_a_hostile_now_cleanly(command, now):
    outcome = run_command(command, "--now", now, "--json")
    # Only an empty --now ("now") runs a pass: years 1 and 9999 are real instants, but outside
    # the range the desk's windows can be computed around (escalations/management/now.py).
    assert outcome == ("ok" if now == "" else "refused")


@pytest.mark.django_db
@pytest.mark.parametrize("period", PERIODS, ids=[repr(v[:20]) for v in PERIODS])
def test_monthly_report_refuses_a_hostile_period_cleanly(period):
    assert run_command("monthly_report", period, "--json", "--now", NOW.isoformat()) == "refused"


@pytest.mark.django_db
@pytest.mark.parametrize("now", HOSTILE_NOW[1:], ids=[repr(v[:20]) for v in HOSTILE_NOW[1:]])
def test_monthly_report_refuses_a_hostile_now_cleanly(now):
    assert run_command("monthly_report", "2026-10", "--json", "--now", now) == "refused"


# Every command that takes --now reads it through escalations/management/now.py: the edges of
# Python's datetime, and instants whose offset pushes them past an edge in UTC, are refused
# by each of them, with a message naming --now; nothing is seeded.
OUT_OF_RANGE = [
    "0001-01-01T00:00:00+00:00",
    "0001-01-01T00:00:00+05:00",  # year 0 in UTC
    "9999-12-31T23:59:59+00:00",
    "9999-12-31T23:00:00-05:00",  # year 10000 in UTC
    "1899-12-31T23:59:59+00:00",
    "9000-01-01T00:00:00+00:00",
]
NOW_COMMANDS = [
    ("sla_sweep", ["--json"]),
    ("stalled_sweep", ["--json"]),
    ("housekeeping", ["--json"]),
    ("monthly_report", ["2026-10", "--json"]),
    ("seed_demo", ["--allow-production"]),
    ("seed_report_demo", ["--allow-production"]),
]


@pytest.mark.django_db
@pytest.mark.parametrize("command, args", NOW_COMMANDS, ids=[c for c, _ in NOW_COMMANDS])
@pytest.mark.parametrize("now", OUT_OF_RANGE)
def test_every_now_command_refuses_an_instant_out_of_range(command, args, now):
    with pytest.raises(CommandError, match=r"^--now .* outside the instants the desk works at"):
        call_command(command, *args, "--now", now, stdout=io.StringIO())
    assert run_command(command, *args, "--now", now) == "refused"


@pytest.mark.django_db
@pytest.mark.parametrize("command", ["seed_demo", "seed_report_demo"])
def test_the_demo_seeds_refuse_a_bare_year_one_in_the_desk_time_zone(command):
    # Their bare --now is the desk's local time; that conversion must not escape the range.
    assert run_command(command, "--allow-production", "--now", "0001-01-01T00:00") == "refused"


@pytest.mark.parametrize("now", ["1900-01-01T00:00:00+00:00", "8999-12-31T23:59:59+00:00"])
def test_the_sweeps_and_the_report_run_at_the_edges_of_the_range(world, now):
    # With the URL walk's cases, clocks, assignments and matrix cells in the database, each
    # window a pass computes (cadences before now, targets after it, a report's year of
    # months) fits in datetime. A run at an edge finds or reports whatever it finds there.
    assert run_command("sla_sweep", "--now", now, "--json") == "ok"
    assert run_command("stalled_sweep", "--now", now, "--json") == "ok"
    assert run_command("housekeeping", "--now", now, "--json") == "ok"
    # The reports' months are 2000-2999 (reports/periods.py): in 1900 they have not started.
    expected = "refused" if now.startswith("1900") else "ok"
    for period in ("2026-10", "2999-Q4"):
        assert run_command("monthly_report", period, "--json", "--now", now) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "args",
    [
        ["--config", "abc"],
        ["--config", "-1"],
        ["--config", "99999999999999999999"],
        ["--since", "2026-02-30"],
        ["--since", "<script>"],
        ["--since", "\udcff"],
        ["--golden", "/no/such/file.json"],
        ["--golden", "a\x00b"],
        ["--golden", "/"],
        ["--golden", "/dev/null", "--min-agreement", "NaN"],
        ["--min-agreement", "abc"],
    ],
    ids=repr,
)
def test_backtest_triage_refuses_hostile_arguments_cleanly(args):
    run_command("backtest_triage", *args)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "",
        "null",
        "[]",
        '"<script>"',
        '{"title": "<script>alert(1)</script>", "summary": "a\\u0000b"}',
        '{"summary": "\\ud800"}',  # a lone surrogate, escaped in JSON
        '{"arr": "99999999999999999999", "severity": "abc"}',
        '{"arr": 1e309}',
        "[" * 100_000 + "]" * 100_000,  # deeper than any parser's recursion
        "\x00",
    ],
    ids=lambda t: repr(t[:24]),
)
def test_triage_takes_hostile_json_without_a_crash(text):
    run_command("triage", "-", stdin=text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/no/such/file",
        "a\x00b",
        "/",
        "\udcff",
    ],
    ids=repr,
)
def test_triage_refuses_an_unreadable_file_cleanly(path):
    assert run_command("triage", path) == "refused"


def _triage(text: str) -> dict:
    out = io.StringIO()
    saved, sys.stdin = sys.stdin, io.StringIO(text)
    try:
        call_command("triage", "-", stdout=out)
    finally:
        sys.stdin = saved
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_a_lone_surrogate_reads_as_the_replacement_character():
    # JSON can carry a lone surrogate; the engine reads it as U+FFFD, which is what the
    # desk's forms make of the same undecodable bytes: the phrases around it still fire.
    legal = "Our lawyers are reviewing the outage."
    result = _triage(json.dumps({"summary": "\ud800" + legal + "\udfff"}))
    assert result["severity"] == 2
    assert "legal_threat" in result["flags"]
    assert result == _triage(json.dumps({"summary": "\ufffd" + legal + "\ufffd"}))


def test_a_trigger_phrase_pattern_with_a_lone_surrogate_is_refused_with_a_message():
    from triage.phrases import validate_pattern

    assert validate_pattern("lawyer\ud800") == (
        "The pattern holds a character that is not text (a lone UTF-16 surrogate)."
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "command, args, argument",
    [
        ("triage", ["a\x00b"], "FILE 'a\\x00b'"),
        ("backtest_triage", ["--golden", "a\x00b"], "--golden 'a\\x00b'"),
    ],
    ids=["triage", "backtest_triage"],
)
def test_a_nul_in_a_path_is_refused_naming_the_argument(command, args, argument):
    with pytest.raises(CommandError) as refused:
        call_command(command, *args, stdout=io.StringIO())
    assert str(refused.value) == f"{argument} is not a file path: it contains a NUL character."


@pytest.mark.django_db
def test_json_nested_too_deeply_is_refused_with_a_message(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    saved, sys.stdin = sys.stdin, io.StringIO(deep)
    try:
        with pytest.raises(CommandError, match="^Invalid JSON: nested too deeply"):
            call_command("triage", "-", stdout=io.StringIO())
    finally:
        sys.stdin = saved
    golden = tmp_path / "deep.json"
    golden.write_text(deep)
    with pytest.raises(CommandError, match="not valid JSON: nested too deeply"):
        call_command("backtest_triage", "--golden", str(golden), stdout=io.StringIO())


@pytest.mark.django_db
def test_triage_output_holds_no_surrogate_a_real_stdout_would_refuse():
    # A terminal or pipe is a strict UTF-8 stream: a lone surrogate that reached the output
    # would be an UnicodeEncodeError there, though StringIO takes it.
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="utf-8", errors="strict")
    saved = sys.stdin
    sys.stdin = io.StringIO('{"title": "\\ud800", "summary": "Our lawyers are on it. \\udfff"}')
    try:
        call_command("triage", "-", stdout=stdout)
    finally:
        sys.stdin = saved
    stdout.flush()
    assert json.loads(raw.getvalue().decode("utf-8"))["severity"] == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    "command, args",
    [
        ("seed_demo", ["--allow-production", "--now", "<script>"]),
        ("seed_demo", ["--allow-production", "--now", "a\x00b"]),
        ("seed_demo", ["--allow-production", "--now", "2026-02-30T10:00"]),
        ("seed_demo", ["--allow-production", "--now", "\udcff"]),
        ("seed_demo", ["--allow-production", "--seed", "abc"]),
        ("seed_demo", ["--allow-production", "--escalations", "-1"]),
        ("seed_demo", ["--allow-production", "--escalations", "1e9"]),
        ("seed_demo", ["--now", NOW.isoformat()]),  # DEBUG off: refused, nothing seeded
        ("seed_report_demo", ["--allow-production", "--now", "<script>"]),
        ("seed_report_demo", ["--allow-production", "--now", "2026-02-30T10:00"]),
        ("seed_report_demo", ["--allow-production", "--now", "a\x00b"]),
    ],
    ids=repr,
)
def test_the_demo_seeds_refuse_hostile_arguments_cleanly(command, args):
    assert run_command(command, *args) == "refused"


def test_bytes_that_are_not_utf8_in_argv_get_a_message_not_a_traceback(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'desk.sqlite3'}",
    }
    for argv in (
        [b"sla_sweep", b"--now", b"\xff\xfe2026", b"--json"],
        [b"monthly_report", b"2026-\xff"],
    ):
        result = subprocess.run(  # noqa: S603 - our own interpreter
            [sys.executable.encode(), b"manage.py", *argv],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=120,
        )
        stderr = result.stderr.decode("utf-8", "replace")
        assert result.returncode in (1, 2), stderr
        assert "Traceback" not in stderr, stderr
        assert "CommandError" in stderr or "Error" in stderr or "error" in stderr


@pytest.mark.django_db
def test_the_sweeps_json_is_the_documented_shape():
    # The refusals above are not the only outcome: a real instant runs a pass.
    out = io.StringIO()
    call_command("sla_sweep", "--now", NOW.isoformat(), "--json", stdout=out)
    assert set(json.loads(out.getvalue())) == {"recorded", "notified", "escalated"}
