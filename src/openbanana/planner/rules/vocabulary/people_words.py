"""Words that describe a person: skin tone, age and hair, as adjectives ("a Black woman", "an old man") or phrases."""

from __future__ import annotations

from openbanana.scene import AgeGroup, SkinTone

# Adjectives and phrases before a person noun (and after "with": "with dark skin").
SKIN_WORDS: dict[str, SkinTone] = {
    "dark skinned": "dark", "dark skin": "dark", "black": "dark", "deep skinned": "dark", "ebony": "dark",
    "brown skinned": "medium_dark", "brown skin": "medium_dark", "brown": "medium_dark",
    "dark brown skin": "dark", "light brown skin": "medium", "olive skinned": "medium", "olive skin": "medium",
    "tan": "medium", "tanned": "medium", "medium skinned": "medium", "medium skin": "medium",
    "light skinned": "light", "light skin": "light", "fair skinned": "light", "fair skin": "light",
    "pale": "light", "pale skin": "light", "pale skinned": "light", "white": "light", "freckled": "medium_light",
    "medium light skin": "medium_light", "medium dark skin": "medium_dark", "medium brown skin": "medium_dark",
}
AGE_WORDS: dict[str, AgeGroup] = {
    "old": "elderly", "elderly": "elderly", "aged": "elderly", "senior": "elderly", "older": "elderly",
    "grey haired": "elderly", "gray haired": "elderly", "wrinkled": "elderly", "young": "child", "little": "child",
    "teenage": "teen", "teen": "teen", "adolescent": "teen", "baby": "baby", "newborn": "baby", "infant": "baby",
    "middle aged": "adult", "adult": "adult", "grown": "adult", "retired": "elderly",
}
# "young" makes a child of a boy or a girl, and of a son or a daughter, but leaves a young woman an adult.
KIN_NOUNS = frozenset({"son", "daughter", "nephew", "niece", "sibling", "brother", "sister", "cousin"})
YOUNG_WORDS = frozenset({"young", "little"})
# A brother or a sister said big or little is a child's sibling: "his little sister" a child, "her big brother" a
# teen (no giant). "Older" and "younger" only compare with the other sibling: no age, and never an old man.
SIBLINGS = frozenset({"brother", "sister", "sibling", "stepbrother", "stepsister"})
SIBLING_AGES: dict[str, AgeGroup | None] = {"little": "child", "kid": "child", "baby": "baby", "big": "teen",
                                            "bigger": "teen", "older": None, "elder": None, "younger": None}
# Nouns for several people drawn as one pictogram: an age word still says how old they are ("an elderly couple").
PEOPLE_GROUPS = frozenset({"couple", "pair", "family", "crowd", "group", "team", "band", "trio"})
HAIR_WORDS: dict[str, str] = {
    "blonde": "blond", "blond": "blond", "fair haired": "blond", "golden haired": "blond", "golden": "blond",
    "yellow": "blond", "platinum": "blond", "red haired": "red", "redheaded": "red", "ginger": "red",
    "auburn": "red", "red": "red", "copper": "red", "curly haired": "curly", "curly": "curly", "afro": "curly",
    "frizzy": "curly", "bald": "bald", "balding": "bald", "shaved": "bald", "shaven": "bald", "grey haired": "grey",
    "gray haired": "grey", "white haired": "white", "silver haired": "grey", "grey": "grey", "gray": "grey",
    "white": "white", "silver": "grey", "black haired": "black", "black": "black", "brown haired": "brown",
    "brown": "brown", "dark haired": "black", "dark": "black",
}
# Every hair colour or kind also as "<word>-haired" ("a ginger-haired boy", "an auburn haired woman").
HAIR_WORDS.update({f"{word} haired": key for word, key in list(HAIR_WORDS.items())
                   if " " not in word and not word.endswith(("ed", "ing")) and f"{word} haired" not in HAIR_WORDS})
# Which hair word wins when several are given ("curly red hair"): the ones a pictogram can show first.
HAIR_PRIORITY = ("curly", "red", "blond", "white", "grey", "bald", "black", "brown")
# Nouns after "with" or "has" that describe the person rather than add a thing.
BODY_WORDS = frozenset({"hair", "skin", "beard", "moustache", "mustache", "eyes", "freckles", "braids", "ponytail",
                        "curls", "afro", "bun", "dreadlocks", "locks", "smile", "tattoo", "tattoos",
                        "complexion", "stubble", "pigtails", "bangs", "mohawk", "hairstyle", "face", "expression"})
# Heads that are hair done a certain way: "blonde braids" says the hair is blond.
HAIR_STYLES = frozenset({"braid", "braids", "pigtail", "pigtails", "ponytail", "bun", "curls", "dreadlocks",
                         "dreadlock", "lock", "locks", "bangs", "mohawk", "plait", "plaits", "cornrows", "afro",
                         "ponytails", "buns", "topknot", "bob", "fringe", "quiff", "mullet", "twists"})
# Two-word cuts whose head alone names no hair ("a cut of meat"): "a blue buzz cut" is the person's hair.
HAIR_CUTS = frozenset({"buzz cut", "crew cut", "pixie cut", "bowl cut", "top knot", "shaved head", "shaven head",
                       "bald head"})  # "with a shaved head": the hair (none), not a second head
BODY_WORDS = BODY_WORDS | HAIR_STYLES | {"plait", "plaits", "braid", "pigtail", "cornrows"}
BEARD_WORDS = frozenset({"beard", "moustache", "mustache", "stubble", "bearded"})
# Freckles say light skin where no tone is stated ("a boy with red hair and freckles"), as "freckled" does.
FRECKLES = frozenset({"freckles", "freckle", "freckled"})
FRECKLED_TONE: SkinTone = "medium_light"


def implied_tone(modifiers: list[str] | tuple[str, ...]) -> SkinTone | None:
    """The skin tone a person's described features imply when no word stated one: freckles, a light one."""
    return FRECKLED_TONE if any(m.split()[-1:] and m.split()[-1] in FRECKLES for m in modifiers) else None


def hair_key(hair: str) -> str:
    """The one hair word a pictogram can show ("curly", "red", "blond", "white", "grey", "bald", "black", "brown")
    in a person's hair as described ("a short afro" is curly, "long blonde braids" blond), or ""."""
    words = hair.lower().replace("-", " ").split()
    found = {HAIR_WORDS[w] for w in words if w in HAIR_WORDS}
    return next((key for key in HAIR_PRIORITY if key in found), "")


# A person noun that says the hair itself: "a redhead".
HAIR_NOUNS = {"redhead": "red", "blonde": "blond", "brunette": "brown"}
