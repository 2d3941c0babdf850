"""What the things say lies behind or under them when no place word does: a dumpster or a graffiti wall is a city
street, a stand of pines or a sloth a forest's edge, a waterfall its water, a ship off an island the sea; a laptop or
a coaster is in a room; a pumpkin patch is autumn and blossom spring. Real planner; the sentences are new ones,
none from a prompt set."""

from __future__ import annotations

import pytest

from tests.unit.test_indoor_cues import setting_of


@pytest.mark.parametrize(("prompt", "indoor", "backdrop"), [
    ('A raccoon digging through a dumpster at night', False, "city"),
    ('A boy in a red hoodie spray painting a graffiti wall', False, "city"),
    ('A pigeon asleep on a rusty fire escape', False, "city"),
    ('A fox trotting between tall spruce trees', False, "forest"),
    ('A deer standing among the birches at dawn', False, "forest"),
    ('An orangutan swinging from a vine with her baby', False, "forest"),
    ('A fox sitting under an apple tree', False, "none"),  # one tree, two a hammock hangs between, palms, or a
    ('A tire swing hanging between two oak trees', False, "none"),  # printed sloth: no forest
    ('A hammock strung between two palm trees on a quiet beach', False, "sea"),
    ('A sticker of a sloth hugging a branch', False, "none"),
    ('A kitten batting at the cursor on a laptop while a man works', True, "room"),
    ('A glass of iced tea on a cork coaster, lemon slices beside it', True, "room"),
])
def test_the_things_say_what_closes_the_view(prompt: str, indoor: bool, backdrop: str) -> None:
    """Back-street things are a city street's, a stand of trees or a rainforest creature a forest's edge (one or
    two trees, palms or a printed sloth are not), a laptop or a coaster a room's."""
    setting = setting_of(prompt)
    assert (setting.indoor, setting.backdrop) == (indoor, backdrop), setting


def test_a_waterfall_stands_in_its_water() -> None:
    assert setting_of('Two otters playing below a waterfall').terrain == "water"


@pytest.mark.parametrize(("prompt", "terrain"), [
    ('A fishing boat drifting past a small rocky island at sunset', "water"),
    ('A map of a tiny island with a pirate ship anchored off the island and a shovel on the beach', "water"),
    ('A rowboat drifting near a tropical island with a shovel on the beach', "water"),
    ('A tiny island with a single palm tree and a hammock', "sand"),
    ('A tiny island with a canoe to the left of the island', "sand"),  # the side is kept on land's row
])
def test_an_island_with_a_ship_by_it_stands_in_the_sea(prompt: str, terrain: str) -> None:
    assert setting_of(prompt).terrain == terrain


def test_a_laptop_in_a_named_place_stays_there() -> None:
    setting = setting_of('A woman typing on a laptop on a sunny beach')
    assert (setting.indoor, setting.place) == (False, "beach"), setting


@pytest.mark.parametrize(("prompt", "season"), [
    ('Two kids choosing pumpkins in a pumpkin field', "autumn"),
    ('A grinning jack-o-lantern on a porch step', "autumn"),
    ('A robin on a branch of an apple tree in full bloom', "spring"),
    ('A girl in a kimono walking under pink cherry blossoms', "spring"),
])
def test_what_the_trees_or_the_fields_show_says_the_season(prompt: str, season: str) -> None:
    assert setting_of(prompt).season == season


def test_a_named_season_wins_over_the_blossom() -> None:
    assert setting_of('Apple blossoms on a bare branch in winter').season == "winter"


def test_one_flowers_blossom_is_no_season() -> None:
    assert setting_of('A bee landing on a single orange lily blossom').season is None


def test_a_city_behind_a_rooms_window_is_the_rooms_view() -> None:
    setting = setting_of('A steamy window with a city glowing behind the glass, a cat asleep on the sill')
    assert (setting.indoor, setting.backdrop) == (True, "city"), setting


def test_a_city_behind_a_man_outdoors_stays_his_place() -> None:
    setting = setting_of('A man walking his dog with the city behind him')
    assert not setting.indoor, setting


def test_the_sea_beyond_a_rooms_window_is_the_rooms_view() -> None:
    setting = setting_of('A foggy window with the sea beyond the glass and a candle on the sill')
    assert (setting.indoor, setting.backdrop) == (True, "sea"), setting
