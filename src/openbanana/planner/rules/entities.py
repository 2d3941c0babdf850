"""One noun phrase → what it adds to the scene: things (with every modifier bound to them), setting, or a surface.

"a lime green jacket" → a jacket coloured lime green; "a fire truck" → a fire truck (the index names it: 🚒);
"a paper boat" → a boat made of paper; "a cup of coffee" → one coffee cup; "a basket of apples" → apples in a
basket; "a sunny beach" → no thing at all, a beach in clear weather; "a photo of a cat" → a cat, in a photo style.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from openbanana.planner.noun_kinds import is_thing_noun
from openbanana.planner.people import person_noun
from openbanana.planner.pictograms import is_phrase_key, pictogram_for, singular
from openbanana.planner.rules.depicted import picture_thing
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.fillers import filler_drafts
from openbanana.planner.rules.grammar import NounPhrase, Token
from openbanana.planner.rules.ground_materials import edge_ground
from openbanana.planner.rules.grounds import stated_ground
from openbanana.planner.rules.kept_kinds import show_contents
from openbanana.planner.rules.lexicon import PLURAL_ONLY, noun_lemma
from openbanana.planner.rules.naming import (
    drawable,
    is_creature,
    known_compound,
    name_words,
    named_pictogram,
    noun_modifier_names,
    person_by_form,
)
from openbanana.planner.rules.phrase_setting import take_setting_words
from openbanana.planner.rules.phrase_shapes import body_features, is_skin_tone, person_compound, reshaped
from openbanana.planner.rules.scene.kinds import has_form, is_food
from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.actions import STATE_PARTICIPLES
from openbanana.planner.rules.vocabulary.attributes import (
    ANIMALS,
    BARE_PLURAL_COUNT,
    EDGE_HEADS,
    HOLDING_CONTAINERS,
    MAIL_THINGS,
    MATERIALS,
    NOT_THINGS,
    PART_WORDS,
    PATTERN_NOUNS,
    PLACED_THINGS,
    PLURAL_HOLDERS,
    QUANTITY_WORDS,
    SHOWCASE_HEADS,
    SIZES,
    SPORT_BALLS,
    SURFACES,
    VESSELS,
    WOOD_PLANTS,
    WOODS,
)
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.planner.rules.vocabulary.people_words import (
    BODY_WORDS,
    HAIR_CUTS,
    HAIR_NOUNS,
    KIN_NOUNS,
)
from openbanana.planner.rules.vocabulary.portions import PORTIONS, PORTIONS_OF
from openbanana.planner.rules.vocabulary.settings import (
    FRAMING_NOUNS,
    PLACES,
    STYLE_ONLY_IN_CONTEXT,
    STYLES,
)
from openbanana.planner.stand_ins import stand_in
from openbanana.scene import Predicate, Terrain

MAX_COUNT = 24  # "a thousand stars" is drawn as many, not a thousand
# Nouns whose plural is the singular: with no article they are many ("sheep in a field").
SAME_PLURALS = frozenset({"sheep", "deer", "fish", "moose", "bison", "cattle", "salmon", "trout", "buffalo"})


@dataclass
class PhraseReading:
    """What one noun phrase adds: drafts (in order), relations inside it, a surface, or a person's features."""

    drafts: list[Draft] = field(default_factory=list)
    inner: list[tuple[int, Predicate, int]] = field(default_factory=list)  # (draft, predicate, draft) by index
    surface: Terrain | None = None
    features: list[str] = field(default_factory=list)  # "with curly red hair" → the words about the person
    feature_head: str = ""
    scenery: bool = False  # things that make the place the phrase names ("a wheat field"): nothing is in them


