"""Where an attached thing's first copy goes on its host: under it, in it, at the hand, worn, ridden, behind.

A hat is pulled down over the head and glasses go across the eyes; a held thing hangs at the hand, a guitar lies
across the body, a piano stands before its player, a hugged teddy is held to the chest; a rider sits astride the
saddle; a thing behind stands higher, smaller and drawn first; one in a vase sinks into it and is drawn behind it.
"""

from __future__ import annotations

from collections.abc import Callable

from openbanana.imaging.people import BOTTOMS, FLOWN, is_clothing
from openbanana.planner.pictogram_shapes import advance_share
from openbanana.planner.rules.scene.anchors import BUST, FIGURE, Body, Point, attach_point, body_of
from openbanana.planner.rules.scene.back_edge import on_back_edge
from openbanana.planner.rules.scene.built_forms import ROOTED
from openbanana.planner.rules.scene.face_figures import face_body, face_point
from openbanana.planner.rules.scene.kinds import HELD_ACROSS, HELD_HIGH, OVERHEAD, PLAYED_AT, Kind, wear_slot
from openbanana.planner.rules.scene.pieces import Piece, framed
from openbanana.planner.rules.scene.relations import Link
from openbanana.scene import Entity

# A hat's size and how far down it comes, both in head widths: (height, where its bottom is below the top of the
# head). On a head-and-shoulders pictogram a little narrower than the head and down to the brow, so the face shows
# under it and the head at its sides (one as wide as the head hid the face, a helmet's strap reaching the chin); a
# standing figure's head is smaller than its measured span, so its hat is smaller and sits higher.
HAT, BUST_HAT, FIGURE_HAT = (1.0, 0.65), (0.85, 0.7), (0.55, 0.5)
FACE_HAT = (0.8, 0.74)  # a face standing as a whole figure (face_figures.py): a bust's hat, a little lower
FIGURE_PACK = (0.34, 0.1)  # a backpack on a standing figure: its height and its offset back, in the figure's box
PEEK = 0.1  # how far inside a tree's edge a thing behind it that peeks past its side stands, in its widths
CANOPY = 0.45  # the share of an umbrella pictogram's height its canopy takes, from the top
LOW_HOST = 1.6  # a host lower than this many of a thing's heights is one it shows over from behind
OVER_TOP = 0.35  # how far down behind that host the thing's foot goes, in its own heights: the rest shows above
UNDER_SCENERY = 0.2  # how far beside a tree's middle a thing under it stands, in the tree's widths: further (0.3),
# a stack of presents stood past the crown's edge
OPEN_UNDERNEATH = frozenset({"table", "desk", "bench", "nightstand", "seesaw"})
Anchor = tuple[float, float, float, float, float]  # x, bottom, height, layer, depth
Coords = tuple[float, float]


