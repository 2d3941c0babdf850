"""A verb after "that" is the clause's verb, through the real rules planner; sentences of our own.

"A wooden signpost on a mountain trail that points to …" drew three "hundred points" pictograms: after "that" the
plural-looking "points" was read as a noun. A plural noun cannot follow "that" as its determiner, so it is a verb.
"""

from __future__ import annotations

import pytest

from tests.unit.test_scene_fidelity_classes import plan_of


@pytest.mark.parametrize(("prompt", "nouns"), [
    ("a hand-painted sign that points to the beach", {"sign", "beach"}),
    ("a wooden arrow on a fence that points towards the barn", {"arrow", "fence", "barn"}),
    ("a little bridge that crosses a stream in the woods", {"bridge", "stream"}),
])
def test_a_plural_looking_word_after_that_is_a_verb(prompt: str, nouns: set[str]) -> None:
    read = {e.noun for e in plan_of(prompt).scene.entities}
    assert not read & {"point", "cross"}, read
    assert read <= nouns | {"water", "wood"}, read


def test_that_before_a_singular_noun_still_names_it() -> None:
    read = {e.noun for e in plan_of("that cat on the windowsill").scene.entities}
    assert "cat" in read