def read_phrase(phrase: NounPhrase, setting: SettingReader, *, framing: bool = False,
                opening: bool = False, landmark: bool = False, beside: bool = False,
                placed: str = "", held: bool = False, on: bool = False, filling: bool = False) -> PhraseReading:
    """Read one noun phrase; `framing`: it may name the picture's medium ("in pencil", "as pixel art");
    `opening`: it opens the prompt, where "A watercolor painting." names the picture, not a painting in it;
    `beside`: something stands beside, above or under it, so an unknown word is a thing, not a place;
    `placed`: the "in", "at" or "inside" it follows, where a place word is the place ("at the florist"); `held`: a
    verb holds it, so a word of a picture's parts that can be drawn is the thing in hand ("handing a letter"); `on`:
    something is on it ("watches from a post"); `filling`: it fills a thing ("stuffed with", "full of")."""
    if (picture := picture_thing(phrase, whole=opening or framing)) is not None:  # "a poster of mountains on a wall"
        draft = _draft(picture[0], picture[0].words, noun_lemma(picture[0].head.word))
        return PhraseReading(drafts=[replace(draft, lookup=f"{draft.lookup} {picture[1]}".strip())])
    phrase = reshaped(phrase)
    words = take_setting_words(phrase, setting, framing, landmark, placed=placed)
    head = phrase.head
    if not words or not any(w is head for w in words):
        filled = filler_drafts(phrase, words)  # "a wheat field": the wheat, in the field
        return PhraseReading(drafts=filled, scenery=True) if filled else _complement(phrase, setting)
    lemma = noun_lemma(head.word) if head.tag == "noun" else head.word
    if lemma in PLURAL_ONLY and _many_of_one(phrase, words, lemma):
        lemma, phrase = singular(lemma), replace(phrase, plural=True)
    compound = " ".join([*(w.word for w in words[-2:-1] if w.tag == "noun" or stand_in(f"{w.word} {lemma}")),
                         lemma])  # "fairy lights" are a thing, though lights alone are the picture's lighting
    if phrase.of is not None and (lemma in PART_WORDS or lemma in FRAMING_NOUNS or lemma in NOT_THINGS):
        return _complement(phrase, setting)
    if (lemma in SHOWCASE_HEADS or (lemma in EDGE_HEADS and not known_compound(compound))) and len(words) > 1 \
            and words[-2].tag == "noun" and phrase.of is None:  # "a cliff edge" is where on the cliff
        shown = replace(phrase, words=[w for w in phrase.words if w is not head])  # "a mug mockup" shows a mug
        return read_phrase(shown, setting, framing=framing, opening=opening, landmark=landmark, beside=beside)
    if lemma in BODY_WORDS or head.word in BODY_WORDS or head.tag == "skin" or is_skin_tone(words, lemma) \
            or " ".join(w.word for w in words[-2:]) in HAIR_CUTS:
        features, about = body_features(words, lemma)
        return PhraseReading(features=features, feature_head=about)
    if lemma in PATTERN_NOUNS and phrase.of is None and not known_compound(compound):
        return PhraseReading(features=[w.word for w in words[:-1]], feature_head=lemma)  # how a thing looks
    bare = not (phrase.determiner or phrase.number or phrase.quantity or phrase.plural) \
        and all(w.tag == "noun" for w in words[:-1])  # "…, photo", "…, food photo": a genre before it, no article
    frame = lemma in FRAMING_NOUNS and (framing or opening or (bare and lemma in STYLES))
    in_hand = (held and phrase.of is None and not phrase.plural and drawable(lemma)) or (
        lemma in PLACED_THINGS and (beside or on)) or (  # "under a big banner", "perched on a post"
        lemma in MAIL_THINGS and phrase.of is None and (held or filling))  # "a mailbox stuffed with letters"
    if (lemma in NOT_THINGS and not known_compound(compound) and not _made_thing(words, lemma) and not in_hand) or (
            frame and not _framed_thing(words, compound)):
        if lemma in STYLES and lemma in FRAMING_NOUNS:
            setting.take("style", STYLES[lemma])  # "A photo. A red bus in London."
        return PhraseReading()
    if (ground := stated_ground(words, lemma, compound, of_phrase=phrase.of is not None)) is not None:
        return PhraseReading(surface=ground, drafts=[_draft(phrase, words, lemma)])
    if phrase.of is not None and phrase.of.plural and lemma in PLURAL_HOLDERS:
        return _holding(phrase, words, lemma, setting, PLURAL_HOLDERS[lemma])
    if phrase.of is not None and (lemma in VESSELS or lemma in PORTIONS_OF):
        return _serving(phrase, words, lemma, setting)
    if phrase.of is not None and lemma in HOLDING_CONTAINERS:
        return _holding(phrase, words, lemma, setting)
    draft = _draft(phrase, words, lemma)
    if phrase.of is None and not beside and not held and _unknown(draft, lemma) and not _described_thing(draft) \
            and not is_thing_noun(lemma, inside=bool(placed)) and setting.add_place_by_meaning(lemma):
        setting.made_of = setting.made_of or edge_ground(words)  # "a pebbly riverbank": stones, not the water
        for token in words[:-1]:  # "a dusty mountain path": mountains close the view
            if token.word in PLACES and PLACES[token.word].backdrop != "none" and not PLACES[token.word].indoor:
                setting.view = setting.view or PLACES[token.word].backdrop
        return PhraseReading()
    if phrase.of is not None:
        draft.modifiers.append("of " + " ".join(w.word for w in phrase.of.words))
    return PhraseReading(drafts=[draft])