def anchor(link: Link, host: Piece, child: Entity, child_kind: Kind, child_glyph: str | None, natural: float,
           ratio: float, side: float, *, centred: bool = False) -> Anchor:
    """(x, bottom, height, layer, depth) of the child's first copy; `side` is -1 or 1, the seed's pick."""
    how, h, host = link.how, natural, framed(host)  # sized in the font's boxes, as these rules were measured
    ratio *= 1.0 if child_kind.shape_aspect else advance_share(child_glyph)

    def at(point: Point) -> Coords:
        px, py = (face_point(host.glyph, point, flip=host.flip, seated=host.pose == "sitting") if host.figure
                  else attach_point(host.glyph, point, flip=host.flip))
        return host.left + px * host.width, host.top + py * host.height

    if how == "under":
        h = min(natural, host.height * 0.6)
        offset = host.width * UNDER_SCENERY * side if host.kind.scenery else 0.0
        return host.x + offset, host.bottom + host.height * 0.02, h, host.layer + 1, host.depth
    if how == "in":
        if child_kind.zone == "swimmer":
            h = min(natural, host.height * 0.5)
            return host.x, host.bottom - host.height * 0.2, h, host.layer + 1, host.depth
        if host.kind.form in ROOTED:  # a plant in its pot: from the soil line, most of it above the rim
            h = min(natural, host.height * 1.8)
            return host.x, host.top + host.height * 0.12, h, host.layer - 1, host.depth
        if host.kind.container:  # sunk into it, half showing above the rim
            h = min(natural, host.height * 0.9, host.width * 0.85 / ratio)
            return host.x, host.top + host.height * 0.45, h, host.layer - 1, host.depth
        h = min(natural, host.height * 0.6)  # in a place-like thing (a tent, a castle): at its foot, in front
        return host.x, host.bottom - host.height * 0.04, h, host.layer + 1, host.depth
    if how == "holding":
        hx, hy = at("hand")
        glyph = (child_glyph or "").replace("\ufe0f", "")
        if glyph in FLOWN:  # a kite flies on its string above the holder, to the side of the raised hand
            h = min(natural, host.height * 0.4)
            return (hx + (1 if hx >= host.x else -1) * host.width * 0.3, host.top - host.height * 0.1, h,
                    host.layer - 1, host.depth)
        if glyph in OVERHEAD and host.figure:  # the canopy over the head, behind it; the handle in the hand
            h = host.width * 1.3 / ratio
            return host.x + (hx - host.x) * 0.7, hy - host.height * 0.03, h, host.layer - 1, host.depth
        if glyph in OVERHEAD and body(host) is FIGURE:  # a standing pictogram: the canopy clear above the head,
            h = host.height * 0.95  # the shaft down to the hand (over the shoulder, it hid the face)
            return hx, host.top - host.height * 0.03 + h * (1 - CANOPY), h, host.layer + 1, host.depth
        if glyph in OVERHEAD:  # a face or an animal: the canopy over the head's side, the shaft down to the hand
            h = host.height * 0.8  # (clear above the head, it was not in the hand: its middle over the head)
            return hx, host.top + host.height * 0.25 + h / 2, h, host.layer + 1, host.depth
        if glyph in HELD_HIGH:
            h = min(max(natural, host.height * 0.6), host.height * 0.7)  # a child's balloon is no taller
            return hx, hy + h * 0.05, h, host.layer + 1, host.depth
        if host.entity.action == "hugging" and body(host) is FIGURE:  # held to the chest, in both arms
            h = min(natural, host.height * 0.36)
            return host.x, host.top + host.height * 0.74, h, host.layer + 1, host.depth
        if glyph in PLAYED_AT:  # a piano before the player, as tall as the player's waist, hands on its top
            h = host.height * (0.42 if host.pose == "sitting" else 0.5)
            return host.x + (hx - host.x) * 0.5, host.bottom + host.height * 0.03, h, host.layer + 1, host.depth
        if glyph in HELD_ACROSS:  # a guitar, a rod, a pan: across the body, about half the holder's height
            h = host.height * (0.5 if body(host) is FIGURE else 0.42)
            return host.x + (hx - host.x) * 0.45, hy + h * 0.35, h, host.layer + 1, host.depth
        h = min(natural, host.height * (0.45 if body(host) is BUST else 0.3), host.width * 0.8 / ratio)
        outward = 0.15 * h * ratio * (1 if hx >= host.x else -1)  # in a hand or a mouth, hanging at its side
        return hx + outward, hy + h / 2, h, host.layer + 1, host.depth
    if how == "wearing":
        return worn(host, child_glyph, ratio, at)
    if how == "riding":
        sx, sy = at("saddle")
        person = child_kind.person
        h = min(natural, host.height * 0.9)
        big = host.kind.zone == "ground" and host.kind.size >= 1
        sink = 0.45 if person else (0.3 if big else 0.08)  # a person astride it, feet down to the pedals
        return sx, sy + h * sink, h, host.layer + 1, host.depth
    if how == "behind":  # further back: higher, smaller, drawn first, and half showing past the host's side
        edge = on_back_edge(host, child_kind, natural)  # a cup behind a counter: on its top at the back
        if edge is not None:
            return edge
        h = natural * 0.85
        if seen_over(host, natural, child_kind.person):  # or over a low thing's top: kids behind a lemonade stand
            top = host.top + (host.kind.seat * host.height if host.kind.shape_aspect else 0.0)  # a stall's counter
            bottom = min(host.bottom - host.height * 0.2, top + h * OVER_TOP)
            return host.x, bottom, h, host.layer - 2, host.depth + 0.2  # what it wears stays behind the host too
        rises = host.kind.scenery or (h > host.height and not host.kind.person)  # a tree's crown is narrower than
        # its box, and a thing taller than the one it stands behind shows over its top: its middle a little inside
        # the edge ("a child peeking out from behind a Christmas tree" stood clear of it, a floor lamp behind an
        # armchair beside it); past a box's side, as before (a cat peeks out beside it; a Ferris wheel behind a girl)
        inward = min(PEEK * host.width, 0.3 * h * ratio) if rises else -0.05 * h * ratio
        return host.x + side * (host.width / 2 - inward), host.bottom - host.height * 0.2, h, host.layer - 1, \
            host.depth + 0.2
    if how == "in_front_of":
        shift = 0.0 if centred else side * 0.3 * max(host.width, h * ratio)
        return (host.x - shift, host.bottom + host.height * 0.12, h,
                host.layer + 1, max(0.0, host.depth - 0.1))
    if how == "above":
        return host.x, host.top - host.height * 0.12, h, host.layer, host.depth
    return host.x, host.bottom + host.height * 0.1 + h, h, host.layer, host.depth  # below, hanging

