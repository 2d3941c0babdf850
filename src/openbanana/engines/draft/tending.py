"""People tending to someone or something: feeding, brushing, cutting hair, painting, stirring, washing, giving.

A person the scene graph has doing one of these stood with the tool or the food by its side, arms hanging: nothing
said who was fed or whose hair was cut. Here the thing in hand (what the plan has it holding, else the tool the
composer put at its side) goes to the hand of an arm held out toward whom or what is tended (the relation's other
end, else the nearest other person or animal), so the arm reaches across to it. A person who is old keeps an old
face when a role dresses it (grandma baking is an old cook in whites, not a young chef), and the owner of the hair,
fur or teeth tended ("a man's hair", "her dog's fur") is drawn beside the one tending.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from openbanana.geometry import overlaps, widened
from openbanana.imaging.people import CHILD_HEADS, ELDERLY_HEADS, figure_aspect, is_head, role_of
from openbanana.plan import Subject
from openbanana.scene import Entity, Relation

TENDING = frozenset({"feeding", "brushing", "cutting", "painting", "stirring", "washing", "giving", "combing",
                     "serving", "offering", "handing", "grooming", "trimming", "petting", "scrubbing", "wiping",
                     "cleaning", "mowing", "vacuuming", "decorating"})
# Whose the tended part is, by the word the reading kept beside it ("man hair", "dog"): what draws them.
OWNERS: dict[str, str] = {"man": "👨", "woman": "👩", "boy": "👦", "girl": "👧", "son": "👦", "daughter": "👧",
                          "kid": "🧒", "child": "🧒", "dad": "👨", "father": "👨", "mom": "👩", "mother": "👩",
                          "grandpa": "👴", "grandma": "👵", "brother": "👦", "sister": "👧", "friend": "🧑",
                          "customer": "🧑", "client": "🧑", "dog": "🐕", "puppy": "🐕", "cat": "🐈",
                          "kitten": "🐈", "horse": "🐎", "pony": "🐎"}
PARTS = frozenset({"hair", "fur", "teeth", "tooth", "nails", "nail", "beard", "mane", "coat", "face", "paw",
                   "paws", "head"})
GIVING = frozenset({"giving", "handing", "offering", "passing", "serving"})  # the other one reaches for it
# The tool in hand when the plan gives none: the action's own (a toothbrush when teeth are brushed).
TOOLS: dict[str, tuple[str, str]] = {"brushing": ("brush", "🪮"), "combing": ("comb", "🪮"),
                                     "washing": ("sponge", "🧽"), "scrubbing": ("sponge", "🧽"),
                                     "wiping": ("sponge", "🧽"), "cleaning": ("sponge", "🧽"),
                                     "stirring": ("spoon", "🥄")}
TEETH = frozenset({"tooth", "teeth"})
FEMININE = frozenset("👩👧👵")
REACH = 0.3  # how far out the hand holds the thing, as a fraction of the figure's height
TOOL_MAX = 0.24  # the thing in hand is at most this share of the figure's height
Tended = tuple[tuple[Subject, ...], dict[str, str]]


def aged(subjects: Sequence[Subject], entities: Sequence[Entity]) -> tuple[Subject, ...]:
    """Each old person a role dresses (👩‍🍳 for grandma baking) with an old face under the role (👵, its skin
    tone kept), so the figure is an old cook rather than a young one. Only a whole figure is dressed so: a role's
    pictogram drawn as it is (an elderly gardener in a hat, 🧑‍🌾) has no old variant in the font, and was drawn as
    nothing."""
    old = {e.id for e in entities if e.age == "elderly"}
    return tuple(_older(s) if s.entity in old and s.figure and s.glyph and role_of(s.glyph)
                 and s.glyph[0] not in ELDERLY_HEADS else s for s in subjects)


def _older(subject: Subject) -> Subject:
    glyph = subject.glyph or ""
    return replace(subject, glyph=("👵" if glyph[0] in FEMININE else "👴") + glyph[1:])


def owners(subjects: Sequence[Subject], entities: Sequence[Entity]) -> tuple[Subject, ...]:
    """The subjects with the owner of a tended part drawn: a part drawn by itself whose owner the reading kept
    ("fur" of a dog) is drawn as the owner, and a tender whose own words name the owner's part ("cutting", with
    "man hair") gets the owner standing beside it, toward the middle of the picture."""
    by_id = {e.id: e for e in entities}
    out: list[Subject] = []
    for subject in subjects:
        entity = by_id.get(subject.entity)
        owner = _owner(entity.modifiers) if entity is not None and entity.noun in PARTS else None
        if owner is not None:
            out.append(_as_owner(subject, owner))
            continue
        out.append(subject)
        if entity is None or entity.action not in TENDING or not _whole(subject):
            continue
        named = [m.split()[0] for m in entity.modifiers if len(m.split()) == 2 and m.split()[1] in PARTS]
        if named and named[0] in OWNERS:
            out.append(_beside(subject, named[0]))
    return tuple(out)


def _owner(modifiers: Sequence[str]) -> str | None:
    return next((word for m in modifiers for word in m.split() if word in OWNERS), None)


def _as_owner(part: Subject, owner: str) -> Subject:
    """A part drawn by itself drawn as its owner instead: a person as a figure in the part's box, an animal on
    the same ground line in a box of an animal's shape."""
    glyph = OWNERS[owner]
    if is_head(glyph):
        return replace(part, glyph=glyph, label=owner, form="", figure=True)
    left, top, right, bottom = part.box
    half = (right - left) * 1.1
    height = (bottom - top) * 0.5
    centre = (left + right) / 2
    return replace(part, glyph=glyph, label=owner, form="", figure=False, pose="",
                   box=(centre - half, bottom - height, centre + half, bottom))