def _described_thing(draft: Draft) -> bool:
    """"a wooden pier", "two red porches": a material, a colour, a size or a count makes a place word a thing."""
    return bool(draft.material or draft.color or draft.scale != 1.0 or draft.count > 1)


def _unknown(draft: Draft, lemma: str) -> bool:
    """A thing no table knows: no pictogram of its own, no everyday stand-in, no drawn form, no person or animal."""
    return not (draft.glyph or draft.person or draft.animal or pictogram_for(draft.noun) or stand_in(draft.noun)
                or stand_in(lemma) or has_form(draft.noun) or lemma in PLACES or lemma in SURFACES)


def _many_of_one(phrase: NounPhrase, words: list[Token], lemma: str) -> bool:
    """"glasses of wine", "wine glasses", "two glasses": many a glass; "glasses", "reading glasses": one pair."""
    one = singular(lemma)
    before = words[-2].word if len(words) > 1 and words[-2].tag == "noun" else ""
    counted = (phrase.number or 0) > 1 and bool(pictogram_for(one))  # two pairs are said "two pairs of"
    return one != lemma and (phrase.of is not None or counted or (bool(before) and (
        is_phrase_key(f"{before} {one}") or is_food(pictogram_for(before) or ""))))


# Heads that present the thing named before them, never a thing of their own: "a T-shirt mockup", "a tote bag
# template".
def _made_thing(words: list[Token], lemma: str) -> bool:
    """"a wooden post", "a stone sign": a material says an abstract-looking word is a thing, when it can be drawn."""
    return any(w.word in MATERIALS for w in words[:-1]) and bool(pictogram_for(lemma) or stand_in(lemma))


def _framed_thing(words: list[Token], compound: str) -> bool:
    """"A framed photo on the wall", "paw prints": a framing noun that names a thing, by a word that only a thing
    has (framed, faded, wooden, small, red) or as a compound the index knows."""
    return known_compound(compound) or any(
        w.tag == "past" or w.tag == "color" or w.word in MATERIALS or w.word in SIZES for w in words[:-1])


def _complement(phrase: NounPhrase, setting: SettingReader) -> PhraseReading:
    """"a photo of a cat", "the top of the hill": the phrase after "of" is what is meant."""
    if phrase.of is None:
        return PhraseReading()
    head = phrase.head.word
    if head in STYLES and (head in FRAMING_NOUNS or head not in STYLE_ONLY_IN_CONTEXT):
        setting.take("style", STYLES[head])
    setting.take_word(head, styles=False, places=False)
    return read_phrase(phrase.of, setting, framing=False)


def _draft(phrase: NounPhrase, words: list[Token], lemma: str) -> Draft:
    """The thing a phrase names, with its count and every modifier bound to it."""
    words, lemma = person_compound(words, lemma)
    glyph, span = named_pictogram(words, lemma)
    both = pair if len(words) > 1 and stand_in(pair := f"{words[-2].word} {lemma}") else ""  # "a piggy bank"
    person = None if both else person_by_form(lemma)  # (a pig), "a record player" (no player): one stand-in names both
    noun_words = [w.word for w in name_words(words[len(words) - span:-1], lemma, glyph)]
    noun = " ".join([*noun_words, lemma]) if glyph and person is None else lemma
    compound = " ".join([*(w.word for w in words[-2:-1] if w.tag in ("noun", "ing")), lemma])
    by_use = bool(phrase.determiner) and _kind_by_use(words, lemma)
    if not glyph and person is None and compound != lemma and (known_compound(compound) or by_use):
        noun = compound  # "a lamp post", "a fire hydrant", "a watering can": one thing, named by both words
    if both:
        glyph, noun, compound = None, both, both
    contents = words[-2].word if len(words) > 1 and words[-2].tag == "noun" and words[-2].word[-3:] != "ing" else ""
    if (lemma in VESSELS or lemma in PORTIONS) and span == 1 and contents and contents not in MATERIALS \
            and pictogram_for(contents):
        glyph, noun, span = pictogram_for(contents), f"{contents} {lemma}", 2  # "a coffee cup" shows coffee
    noun = SPORT_BALLS.get(noun, noun)  # "playing soccer": the soccer ball is what is drawn
    draft = Draft(noun=noun, glyph=glyph if person is None else None, person=person is not None,
                  animal=is_creature(lemma))
    if lemma in HAIR_NOUNS:
        draft.hair = HAIR_NOUNS[lemma]
    draft.count = _count(phrase)
    if phrase.quantity is not None:
        draft.arrangement = phrase.quantity.arrangement
    named = {w.word for w in words[len(words) - span:-1]} | ({words[-2].word} if noun == compound != lemma else set())
    runs = noun_modifier_names(words[:len(words) - span])
    draft.modifiers += runs  # "an ice cream truck": "ice cream" names what the truck sells, not a material
    in_runs = {word for run in runs for word in run.split()}
    for token in words[:-1]:
        if token.word in in_runs:
            continue
        if token.word in WOODS and lemma in WOOD_PLANTS:
            draft.modifiers.append(token.word)  # "an oak tree" is a kind of tree, not a wooden one
            continue
        if token.word in named and token.word not in COLORS and person is None:
            continue  # "ice" of "ice cream" is part of the name, not a material
        if not draft.describe(token):
            draft.modifiers.append(token.word)
    who = person_noun(phrase.head.value) if person and isinstance(phrase.head.value, str) else None
    if who is not None:  # "a boy dressed as a pirate": one person, in the role, with the boy's age
        draft.age, draft.modifiers = draft.age or who.age, [*draft.modifiers, str(phrase.head.value)]
    if person is not None and draft.age is None:  # a girl is a child, a grandfather elderly, a woman grown,
        draft.age = person.age or (None if lemma in KIN_NOUNS else "adult")  # unless a word said otherwise
    draft.lookup = " ".join([*(w.word for w in words[:-1] if w.tag == "noun" and w.word in draft.modifiers),
                             lemma])
    return draft


