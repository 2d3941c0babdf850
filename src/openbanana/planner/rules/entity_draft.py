"""An entity while the prompt is being read: the noun and every modifier word bound to it (colour, material, size,
count, arrangement, action; a person's skin tone, age, hair and beard). Relations and later words may still change
it; the reader turns drafts into the scene graph's entities at the end."""

from __future__ import annotations

from dataclasses import dataclass, field

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.lexicon import NUMBERS
from openbanana.planner.rules.tagging import Token
from openbanana.planner.rules.vocabulary.actions import STATE_PARTICIPLES
from openbanana.planner.rules.vocabulary.attributes import (
    ARRANGEMENT_PHRASES,
    COLORED_MATERIALS,
    MATERIAL_TINTS,
    MATERIALS,
    QUANTITY_WORDS,
    SIZES,
)
from openbanana.planner.rules.vocabulary.colors import AMBIGUOUS_COLORS, COLORS, FUR_COLOURS
from openbanana.planner.rules.vocabulary.people_words import (
    AGE_WORDS,
    BEARD_WORDS,
    HAIR_WORDS,
    KIN_NOUNS,
    PEOPLE_GROUPS,
    SIBLING_AGES,
    SIBLINGS,
    SKIN_WORDS,
    YOUNG_WORDS,
    hair_key,
)
from openbanana.scene import RGB, AgeGroup, Arrangement, SkinTone

PERSON_SKIN_COLOURS = frozenset({"black", "white", "brown", "tan", "pale"})


@dataclass
class Draft:
    """An entity while the prompt is being read: relations and later words may still change it."""

    noun: str
    count: int = 1
    color: RGB | None = None
    color_name: str = ""
    material: str = ""
    scale: float = 1.0
    action: str = ""
    skin_tone: SkinTone | None = None
    age: AgeGroup | None = None
    age_said: bool = False  # a word said the age ("a middle-aged woman", "a young man"): hair does not change it
    hair: str = ""
    beard: bool = False
    arrangement: Arrangement = "auto"
    modifiers: list[str] = field(default_factory=list)
    glyph: str | None = None  # a pictogram the phrase itself names ("black cat" → 🐈‍⬛)
    lookup: str = ""  # what to look up by meaning when nothing else names a pictogram
    person: bool = False
    animal: bool = False

    def describe(self, token: Token) -> bool:
        """Bind one modifier word; False when it says nothing this reader knows (it becomes a plain modifier)."""
        word, tag = token.word, token.tag
        if tag == "color" and isinstance(token.value, tuple):
            return self._colour(*token.value)
        if self.person and self._describe_person(token):
            return True
        if word in MATERIALS and (word not in AMBIGUOUS_COLORS or word in COLORED_MATERIALS or tag != "adj"):
            self.material = self.material or MATERIALS[word]
            if word in COLORED_MATERIALS:
                self._colour(word, COLORS.get(word) or MATERIAL_TINTS[word])
            return True
        if self.animal and word in FUR_COLOURS:
            return self._colour(word, FUR_COLOURS[word])
        if word in COLORS and (word not in AMBIGUOUS_COLORS or tag == "adj" or pictogram_for(word) is None):
            return self._colour(word, COLORS[word])
        if word in SIZES:
            self.scale = SIZES[word] if self.scale == 1.0 else self.scale
            return True
        if word in QUANTITY_WORDS and tag != "noun":
            self.count = max(self.count, QUANTITY_WORDS[word])
            return True
        if self.animal and AGE_WORDS.get(word) == "baby":
            self.age = self.age or "baby"  # "a baby elephant": a young one of its kind
            return True
        if self.noun in PEOPLE_GROUPS and word in AGE_WORDS and word not in YOUNG_WORDS:
            self.age = self.age or AGE_WORDS[word]
            return True
        if word in ARRANGEMENT_PHRASES:
            self.arrangement = ARRANGEMENT_PHRASES[word]
            return True
        if tag == "ing" or (tag == "past" and word in STATE_PARTICIPLES):
            self.action = self.action or word
            return True
        return False

    def _describe_person(self, token: Token) -> bool:
        word, tag = token.word, token.tag
        if self.noun in SIBLINGS and word in SIBLING_AGES:
            self.age, self.age_said = self.age or SIBLING_AGES[word], True
            return True
        if tag == "skin" or (tag != "hair" and word in SKIN_WORDS and (" " in word or word in PERSON_SKIN_COLOURS)):
            self.skin_tone = self.skin_tone or skin_tone_of(word)
            return True
        if tag == "age" or word in AGE_WORDS:
            age = AGE_WORDS.get(word)
            if word in YOUNG_WORDS and self.age is None and self.noun not in KIN_NOUNS:
                age = None  # "a young woman" stays an adult; a boy or a girl is a child already
            self.age, self.age_said = self.age or age, True
            if word in HAIR_WORDS:
                self.set_hair([word])  # "a grey-haired grandmother": old, and her hair grey
            return age is not None or word in YOUNG_WORDS
        if tag == "hair" or (word in HAIR_WORDS and word not in COLORS):
            self.set_hair([word])
            return True
        if word in BEARD_WORDS:
            self.beard = True
            return True
        return False

    def set_hair(self, words: list[str]) -> None:
        self.hair = self.hair or hair_key(" ".join(words))

    def describe_hair(self, words: list[str]) -> None:
        """The hair as the prompt describes it, style and length kept ("short curly afro", "long blonde braids",
        "man bun"), after any hair word said before the noun ("a blonde girl with a ponytail": blond ponytail);
        what a pictogram can show of it is `hair_key`'s."""
        said = [w for w in words if w not in ("hair", "hairstyle") and not w.isdigit() and w not in NUMBERS]
        if not said:
            return
        before = [self.hair] if self.hair and self.hair not in said else []
        self.hair = " ".join([*before, *said])

    def _colour(self, name: str, value: RGB) -> bool:
        if self.color is None:
            self.color, self.color_name = value, name
        else:
            self.modifiers.append(name)
        return True


def skin_tone_of(words: str) -> SkinTone | None:
    """The tone a skin phrase names, from its last words ("deep brown skin" is brown skin, "tanned skin" tanned);
    None for one no list knows, which is read as said but draws the default tone."""
    parts = words.split()
    for start in range(len(parts)):
        for said in (" ".join(parts[start:]), " ".join(parts[start:]).removesuffix(" skin")):
            if said in SKIN_WORDS:
                return SKIN_WORDS[said]
    return None
