"""People as pictograms: the Twemoji sequence for a person's gender, age, hair, skin tone, role and activity.

"a Black woman cooking" is 👩🏿‍🍳, "an old man" 👴, "a blond boy" 👦 (no blond child exists), "a man riding a bike"
🚴🏽‍♂️ when the prompt gave him a medium skin tone. The planner may not import the engines, so which sequences the
bundled font draws is read from its layer table (assets/pictograms/layers.json), as the index is; a sequence the font
lacks falls back step by step (the activity, then the role, hair and gender), never to a missing glyph.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

from openbanana.scene import AgeGroup, SkinTone

Gender = Literal["man", "woman", "person"]

ZWJ, VS16 = "\u200d", "\ufe0f"
SIGN = {"man": "\u2642", "woman": "\u2640"}
TONES: dict[SkinTone, str] = {"light": "\U0001f3fb", "medium_light": "\U0001f3fc", "medium": "\U0001f3fd",
                              "medium_dark": "\U0001f3fe", "dark": "\U0001f3ff"}
ADULT = {"man": "👨", "woman": "👩", "person": "🧑"}
CHILD = {"man": "👦", "woman": "👧", "person": "🧒"}
ELDER = {"man": "👴", "woman": "👵", "person": "🧓"}
HAIR_COMPONENTS = {"red": "🦰", "curly": "🦱", "white": "🦳", "grey": "🦳", "bald": "🦲"}


@dataclass(frozen=True)
class PersonNoun:
    gender: Gender = "person"
    age: AgeGroup | None = None
    role: str = ""  # a key of ROLE_OBJECTS, GENDERED_BASES or PAIRS


def _nouns(names: str, gender: Gender = "person", age: AgeGroup | None = None, role: str = "") -> dict[str,
                                                                                                       PersonNoun]:
    return {name: PersonNoun(gender, age, role) for name in names.split()}


# Nouns (singular) that name a person, with what they say about gender, age and role.
PERSON_NOUNS: dict[str, PersonNoun] = {
    **_nouns("person human adult someone individual friend tourist traveler traveller hiker player athlete "
             "customer passenger commuter pedestrian passerby visitor shopper worker "
             "musician guitarist pianist violinist drummer "
             "photographer waiter server barista cashier soldier sailor pirate captain explorer stranger cousin "
             "neighbor neighbour owner barber hairdresser stylist angler "
             "character figure model youth partner redhead"),
    **_nouns("man guy gentleman father dad daddy husband brother uncle businessman groom boyfriend "
             "fisherman policeman fireman cowboy rancher lumberjack", "man"),
    **_nouns("woman lady mother mom mum mommy wife sister aunt businesswoman bride girlfriend "
             "policewoman blonde brunette cowgirl", "woman"),
    **_nouns("boy schoolboy", "man", "child"), **_nouns("girl schoolgirl", "woman", "child"),
    **_nouns("child kid toddler youngster schoolchild grandchild grandkid trick-or-treater", "person", "child"),
    **_nouns("grandson", "man", "child"), **_nouns("granddaughter", "woman", "child"),
    **_nouns("son", "man", "child"), **_nouns("daughter", "woman", "child"),  # with a parent: mostly a child
    **_nouns("postman mailman postie", "man"), **_nouns("postwoman", "woman"), **_nouns("courier"),
    "mail carrier": PersonNoun(), "letter carrier": PersonNoun(),
    "delivery driver": PersonNoun(), **_nouns("driver chauffeur"),
    **_nouns("baby infant newborn", "person", "baby"),
    **_nouns("teenager teen adolescent", "person", "teen"),
    **_nouns("grandfather grandpa granddad grandad", "man", "elderly"),
    **_nouns("grandmother grandma granny nana", "woman", "elderly"),
    **_nouns("elder senior pensioner retiree grandparent", "person", "elderly"),
    **_nouns("chef cook baker", role="cook"), **_nouns("astronaut cosmonaut", role="astronaut"),
    **_nouns("scientist chemist researcher", role="scientist"),
    **_nouns("doctor nurse surgeon vet veterinarian", role="health"),
    **_nouns("teacher professor lecturer", role="teacher"), **_nouns("student graduate", role="student"),
    **_nouns("farmer gardener", role="farmer"), **_nouns("artist painter", role="artist"),
    **_nouns("programmer developer coder hacker engineer", role="technologist"),
    **_nouns("mechanic plumber electrician", role="mechanic"), **_nouns("firefighter", role="firefighter"),
    **_nouns("pilot aviator", role="pilot"), **_nouns("judge", role="judge"),
    **_nouns("singer rockstar", role="singer"), **_nouns("officer cop", role="police"),
    **_nouns("detective spy", role="detective"), **_nouns("guard", role="guard"),
    **_nouns("builder", role="construction"), **_nouns("superhero", role="superhero"),
    **_nouns("villain supervillain", role="supervillain"), **_nouns("wizard mage sorcerer", "man", role="mage"),
    **_nouns("witch sorceress", "woman", role="mage"), **_nouns("fairy", role="fairy"),
    **_nouns("vampire", role="vampire"), **_nouns("mermaid", "woman", role="merperson"),
    **_nouns("merman", "man", role="merperson"), **_nouns("elf", role="elf"), **_nouns("ninja", role="ninja"),
    **_nouns("king prince", "man", role="royal"), **_nouns("queen princess", "woman", role="royal"),
    **_nouns("dancer ballerina", role="dancer"), **_nouns("santa", "man", role="santa"),
    **_nouns("runner jogger", role="running"), **_nouns("cyclist biker", role="biking"),
    **_nouns("swimmer", role="swimming"), **_nouns("surfer kitesurfer kiteboarder windsurfer", role="surfing"),
    **_nouns("skier", role="skiing"),
    **_nouns("climber", role="climbing"), **_nouns("yogi", role="yoga"),
}
PEOPLE_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child", "folks": "person",
                  "kids": "kid", "persons": "person", "crowd": "person"}

# Roles drawn as a person + ZWJ + an object (🧑‍🍳), in the person's gender and tone.
ROLE_OBJECTS = {"cook": "🍳", "astronaut": "🚀", "scientist": "🔬", "health": "⚕", "teacher": "🏫", "student": "🎓",
                "farmer": "🌾", "artist": "🎨", "technologist": "💻", "mechanic": "🔧", "firefighter": "🚒",
                "pilot": "✈", "judge": "⚖", "singer": "🎤", "office": "💼", "factory": "🏭"}
# Roles and activities drawn by one base emoji, made a man or a woman with ♂/♀ (🚴‍♀️) and toned.
GENDERED_BASES = {"police": "👮", "detective": "🕵", "guard": "💂", "construction": "👷", "superhero": "🦸",
                  "supervillain": "🦹", "mage": "🧙", "fairy": "🧚", "vampire": "🧛", "merperson": "🧜",
                  "elf": "🧝", "ninja": "🥷", "biking": "🚴", "mountain biking": "🚵", "running": "🏃",
                  "walking": "🚶", "yoga": "🧘", "swimming": "🏊", "surfing": "🏄", "rowing": "🚣",
                  "climbing": "🧗", "lifting": "🏋", "golfing": "🏌", "juggling": "🤹", "cartwheeling": "🤸",
                  "kneeling": "🧎", "standing": "🧍", "shrugging": "🤷", "facepalming": "🤦", "bowing": "🙇",
                  "basketball": "⛹", "water polo": "🤽", "handball": "🤾", "skiing": "⛷", "fencing": "🤺",
                  "snowboarding": "🏂", "horse riding": "🏇", "sleeping": "🛌", "bathing": "🛀",
                  "raising hand": "🙋", "pouting": "🙎", "tipping hand": "💁"}
# Roles with a separate emoji for a man, a woman and anyone.
PAIRS = {"royal": ("🤴", "👸", "🫅"), "dancer": ("🕺", "💃", "💃"), "santa": ("🎅", "🤶", "🎅"),
         "wedding": ("🤵", "👰", "👰")}
# Activities (as the grammar names them) → the role or base that shows them.
AGELESS_ACTIVITIES = frozenset({"walking", "running", "standing"})  # their figures look young
ACTIVITIES = {"cooking": "cook", "baking": "cook", "coding": "technologist", "programming": "technologist",
              "typing": "technologist", "painting": "artist", "singing": "singer", "teaching": "teacher",
              "gardening": "farmer", "farming": "farmer", "studying": "student", "graduating": "student",
              "cycling": "biking", "riding bicycle": "biking", "riding bike": "biking", "biking": "biking",
              "riding mountain bike": "mountain biking", "jogging": "running", "running": "running",
              "sprinting": "running", "walking": "walking", "hiking": "walking", "strolling": "walking",
              "meditating": "yoga", "yoga": "yoga", "swimming": "swimming", "surfing": "surfing",
              "riding surfboard": "surfing", "rowing": "rowing", "kayaking": "rowing", "canoeing": "rowing",
              "paddling": "rowing", "climbing": "climbing", "lifting": "lifting", "weightlifting": "lifting",
              "golfing": "golfing", "juggling": "juggling", "cartwheeling": "cartwheeling", "kneeling": "kneeling",
              "standing": "standing", "shrugging": "shrugging", "bowing": "bowing", "skiing": "skiing",
              "fencing": "fencing", "snowboarding": "snowboarding", "riding horse": "horse riding",
              "riding pony": "horse riding", "sleeping": "sleeping", "napping": "sleeping", "bathing": "bathing",
              "dancing": "dancer", "dribbling": "basketball", "waving": "raising hand"}


@cache
def _font_sequences() -> dict[str, str]:
    """Every sequence the bundled pictogram font draws, keyed without variation selectors."""
    raw = json.loads(files("openbanana.assets.pictograms").joinpath("layers.json").read_text(encoding="utf-8"))
    return {key.replace(VS16, ""): key for key in raw["glyphs"]}


def drawable(sequence: str) -> str | None:
    """The font's own spelling of an emoji sequence (variation selectors as it has them), or None."""
    return _font_sequences().get(sequence.replace(VS16, ""))


