"""The live server's protocol, spoken by real HTTP clients over loopback."""

from __future__ import annotations

import re
import socket
import time
from pathlib import Path

import pytest

from cluster_planner.domain.prioritisation import phone_dots_cast, scores
from cluster_planner.live import tokens
from cluster_planner.live.limits import Limits, Rate
from cluster_planner.live.server import ASSETS
from cluster_planner.live.state import Activity, Kind
from cluster_planner.services.plan_document import PlanDocument, new_id
from tests.live.conftest import EASY, Served, serve


def round_and_cards(phone) -> tuple[int, list[int]]:
    view = phone.state()
    return view["round"]["id"], [c["id"] for c in view["cards"]]


def test_the_page_and_its_files_come_from_the_laptop_with_strict_headers(served: Served) -> None:
    phone = served.phone()
    status, page = phone.call("GET", "/")
    assert status == 200 and b"/static/phone.js" in page
    headers = phone.last_headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    for name in ("phone.js", "phone.css", "icon.svg"):
        status, body = phone.call("GET", f"/static/{name}")
        assert status == 200 and body
    assert phone.call("GET", "/static/../server.py")[0] == 404
    assert phone.call("GET", "/static/secret.txt")[0] == 404


def test_the_page_names_no_outside_address() -> None:
    """No script, style, font or picture from anywhere but the laptop (no CDN)."""
    for path in ASSETS.iterdir():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(https?:)?//[a-z0-9]", text.replace("http://www.w3.org", "")), path
        assert "@import" not in text and "url(" not in text, path


def test_a_phone_joins_with_the_code_and_keeps_its_token(served: Served) -> None:
    phone = served.phone()
    assert phone.call("POST", "/api/join", {"code": "nope"})[0] == 403
    wrong = "0000" if served.server.code != "0000" else "1111"
    assert phone.call("POST", "/api/join", {"code": wrong}) == (403, {"error": "code"})
    token = phone.join()
    assert tokens.device_of(token, served.host.secret()) is not None
    phone.drop()
    assert phone.join() == token  # reconnecting keeps the same device


def test_nothing_answers_without_the_code_or_a_token_this_plan_signed(served: Served) -> None:
    phone = served.phone()
    phone.join()
    assert phone.call("GET", "/api/state", code="")[0] == 403
    assert (
        phone.call("GET", "/api/state", code="9999" if served.server.code != "9999" else "8888")[0]
        == 403
    )
    device, _signature = phone.token.split(".")
    for forged in (f"{device}.AAAAAAAAAAAAAAAAAAAAAAAA", "x" * 30, tokens.new_token(b"other" * 8)):
        phone.token = forged
        assert phone.call("GET", "/api/state") == (401, {"error": "token"})


def test_a_ballot_is_stored_and_counted_beside_paper_and_a_reconnect_keeps_it(
    served: Served, hall_path: Path
) -> None:
    phone = served.phone()
    phone.join()
    round_id, cards = round_and_cards(phone)
    status, view = phone.vote(round_id, {cards[0]: 2, cards[5]: 1}, stakeholder_type="enterprise")
    assert status == 200 and view["ballot"] == {str(cards[0]): 2, str(cards[5]): 1}
    phone.drop()
    again = served.phone()
    again.token = phone.token
    assert again.state()["ballot"] == {str(cards[0]): 2, str(cards[5]): 1}
    status, view = again.vote(round_id, {cards[1]: 3})
    assert view["ballot"] == {str(cards[1]): 3}
    served.server.stop()
    served.host.close()
    document = PlanDocument.open(hall_path, read_only=True)
    try:
        voting_round = document.voting_round(round_id)
        assert phone_dots_cast(voting_round) == 3 and len(voting_round.phone_ballots) == 1
        assert scores(voting_round, document.swot_items())[cards[1]] == 3
    finally:
        document.close()


def test_a_ballot_that_breaks_a_rule_is_refused_with_the_reason(served: Served) -> None:
    phone = served.phone()
    phone.join()
    round_id, cards = round_and_cards(phone)
    status, answer = phone.vote(round_id, {cards[0]: 2, cards[1]: 2})
    assert status == 422 and answer["error"] == "too_many_dots"
    assert answer["view"]["ballot"] == {}
    assert phone.vote(round_id, {999_999: 1})[1]["error"] == "card"
    assert phone.vote(round_id, {cards[0]: -1})[1]["error"] == "count"
    assert phone.vote(round_id + 100, {cards[0]: 1})[1]["error"] == "changed"
    assert phone.call("PUT", "/api/ballot", {"round": round_id})[1]["error"] == "form"
    assert phone.call("PUT", "/api/ballot", raw=b"{not json")[0] == 400
    assert phone.call("POST", "/api/ideas", {"quadrant": "strength", "text": "x"})[1] == {
        "error": "changed",
        "view": phone.state(),
    }


