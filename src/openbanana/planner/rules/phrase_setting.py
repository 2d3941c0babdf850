"""Which words of a noun phrase set the scene instead of describing a thing: "sunny", "watercolor style", "living
room", "a mountain lake" (a lake with mountains in view); the setting reader records them and the phrase keeps the
rest (entities.read_phrase reads what is left)."""

from __future__ import annotations

from openbanana.planner.noun_kinds import is_person_noun
from openbanana.planner.rules.grammar import NounPhrase, Token
from openbanana.planner.rules.ground_materials import ground_material
from openbanana.planner.rules.grounds import TRACK_GROUNDS, TRACKS
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.naming import is_building, named_pictogram
from openbanana.planner.rules.phrase_shapes import view_of
from openbanana.planner.rules.scene.kinds import furniture_form
from openbanana.planner.rules.setting import SCENERY, SettingReader
from openbanana.planner.rules.vocabulary.settings import (
    CAMERAS,
    FRAMING_NOUNS,
    PLACES,
    SEASONS,
    STYLE_ONLY_IN_CONTEXT,
    STYLES,
    TIMES,
    WALKWAYS,
    WEATHERS,
)

SETTING_UNITS = frozenset({"place", "time", "weather", "season", "camera", "style"})
# Weather words that name things one can draw and place: "snowflakes falling on a pine tree" set the snow and are
# snowflakes on the tree (as a bare "snow" or "a blizzard" sets the weather only).
WEATHER_THINGS = frozenset({"snowflakes", "raindrops", "hailstones"})
INSIDE = frozenset({"in", "inside", "into", "within"})  # a building named after these is the room one is in
# Weather and time words that, before another noun, name a kind of thing instead ("snow globe", "rain boots").
MODIFIER_NOT_SETTING = frozenset({"day", "wind", "snow", "rain", "ice", "storm", "night", "morning", "evening"})
# Heads that make a place word before them the setting: "a café interior", "a mountain landscape".
SCENE_HEADS = frozenset({"interior", "exterior", "scene", "setting", "landscape", "scenery", "view", "background",
                         "backdrop", "vista", "panorama", "skyline", "street", "at"})
FROZEN = frozenset({"frozen", "iced over", "ice covered", "icebound"})
SKIES = frozenset({"sky", "skies"})  # "a clear blue summer sky": each word before it read as "<word> sky"
# "a clear morning", "a grey afternoon": the sky of that hour, so each word before it is read as "<word> sky" too
HOURS = frozenset({"morning", "afternoon", "evening", "day", "night", "dawn", "dusk", "noon", "midday"})
SUNS = frozenset({"sun", "sunlight", "sunshine", "sunbeam", "sunbeams"})  # "morning sun": the time, not a kind of sun
# "morning light", "the evening glow": the hour's light; a "night light" is a lamp
HOUR_LIGHTS = frozenset({"light", "glow", "rays"})
SNOW_ON_PEAKS = frozenset({"snowy", "snow-capped", "snowcapped", "snow-covered"})
ICY = frozenset({"icy", "frozen", "iced", "ice-covered", "frosty", "frost-covered"})  # before a place: white ground
LAND = frozenset({"grass", "sand", "stone", "dirt", "snow"})  # grounds a path runs across, not along a street
SETTLEMENTS = frozenset({"village", "hamlet", "farm", "farmyard", "town"})
DRIFTS = frozenset({"sand", "snow"})  # loose grounds that lie in a settlement's lanes
STYLE_HEADS = frozenset({"style", "styles", "art", "aesthetic", "look", "effect", "render", "illustration"})


