"""Words set on the thing that carries them ("a sign that reads …", "a mug printed with …", "a bag stamped …").

The scene's template first sets every string as a headline; a string whose TextSpec names a carrier is moved onto
that object's drawing: onto a board (a sign, a name tag, a whiteboard is drawn as a board, not a small pictogram),
or onto a flat face of the pictogram (a mug's body, a shirt's chest, a bottle's label) with a plate in the object's
colour beneath it. The object grows when the words need room; words that still cannot be read at that size are set
as a caption beside the object, and the answer says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from openbanana.geometry import intersection_area
from openbanana.imaging.drawing.typography import contrast, fit_text
from openbanana.plan import RGB, Box, Shape, Subject, TextBlock
from openbanana.planner.rules.held_boards import held_board, holder_of
from openbanana.planner.rules.scene.attached import carried
from openbanana.scene import SceneGraph, TextSpec

# Sign-like carriers, drawn as a board form: (form, colour, the board's height over its width in pixels).
BOARDS: dict[str, tuple[str, RGB, float]] = {
    "sign": ("signboard", (206, 162, 110), 0.8), "signboard": ("signboard", (206, 162, 110), 0.8),
    "board": ("signboard", (206, 162, 110), 0.8), "signpost": ("signboard", (206, 162, 110), 0.8),
    "fingerpost": ("signboard", (206, 162, 110), 0.8), "guidepost": ("signboard", (206, 162, 110), 0.8),
    "placard": ("signboard", (246, 244, 236), 0.8),
    "banner": ("plaque", (198, 40, 48), 0.32), "plaque": ("plaque", (196, 160, 84), 0.5),
    "whiteboard": ("plaque", (246, 247, 250), 0.6), "chalkboard": ("plaque", (46, 74, 58), 0.75),
    "name tag": ("plaque", (250, 250, 247), 0.6), "tag": ("plaque", (250, 250, 247), 0.6),
    "label": ("plaque", (250, 246, 232), 0.6), "door hanger": ("plaque", (250, 250, 247), 1.4),
    "shop": ("signboard", (36, 84, 72), 0.8),
    "shop front": ("signboard", (36, 84, 72), 0.8), "storefront": ("signboard", (36, 84, 72), 0.8),
}
SMALL_PRINT = ("tag", "name tag", "label")  # boards whose words are a label's, small
BOARD_FACE: dict[str, Box] = {"signboard": (0.07, 0.09, 0.93, 0.55), "plaque": (0.07, 0.1, 0.93, 0.9)}
# Flat faces of pictograms, as fractions of the pictogram's box, and the plate colour when the prompt names none.
FACES: dict[str, tuple[Box, RGB]] = {
    "mug": ((0.12, 0.5, 0.76, 0.84), (250, 250, 247)), "cup": ((0.12, 0.5, 0.76, 0.84), (250, 250, 247)),
    "t-shirt": ((0.22, 0.26, 0.78, 0.8), (250, 250, 247)), "shirt": ((0.22, 0.26, 0.78, 0.8), (250, 250, 247)),
    "tshirt": ((0.22, 0.26, 0.78, 0.8), (250, 250, 247)), "bag": ((0.16, 0.44, 0.84, 0.86), (206, 168, 120)),
    "tote": ((0.16, 0.44, 0.84, 0.86), (236, 226, 204)),
    "cake": ((0.12, 0.56, 0.88, 0.86), (252, 236, 240)), "bottle": ((0.12, 0.4, 0.74, 0.76), (250, 246, 232)),
    "jar": ((0.18, 0.4, 0.82, 0.8), (250, 246, 232)), "box": ((0.14, 0.42, 0.86, 0.84), (206, 168, 120)),
    "door": ((0.22, 0.12, 0.78, 0.36), (250, 246, 232)),
}
BOARD_WIDTH = 0.62  # a board spans at least this much of the picture's width: its words must read
OBJECT_SIDE = 0.56  # a carrying pictogram is at least this much of the picture's short side
INSET = 0.04  # the margin inside a face, as a share of its size
GAP = 0.14  # between strings sharing a face, as a share of its height: each reads as its own line
LEGIBLE = 0.032  # words on a carrier set smaller than this fraction of the picture's height go beside it instead
MIN_CONTRAST = 3.0  # an asked colour keeps on a carrier when it reaches this WCAG contrast with the face


@dataclass(frozen=True)
class Carried:
    texts: tuple[TextBlock, ...]
    subjects: tuple[Subject, ...]
    shapes: tuple[Shape, ...]  # plates on pictogram faces: the object's colour under its words
    shortfalls: tuple[str, ...]
    covered: tuple[str, ...] = ()  # nouns that only named a carrier now drawn ("sale" of a sale tag)


def headline_carrier(noun: str) -> bool:
    """Whether the thing is drawn carrying words set as its headline: a sign, a mug, a jar; not the small print of
    a tag or a label, whose words keep a label's row and face."""
    return carrier_key(noun) not in ("", *SMALL_PRINT)