def _beside(tender: Subject, owner: str) -> Subject:
    """The owner as a figure (or an animal) beside the tender, on the same ground line, toward the middle."""
    glyph = OWNERS[owner]
    left, top, right, bottom = tender.box
    height = (bottom - top) * (0.78 if glyph[0] in CHILD_HEADS else 1.0)
    width = (right - left) * (figure_aspect(glyph) / figure_aspect(tender.glyph) if is_head(glyph) else 1.4)
    toward = 1 if (left + right) / 2 < 0.5 else -1
    x0 = right + (right - left) * 0.55 if toward > 0 else left - (right - left) * 0.55 - width
    return replace(tender, label=owner, glyph=glyph, entity=f"{tender.entity}:owner", role="support",
                   box=(x0, bottom - height, x0 + width, bottom), figure=is_head(glyph), tint=None, pose="",
                   also_shows=())


def _whole(subject: Subject) -> bool:
    return subject.figure and is_head(subject.glyph)


def tend(entities: Sequence[Entity], relations: Sequence[Relation], subjects: Sequence[Subject],
         holding: Mapping[str, str]) -> Tended:
    """The subjects with each tender's thing in hand moved out to its hand toward whom it tends, and who holds
    what (the composer's tool given an id of its own, so the arm reaches to it)."""
    out, held = list(subjects), dict(holding)
    for entity in entities:
        me = next((s for s in out if s.entity == entity.id and _whole(s)), None)
        if me is None or entity.action.lower().strip() not in TENDING:
            continue
        target = _target(me, relations, out, held.get(entity.id, ""))
        aim = 1 if (target if target is not None else 0.5) >= (me.box[0] + me.box[2]) / 2 else -1
        thing = held.get(entity.id) or _tool(out, me)
        if not thing:
            made = _own_tool(entity, me, entities)
            if made is None:
                continue
            out.append(made)
            thing = made.entity
        held[entity.id] = thing
        out = [_over(_at_hand(s, me, aim), out) if s.entity == thing else s for s in out]
        if entity.action.lower().strip() in GIVING:
            held.update(_taking(me, relations, out, held, thing))
    return tuple(out), held


