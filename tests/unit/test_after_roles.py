"""Roles named after a string ("as the title", "as the author", "as the shop name") and the page kinds and roles
of maps: a transit map is a diagram, the stop it names a label. Real planner and layout; the sentences are new
ones, none from a prompt set."""

from __future__ import annotations

from tests.unit.test_listed_roles import plan_of, roles


def test_the_words_after_each_string_name_its_role_on_a_cover() -> None:
    plan = plan_of('Book cover for a thriller: "Cold Orchard" as the title, "Mara Quint" as the author, a fox in snow')
    assert (plan.scene.document, roles(plan)) == (
        "book_cover", {"Cold Orchard": "title", "Mara Quint": "author"}), roles(plan)


def test_a_subtitle_named_after_its_string_on_a_poster() -> None:
    plan = plan_of('Concert poster: "Night Tide" as the headline, "Live at the Pier" as a subtitle, and a guitar')
    assert roles(plan) == {"Night Tide": "headline", "Live at the Pier": "subtitle"}, roles(plan)


def test_a_shops_name_given_after_it_is_the_wordmark() -> None:
    plan = plan_of('Sale poster for a bakery: "Crumb & Co" as the shop name and "Everything half price" below it')
    assert roles(plan)["Crumb & Co"] == "wordmark", roles(plan)


def test_a_string_with_no_role_after_it_keeps_the_one_before_it() -> None:
    plan = plan_of('Poster with the headline "Late Bloom" and a rose in a vase as the centrepiece')
    assert roles(plan)["Late Bloom"] == "headline", roles(plan)


def test_a_transit_map_is_a_diagram_and_its_stop_a_label() -> None:
    plan = plan_of('A metro map with two lines crossing at "Old Quay" and a small compass in the corner')
    assert (plan.scene.document, roles(plan)) == ("diagram", {"Old Quay": "label"}), roles(plan)
