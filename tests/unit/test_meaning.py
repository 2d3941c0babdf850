"""Pictograms by meaning: the nearest pictogram stands in (and says so), or nothing does and the noun is unmatched."""

from __future__ import annotations

from openbanana.embedding import load_minilm
from openbanana.planner.meaning import SIMILARITY, nearest_pictogram, pictogram_labels
from openbanana.planner.rules import read_scene


def test_the_encoder_gives_unit_vectors_that_rank_by_meaning() -> None:
    encoder = load_minilm()
    assert encoder is not None
    puppy, dog, spreadsheet = encoder.encode(["puppy", "dog", "spreadsheet"])
    assert abs(float(puppy @ puppy) - 1.0) < 1e-4
    assert float(puppy @ dog) > float(puppy @ spreadsheet) + 0.2
    assert (encoder.encode(["puppy"])[0] == puppy).all()  # one thread: the same vector every time


def test_a_thing_with_no_pictogram_gets_the_nearest_and_a_stand_in() -> None:
    (bird,) = read_scene("a hummingbird").entities
    assert (bird.noun, bird.glyph, bird.stand_in) == ("hummingbird", "🐦", "bird")
    (coat,) = read_scene("a yellow raincoat").entities
    assert coat.glyph == "🧥" and coat.stand_in and coat.color_name == "yellow"
    match = nearest_pictogram("hummingbird")
    assert match is not None and match.similarity >= SIMILARITY


def test_nothing_stands_in_when_nothing_is_near() -> None:
    graph = read_scene("a trellis next to a cat")  # WordNet knows it only as a framework: no kind is drawn
    trellis = next(e for e in graph.entities if e.noun == "trellis")
    assert trellis.glyph is None and trellis.stand_in == "" and graph.unmatched == ("trellis",)
    dragonfly = nearest_pictogram("dragonfly")
    assert dragonfly is None or dragonfly.name != "dragon"  # a match on letters is no match


def test_candidates_are_things_not_symbols() -> None:
    labels = pictogram_labels()
    assert {"canoe", "chair", "bird"} <= {name for name, _ in labels}
    assert not any("button" in name or " face" in name for name, _ in labels)
    assert not any(0x1F1E6 <= ord(c) <= 0x1F1FF for _, glyph in labels for c in glyph)  # no country flags
