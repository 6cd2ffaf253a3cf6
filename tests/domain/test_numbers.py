"""One way of writing a figure per language, shared by the roadmap and the comparison."""

from __future__ import annotations

from cluster_planner.domain.numbers import write_money, write_number


def test_each_language_groups_its_figures_its_own_way() -> None:
    assert [write_number(v, "en") for v in (999, 8000, -8000, 1205100.5)] == [
        "999",
        "8,000",
        "-8,000",
        "1,205,100.50",
    ]
    # Spanish leaves a four-digit figure whole.
    assert [write_number(v, "es") for v in (8000, 12500, 1205.5, 0.5)] == [
        "8000",
        "12.500",
        "1205,50",
        "0,50",
    ]
    assert write_number(8000, "fr") == "8\u202f000"
    assert write_number(8000, "sw") == "8,000"  # written as English


def test_the_currency_stands_where_the_language_puts_it() -> None:
    assert write_money(12500, "USD", "en") == "USD\u00a012,500"
    assert write_money(12500, "USD", "es") == "12.500\u00a0USD"
    assert write_money(12500, "XOF", "fr") == "12\u202f500\u00a0XOF"
    assert write_money(12500, "", "es") == "12.500"