def take_setting_words(phrase: NounPhrase, setting: SettingReader, framing: bool,
                       landmark: bool = False, *, placed: str = "") -> list[Token]:
    """The phrase's words less those that set the scene ("sunny", "watercolor style", "living room");
    `placed`: the "in", "at" or "inside" the phrase follows, where a place word is the place ("at the florist")."""
    head = phrase.head
    person_head = not placed and _person_place(head)
    interior = f"{noun_lemma(head.word)} interior" if placed in INSIDE and not landmark else ""
    described = any(w.tag in ("camera", "style") or w.word in STYLES for w in phrase.words[:-1])
    framed = head.word in FRAMING_NOUNS and (phrase.of is not None or described)
    styled = framing or head.word in STYLE_HEADS or framed
    _, span = named_pictogram(phrase.words, noun_lemma(head.word))
    if len(phrase.words) > 1 and noun_lemma(head.word) in PLACES \
            and furniture_form(f"{phrase.words[-2].word} {noun_lemma(head.word)}") is not None:
        span = 2  # "the kitchen island" is a counter, no island
    named = phrase.words[len(phrase.words) - span:] if span > 1 else []  # "snow leopard" is an animal
    counted = phrase.number is not None or phrase.quantity is not None
    head_place = PLACES.get(noun_lemma(head.word)) or PLACES.get(head.word)  # "a night market", "an evening sky"
    setting.made_of = setting.made_of or ground_material(phrase.words, head_place)  # "a muddy building site"
    if head_place and head_place.terrain == "water" and any(w.word in FROZEN for w in phrase.words[:-1]):
        setting.take("season", "winter")  # "a frozen pond": winter, whatever else the prompt names
        setting.frozen = True
    far_peaks = head_place is not None and head_place.terrain in SCENERY and setting.place is not None \
        and setting.place.terrain not in SCENERY
    if (head.tag not in SETTING_UNITS or head.tag == "place") and not far_peaks \
            and any(w.word in SNOW_ON_PEAKS for w in phrase.words[:-1]):
        setting.snow_lies = True  # "a snowy ridge", "a snowy city street": snow on the ground ("a snowy day" falls)
    if head_place is not None and head_place.terrain != "water" and not far_peaks \
            and any(w.word in ICY for w in phrase.words[:-1]):
        setting.add_surface("snow")  # "an icy hill", "a frozen hillside": white ground (an icy drink is no place)
    kept: list[Token] = []
    floor_of = PLACES.get(phrase.words[-2].word) if head.word == "floor" and len(phrase.words) > 1 else None
    if floor_of is not None and not floor_of.indoor:
        setting.take("place", floor_of)  # "the mossy forest floor" is the forest's ground, no room's floor
        return [w for w in phrase.words[:-2] if not sets_scene(w, setting, is_head=False, styled=styled)]
    for token in phrase.words:
        if any(token is w for w in named):
            kept.append(token)
        elif far_peaks and token.word in SNOW_ON_PEAKS:
            continue  # "a meadow in front of snowy mountains": snow on the far peaks, not on the meadow
        elif token.tag in SETTING_UNITS:
            setting.take(token.tag, token.value)
        elif token is head and interior in PLACES:
            setting.take("place", PLACES[interior])  # "horses in a barn": inside it, not a barn drawn outside
        elif token is not head and (head.word in PLACES or is_building(noun_lemma(head.word)) or head.word in TRACKS) \
                and view_of(token.word) is not None:
            setting.view = setting.view or view_of(token.word)  # "a mountain lake", "a beach hut", "a mountain path"
            setting.places.append(token.word)  # "a village street" is still in a village
            if (head.word in WALKWAYS or _through_the_place(phrase, token) or _settled_in(phrase, token)) \
                    and token.word in PLACES:
                setting.made_of = setting.made_of or PLACES[token.word].terrain  # "a beach boardwalk": over sand
        else:
            building = token is head and (person_head or (landmark and is_building(noun_lemma(token.word))))
            is_head = token is head or head.word in SCENE_HEADS or (  # "a park bench", "a kitchen table"
                furniture_form(head.word) is not None and token.tag == "noun")
            if building or not sets_scene(token, setting, is_head=is_head, styled=styled, counted=counted,
                                          before_place=head_place is not None or head.word in SUNS or (
                                              head.word in HOUR_LIGHTS and token.word != "night"),
                                          sky=head.word in SKIES, hour=head.word in HOURS):
                kept.append(token)
                if token is not head and token.word in PLACES and PLACES[token.word].indoor:
                    setting.implied = setting.implied or PLACES[token.word]  # "a kitchen sink" is indoors
    return kept


def _through_the_place(phrase: NounPhrase, token: Token) -> bool:
    """A path through open land is on that land's ground ("a garden path" is grass, "a forest trail" too): the
    reader took it for a road. A village or a farm lane stays a road, a muddy path is mud (grounds.py)."""
    place = PLACES.get(token.word)
    return phrase.head.word in TRACKS and place is not None and place.terrain in LAND \
        and token.word not in SETTLEMENTS and not any(w.word in TRACK_GROUNDS for w in phrase.words[:-1])


def _settled_in(phrase: NounPhrase, token: Token) -> bool:
    """A town or village in a land of loose ground lies on it ("a desert town", "an arctic village"): sand or snow
    drifts over its lanes, where the reader drew paved streets before the dunes."""
    place = PLACES.get(token.word)
    return noun_lemma(phrase.head.word) in SETTLEMENTS and place is not None and place.terrain in DRIFTS


def _person_place(head: Token) -> bool:
    """A place word whose usual sense is a person ("a florist arranging tulips"): the person, unless the phrase
    follows a word that puts something in it."""
    return head.tag == "noun" and head.word in PLACES and is_person_noun(noun_lemma(head.word))


def sets_scene(token: Token, setting: SettingReader, *, is_head: bool, styled: bool, counted: bool = False,
               before_place: bool = False, sky: bool = False, hour: bool = False) -> bool:
    """Record the word if it is a setting word where it stands; whether it was. A place in the plural is the place
    ("stormy seas", "green fields") unless the phrase counts it ("a row of shops" are shops). Before a place (and
    as the head) a weather or time word that could name a kind of thing sets the scene ("a night market"); before
    an hour a word that says a sky's weather says that hour's ("a grey afternoon" is overcast)."""
    word = token.word
    if (sky or hour) and f"{word} sky" in WEATHERS:
        return setting.take("weather", WEATHERS[f"{word} sky"])
    if sky and f"{word} sky" in TIMES:
        return setting.take("time", TIMES[f"{word} sky"])
    if word in STYLES and (styled or word not in STYLE_ONLY_IN_CONTEXT):
        return setting.take("style", STYLES[word])
    if word in CAMERAS and (styled or word not in STYLE_ONLY_IN_CONTEXT):
        return setting.take("camera", CAMERAS[word])
    if is_head or before_place or word not in MODIFIER_NOT_SETTING:
        for kind, table in (("time", TIMES), ("weather", WEATHERS), ("season", SEASONS)):
            if word in table:
                taken = setting.take(kind, table[word])
                return taken and not (is_head and word in WEATHER_THINGS)  # the weather, and the things drawn
    place = PLACES.get(word) or (PLACES.get(noun_lemma(word)) if token.tag == "noun" and not counted else None)
    return is_head and place is not None and setting.take("place", place)