def template_texts(graph: SceneGraph) -> tuple[TextSpec, ...]:
    """The strings as the scene's template sets them: a label on a thing drawn with its words as its headline is set
    like a headline carried there (the same row, size, face and ink), as either is moved onto the thing after: what
    a carried string is (the scene graph says) never changes the picture of it."""
    nouns = {e.id: e.noun for e in graph.entities}
    return tuple(replace(t, role="headline") if t.role == "label" and headline_carrier(nouns.get(t.target, t.target))
                 else t for t in graph.texts)


def onto_carriers(blocks: tuple[TextBlock, ...], subjects: tuple[Subject, ...], graph: SceneGraph,
                  size: tuple[int, int], prompt: str) -> Carried:
    """Each string whose carrier is named set on it; the rest as the template set them."""
    targets = {t.text: t.target for t in graph.texts if t.target}
    nouns = {e.id: e.noun for e in graph.entities}
    groups: dict[str, list[int]] = {}
    order = [t.text for t in graph.texts]
    for index, block in sorted(enumerate(blocks), key=lambda pair: _position(order, pair[1].text)):
        target = targets.get(block.text, "")
        if carrier_key(nouns.get(target, target)):
            groups.setdefault(target, []).append(index)
    out_blocks, out_subjects = list(blocks), list(subjects)
    shapes: list[Shape] = []
    shortfalls: list[str] = []
    for target, indices in groups.items():
        noun = carrier_key(nouns.get(target, target))
        at = next((i for i, s in enumerate(out_subjects) if _names(s, target, noun)), None)
        others = [s.box for i, s in enumerate(out_subjects) if i != at and s.role != "decor"]
        carrier, face, plate = _draw_carrier(noun, out_subjects[at] if at is not None else None, size, others)
        holder = holder_of(graph, target, out_subjects) if noun in BOARDS and at is not None else None
        if holder is not None:  # a held sign hangs before its holder, in reach (held_boards.py)
            box, z = held_board(out_subjects[holder], size), max(carrier.z, out_subjects[holder].z + 1)
            carrier, face = replace(carrier, box=box, form="plaque", z=z), _inside(box, BOARD_FACE["plaque"])
        out_subjects = _aside(out_subjects, at, carrier.box, graph, keep=holder)
        if at is None:
            out_subjects.append(carrier)
        else:
            out_subjects[at] = carrier
        on_face = False
        ground = plate if plate is not None else carrier.tint
        for index, box in zip(indices, _split(_inset(face), len(indices)), strict=True):
            block = out_blocks[index]
            placed = replace(block, box=box, max_size=0.0, min_size=0.0, treatment="none",
                             color=_asked_colour(block.color, ground), align="center")
            if fit_text(placed, size).size < LEGIBLE * size[1]:
                shortfalls.append(_why_beside(placed, _inset(face), len(indices), noun, size))
                placed = replace(placed, box=_beside(carrier.box), treatment="auto")
            else:
                on_face = True
                if out_blocks[index].color is not None and placed.color is None:
                    shortfalls.append(f'"{placed.text}" is set in a colour that reads on the {noun}: the colour '
                                      f"asked for would not.")
            out_blocks[index] = placed
        if plate is not None and on_face:  # no blank plate where every string went beside the object
            shapes.append(Shape("rect", (face[:2], face[2:]), fill=plate, radius=0.012, layer="over"))
    carried = {i for indices in groups.values() for i in indices}
    boards = [s.box for s in out_subjects if any(_names(s, t, carrier_key(nouns.get(t, t))) for t in groups)]
    out_blocks = _off_the_boards(out_blocks, carried, boards)
    drawn = [carrier_key(nouns.get(t, t)) for t in groups]
    return Carried(tuple(out_blocks), tuple(out_subjects), tuple(shapes), tuple(shortfalls),
                   _part_of(graph, drawn, prompt))


