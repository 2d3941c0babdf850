"""Pictures inside the picture: "a poster of mountains on her bedroom wall", "a painting of a forest above the
fireplace", "a framed photo of a lake on the bedside table". The place such a picture shows is its subject, not
where the scene is: the picture is a thing hung or stood in the scene, and its place sets nothing.

A place drawn as a picture-word's subject ("a mountain silhouette on a quote card") is a thing too: the mountain.

Only a picture the prompt names among other things counts (the reader's `opening` is false), and one no style word
describes: "A watercolor painting of a fishing village clinging to a cliff" is the whole picture, and its place the
scene.
"""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.grammar import NounPhrase
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.vocabulary.attributes import ICON_HEADS
from openbanana.planner.rules.vocabulary.settings import PLACES, STYLES

PICTURES = frozenset({"poster", "painting", "picture", "photo", "photograph", "print", "drawing", "sketch",
                      "mural", "postcard", "artwork", "canvas", "watercolor", "watercolour", "snapshot", "image",
                      "tapestry", "wallpaper"})
FRAMED = "picture frame"  # what such a picture is looked up as where no pictogram is its own (a poster)


def depicts_a_place(phrase: NounPhrase) -> bool:
    """Whether the phrase is a picture of a place ("a poster of mountains", "an old photo of the harbour")."""
    shown = phrase.of
    if shown is None or noun_lemma(phrase.head.word) not in PICTURES:
        return False
    if any(w.word in STYLES or w.tag in ("style", "camera") for w in phrase.words[:-1]):
        return False  # "a watercolor painting of a village": the picture itself
    head = shown.head.word
    return head in PLACES or noun_lemma(head) in PLACES


def pictured_place(phrase: NounPhrase) -> NounPhrase | None:
    """The place a picture-word after it draws as a thing ("a mountain silhouette", "a beach icon"), or None: the
    mountain is drawn, where the place word alone would only have set the scene (and a card or a logo has none)."""
    words = phrase.words
    if phrase.of is not None or len(words) < 2 or words[-1].word not in ICON_HEADS:
        return None
    place = noun_lemma(words[-2].word)
    return replace(phrase, words=words[:-1]) if place in PLACES and pictogram_for(place) else None


def picture_thing(phrase: NounPhrase, *, whole: bool) -> tuple[NounPhrase, str] | None:
    """The thing a picture phrase draws and what to look it up as besides its words, or None: the picture itself
    (a framed picture), where it shows a place and is not the `whole` image; the place, for an icon of one."""
    if not whole and depicts_a_place(phrase):
        return phrase, FRAMED
    icon = pictured_place(phrase)
    return (icon, "") if icon is not None else None
