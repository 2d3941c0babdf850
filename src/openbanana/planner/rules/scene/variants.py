"""Which pictogram shows a person as described: age, hair, skin tone, an action, or a whole figure to ride a mount;
and the one pictogram that shows a rider and its mount together (a woman on a bicycle is 🚴‍♀️, not a figure on a bike).

Only generic person pictograms are changed (a chef or a wizard keeps its own), and only towards pictograms the font
has; the skin tone is applied last, to whatever was chosen, when that pictogram has tone variants.
"""

from __future__ import annotations

from openbanana.imaging.people import SKIN_TONE_MARKS
from openbanana.planner.people import ACTIVITIES, ROLE_OBJECTS, drawable, person_noun
from openbanana.planner.pictogram_shapes import with_skin_tone
from openbanana.planner.rules.vocabulary.people_words import hair_key
from openbanana.scene import Entity

ZWJ = "\u200d"
GENERIC = {"🧑": "person", "👨": "man", "👩": "woman", "🧒": "child", "👦": "boy", "👧": "girl"}
BY_AGE = {
    "baby": {"person": "👶", "man": "👶", "woman": "👶", "child": "👶", "boy": "👶", "girl": "👶"},
    "child": {"person": "🧒", "man": "👦", "woman": "👧"},
    "elderly": {"person": "🧓", "man": "👴", "woman": "👵", "child": "🧓", "boy": "👴", "girl": "👵"},
}
HAIR = {"red": "🦰", "ginger": "🦰", "curly": "🦱", "white": "🦳", "grey": "🦳", "gray": "🦳", "silver": "🦳",
        "bald": "🦲"}
BLOND = {"person": "👱", "man": "👱\u200d♂", "woman": "👱\u200d♀"}
ACTIONS = {
    "running": "🏃", "jogging": "🏃", "walking": "🚶", "hiking": "🚶", "swimming": "🏊", "surfing": "🏄",
    "skiing": "⛷", "snowboarding": "🏂", "cycling": "🚴", "biking": "🚴", "climbing": "🧗", "meditating": "🧘",
    "doing yoga": "🧘", "juggling": "🤹", "rowing": "🚣", "kayaking": "🚣", "standing": "🧍", "kneeling": "🧎",
    "dancing": "💃", "sleeping": "🛌", "lifting weights": "🏋", "golfing": "🏌", "bowing": "🙇",
}
DANCER_BY_SEX = {"man": "🕺", "boy": "🕺"}
# What a person doing this holds when the prompt names nothing held: (its name, its pictogram). Such a person stands
# as a whole figure with the thing in hand (a man cooking holds a pan), not as the bust of a cook.
TOOLS = {"cooking": ("frying pan", "🍳"), "frying": ("frying pan", "🍳"), "painting": ("palette", "🎨"),
         "knitting": ("yarn", "🧶"), "fishing": ("fishing rod", "🎣"), "reading": ("book", "📖"),
         "singing": ("microphone", "🎤"), "sweeping": ("broom", "🧹"), "writing": ("pencil", "✏"),
         "studying": ("book", "📖"), "feeding": ("bread", "🍞"), "cutting": ("scissors", "✂"),
         "carving": ("knife", "🔪"), "watering": ("watering can", "🪣")}
RIDER = {"person": "🧍", "man": "🧍\u200d♂", "boy": "🧍\u200d♂", "woman": "🧍\u200d♀", "girl": "🧍\u200d♀"}
# A mount whose rider the font draws on it, in one pictogram: the rider's base emoji, and whether it has a man's
# and a woman's form (🚴‍♂️, 🚴‍♀️). A rider already drawn so (a cyclist) folds into its mount the same way.
MOUNTED = {"🚲": ("🚴", True), "🐎": ("🏇", False), "🐴": ("🏇", False), "🛶": ("🚣", True),
           "🏄": ("🏄", True)}  # a surfer on a surfboard: the surfing figure shows both
WHEELCHAIRS = frozenset("🦽🦼")  # a person in one is drawn seated in it, one pictogram (👩‍🦽)
SEATED = frozenset(GENERIC)
SEATED_BASE = {"person": "🧑", "man": "👨", "woman": "👩", "child": "🧑", "boy": "👨", "girl": "👩"}
SEX_SIGN = {"man": "\u200d♂", "boy": "\u200d♂", "woman": "\u200d♀", "girl": "\u200d♀"}