def _why_beside(placed: TextBlock, face: Box, count: int, noun: str, size: tuple[int, int]) -> str:
    """Why a string went beside its carrier, exactly: it is too long for the carrier, or it would read there alone
    and only the carrier's share of room among `count` strings was too small (six short places on one post)."""
    said = f'"{placed.text}" is set as a caption beside the {noun}: '
    if count > 1 and fit_text(replace(placed, box=face), size).size >= LEGIBLE * size[1]:
        return said + f"{count} strings are too many to read on one {noun}."
    return said + "it was too long to read on it."


def _off_the_boards(blocks: list[TextBlock], carried: set[int], boards: list[Box]) -> list[TextBlock]:
    """A string the template set where a carrier has grown ("one arrow saying "Beach 2 km" and another saying
    "Harbour 5 km"": the second was set over the first on the sign) moved beside that carrier, where no words are."""
    out = list(blocks)
    for index, block in enumerate(blocks):
        board = next((b for b in boards if intersection_area(block.box, b) > 0), None)
        if index in carried or board is None:
            continue
        spot = _beside(board)
        if not any(intersection_area(spot, other.box) > 0 for k, other in enumerate(out) if k != index):
            out[index] = replace(block, box=spot)
    return out


def _asked_colour(asked: RGB | None, ground: RGB | None) -> RGB | None:
    """The colour the prompt gave the words ("in red letters") where it reads on the carrier's face; else None, and
    the renderer picks one that contrasts."""
    return asked if asked is not None and ground is not None and contrast(asked, ground) >= MIN_CONTRAST else None


def _part_of(graph: SceneGraph, carriers: Sequence[str], prompt: str) -> tuple[str, ...]:
    """Nouns the reading took for things of their own that only name a drawn carrier ("name" of a name tag, "sale"
    of a sale tag): the answer must not say they are missing."""
    words = prompt.lower()
    return tuple(e.noun for e in graph.entities if e.glyph is None and any(
        f"{e.noun} {carrier.split()[-1]}" in words for carrier in carriers))


def _position(order: list[str], text: str) -> int:
    return order.index(text) if text in order else len(order)


def _aside(subjects: list[Subject], at: int | None, board: Box, graph: SceneGraph,
           keep: int | None = None) -> list[Subject]:
    """The things the grown carrier would hide, moved beside it together, smaller if the room there needs it: each
    keeps its place among the others (moved one by one, two kids behind a lemonade stand landed on one spot), and
    takes what is on or in it, or held or worn, along (the bowl alone moved, its spoon stood where it had been)."""
    hidden = [i for i, s in enumerate(subjects) if i not in (at, keep) and s.role != "decor"
              and intersection_area(s.box, board) >= 0.15 * (s.box[2] - s.box[0]) * (s.box[3] - s.box[1])]
    own = subjects[at].entity if at is not None else ""  # what is on the carrier itself stays on it
    along = {e for i in hidden if subjects[i].entity not in ("", own)
             for e in carried(subjects[i].entity, graph.relations)} - {own}
    hidden += [i for i, s in enumerate(subjects) if i not in (at, keep, *hidden) and s.entity in along]
    if not hidden:
        return subjects
    left, right = min(subjects[i].box[0] for i in hidden), max(subjects[i].box[2] for i in hidden)
    bottom = max(subjects[i].box[3] for i in hidden)
    room_left, room_right = board[0] - 0.02, 0.98 - board[2]
    scale = max(0.45, min(1.0, max(room_left, room_right) / (right - left)))
    width = (right - left) * scale
    x0 = board[0] - 0.01 - width if room_left >= room_right else board[2] + 0.01
    x0 = min(max(x0, 0.02), 0.98 - width)
    out = list(subjects)
    for i in hidden:
        box = subjects[i].box
        xs = (round(x0 + (box[0] - left) * scale, 5), round(x0 + (box[2] - left) * scale, 5))
        ys = (round(bottom - (bottom - box[1]) * scale, 5), round(bottom - (bottom - box[3]) * scale, 5))
        out[i] = replace(subjects[i], box=(xs[0], ys[0], xs[1], ys[1]))
    return out


