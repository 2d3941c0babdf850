"""`to_entity(id, draft)`: a read thing finished as an Entity, with the pictogram that shows it (or the stand-in
that shows it, named), its usual colour when the prompt names none, and a young animal's smaller size. Kept apart from
the reading of the sentence (scene_reading) because choosing a picture for a word is a job of its own."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.meaning import nearest_among, nearest_kind, nearest_pictogram
from openbanana.planner.noun_kinds import kind_pictogram
from openbanana.planner.people import person_glyph, person_noun
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.kept_kinds import FORM_OVER_INDEX, by_contents, content_colour, whole_compound
from openbanana.planner.rules.scene.kinds import has_form, is_person, named_form
from openbanana.planner.rules.vocabulary.attributes import (
    ANIMALS,
    BARE_PLURAL_COUNT,
    MATERIAL_FAMILIES,
    MATERIALS,
)
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.planner.rules.vocabulary.people_words import hair_key, implied_tone
from openbanana.planner.stand_ins import ANIMAL_KIND, stand_in
from openbanana.scene import Entity

# What a costume dresses one as, by the colour it is all over: "a ladybird costume" is red (a costume with no colour
# left the figure in its everyday clothes, and nothing of the costume was seen).
COSTUMES = {"ladybird": "red", "ladybug": "red", "strawberry": "red", "tomato": "red", "bee": "yellow",
            "bumblebee": "yellow", "banana": "yellow", "duck": "yellow", "chick": "yellow", "frog": "green",
            "dinosaur": "green", "dragon": "green", "crocodile": "green", "pumpkin": "orange", "tiger": "orange",
            "fox": "orange", "carrot": "orange", "penguin": "black", "bat": "black", "witch": "black",
            "panda": "white", "ghost": "white", "unicorn": "white", "astronaut": "white", "sheep": "white",
            "shark": "grey", "elephant": "grey", "mouse": "grey", "koala": "grey"}
# Things whose pictogram is not the colour everyone pictures them in: drawn so unless the prompt names a colour (no
# colour name is recorded: the prompt did not ask for it).
USUAL_COLOURS = {"school bus": "yellow", "seagull": "white", "gull": "white", "fire truck": "red",
                 "fire engine": "red", "polar bear": "white", "goldfish": "orange", "clownfish": "orange",
                 "clown fish": "orange", "sunflower": "yellow",  # the fish pictogram is yellow and blue, the
                 # sunflower's petals a deep amber
                 **dict.fromkeys(
                     ("cherry blossom tree", "blossom tree", "sakura tree", "sakura", "almond blossom tree",
                      "apple blossom tree", "flowering cherry tree"), "light pink"), "sandcastle": "sand",
                 "mud": "brown", "mud puddle": "brown",  # drawn as the puddle's form, which is water-blue
                 **{f"{thing} costume": colour for thing, colour in COSTUMES.items()}}
# Colour words that are first a plant ("a lavender bush", "a lilac hedge"): before a plant's head they name the
# plant, whose flowers are a full purple, not the pale tint the colour word is.
FLOWER_HUES = {"lavender": "purple", "lilac": "purple", "violet": "purple", "heather": "purple"}
PLANT_HEADS = frozenset({"bush", "bushes", "shrub", "shrubs", "hedge", "plant", "plants", "sprig", "sprigs", "flower",
                         "flowers", "field", "fields", "bloom", "blooms", "blossom", "blossoms", "border", "bed"})
# Materials that have one colour of their own: "a leather backpack" is brown, "a denim jacket" blue, "a chrome
# toaster" or "a steel bucket" silver.
MATERIAL_COLOURS = {"leather": "brown", "denim": "blue", "metal": "silver"}
# Young animals the pictogram set draws as the grown one (a foal as a horse): drawn smaller than it. A puppy or a
# kitten is the pet itself in most prompts, and keeps the size of one.
YOUNG_ANIMALS = frozenset({"foal", "calf", "lamb", "piglet", "cub", "duckling", "fawn", "joey", "gosling", "cygnet"})
YOUNG_SCALE = 0.6
# Things a child builds in the image of a big one, drawn with the big one's pictogram: at a child's-toy size, not
# a real castle's ("a sandcastle", "a castle of sand").
MINIATURES = frozenset({"sandcastle", "sand castle"})
MINIATURE_SCALE = 0.22
PLURAL_ONLY = frozenset({"people", "folks", "crowd"})  # nouns that are many though no number or -s says so


def to_entity(entity_id: str, draft: Draft) -> Entity:
    """The finished entity, with its pictogram (or the stand-in that shows it). A compound the pictogram was found
    for as a whole ("drum kit" by meaning) is named whole."""
    if draft.person and draft.skin_tone is None:
        draft = replace(draft, skin_tone=implied_tone(draft.modifiers))  # "a boy with freckles": light skin
    if draft.color_name in FLOWER_HUES and draft.noun in PLANT_HEADS:  # "a lavender bush": the plant's own bloom
        draft = replace(draft, color=COLORS[FLOWER_HUES[draft.color_name]], color_name=FLOWER_HUES[draft.color_name])
    glyph, stand_in, phrase = _glyph(draft)
    noun = phrase if " " in phrase and phrase.endswith(" " + draft.noun) else draft.noun
    named = next((n for n in (noun, *(f"{m} {noun}" for m in draft.modifiers)) if n in USUAL_COLOURS), "")
    usual_name = USUAL_COLOURS.get(named, "") if draft.material == "" else MATERIAL_COLOURS.get(
        MATERIAL_FAMILIES.get(draft.material, draft.material), "")  # suede is leather-brown
    usual = COLORS.get(usual_name) if draft.color is None and usual_name else None
    usual = usual or (content_colour(draft.noun, draft.modifiers) if draft.color is None else None)
    young = not draft.person and (draft.noun in YOUNG_ANIMALS or (draft.animal and draft.age in ("baby", "child")))
    scale = draft.scale * YOUNG_SCALE if young and draft.scale == 1.0 else draft.scale  # a foal beside the mare
    if noun in MINIATURES or (noun == "castle" and (draft.color_name or draft.material) == "sand"):
        scale *= MINIATURE_SCALE
    first = noun.split()[0] if " " in noun else ""
    material = draft.material or (MATERIALS[first] if first in MATERIALS and named_form(noun) else "")
    count = BARE_PLURAL_COUNT if draft.noun in PLURAL_ONLY and draft.count == 1 else draft.count
    return Entity(id=entity_id, noun=noun, glyph=glyph, stand_in=stand_in, count=count,
                  color=draft.color or usual, color_name=draft.color_name, material=material, scale=scale,
                  action=draft.action, skin_tone=draft.skin_tone, age=draft.age, hair=draft.hair,
                  arrangement=draft.arrangement, modifiers=tuple(dict.fromkeys(draft.modifiers)))


def _glyph(draft: Draft) -> tuple[str | None, str, str]:
    """(pictogram, stand-in, the words it was found for): a person's variant, the phrase's own, the index's, an
    everyday stand-in, the nearest by meaning, or the pictogram of its kind (WordNet's, else by meaning)."""
    if draft.person:
        near = None if person_noun(draft.noun) else nearest_pictogram(draft.noun)
        if near is not None and is_person(near.glyph):  # "a pediatrician" is a person, drawn as the doctor
            return near.glyph, near.name, draft.noun
        who = draft.noun if person_noun(draft.noun) else "person"  # "a cellist": a person by the word's ending
        glyph = person_glyph(who, age=draft.age, hair=hair_key(draft.hair), skin_tone=draft.skin_tone,
                             action=draft.action, beard=draft.beard)
        if glyph:
            return glyph, "", draft.noun
    kept = by_contents(draft.noun, draft.modifiers)
    if kept:  # "a bottle of olive oil" is no baby's bottle, "a ball of yarn" no football
        same = kept[0] == pictogram_for(draft.noun) or kept[1] == draft.noun  # a glass shown as a glass is no
        return kept[0], "" if same else kept[1], draft.noun  # stand-in: the answer must not say one stood in
    if named_form(draft.noun) or draft.noun in FORM_OVER_INDEX:
        return None, "", draft.noun  # a form of its own, even where a pictogram shares the name (a hot-air balloon)
    whole = None if draft.glyph else whole_compound(draft.noun, draft.lookup, draft.modifiers)
    if whole:
        return whole  # "a lily pad" is no pad, "a baby shower" no shower
    glyph = draft.glyph or pictogram_for(draft.noun)
    if glyph:
        return glyph, "", draft.noun
    if has_form(draft.noun):
        return None, "", draft.noun  # drawn as a shape of its own, never as the nearest pictogram (a desk)
    for phrase in sorted(dict.fromkeys([draft.lookup, draft.noun]), key=lambda words: -words.count(" ")):
        known = stand_in(phrase) if phrase else None  # the longer name first: a chess board is no placard
        if known:
            return (*known, phrase)
    for phrase in dict.fromkeys([draft.lookup, draft.noun]):
        match = nearest_pictogram(phrase) if phrase else None
        if match:
            alone = nearest_pictogram(draft.noun) if phrase != draft.noun else None
            same = alone is not None and alone.glyph == match.glyph  # "gas stove": the stove's own, named so
            return match.glyph, match.name, draft.noun if same else phrase
    by_kind = kind_pictogram(draft.noun, draft.modifiers)  # then its kind: a colander is shown as a spoon
    animal = nearest_among(draft.noun, tuple(sorted(ANIMALS))) if by_kind == ANIMAL_KIND else None
    if animal:  # WordNet's animal is drawn as the nearest animal the set has, never as paw prints
        return animal.glyph, animal.name, draft.noun
    if by_kind:
        return (*by_kind, draft.noun)
    kind = nearest_kind(draft.noun)  # last: its kind by meaning, for a noun WordNet lacks
    if kind:
        return kind.glyph, kind.name, draft.noun
    return None, "", draft.noun

