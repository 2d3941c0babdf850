"""Subjects standing in the world: drawn far to near (nearer ones overlap farther ones), faded into the haze by
their depth, grounded by a contact shadow cast away from the sun, and mirrored in water they stand on.

Haze is applied to each layer's flat colour, not to pixels, so a far subject costs what a near one does.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from PIL import Image, ImageDraw, ImageFilter

from openbanana.engines.draft.afloat import SWIM_GLYPHS, draw_rings, submerged, thin_patch, without_patch
from openbanana.engines.draft.animal_bodies import fit_animal
from openbanana.engines.draft.babies import fit_baby
from openbanana.engines.draft.facing_figures import fit_facing
from openbanana.engines.draft.figures import is_head
from openbanana.engines.draft.gestures import STILL, Act
from openbanana.engines.draft.hair_colours import dyed
from openbanana.engines.draft.horses import fit_horse
from openbanana.engines.draft.lying import legs_folded, lies
from openbanana.engines.draft.pictograms import (
    draw_plate,
    drop_shadow,
    fit_subject,
    is_plate,
    pixel_box,
    recolored,
    shadow_blob,
    transformed,
)
from openbanana.engines.draft.posed_clothes import Clothes, reclothed
from openbanana.engines.draft.poses import seated, sits
from openbanana.engines.draft.rims import rim_if_lost
from openbanana.engines.draft.seasons import in_season
from openbanana.engines.draft.wardrobe import NO_WARDROBE, Wardrobe
from openbanana.engines.draft.world.fields import mix
from openbanana.engines.draft.world.forms import fit_form, worn_party_hat
from openbanana.engines.draft.world.light import kept_colour
from openbanana.engines.draft.world.painter import World
from openbanana.engines.draft.world.reflections import reflect_sprite
from openbanana.engines.draft.world.shore import stands_on_land
from openbanana.imaging.drawing.glyphs import AFLOAT_GLYPHS, RGBA, Sprite, draw_sprite
from openbanana.imaging.people import FLOWN
from openbanana.plan import RGB, Subject
from openbanana.scene import Relation, Season

STANDING = ("hero", "support", "decor")
PixelBox = tuple[float, float, float, float]
SpriteTouch = Callable[[Image.Image, Sprite, tuple[int, int]], None]


@dataclass(frozen=True)
class Treatment:
    """How a render style treats subjects."""

    blur_far: float = 0.0  # how much far subjects soften (depth of field)
    before: SpriteTouch | None = None  # drawn under each pictogram (an outline)
    after: SpriteTouch | None = None  # drawn over each pictogram (light and shade)
    shadow: float = 1.0  # contact shadows, stronger or weaker


NO_TREATMENT = Treatment()


def depth_order(subjects: Sequence[Subject]) -> list[Subject]:
    """Far to near, then by z: what is drawn later covers what was drawn before."""
    return sorted(subjects, key=lambda s: (-s.depth, s.z))


TRAYS = frozenset({"carton"})  # open forms whose contents sit in front of their far rim, over their front


def held_in_trays(subjects: Sequence[Subject], relations: Sequence[Relation]) -> tuple[Subject, ...]:
    """The subjects, with what is in an open tray (eggs in a carton) brought just in front of it in depth, so
    the tray's front does not hide them (a pictogram container's opening is laid out by the composer)."""
    trays = {s.entity: s.depth for s in subjects if s.form in TRAYS}
    inside = {r.subject: trays[r.object] for r in relations if r.predicate == "in" and r.object in trays}
    return tuple(replace(s, depth=min(s.depth, inside[s.entity] - 1e-3)) if s.entity in inside else s
                 for s in subjects)


def haze_amount(world: World, depth: float) -> float:
    """How far a subject at `depth` fades toward the haze colour (0..0.85)."""
    reach: float = world.light.haze_strength * 0.75 + world.light.fog * 0.4
    return min(0.85, reach * math.pow(max(0.0, depth), 1.2))


def _hazed(made: Sprite, world: World, depth: float, bound: bool = False) -> Sprite:
    """Far subjects fade toward the haze; a subject whose colour the prompt named (`bound`) fades in value only,
    keeping its hue class and its black, white or grey, so a red house stays red at sunset and a black cat black
    at night."""
    amount = haze_amount(world, depth)
    if amount <= 0.01:
        return made
    haze = world.light.haze

    def fade(color: RGBA) -> RGBA:
        faded = mix(color[:3], haze, amount)
        return (*(kept_colour(color[:3], faded) if bound else faded), color[3])

    return recolored(made, fade)


def _contact_shadow(canvas: Image.Image, made: Sprite, x: int, y: int, strength: float, world: World) -> None:
    """A soft ellipse under the subject's base, longer and pushed away from a low sun, fainter in flat light."""
    if strength <= 0.02:
        return
    w, h = made.size
    low = world.sun is not None and world.light.sun is not None and world.light.sun_height < 0.25
    away = 0.0 if world.sun is None else (0.5 - world.sun[0]) * 2
    stretch = 1.7 if low else 1.0
    pad = max(4, w // 5)
    shadow_w = round((w + 2 * pad) * stretch)
    shadow_h = max(4, w // 9) * 2
    blob = shadow_blob().resize((shadow_w, shadow_h), Image.Resampling.BILINEAR)
    blob = blob.point(lambda v: min(255, round(v * strength * 2.1)))
    centre = x + w / 2 + away * w * (0.35 if low else 0.12)
    canvas.paste((0, 0, 0), (round(centre - shadow_w / 2), y + h - shadow_h // 2), blob)


def _on_water(world: World, base: float) -> bool:
    return world.water is not None and world.water[0] - 0.01 <= base <= world.water[1] + 0.02


def _soft(made: Sprite, radius: float) -> Image.Image:
    """The sprite as an RGBA tile, blurred (far subjects in a shallow depth of field)."""
    pad = round(radius * 3)
    tile = Image.new("RGBA", (made.size[0] + 2 * pad, made.size[1] + 2 * pad), (0, 0, 0, 0))
    draw_sprite(tile, made, (pad, pad))
    return tile.filter(ImageFilter.GaussianBlur(radius))


def _ground(canvas: Image.Image, made: Sprite, at: tuple[int, int], subject: Subject, world: World | None,
            style: Treatment) -> None:
    """What ties a subject to the world beneath it: a sticker's border, a reflection in water, a contact shadow."""
    x, y = at
    if world is None:
        if subject.shadow:
            drop_shadow(canvas, made, x, y, sticker=subject.role == "sticker")
        return
    base = (y + made.size[1]) / canvas.height
    if subject.role == "sticker":
        drop_shadow(canvas, made, x, y, sticker=True)
    elif subject.shadow and _on_water(world, base):  # not what is held up or sits inside another
        reflect_sprite(canvas, made, at, world.water_color)
    elif subject.shadow and world.grounded and base >= world.horizon - 0.02:
        _contact_shadow(canvas, made, x, y, min(1.0, world.light.shadow * style.shadow), world)


def _paint(canvas: Image.Image, made: Sprite, at: tuple[int, int], depth: float, style: Treatment) -> None:
    """The pictogram itself, with the style's touches: an outline under it, shading over it, or softened when far
    and the style has a shallow depth of field."""
    if style.before is not None:
        style.before(canvas, made, at)
    radius = style.blur_far * max(0.0, depth - 0.35) * made.size[1] / 60
    if radius >= 0.6:
        pad = round(radius * 3)
        tile = _soft(made, radius)
        canvas.paste(tile, (at[0] - pad, at[1] - pad), tile)
        return
    draw_sprite(canvas, made, at)
    if style.after is not None:
        style.after(canvas, made, at)


def _whole(subject: Subject) -> bool:
    """Whether the plan stands this person, drawn by the font as a face alone, as a whole figure."""
    return subject.figure and is_head(subject.glyph)


def _held(holder: Subject, subjects: Sequence[Subject], holding: Mapping[str, str],
          size: tuple[int, int]) -> tuple[PixelBox | None, tuple[float, float] | None]:
    """Where the holder's hand reaches (the pixel box of the thing it holds, the nearest if several are drawn),
    and for a kite the point its string ends at (the hand is then raised above the shoulder, not at the kite)."""
    held = holding.get(holder.entity)
    things = [s for s in subjects if held and s.entity == held]
    if not things:
        return None, None
    centre = (holder.box[0] + holder.box[2]) / 2
    thing = min(things, key=lambda s: abs((s.box[0] + s.box[2]) / 2 - centre))
    left, top, right, bottom = thing.box
    box = (left * size[0], top * size[1], right * size[0], bottom * size[1])
    if (thing.glyph or "").replace("\ufe0f", "") not in FLOWN:
        return box, None
    x0, y0, x1, y1 = (v * size[i % 2] for i, v in enumerate(holder.box))
    kite_x = (box[0] + box[2]) / 2
    hand_x = x1 + (x1 - x0) * 0.05 if kite_x >= (x0 + x1) / 2 else x0 - (x1 - x0) * 0.05
    hand_y = y0 + (y1 - y0) * 0.04
    return (hand_x - 1, hand_y - 1, hand_x + 1, hand_y + 1), (kite_x, box[3] - (box[3] - box[1]) * 0.15)


def _string(canvas: Image.Image, hand: PixelBox, kite: tuple[float, float]) -> None:
    """A kite's string: a thin line sagging a little from the raised hand up to the kite."""
    (hx, hy), (kx, ky) = ((hand[0] + hand[2]) / 2, (hand[1] + hand[3]) / 2), kite
    sag = abs(kx - hx) * 0.12 + 2
    points = [(hx + (kx - hx) * t, hy + (ky - hy) * t + sag * 4 * t * (1 - t)) for t in (i / 12 for i in range(13))]
    ImageDraw.Draw(canvas).line(points, fill=(70, 70, 80), width=max(1, round(canvas.height / 400)))


def draw_subjects(canvas: Image.Image, subjects: Sequence[Subject], world: World | None,
                  style: Treatment = NO_TREATMENT, *, wearing: Wardrobe = NO_WARDROBE,
                  holding: Mapping[str, str] | None = None, swimming: Collection[str] = (),
                  season: Season | None = None, acting: Mapping[str, Act] | None = None,
                  lying: Collection[str] = (), hair: Mapping[str, RGB] | None = None,
                  babies: Mapping[str, str] | None = None, animals: Mapping[str, str] | None = None,
                  posed: Mapping[str, Clothes] | None = None) -> list[str]:
    """Draw every subject in depth order; returns a sentence for each one that could not be drawn. A person the
    plan stands as a whole `figure` is drawn so, in the clothes it is `wearing`, reaching out to what it is
    `holding` (holder entity → held entity), in the gesture it is `acting` (`gestures.acts`); the entities in
    `swimming` are drawn half under the water's surface, the animals `lying` with their legs folded under them;
    broadleaf trees take the `season`'s colours, people their `hair` colour asked (entity → colour), `babies`
    a body in their pose (entity → pose), as do the animals the font draws as a face (`animals`), people `posed`
    in a pictogram the colours asked of their garments (entity → top, bottoms).
    Scenery that would stand in the water is left out."""
    missing: list[str] = []
    dyes = hair or {}
    dressed = posed or {}
    figures = {s.entity for s in subjects if _whole(s)} | set(dressed)
    for subject in depth_order(subjects):
        subject = worn_party_hat(subject)
        if wearing.worn.get(subject.entity) in figures:
            continue  # a garment worn by a figure is its clothes
        left, top, right, bottom = subject.box
        if right <= 0 or left >= 1 or bottom <= 0 or top >= 1:
            missing.append(f"The {subject.label} fell outside the picture and is not in it.")
            continue
        if is_plate(subject):
            draw_plate(canvas, pixel_box(subject, canvas.size), subject.tint)
            continue
        whole = _whole(subject)
        held, string = _held(subject, subjects, holding or {}, canvas.size) if whole else (None, None)
        worn = wearing.clothes.get(subject.entity, (None, None))
        act = (acting or {}).get(subject.entity, STILL)
        fitted = fit_facing(subject, canvas.size, held, worn, wearing.feet.get(subject.entity), act,
                            wearing.aprons.get(subject.entity), wearing.capes.get(subject.entity)) if whole else (
            fit_baby(subject, canvas.size, babies or {}) or fit_animal(subject, canvas.size, animals or {})
            or fit_horse(subject, canvas.size, animals or {})
            or fit_subject(subject, canvas.size)
            or fit_form(subject, canvas.size))
        if fitted is None:
            if subject.glyph is not None:
                missing.append(f"The {subject.label} could not be drawn: its pictogram is not in the font.")
            continue
        made, x, y = fitted
        if subject.entity in dyes:
            made = dyed(made, dyes[subject.entity])
        if subject.entity in dressed and not whole:
            made = reclothed(made, dressed[subject.entity])
        if subject.pose == "sitting" and not whole and sits(subject.glyph):
            made = seated(made)
        elif subject.entity in lying and not whole and lies(subject.glyph):
            made = legs_folded(made)
        if subject.tint is None:
            made = in_season(made, subject.glyph, season, subject.z)
        wet = world is not None and _on_water(world, (y + made.size[1]) / canvas.height)
        if wet and subject.role == "decor" and stands_on_land(subject):
            continue  # a tree or a parasol the composer added does not stand in a lake
        waterline = None
        if wet and (subject.glyph or " ")[0] in AFLOAT_GLYPHS:  # in the scene's water, not on its own blue square
            made, waterline = without_patch(made)
        elif subject.tint is not None and (subject.glyph or " ")[0] in AFLOAT_GLYPHS:
            made = thin_patch(made)  # "a red canoe" on a plain page: red, over a line of its own water
        if subject.flip and not whole:  # a whole figure is mirrored about its own box (`fit_facing`)
            made = transformed(made, Image.Transpose.FLIP_LEFT_RIGHT)
        if world is not None:
            made = _hazed(made, world, subject.depth, bound=subject.tint is not None)
        if wet and subject.entity in swimming and stands_on_land(subject):
            made, sink = submerged(made)
            y += sink
            _paint(canvas, made, (x, y), subject.depth, style)
            draw_rings(canvas, x, y + made.size[1], made.size[0])
            continue
        if waterline is not None and (subject.glyph or " ")[0] in SWIM_GLYPHS:
            _paint(canvas, made, (x, y), subject.depth, style)
            draw_rings(canvas, x, y + waterline, made.size[0] // 2)
            continue
        if waterline is not None:  # a boat: ripples under its hull, centred, then the hull over them
            draw_rings(canvas, x + made.size[0] // 8, y + waterline, made.size[0] * 3 // 4)
            _paint(canvas, made, (x, y), subject.depth, style)
            continue
        _ground(canvas, made, (x, y), subject, world, style)
        if subject.role in ("hero", "support") and subject.tint is None:  # a named thing the colours behind it
            rim_if_lost(canvas, made, (x, y))  # would swallow gets an edge (one in a colour asked keeps its own)
        _paint(canvas, made, (x, y), subject.depth, style)
        if string is not None and held is not None:
            _string(canvas, held, string)
    return missing