def person_noun(noun: str) -> PersonNoun | None:
    """What a noun (singular or a people plural) says about a person; None when it names no person."""
    return PERSON_NOUNS.get(PEOPLE_PLURALS.get(noun, noun))


def person_glyph(noun: str, *, age: AgeGroup | None = None, hair: str = "", skin_tone: SkinTone | None = None,
                 action: str = "", beard: bool = False) -> str | None:
    """The most specific sequence the font draws for this person; None when `noun` is not a person."""
    info = person_noun(noun)
    if info is None:
        return None
    age = age or info.age
    activity = ACTIVITIES.get(action, "")
    tones = [TONES[skin_tone], ""] if skin_tone else [""]
    for tone in tones:
        for candidate in _candidates(info, age, hair, tone, activity, beard):
            found = drawable(candidate)
            if found:
                return found
    return None


def _candidates(info: PersonNoun, age: AgeGroup | None, hair: str, tone: str, activity: str,
                beard: bool) -> Iterator[str]:
    if info.role:  # who they are first: an astronaut on a horse is still an astronaut
        yield from _role(info.role, info.gender, tone)
    if activity and age not in ("baby", "child") and not (age == "elderly" and activity in AGELESS_ACTIVITIES):
        yield from _role(activity, info.gender, tone)  # an old man walking keeps his old face (a stooped figure)
    yield from _plain(info.gender, age, hair, tone, beard)


