"""With DEBUG off the desk does not start without its collected static files (issue 11 item 3).

Real processes, as production starts them: gunicorn loading config.wsgi, and
scripts/run_desk.py (`make run`'s launcher). Without `collectstatic` each refuses with a
message naming the command; with the files collected the same start serves pages whose CSS
and JavaScript come from the collected, hashed copies.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from .production import HOST, ROOT, production_env, run

COMMAND = "python manage.py collectstatic"

pytestmark = pytest.mark.xdist_group("static_refusal")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> str:
    tmp = tmp_path_factory.mktemp("static-refusal")
    env = production_env(tmp)
    result = run(["manage.py", "migrate", "--noinput", "-v0"], env)
    assert result.returncode == 0, result.stderr.decode()
    return env["DATABASE_URL"]


def _env(tmp_path, database: str, static_root, **extra) -> dict[str, str]:
    return production_env(
        tmp_path,
        DATABASE_URL=database,
        STATIC_ROOT=str(static_root),
        # Plain HTTP on loopback: the TLS redirect is a proxy's business here.
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS=f"{HOST},127.0.0.1",
        **extra,
    )


def _get(port: int, path: str) -> tuple[int, str]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")  # noqa: S310 - loopback
    with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
        return response.status, response.read().decode()


def _wait_for(port: int, process: subprocess.Popen, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server stopped before it answered"
        try:
            status, body = _get(port, "/login/")
            assert status == 200
            return body
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"nothing answered on port {port} within {seconds} s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_gunicorn_refuses_to_start_without_collected_static(tmp_path, database):
    port = _free_port()
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "config.wsgi:application",
        ],
        cwd=ROOT,
        env=_env(tmp_path, database, tmp_path / "never-collected"),
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode != 0
    assert "Static files have not been collected" in result.stderr
    assert COMMAND in result.stderr


def test_gunicorn_serves_the_collected_files_once_they_are_there(
    tmp_path, database, collected_static
):
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 - our own interpreter
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
        # As the README starts it: warmed in the master (config/gunicorn.py), then forked.
        + ["--config", "python:config.gunicorn", "config.wsgi:application"],
        cwd=ROOT,
        env=_env(tmp_path, database, collected_static),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        page = _wait_for(port, process)
        # The stylesheet's name carries the manifest's hash, and whitenoise serves it.
        css = next(part.split('"')[0] for part in page.split('href="') if "/desk." in part[:30])
        assert css.startswith("/static/css/desk.") and css != "/static/css/desk.css", css
        assert _get(port, css)[0] == 200
    finally:
        _stop(process)


def test_run_desk_refuses_to_start_without_collected_static(tmp_path, database):
    port = _free_port()
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "scripts/run_desk.py"],
        cwd=ROOT,
        env=_env(tmp_path, database, tmp_path / "never-collected", PORT=str(port)),
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 1
    assert "Not starting" in result.stderr and COMMAND in result.stderr
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0, "a web server was started anyway"


def test_run_desk_starts_with_debug_off_once_static_is_collected(
    tmp_path, database, collected_static
):
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, "scripts/run_desk.py"],
        cwd=ROOT,
        env=_env(tmp_path, database, collected_static, PORT=str(port)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert "Escalation Desk" in _wait_for(port, process)
    finally:
        _stop(process)