def _taking(me: Subject, relations: Sequence[Relation], subjects: Sequence[Subject], held: Mapping[str, str],
            thing: str) -> dict[str, str]:
    """The one a thing is given to reaches for it too, when it is a whole figure with nothing in hand: the thing
    is then between two hands."""
    ends = {r.object for r in relations if r.subject == me.entity and r.object != thing}
    taker = next((s for s in subjects if s.entity in ends and _whole(s) and not held.get(s.entity)), None)
    return {taker.entity: thing} if taker is not None else {}


def _over(thing: Subject, subjects: Sequence[Subject]) -> Subject:
    """The thing in hand drawn over whatever it reaches into (the spoon over the pot it stirs)."""
    under = [s.depth for s in subjects if s is not thing and overlaps(s.box, thing.box)]
    return replace(thing, depth=min([thing.depth, *under]) - 1e-3)


def _target(me: Subject, relations: Sequence[Relation], subjects: Sequence[Subject], held: str) -> float | None:
    """Where (canvas x) whom or what is tended stands: the relation's other end (its copy nearest the tender),
    else the owner drawn beside it; None when there is nothing."""
    ends = {r.object for r in relations if r.subject == me.entity and r.object not in (me.entity, held)
            and r.predicate not in ("on", "in", "above", "below", "under", "wearing")} | {f"{me.entity}:owner"}
    centre = (me.box[0] + me.box[2]) / 2
    xs = [(s.box[0] + s.box[2]) / 2 for s in subjects if s.entity in ends and s.role != "decor"]
    return min(xs, key=lambda x: abs(x - centre)) if xs else None


def _tool(subjects: list[Subject], me: Subject) -> str:
    """The composer's tool at the tender's side (decor touching its box), given an id so a hand can hold it."""
    pad = (me.box[2] - me.box[0]) * 1.5  # the composer may set it down a little way off (bread on the bench)
    for index, s in enumerate(subjects):
        if s.role == "decor" and not s.entity and s.glyph and s.label != "scenery" \
                and overlaps(s.box, widened(me.box, pad)):
            subjects[index] = replace(s, entity=f"{me.entity}:tool", role="support")  # in hand, not scenery
            return subjects[index].entity
    return ""


def _own_tool(entity: Entity, me: Subject, entities: Sequence[Entity]) -> Subject | None:
    """The action's own tool, when the plan put nothing in the tender's hand: a toothbrush for brushing teeth,
    a brush for brushing fur or hair, a sponge for washing, a spoon for stirring."""
    tool = TOOLS.get(entity.action.lower().strip())
    if tool is None:
        return None
    label, glyph = ("toothbrush", "🪥") if label_is_teeth(entities) and tool[0] == "brush" else tool
    width = (me.box[2] - me.box[0]) * 0.6
    height = (me.box[3] - me.box[1]) * 0.24
    return Subject(label, glyph, (me.box[0], me.box[1], me.box[0] + width, me.box[1] + height), z=me.z + 1,
                   role="support", entity=f"{me.entity}:tool", depth=me.depth, shadow=False)


def label_is_teeth(entities: Sequence[Entity]) -> bool:
    return any(e.noun in TEETH for e in entities)


def _at_hand(thing: Subject, me: Subject, aim: int) -> Subject:
    """The thing moved to where the tender's arm reaches out toward `aim`, at chest height, no bigger than a
    hand can hold, drawn over the tender."""
    left, top, right, bottom = me.box
    tall = (bottom - top) / (0.62 if me.pose == "sitting" else 1.0)  # the standing height, in canvas heights
    across = (right - left) / figure_aspect(me.glyph)  # the same height, in canvas widths
    w, h = thing.box[2] - thing.box[0], thing.box[3] - thing.box[1]
    shrink = min(1.0, tall * TOOL_MAX / max(1e-6, h))
    w, h = w * shrink, h * shrink
    x = (right if aim > 0 else left) + aim * across * REACH
    y = top + tall * 0.3
    x0 = x - w * 0.3 if aim > 0 else x - w * 0.7
    return replace(thing, box=(x0, y - h / 2, x0 + w, y + h / 2), depth=min(thing.depth, me.depth - 1e-3),
                   z=max(thing.z, me.z + 1), shadow=False)