def _role(role: str, gender: Gender, tone: str) -> Iterator[str]:
    if role in ROLE_OBJECTS:
        yield ADULT[gender] + tone + ZWJ + ROLE_OBJECTS[role]
        yield ADULT["person"] + tone + ZWJ + ROLE_OBJECTS[role]
    elif role in GENDERED_BASES:
        yield from _signed(GENDERED_BASES[role], gender, tone)
    elif role in PAIRS:
        man, woman, anyone = PAIRS[role]
        yield {"man": man, "woman": woman, "person": anyone}[gender] + tone


def _signed(base: str, gender: Gender, tone: str) -> Iterator[str]:
    if gender in SIGN:
        yield base + tone + ZWJ + SIGN[gender] + VS16
    yield base + tone


def _plain(gender: Gender, age: AgeGroup | None, hair: str, tone: str, beard: bool) -> Iterator[str]:
    if age == "teen" and gender == "man" and not beard:
        gender = "person"  # the man's face is bearded: a teenage boy takes 🧑's smooth one (a boy's is a child's)
    if age == "baby":
        yield "👶" + tone
    elif age == "child":
        yield CHILD[gender] + tone
    elif age == "elderly":
        yield ELDER[gender] + tone
    if hair == "blond" and age not in ("baby", "child", "elderly"):
        yield from _signed("👱", gender, tone)
    elif hair in HAIR_COMPONENTS:
        yield ADULT[gender] + tone + ZWJ + HAIR_COMPONENTS[hair]
    if beard:
        yield from _signed("🧔", gender, tone)
    yield ADULT[gender] + tone
    yield ADULT["person"] + tone
