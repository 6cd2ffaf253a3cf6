"""``cluster-planner live``: serves from a plan file, prints the address and code, stops cleanly."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.live.conftest import Phone, open_round_number


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cluster_planner", "live", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cluster_planner", "live", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_serves_the_round_until_interrupted_and_keeps_what_was_sent(hall_path: Path) -> None:
    number = open_round_number(hall_path)
    process = start(str(hall_path), "--round", str(number), "--port", "0")
    try:
        assert process.stdout is not None
        lines = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            lines.append(line)
            if line.startswith("Phones join at"):
                break
        found = re.search(r"http://127\.0\.0\.1:(\d+) with the code (\d{4})", "".join(lines))
        assert found, lines
        assert "Today's priorities" in lines[0]
        phone = Phone(int(found.group(1)), found.group(2))
        phone.join()
        view = phone.state()
        status, _view = phone.vote(view["round"]["id"], {view["cards"][0]["id"]: 2})
        assert status == 200
        phone.drop()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Stopped" in out and "Traceback" not in err
    dump = subprocess.run(
        [sys.executable, "-m", "cluster_planner", "dump", str(hall_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert '"phone_ballots"' in dump.stdout


def test_a_round_the_plan_does_not_have_is_one_sentence(hall_path: Path) -> None:
    result = run(str(hall_path), "--round", "9")
    assert result.returncode == 2
    assert result.stderr.startswith(
        "error: hall.clusterplan: there is no round 9; the rounds are 1:"
    )
    assert result.stderr.count("\n") == 1


def test_an_address_that_is_not_this_computers_is_one_sentence(hall_path: Path) -> None:
    result = run(str(hall_path), "--capture", "--host", "not-an-address")
    assert result.returncode == 2 and "is not an IP address" in result.stderr
    # 192.0.2.1 is reserved for documentation: no computer has it, so binding fails
    # (binding sends nothing anywhere).
    result = run(str(hall_path), "--capture", "--host", "192.0.2.1")
    assert result.returncode == 2
    assert result.stderr.startswith("error: cannot listen on 192.0.2.1:")
    assert "127.0.0.1 (lo)" in result.stderr and "Traceback" not in result.stderr


def test_a_missing_plan_or_no_choice_is_refused(tmp_path: Path) -> None:
    result = run(str(tmp_path / "none.clusterplan"), "--capture")
    assert result.returncode == 2 and "no such file" in result.stderr
    result = run(str(tmp_path / "none.clusterplan"))
    assert result.returncode == 2 and "one of the arguments" in result.stderr
