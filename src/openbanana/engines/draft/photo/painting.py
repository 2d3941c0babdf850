"""Paint scenery named in an edit into the photo itself, at the place it belongs and in the photo's light: a boat or
an iceberg on its water (smaller further off, with a reflection), a lighthouse on the shore, a hot-air balloon,
fireworks, northern lights or a flock of birds in its sky, snow on its ground. When the photo has no such place (no
water for a boat, no sky for fireworks), nothing is drawn and the answer says why."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.arrays import F32, U8, f32, resize_to, shrink, u8
from openbanana.engines.draft.photo.effects import NIGHT_SKY, aurora, fireworks, lightning, snow_cover
from openbanana.engines.draft.photo.placing import box_at, face_boxes, fraction_box, overlap
from openbanana.engines.draft.photo.scenery import Water, find_water, water_point
from openbanana.engines.draft.photo.sky import Sky, find_sky
from openbanana.engines.draft.photo.sprites import ASPECTS, PAINTERS, Sprite
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.plan import Box, PhotoEdit

ON_WATER = ("boat", "iceberg")
IN_SKY = ("hot-air balloon", "fireworks", "northern lights", "birds", "gull", "lightning")
PAINTED = frozenset({*PAINTERS, "fireworks", "northern lights", "snow", "lying snow", "birds", "gull", "lightning"})
EFFECT_LONG_SIDE = 768


def paint_step(photo: Photo, edit: PhotoEdit) -> str | None:
    sky = find_sky(photo.scene)
    if edit.name in ON_WATER:
        water = find_water(photo.scene, sky)
        if water is None:
            return not_done(edit, f"I found no open water in the photo to put the {edit.name} on.")
        return _on_water(photo, edit, water)
    if edit.name == "lighthouse":
        return _on_shore(photo, edit, sky)
    if edit.name == "lying snow" and sky is None:  # winter's snow on the land: none without a horizon
        return not_done(edit, "I found no land below a horizon (no open sky), so no snow lies on the ground.")
    if edit.name in ("snow", "lying snow"):
        return _snow(photo, sky)
    if sky is None:
        return not_done(edit, f"I found no open sky in the photo to put the {edit.name} in.")
    if edit.name == "hot-air balloon":
        return _balloon(photo, edit, sky)
    if edit.name in ("birds", "gull"):
        return _birds(photo, sky, one=edit.name == "gull")
    return _sky_light(photo, edit, sky)


def _on_water(photo: Photo, edit: PhotoEdit, water: Water) -> str | None:
    height, width = photo.rgb.shape[:2]
    side = {"left": 0.25, "right": 0.75}.get(edit.placement.split("_")[-1], photo.rng.uniform(0.25, 0.75))
    near = photo.rng.uniform(0.25, 0.45) if edit.name == "boat" else photo.rng.uniform(0.1, 0.3)
    point = water_point(water, near, side)
    if point is None:
        return not_done(edit, f"the water in the photo is too narrow to hold the {edit.name}.")
    scale = 0.6 + 0.8 * water.spread(point[1])  # nearer is bigger
    tall = (0.16 if edit.name == "boat" else 0.2) * scale * height
    sprite_w, sprite_h = max(8, round(tall * ASPECTS[edit.name])), max(8, round(tall))
    waterline = 0.88 if edit.name == "boat" else 0.62  # where each sprite meets the water
    x0 = round(point[0] * width - sprite_w / 2)
    y0 = round(point[1] * height - sprite_h * waterline)
    sprite = PAINTERS[edit.name](sprite_w, sprite_h, photo.rng)
    rgb = _lay(photo.rgb, sprite, (x0, y0), reflect_from=round(sprite_h * waterline), within=water.mask)
    photo.drawn.append((x0, y0, x0 + sprite_w, y0 + sprite_h))
    photo.changed(rgb)
    return None


def _on_shore(photo: Photo, edit: PhotoEdit, sky: Sky | None) -> str | None:
    """On the far shore of the photo's water, towards one side, with its reflection; without water, on the
    horizon. Never in front of a face."""
    if sky is None:
        return not_done(edit, "I found no horizon in the photo to stand the lighthouse on.")
    height, width = photo.rgb.shape[:2]
    water = find_water(photo.scene, sky)
    tall = 0.36 * height if water is None else max(0.14, 0.32 * (1 - water.top)) * height
    size = (tall * ASPECTS["lighthouse"] / width, tall / height)
    faces = face_boxes(photo.faces, width, height)
    for x in _sides(edit, photo.rng.random() < 0.5, water):
        foot = _shore_at(water, x) if water is not None else float(sky.horizon[min(width - 1, round(x * width))])
        if foot is None:
            continue
        box = box_at((x, foot + 0.005 - size[1] / 2), size)
        if all(overlap(box, face) < 0.02 for face in faces):
            break
    else:
        return not_done(edit, "every place on the horizon is in front of a face.")
    x0, y0 = round(box[0] * width), round(box[1] * height)
    sprite = PAINTERS["lighthouse"](max(8, round(size[0] * width)), max(8, round(tall)), photo.rng)
    rgb = _lay(photo.rgb, sprite, (x0, y0), reflect_from=sprite[1].shape[0] if water is not None else None,
               within=water.mask if water is not None else None)
    photo.drawn.append((x0, y0, x0 + sprite[1].shape[1], y0 + sprite[1].shape[0]))
    photo.changed(rgb)
    return None


def _shore_at(water: Water, x: float) -> float | None:
    """Where the water begins in the column at `x` (its far shore), or None when the column has no water."""
    column = water.mask[:, min(water.mask.shape[1] - 1, round(x * water.mask.shape[1]))]
    rows = np.nonzero(column > 0.5)[0]
    return float(rows[0] / water.mask.shape[0]) if rows.size else None


def _sides(edit: PhotoEdit, left_first: bool, water: Water | None = None) -> tuple[float, ...]:
    """Places across the photo to try, towards the named side first (within the water's reach when given)."""
    low, high = water.columns if water is not None else (0.0, 1.0)
    near_left, near_right = low + (high - low) * 0.14, low + (high - low) * 0.86
    inner_left, inner_right = low + (high - low) * 0.3, low + (high - low) * 0.7
    if edit.placement in ("left", "top_left", "bottom_left"):
        return (near_left, inner_left, near_right)
    if edit.placement in ("right", "top_right", "bottom_right"):
        return (near_right, inner_right, near_left)
    return (near_left, near_right, inner_left, inner_right) if left_first else (
        near_right, near_left, inner_right, inner_left)


def _balloon(photo: Photo, edit: PhotoEdit, sky: Sky) -> str | None:
    height, width = photo.rgb.shape[:2]
    tall = min(0.3, max(0.12, sky.line * 0.5)) * height
    size = (tall * ASPECTS["hot-air balloon"] / width, tall / height)
    avoid = [*face_boxes(photo.faces, width, height), *(fraction_box(b, width, height) for b in photo.drawn)]
    candidates = [box_at((x, max(size[1] / 2 + 0.02, sky.line * 0.45)), size) for x in _sides(edit, True)]
    free = [b for b in candidates if _sky_share(sky, b) > 0.6 and all(overlap(b, a) < 0.02 for a in avoid)]
    if not free:
        return not_done(edit, "the sky in the photo has no free room for a hot-air balloon.")
    box = free[0] if edit.placement != "auto" else photo.rng.choice(free)
    x0, y0 = round(box[0] * width), round(box[1] * height)
    sprite = PAINTERS["hot-air balloon"](max(8, round(size[0] * width)), max(8, round(tall)), photo.rng)
    photo.changed(_lay(photo.rgb, sprite, (x0, y0)))
    photo.drawn.append((x0, y0, x0 + sprite[1].shape[1], y0 + sprite[1].shape[0]))
    return None


def _birds(photo: Photo, sky: Sky, *, one: bool = False) -> str | None:
    """A loose flock of gull silhouettes (an "M" of two bowed wings each) in the open sky, smaller further up,
    drawn at twice their size over the flock's box and averaged down; never over a face. `one`: a single gull,
    nearer, so bigger (a seagull asked for is one bird, not a cartoon)."""
    height, width = photo.rgb.shape[:2]
    rng = photo.rng
    avoid = [*face_boxes(photo.faces, width, height), *(fraction_box(b, width, height) for b in photo.drawn)]
    low = (0.55, 0.8) if one else (0.3, 0.6)  # one gull flies low, over what lies below the sky
    spots = [(rng.uniform(0.2, 0.8), sky.line * rng.uniform(*low)) for _ in range(12)]
    centre = max(spots, key=lambda c: _sky_share(sky, box_at(c, (0.3, sky.line * 0.4))))  # the most open sky
    wanted = 1 if one else rng.randint(5, 9)
    birds: list[tuple[int, int, float]] = []
    for _ in range(40):
        if len(birds) == wanted:
            break
        x, y = centre[0] + rng.uniform(-0.15, 0.15), centre[1] + rng.uniform(-0.2, 0.2) * sky.line
        span = width * rng.uniform(0.016, 0.03) * (0.7 + 0.6 * y / max(sky.line, 0.05)) * (1.8 if one else 1.0)
        px, py = round(x * width), round(y * height)
        box = (x - span / width, y - span / height, x + span / width, y + span / height)
        if 0 <= py < height and 0 <= px < width and sky.mask[py, px] > 0.5 and all(overlap(box, a) < 0.01
                                                                                    for a in avoid):
            birds.append((px, py, span))
    if not birds:
        return "I found no open sky free of faces for the birds, so none were drawn."
    pad = round(max(span for _, _, span in birds)) + 2
    x0, y0 = max(0, min(b[0] for b in birds) - pad), max(0, min(b[1] for b in birds) - pad)
    x1, y1 = min(width, max(b[0] for b in birds) + pad), min(height, max(b[1] for b in birds) + pad)
    layer = Image.new("L", ((x1 - x0) * 2, (y1 - y0) * 2), 0)
    draw = ImageDraw.Draw(layer)
    for px, py, span in birds:
        cx, cy, s2 = (px - x0) * 2, (py - y0) * 2, span * 2
        wings = [(cx - s2, cy - 0.1 * s2), (cx - 0.5 * s2, cy - 0.45 * s2), (cx, cy), (cx + 0.5 * s2, cy - 0.45 * s2),
                 (cx + s2, cy - 0.1 * s2)]
        draw.line(wings, fill=235, width=max(2, round(s2 * 0.16)), joint="curve")
    alpha = f32(np.asarray(layer.resize((x1 - x0, y1 - y0), Image.Resampling.LANCZOS))) / 255
    out = f32(photo.rgb)
    region = out[y0:y1, x0:x1]
    ink = f32(region.reshape(-1, 3).mean(axis=0)) * np.float32(0.25)  # dark against the sky, in its tint
    region += (ink - region) * alpha[..., None]
    photo.changed(u8(out))
    photo.drawn.append((x0, y0, x1, y1))
    return None


def _sky_share(sky: Sky, box: Box) -> float:
    height, width = sky.mask.shape
    part = sky.mask[round(box[1] * height):round(box[3] * height), round(box[0] * width):round(box[2] * width)]
    return float(part.mean()) if part.size else 0.0


def _sky_light(photo: Photo, edit: PhotoEdit, sky: Sky) -> str | None:
    """Northern lights, fireworks or lightning: all need a dark sky, so a bright one is dimmed to night first (and
    said; lightning comes with its storm's dark sky). The light is drawn at up to 768 px and added at full size as a
    screen blend, which brightens and never darkens."""
    height, width = photo.rgb.shape[:2]
    sw, sh = shrink(photo.rgb, EFFECT_LONG_SIDE).shape[1::-1]
    mask = sky.mask[..., None]
    base = f32(photo.rgb)
    note = None
    bright = float((base * mask).sum() / max(1.0, float(mask.sum()) * 3)) > 90
    if bright and edit.name != "lightning":  # lightning comes with the storm's own dark sky
        base *= np.float32(0.55) + mask * (NIGHT_SKY - np.float32(0.55))
        note = (f"{edit.name[:1].upper()}{edit.name[1:]} only show in a dark sky, so the sky is darkened to night "
                "and the land dimmed with it.")
    if edit.name == "northern lights":
        light, strength = aurora(sw, sh, sky.line, photo.rng)
        glow = light * strength[..., None]
    else:
        glow = (lightning if edit.name == "lightning" else fireworks)(sw, sh, sky.line, photo.rng)
    small_mask = resize_to(sky.mask, sw, sh)[..., None]
    keep = f32(resize_to(1 - np.clip(glow / 255, 0, 1) * small_mask, width, height))
    photo.changed(u8(255 - (255 - base) * keep))
    return note


def _snow(photo: Photo, sky: Sky | None) -> str | None:
    height, width = photo.rgb.shape[:2]
    small = f32(shrink(photo.rgb, EFFECT_LONG_SIDE))
    sh, sw = small.shape[:2]
    rows = np.arange(sh, dtype=np.float32)[:, None] / sh
    line = 0.35 if sky is None else sky.line
    ground = np.clip((rows - line) / max(0.2, 1 - line) * 1.6, 0, 1) * np.ones((1, sw), np.float32)
    land = np.ones((sh, sw), np.float32) if sky is None else 1 - resize_to(sky.mask, sw, sh)
    water = find_water(photo.scene, sky)
    if water is not None:  # snow lies on land, not on open water
        land *= 1 - resize_to(water.mask, sw, sh)
    covered = snow_cover(small, ground * land, photo.rng)
    delta = resize_to((covered - small) * land[..., None], width, height)  # the sky keeps its own colours
    photo.changed(u8(f32(photo.rgb) + delta))
    return None if sky is not None else "I found no horizon, so the snow lies over the lower part of the photo."


def _lay(rgb: U8, sprite: Sprite, at: tuple[int, int], reflect_from: int | None = None,
         within: F32 | None = None) -> U8:
    """The sprite over the photo at `at` (its top-left corner), tinted by the light of the photo around it; with
    `reflect_from` (the sprite row at the waterline) its reflection below, inside `within`."""
    color, alpha = sprite
    color = color * _light_near(rgb, at, alpha.shape)
    out = f32(rgb)
    if reflect_from is not None:
        above_water = slice(0, reflect_from)
        mirrored = color[above_water][::-1] * 0.75
        mirrored_alpha = cv2.GaussianBlur(alpha[above_water][::-1] * 0.45, (0, 0), max(1.0, alpha.shape[1] / 60))
        _blend_at(out, mirrored, np.asarray(mirrored_alpha, np.float32), (at[0], at[1] + reflect_from), within)
    _blend_at(out, color, alpha, at, None)
    return u8(out)


def _blend_at(out: F32, color: F32, alpha: F32, at: tuple[int, int], within: F32 | None) -> None:
    height, width = out.shape[:2]
    x0, y0 = at
    sx0, sy0 = max(0, -x0), max(0, -y0)
    x1, y1 = min(width, x0 + alpha.shape[1]), min(height, y0 + alpha.shape[0])
    if x1 <= max(0, x0) or y1 <= max(0, y0):
        return
    ox, oy = max(0, x0), max(0, y0)
    a = alpha[sy0:sy0 + y1 - oy, sx0:sx0 + x1 - ox]
    if within is not None:
        a = a * within[oy:y1, ox:x1]
    part = out[oy:y1, ox:x1]
    part += (color[sy0:sy0 + y1 - oy, sx0:sx0 + x1 - ox] - part) * a[..., None]


def _light_near(rgb: U8, at: tuple[int, int], shape: tuple[int, ...]) -> F32:
    """How the photo is lit around a box: its brightness (a dark dusk photo darkens what is painted into it) and
    colour cast (a warm evening warms it), from the mean of a margin around the box."""
    height, width = rgb.shape[:2]
    h, w = shape[:2]
    x0, y0 = max(0, at[0] - w // 2), max(0, at[1] - h // 2)
    x1, y1 = min(width, at[0] + w + w // 2), min(height, at[1] + h + h // 2)
    mean = f32(rgb[y0:y1, x0:x1].reshape(-1, 3).mean(axis=0)) if x1 > x0 and y1 > y0 else f32([128, 128, 128])
    level = float(mean.mean())
    gain = float(np.clip(level / 150, 0.35, 1.08))
    cast = np.clip(mean / max(level, 1.0), 0.85, 1.15) ** 0.5
    return np.asarray(gain * cast, np.float32)