def person_glyph(entity: Entity, glyph: str, *, keep_pose: bool = False, riding: bool = False) -> str:
    """The pictogram for this person: the action's pose (a whole standing figure to sit astride a mount), else age
    and hair, then the skin tone."""
    glyph = _unrobed(entity, glyph)
    who = GENERIC.get(glyph.replace("\ufe0f", ""))
    if who is not None and riding:
        return with_skin_tone(RIDER.get(who, RIDER["person"]), entity.skin_tone)
    if who is not None:
        posed = _posed(entity, who) if entity.action and not keep_pose else None
        glyph = posed or _aged(entity, who, glyph)
    return with_skin_tone(glyph, entity.skin_tone)


def activity_glyph(person: Entity, glyph: str, activity: str) -> str | None:
    """The person shown in an activity's pose (a woman "doing yoga" is 🧘‍♀️): the activity's pictogram in the
    person's sex where the font has it, with the skin tone; None for anyone but a generic person (of any tone: a
    woman "with medium brown skin" is 👩🏾, still a woman)."""
    who = GENERIC.get("".join(c for c in _unrobed(person, glyph) if c not in SKIN_TONE_MARKS + "\ufe0f"))
    base = activity.replace("\ufe0f", "").split(ZWJ)[0]
    if who is None or base not in ACTIONS.values():
        return None
    gendered = drawable(base + SEX_SIGN[who]) if who in SEX_SIGN else None
    return with_skin_tone(gendered or base, person.skin_tone)


def _posed(entity: Entity, who: str) -> str | None:
    pose = ACTIONS.get(entity.action.lower().strip())
    if pose == "💃":
        return DANCER_BY_SEX.get(who, pose)
    return pose


def _aged(entity: Entity, who: str, glyph: str) -> str:
    if entity.age in BY_AGE:
        return BY_AGE[entity.age].get(who, glyph)
    hair = hair_key(entity.hair)  # the hair as described: what a pictogram shows of it
    if hair in ("blond", "blonde", "fair") and who in BLOND:
        return BLOND[who]
    if hair in HAIR and who in ("person", "man", "woman"):
        return glyph.replace("\ufe0f", "") + ZWJ + HAIR[hair]
    return glyph


def mounted_glyph(rider: Entity, mount_glyph: str | None) -> str | None:
    """The one pictogram of this person riding this mount (a woman on a bicycle: 🚴‍♀️), in the rider's skin tone;
    None when the font has no such pictogram or the rider is someone whose own pictogram must stay (a chef)."""
    mount = (mount_glyph or "").replace("\ufe0f", "")
    found = MOUNTED.get(mount)
    glyph = (rider.glyph or "").replace("\ufe0f", "")
    if mount in WHEELCHAIRS and glyph.replace(ZWJ, "")[:1] in SEATED:  # a man in a wheelchair: 👨‍🦽, one figure
        seated = drawable(SEATED_BASE.get(GENERIC.get(glyph[:1], "person"), "🧑") + ZWJ + mount)
        return with_skin_tone(seated, rider.skin_tone) if seated else None
    if found is None:
        return None
    base, sexed = found
    who = GENERIC.get(glyph)
    if who is None and not glyph.startswith(base):
        return None
    sign = SEX_SIGN.get(who or "", "") if sexed else ""
    return with_skin_tone(drawable(base + sign) or base, rider.skin_tone)


def tool_of(entity: Entity) -> tuple[str, str] | None:
    """What this person's action puts in their hand (a pan for cooking), or None."""
    return TOOLS.get(entity.action.lower().strip())


def _unrobed(entity: Entity, glyph: str) -> str:
    """A person whose cook's (or painter's, singer's) bust came from the action alone, not from the noun ("a dad
    cooking", not "a chef"), back to their own face: they stand as a whole figure holding the action's tool."""
    face, joiner, tail = glyph.partition(ZWJ)
    info = person_noun(entity.noun)
    if not joiner or tool_of(entity) is None or info is None or info.role:
        return glyph
    return face if ROLE_OBJECTS.get(ACTIVITIES.get(entity.action, ""), "") == tail.replace("\ufe0f", "") else glyph