def carrier_key(noun: str) -> str:
    """The carrier's key in BOARDS or FACES ("" for none): "t shirt" and "paper bag" name the shirt and the bag."""
    words = noun.lower().replace("-", " ").strip()
    for key in (*BOARDS, *FACES):
        if words == key.replace("-", " ") or words.endswith(" " + key.replace("-", " ")):
            return key
    return ""


def _names(subject: Subject, target: str, noun: str) -> bool:
    return subject.entity == target or carrier_key(subject.label) == noun or subject.label == target


def _draw_carrier(noun: str, subject: Subject | None, size: tuple[int, int],
                  others: Sequence[Box]) -> tuple[Subject, Box, RGB | None]:
    """The carrier grown to carry words, its face (canvas fractions) and the plate to lay there (None: its own)."""
    width, height = size
    if noun in BOARDS:
        form, color, aspect = BOARDS[noun]
        left, top, right, bottom = subject.box if subject is not None else (0.2, 0.3, 0.8, 0.92)
        board_w = max(right - left, BOARD_WIDTH)
        board_h = min(0.86, board_w * width * aspect / height)
        box = _clear(_grown((left + right) / 2, bottom, board_w, board_h), others)
        base = subject or Subject(noun, None, box, role="hero")
        carrier = replace(base, glyph=None, form=form, box=box, tint=base.tint or color, squash=1.0)
        return carrier, _inside(box, BOARD_FACE[form]), None
    face, plate = FACES[noun]
    if subject is None:
        subject = Subject(noun, None, (0.25, 0.3, 0.75, 0.9), role="hero")
    left, top, right, bottom = subject.box
    side_px = max((right - left) * width, (bottom - top) * height, OBJECT_SIDE * min(size))
    box = _grown((left + right) / 2, bottom, side_px / width, side_px / height)
    return replace(subject, box=box), _inside(box, face), subject.tint or plate


def _grown(centre: float, bottom: float, box_w: float, box_h: float) -> Box:
    """A box of that size standing where the old one stood, moved only as far as needed to stay in the picture."""
    box_w, box_h = min(box_w, 0.94), min(box_h, 0.9)
    left = min(max(centre - box_w / 2, 0.03), 0.97 - box_w)
    bottom = min(max(bottom, box_h + 0.04), 0.97)
    return (round(left, 5), round(bottom - box_h, 5), round(left + box_w, 5), round(bottom, 5))


def _clear(box: Box, others: Sequence[Box]) -> Box:
    """The board slid along the ground to where it covers the least of the other things (a car it stands by)."""
    left, top, right, bottom = box
    width = right - left
    spots = (left, 0.03, 0.97 - width, (1 - width) / 2)
    covered = [sum(intersection_area((x, top, x + width, bottom), other) for other in others) for x in spots]
    best = spots[covered.index(min(covered))]
    return (round(best, 5), top, round(best + width, 5), bottom)


def _inside(box: Box, part: Box) -> Box:
    left, top, right, bottom = box
    w, h = right - left, bottom - top
    return (round(left + part[0] * w, 5), round(top + part[1] * h, 5),
            round(left + part[2] * w, 5), round(top + part[3] * h, 5))


def _inset(face: Box) -> Box:
    """The face less a margin: words never touch the edge of their plate or board."""
    left, top, right, bottom = face
    dx, dy = (right - left) * INSET, (bottom - top) * INSET
    return (round(left + dx, 5), round(top + dy, 5), round(right - dx, 5), round(bottom - dy, 5))


def _split(face: Box, count: int) -> Sequence[Box]:
    """The face shared among its strings top to bottom: the first, the headline, gets the most room."""
    if count == 1:
        return [face]
    left, top, right, bottom = face
    shares = [1.5] + [1.0] * (count - 1)
    gap = (bottom - top) * GAP
    room = bottom - top - gap * (count - 1)
    total, out, y = sum(shares), [], top
    for share in shares:
        step = room * share / total
        out.append((left, round(y, 5), right, round(y + step, 5)))
        y += step + gap
    return out


def _beside(box: Box) -> Box:
    """A caption's box under the object, or over it when it stands at the foot of the picture."""
    left, top, right, bottom = box
    x0, x1 = max(0.04, left - 0.12), min(0.96, right + 0.12)
    return (x0, bottom + 0.01, x1, bottom + 0.1) if bottom < 0.86 else (x0, max(0.02, top - 0.1), x1, top - 0.01)