def test_nobody_sees_another_phones_input_or_any_count(served: Served) -> None:
    first, second = served.phone(), served.phone()
    first.join()
    second.join()
    round_id, cards = round_and_cards(first)
    first.vote(round_id, {cards[0]: 3})
    seen = second.state()
    assert seen["ballot"] == {}
    assert set(seen) == {"version", "kind", "status", "cluster", "round", "cards", "ballot"}
    assert all(set(card) == {"id", "quadrant", "text"} for card in seen["cards"])


def test_a_revealed_or_deleted_round_answers_with_a_clear_state(served: Served) -> None:
    phone = served.phone()
    phone.join()
    round_id, cards = round_and_cards(phone)
    phone.vote(round_id, {cards[0]: 1})
    served.host.edit(lambda d: d.reveal_voting_round(round_id))
    view = phone.state()
    assert view["status"] == "revealed" and view["ballot"] == {str(cards[0]): 1}
    status, answer = phone.vote(round_id, {cards[1]: 1})
    assert status == 409 and answer["error"] == "revealed"
    served.host.edit(lambda d: d.reveal_voting_round(round_id, False))
    assert phone.vote(round_id, {cards[1]: 1})[0] == 200  # hidden again: open again
    served.host.edit(lambda d: d.delete_voting_round(round_id))
    assert phone.state()["status"] == "gone"


def test_the_state_is_not_sent_again_while_it_has_not_changed(served: Served) -> None:
    phone = served.phone()
    phone.join()
    version = phone.state()["version"]
    assert phone.call("GET", f"/api/state?v={version}")[0] == 204
    round_id, cards = round_and_cards(phone)
    phone.vote(round_id, {cards[0]: 1})
    assert phone.call("GET", f"/api/state?v={version}")[0] == 200


def test_ideas_wait_as_pending_cards_and_only_their_phone_takes_them_back(
    capture: Served, hall_path: Path
) -> None:
    mine, other = capture.phone(), capture.phone()
    mine.join()
    other.join()
    hostile = '<img src=x onerror="alert(1)"> & <b>bold</b>'
    status, view = mine.call("POST", "/api/ideas", {"quadrant": "threat", "text": hostile})
    assert status == 201 and [i["text"] for i in view["ideas"]] == [hostile]
    assert other.state()["ideas"] == []
    card_id = view["ideas"][0]["id"]
    assert other.call("DELETE", f"/api/ideas/{card_id}")[0] == 409
    assert (
        mine.call("POST", "/api/ideas", {"quadrant": "threat", "text": "x" * 201})[1]["error"]
        == "too_long"
    )
    assert mine.call("POST", "/api/ideas", {"quadrant": "none", "text": "x"})[1]["error"] == (
        "quadrant"
    )
    assert mine.call("POST", "/api/ideas", {"quadrant": "threat", "text": "Kept"})[0] == 201
    status, view = mine.call("DELETE", f"/api/ideas/{card_id}")
    assert status == 200 and [i["text"] for i in view["ideas"]] == ["Kept"]
    capture.server.stop()
    capture.host.close()
    document = PlanDocument.open(hall_path, read_only=True)
    try:
        assert [c.statement for c in document.pending_cards()] == ["Kept"]
    finally:
        document.close()


def test_phones_vote_for_one_of_the_offered_drafts(hall_path: Path) -> None:
    document = PlanDocument.open(hall_path)
    offered = new_id(document.add_vision_draft(title="C", statement="By 2032 …"), "vision_draft")
    kept_out = document.vision_drafts()[0].id
    document.close()
    running = serve(hall_path, Activity(Kind.DRAFTS, draft_ids=(offered,)))
    try:
        phone = running.phone()
        phone.join()
        view = phone.state()
        assert [d["id"] for d in view["drafts"]] == [offered] and view["vote"] is None
        assert phone.call("PUT", "/api/vote", {"draft": kept_out})[1]["error"] == "changed"
        assert phone.call("PUT", "/api/vote", {"draft": offered})[1]["vote"] == offered
        assert phone.call("PUT", "/api/vote", {"draft": None})[1]["vote"] is None
    finally:
        running.server.stop()
        running.host.close()


