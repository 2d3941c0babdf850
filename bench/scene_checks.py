"""What bench/scene_fidelity.py checks, as pure functions: noun matching, colour naming of pixels, relation geometry.

Boxes are pixel boxes (left, top, right, bottom) with y growing downwards. Every definition here is the one the
benchmark documents; tests/unit/test_scene_checks.py pins them on hand-made boxes and pixels.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from openbanana.plan import Plan
from openbanana.scene import Entity, SceneGraph

PixelBox = tuple[float, float, float, float]

# 1. Nouns.


def singular(word: str) -> str:
    """A rough English singular, enough to compare a planner's noun with an expectation's ("cups" → "cup")."""
    word = word.strip().lower()
    for plural, single in (("ies", "y"), ("ves", "f"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("oes", "o")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + single
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def same_noun(found: str, wanted: Iterable[str]) -> bool:
    """True when `found` names one of `wanted`, ignoring case, spacing, hyphens and plural endings."""
    key = singular(re.sub(r"[\s-]+", " ", found))
    return any(key == singular(re.sub(r"[\s-]+", " ", w)) for w in wanted)


def find_entity(scene: SceneGraph, nouns: Sequence[str], taken: set[str]) -> Entity | None:
    """The first entity of the scene graph named by `nouns` that no earlier expectation claimed."""
    return next((e for e in scene.entities if e.id not in taken and same_noun(e.noun, nouns)), None)


def stem(word: str) -> str:
    """"sleeping" → "sleep", "riding" → "rid", "ride" → "rid", "jogging" → "jog": enough to compare action words."""
    word = re.sub(r"(ing|ed|es|s|e)$", "", word.strip().lower())
    return word[:-1] if len(word) > 2 and word[-1] == word[-2] else word


def same_words(found: str, accepted: Iterable[str]) -> bool:
    """Every word of one accepted value appears in `found` ("curly red" hair has "red")."""
    have = set(found.lower().replace("-", " ").split())
    return any(set(a.lower().replace("-", " ").split()) <= have for a in accepted if a)


MATERIAL_FORMS = {"wooden": "wood", "woolen": "wool", "woollen": "wool", "golden": "gold", "stony": "stone",
                  "leathern": "leather", "knitted": "knit"}


def same_material(found: str, wanted: str) -> bool:
    def norm(m: str) -> str:
        m = m.strip().lower()
        return MATERIAL_FORMS.get(m, m)

    return bool(found) and norm(found) == norm(wanted)


# 2. Colour names of pixels.

# Each colour a prompt may name → the pixel colour classes that show it.
COLOR_CLASSES: dict[str, frozenset[str]] = {name: frozenset(classes) for name, classes in {
    "red": {"red"}, "crimson": {"red"}, "maroon": {"red", "brown"}, "burgundy": {"red", "purple", "brown"},
    "orange": {"orange"}, "yellow": {"yellow"}, "gold": {"yellow", "orange"}, "golden": {"yellow", "orange"},
    "green": {"green"}, "lime green": {"green", "yellow"}, "lime": {"green", "yellow"}, "dark green": {"green"},
    "olive": {"green", "yellow", "brown"}, "teal": {"teal", "green", "blue"}, "turquoise": {"teal", "blue"},
    "cyan": {"teal", "blue"}, "blue": {"blue"}, "navy": {"blue"}, "navy blue": {"blue"}, "light blue": {"blue", "teal"},
    "purple": {"purple"}, "violet": {"purple"}, "lavender": {"purple", "pink"}, "pink": {"pink"},
    "magenta": {"pink", "purple"}, "brown": {"brown", "orange"}, "beige": {"orange", "yellow", "white", "brown"},
    "white": {"white"}, "black": {"black"}, "grey": {"grey"}, "gray": {"grey"}, "silver": {"grey", "white"},
}.items()}
ACHROMATIC = frozenset({"white", "black", "grey"})
CLASS_NAMES = ("black", "white", "grey", "red", "orange", "brown", "yellow", "green", "teal", "blue", "purple", "pink")


def classify_pixels(rgb: np.ndarray) -> np.ndarray:
    """One colour class per pixel (indices into CLASS_NAMES), from its HSV value.

    black: value < 0.2; white: saturation < 0.15 and value ≥ 0.82; grey: other saturation < 0.15; then by hue in
    degrees: red < 15 or ≥ 345 (pink when light and pale: s < 0.5, v > 0.75), orange 15-42 (brown when v < 0.62),
    yellow 42-70 (brown when v < 0.5), green 70-165, teal 165-195, blue 195-255, purple 255-290, pink 290-345.
    """
    values = rgb.reshape(-1, 3).astype(np.float32) / 255.0
    high, low = values.max(axis=1), values.min(axis=1)
    chroma = high - low
    saturation = np.where(high > 0, chroma / np.maximum(high, 1e-6), 0.0)
    r, g, b = values[:, 0], values[:, 1], values[:, 2]
    safe = np.maximum(chroma, 1e-6)
    hue = np.where(high == r, ((g - b) / safe) % 6, np.where(high == g, (b - r) / safe + 2, (r - g) / safe + 4)) * 60
    index = {name: i for i, name in enumerate(CLASS_NAMES)}
    classes = np.full(len(values), index["pink"], dtype=np.int8)
    for lo, hi, name in ((0, 15, "red"), (345, 361, "red"), (15, 42, "orange"), (42, 70, "yellow"),
                         (70, 165, "green"), (165, 195, "teal"), (195, 255, "blue"), (255, 290, "purple")):
        classes[(hue >= lo) & (hue < hi)] = index[name]
    classes[(classes == index["red"]) & (saturation < 0.5) & (high > 0.75)] = index["pink"]
    classes[(classes == index["orange"]) & (high < 0.62)] = index["brown"]
    classes[(classes == index["yellow"]) & (high < 0.5)] = index["brown"]
    classes[saturation < 0.15] = index["grey"]
    classes[(saturation < 0.15) & (high >= 0.82)] = index["white"]
    classes[high < 0.2] = index["black"]
    return classes


@dataclass(frozen=True)
class ColorVerdict:
    bound: bool
    seen: str  # the class that decided it, for the misses list


def color_bound(pixels: np.ndarray, name: str) -> ColorVerdict:
    """Whether ink pixels show the named colour.

    A chromatic name holds when the most common chromatic class (ignoring black, white and grey: outlines,
    highlights, shading) is one that shows it, and chromatic pixels are at least 10% of the ink. An achromatic name
    (white, black, grey, silver) holds when its classes are the most common of all, or cover at least 35% of the ink.
    """
    wanted = COLOR_CLASSES.get(name.lower())
    if wanted is None:
        raise ValueError(f"no colour class for {name!r}; known: {', '.join(sorted(COLOR_CLASSES))}")
    if len(pixels) == 0:
        return ColorVerdict(False, "no ink")
    counts = np.bincount(classify_pixels(pixels), minlength=len(CLASS_NAMES))
    names = list(CLASS_NAMES)
    if wanted <= ACHROMATIC:
        top = names[int(counts.argmax())]
        share = sum(counts[names.index(c)] for c in wanted) / counts.sum()
        return ColorVerdict(top in wanted or share >= 0.35, f"{top} ({share:.0%} {'/'.join(sorted(wanted))})")
    chromatic = counts.copy()
    for c in ACHROMATIC:
        chromatic[names.index(c)] = 0
    if chromatic.sum() < 0.1 * counts.sum():
        return ColorVerdict(False, f"mostly {names[int(counts.argmax())]}")
    top = names[int(chromatic.argmax())]
    return ColorVerdict(top in wanted, top)


# 3. Relation geometry.

INVERSES = {"left_of": "right_of", "right_of": "left_of", "above": "below", "below": "above",
            "behind": "in_front_of", "in_front_of": "behind", "next_to": "next_to", "near": "near"}


# What a stated predicate also says: next to is a kind of near (its shape always holds "near" too; the pairing is
# pinned in tests/unit/test_reading_generalises.py), so a graph that says "next_to" where "near" was asked states it.
# Only that pair: "on" or "holding" where "near" was asked is another reading, not a closer one.
SAYS_ALSO = {"next_to": "near"}


def relation_read(scene: SceneGraph, subject: str, predicate: str, obj: str) -> bool:
    """The scene graph states it, directly, as its inverse (B right_of A for A left_of B), or as a predicate that
    says more (A next_to B for A near B)."""
    for r in scene.relations:
        stated = {r.predicate, SAYS_ALSO.get(r.predicate, r.predicate)}
        if predicate in stated and (r.subject, r.object) == (subject, obj):
            return True
        if INVERSES.get(predicate) in stated and (r.subject, r.object) == (obj, subject):
            return True
    return False


def _w(b: PixelBox) -> float:
    return b[2] - b[0]


def _h(b: PixelBox) -> float:
    return b[3] - b[1]


def _cx(b: PixelBox) -> float:
    return (b[0] + b[2]) / 2


def _cy(b: PixelBox) -> float:
    return (b[1] + b[3]) / 2


def _x_overlap(a: PixelBox, b: PixelBox) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0]))


def _y_overlap(a: PixelBox, b: PixelBox) -> float:
    return max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _gap(a: PixelBox, b: PixelBox) -> float:
    dx = max(0.0, max(a[0], b[0]) - min(a[2], b[2]))
    dy = max(0.0, max(a[1], b[1]) - min(a[3], b[3]))
    return float(np.hypot(dx, dy))


def _inside(x: float, y: float, b: PixelBox) -> bool:
    return b[0] <= x <= b[2] and b[1] <= y <= b[3]


def relation_holds(predicate: str, a: PixelBox, b: PixelBox, order_a: float, order_b: float,
                   canvas: tuple[int, int]) -> bool:
    """Whether A stands in `predicate` to B on the canvas; `order_*` is when each is drawn (later is in front).

    left_of / right_of: A's centre is left (right) of B's by at least 1% of the width.
    on: they overlap horizontally by at least half the narrower one, A's bottom lies between 15% of B's height above
        B's top and half B's height below it, and A's centre is above B's.
    under: the same overlap, A's centre is below B's and A reaches down to within a quarter of B's height of B's
        bottom.
    in: A's bottom lies inside B's vertical extent (5% slack at the bottom) with the same horizontal overlap.
    above / below: A's centre is above B's top (below B's bottom), with a quarter of B's height of slack, and their
        horizontal extents meet.
    behind / in_front_of: A is drawn before (after) B, their horizontal extents meet, and A's base is not nearer
        the viewer (is not farther) than B's by more than 2% of the height.
    next_to: side by side (vertical extents meet, horizontal overlap at most half the narrower one) with a gap of
        at most half the wider one.
    near: the gap between the boxes is at most 0.75 of their largest side.
    holding: B's centre lies in A's box widened by 30% of A's width each side, below A's top 15%.
    flying (holding a thing flown on a string, a kite): B is above A's top, its centre within 1.2 of A's heights
        above it and within A's box widened by one A width each side.
    wearing: B's centre lies inside A's box and B is smaller than A.
    riding: A overlaps B horizontally by half A's width, A's centre is above B's, and A's bottom lies within B's
        vertical extent (10% slack above).
    """
    width, height = canvas
    narrow = min(_w(a), _w(b))
    if predicate == "left_of":
        return _cx(a) < _cx(b) - 0.01 * width
    if predicate == "right_of":
        return _cx(a) > _cx(b) + 0.01 * width
    if predicate == "on":
        return (_x_overlap(a, b) >= 0.5 * narrow and b[1] - 0.15 * _h(b) <= a[3] <= b[1] + 0.5 * _h(b)
                and _cy(a) < _cy(b))
    if predicate == "under":
        return _x_overlap(a, b) >= 0.5 * narrow and _cy(a) > _cy(b) and a[3] >= b[3] - 0.25 * _h(b)
    if predicate == "in":
        return _x_overlap(a, b) >= 0.5 * narrow and b[1] <= a[3] <= b[3] + 0.05 * _h(b)
    if predicate == "above":
        return _cy(a) < b[1] + 0.25 * _h(b) and _x_overlap(a, b) > 0
    if predicate == "below":
        return _cy(a) > b[3] - 0.25 * _h(b) and _x_overlap(a, b) > 0
    if predicate == "behind":
        return order_a < order_b and _x_overlap(a, b) > 0 and a[3] <= b[3] + 0.02 * height
    if predicate == "in_front_of":
        return order_a > order_b and _x_overlap(a, b) > 0 and a[3] >= b[3] - 0.02 * height
    if predicate == "next_to":
        horizontal_gap = max(0.0, max(a[0], b[0]) - min(a[2], b[2]))
        return (_y_overlap(a, b) > 0 and _x_overlap(a, b) <= 0.5 * narrow
                and horizontal_gap <= 0.5 * max(_w(a), _w(b)))
    if predicate == "near":
        return _gap(a, b) <= 0.75 * max(_w(a), _h(a), _w(b), _h(b))
    if predicate == "holding":
        reach = (a[0] - 0.3 * _w(a), a[1] + 0.15 * _h(a), a[2] + 0.3 * _w(a), a[3])
        return _inside(_cx(b), _cy(b), reach)
    if predicate == "flying":
        string = (a[0] - _w(a), a[1] - 1.2 * _h(a), a[2] + _w(a), a[1])
        return b[3] <= a[1] + 0.02 * _h(a) and _inside(_cx(b), _cy(b), string)
    if predicate == "wearing":
        return _inside(_cx(b), _cy(b), a) and _w(b) * _h(b) < _w(a) * _h(a)
    if predicate == "riding":
        return (_x_overlap(a, b) >= 0.5 * _w(a) and _cy(a) < _cy(b)
                and b[1] - 0.1 * _h(b) <= a[3] <= b[3])
    raise ValueError(f"unknown predicate {predicate!r}")


# 4. Settings and text placement, from the plan.

SETTING_KEYS = ("time_of_day", "weather", "season", "terrain", "backdrop", "indoor", "style", "document", "camera")


def setting_value(plan: Plan, key: str) -> object:
    """What the plan says for a setting key: the scene graph first, else the background the composer set."""
    scene = plan.scene
    if key in ("style", "document", "camera"):
        return getattr(scene, key)
    value = getattr(scene.setting, key)
    if value in (None, "none", False) and hasattr(plan.background, key):
        fallback = getattr(plan.background, key)
        return fallback if fallback not in (None, "none") else value
    return value


PLACES: dict[str, Callable[[float, float], bool]] = {
    "top": lambda x, y: y < 0.4, "bottom": lambda x, y: y > 0.6, "left": lambda x, y: x < 0.4,
    "right": lambda x, y: x > 0.6, "center": lambda x, y: 0.3 < x < 0.7 and 0.3 < y < 0.7,
}
ROLE_FORMS = {"headline": {"headline", "title"}, "title": {"title", "headline"}}


def placed_at(box: tuple[float, float, float, float], where: str) -> bool:
    """A text block's centre (canvas fractions) is in the named part: top/bottom < 0.4 / > 0.6 of the height,
    left/right likewise of the width, center within 0.3-0.7 both ways."""
    return PLACES[where]((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)


def same_role(found: str, wanted: str) -> bool:
    return found in ROLE_FORMS.get(wanted, {wanted})