def seen_over(host: Piece, natural: float, person: bool) -> bool:
    """Whether a thing behind the host shows over its top: a person behind a counter, a stand or a box, anything
    behind a fence or a wall, when the host is not much taller than it. Past the side of a wide counter, all but the
    first of two kids hid behind it. Beside a building, a tree or a person it peeks past the side instead, and
    under a table's top its feet would hang in the air."""
    if host.kind.scenery or host.kind.person or host.kind.form in OPEN_UNDERNEATH:
        return False
    below = host.height * (1.0 - host.kind.seat) if host.kind.shape_aspect else host.height  # under the counter
    return below < natural * LOW_HOST and (person or host.kind.shape_aspect > 0)

def body(host: Piece) -> Body:
    """The host's body plan: a standing figure's, or its pictogram's."""
    return FIGURE if host.figure else body_of(host.glyph)

def worn(host: Piece, glyph: str | None, ratio: float, at: Callable[[Point], Coords]) -> Anchor:
    """Where a worn thing sits: a hat over the head, glasses across the eyes, clothes over the torso."""
    slot = wear_slot(glyph) or "neck"
    if host.figure and is_clothing(glyph):  # a standing figure's clothes: over its torso or legs
        slot = "feet" if (glyph or " ")[0] in BOTTOMS else "body"
    head = (face_body(host.glyph, seated=False) if host.figure else body(host)).head_span * host.width
    if slot == "head":  # pulled down over the top of the head, as a hat is worn
        x, y = at("head")
        span, depth = FACE_HAT if host.figure else BUST_HAT if body(host) is BUST else FIGURE_HAT if body(host) is \
            FIGURE else HAT
        return x, y + head / ratio * depth, head / ratio * span, host.layer + 1, host.depth
    if slot == "ears":  # across the head at the ears, the band over its top
        x, y = at("eyes")
        h = head * 1.2 / ratio
        return x, y + h * 0.65, h, host.layer + 1, host.depth
    if slot == "back":  # a standing figure is narrow in its box: a smaller pack, nearer its middle (it hung clear)
        x, y = at("back")
        h = host.height * (FIGURE_PACK[0] if body(host) is FIGURE else 0.6)
        share = FIGURE_PACK[1] if body(host) is FIGURE else 0.3
        behind = -share * host.width if host.kind.faces != "right" else share * host.width
        return x - behind if host.flip else x + behind, y + h / 2, h, host.layer - 1, host.depth
    widths = {"eyes": 0.95 * head, "neck": 0.6 * head, "body": 0.55 * host.width, "feet": 0.3 * host.width,
              "wrist": 0.22 * host.width}
    points: dict[str, Point] = {"eyes": "eyes", "neck": "neck", "body": "body", "feet": "feet", "wrist": "hand"}
    point = points[slot]
    x, y = at(point)
    h = widths[slot] / ratio
    if slot == "body" and host.figure:  # from the neck down: a child's and a seated figure's neck sit lower
        y = max(y, at("neck")[1] + h / 2)
    bottom = host.bottom if slot == "feet" else y + h / 2
    if slot == "neck" and body(host) is BUST:  # a head-and-shoulders pictogram: under the chin
        h = min(h, host.height * 0.24)
        bottom = host.bottom
    return x, bottom, h, host.layer + 1, host.depth