def test_a_request_for_another_host_name_or_too_big_a_body_is_refused(served: Served) -> None:
    phone = served.phone()
    phone.host_header = "evil.example:80"
    assert phone.call("GET", "/")[0] == 421
    phone.host_header = None
    phone.join()
    assert phone.call("POST", "/api/ideas", raw=b"{" + b" " * 5000 + b"}")[0] == 413


def test_wrong_codes_and_floods_are_slowed_down(hall_path: Path) -> None:
    tight = Limits(requests=Rate(30, 1), wrong_codes=Rate(3, 1 / 60), joins=Rate(2, 1 / 60))
    running = serve(hall_path, limits=tight)
    try:
        guesser = running.phone()
        wrong = "0000" if running.server.code != "0000" else "1111"
        answers = [guesser.call("POST", "/api/join", {"code": wrong})[0] for _ in range(5)]
        assert answers == [403, 403, 403, 429, 429]
        # The right code does not help an address that guessed too often.
        assert guesser.call("POST", "/api/join", {"code": running.server.code})[0] == 429
        newcomer = running.phone("127.0.0.2")  # another address in the hall
        assert newcomer.call("POST", "/api/join", {"code": running.server.code})[0] == 200
        assert newcomer.call("POST", "/api/join", {"code": running.server.code})[0] == 200
        assert newcomer.call("POST", "/api/join", {"code": running.server.code})[0] == 429
        flooder = running.phone("127.0.0.3")
        statuses = [flooder.call("GET", "/static/phone.css")[0] for _ in range(40)]
        assert statuses.count(200) <= 31 and statuses[-1] == 429
    finally:
        running.server.stop()
        running.host.close()


def test_changes_from_one_phone_are_rate_limited(hall_path: Path) -> None:
    running = serve(hall_path, limits=Limits(requests=EASY.requests, changes=Rate(3, 0.01)))
    try:
        phone = running.phone()
        phone.join()
        round_id, cards = round_and_cards(phone)
        statuses = [phone.vote(round_id, {cards[0]: n % 2})[0] for n in range(5)]
        assert statuses[:3] == [200, 200, 200] and statuses[3:] == [429, 429]
    finally:
        running.server.stop()
        running.host.close()


def test_it_listens_on_the_chosen_address_only(served: Served) -> None:
    assert served.server.address == "127.0.0.1"
    with socket.create_connection(("127.0.0.1", served.server.port), timeout=5):
        pass
    with pytest.raises(OSError):  # another loopback address of this computer: nothing there
        socket.create_connection(("127.0.0.2", served.server.port), timeout=5).close()


def test_it_can_serve_ipv6_loopback(hall_path: Path) -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this computer")
    try:
        running = serve(hall_path, address="::1")
    except OSError:
        pytest.skip("::1 is not configured here")
    try:
        assert running.server.url.startswith("http://[::1]:")
        with socket.create_connection(("::1", running.server.port), timeout=5):
            pass
    finally:
        running.server.stop()
        running.host.close()


def test_turning_it_off_closes_the_server(served: Served) -> None:
    phone = served.phone()
    phone.join()
    port = served.server.port
    served.server.stop()
    assert not served.server.running
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the port still answers")


def test_the_phone_page_words_follow_the_phones_language(served: Served) -> None:
    phone = served.phone()
    for header, language, join in (
        ("es-EC,es;q=0.9", "es", "Únase al taller"),
        ("fr-FR", "fr", "Rejoindre l’atelier"),
        ("de-DE,en;q=0.5", "en", "Join the workshop"),
    ):
        status, words = phone.call("GET", "/api/words", headers={"Accept-Language": header})
        assert status == 200 and words["lang"] == language
        assert words["text"]["join_heading"] == join
        assert len(words["stakeholder_types"]) == 11 and len(words["quadrants"]) == 4
    es = phone.call("GET", "/api/words?lang=es")[1]
    assert es["quadrants"]["strength"] == "Fortalezas"
    en, fr = phone.call("GET", "/api/words?lang=en")[1], phone.call("GET", "/api/words?lang=fr")[1]
    assert set(en["text"]) == set(es["text"]) == set(fr["text"])