def _kind_by_use(words: list[Token], lemma: str) -> bool:
    """"a washing machine", "a sewing machine": an -ing word before a head that nothing draws on its own names the
    kind of thing by its use (the machine does not wash); a drawn head keeps its action ("a burning candle"). The
    caller asks only after a determiner: "tossing vegetables" is a verb and its object. A creature does what the
    word says ("a bucking bull" bucks)."""
    return len(words) > 1 and words[-2].tag == "ing" and words[-2].word not in STATE_PARTICIPLES \
        and not (drawable(lemma) or has_form(lemma) or person_noun(lemma) or lemma in ANIMALS or is_creature(lemma))


def _count(phrase: NounPhrase) -> int:
    if phrase.number is not None:
        count = phrase.number
    elif phrase.quantity is not None:  # "a pair of headphones" is one pair, "a pair of shoes" two shoes
        pair = phrase.quantity.pairs and phrase.head.word in PLURAL_ONLY
        count = phrase.quantity.count // 2 if pair else phrase.quantity.count
    elif phrase.determiner in QUANTITY_WORDS:
        count = QUANTITY_WORDS[phrase.determiner] if phrase.plural else 1
    else:
        bare = not phrase.determiner and noun_lemma(phrase.head.word) in SAME_PLURALS  # "sheep in a field"
        count = BARE_PLURAL_COUNT if phrase.plural or bare else 1
    return max(1, min(count, MAX_COUNT))


def _serving(phrase: NounPhrase, words: list[Token], lemma: str, setting: SettingReader) -> PhraseReading:
    """"a cup of coffee" → one coffee cup; "two slices of pizza" → pizza, two of them (vocabulary/portions.py)."""
    assert phrase.of is not None
    inner = read_phrase(phrase.of, setting, framing=False)
    container = _draft(phrase, words, lemma)
    if not inner.drafts:
        return PhraseReading(drafts=[container])
    content = inner.drafts[0]
    noun = f"{content.noun} {lemma}"
    container.noun = lemma if lemma in VESSELS else content.noun  # a cup of tea is a cup, a slice of watermelon
    # watermelon (counted as the slices are), a loaf of bread bread
    container.glyph = pictogram_for(noun) or content.glyph or pictogram_for(content.noun) or container.glyph
    container.lookup = noun
    foods = [m for m in content.modifiers if pictogram_for(m)] if lemma in VESSELS else []  # what it is made from
    if lemma in VESSELS:  # "a bowl of tomato soup" holds tomato soup: no tomato is drawn in the bowl
        container.modifiers.append(" ".join(["of", *foods, content.noun]))
    container.modifiers += [m for m in content.modifiers if m not in container.modifiers and m not in foods]
    show_contents(container, content, lemma)
    return PhraseReading(drafts=[container])


def _holding(phrase: NounPhrase, words: list[Token], lemma: str, setting: SettingReader,
             lies: str = "") -> PhraseReading:
    """"a basket of apples" → apples in a basket (two things, one relation)."""
    assert phrase.of is not None
    inner = read_phrase(phrase.of, setting, framing=False)
    container = _draft(phrase, words, lemma)
    if not inner.drafts:
        return PhraseReading(drafts=[container])
    predicate: Predicate = "on" if (lies or HOLDING_CONTAINERS[lemma]) == "on" else "in"
    return PhraseReading(drafts=[container, *inner.drafts], inner=[(1, predicate, 0)])
