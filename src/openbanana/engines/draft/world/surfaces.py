"""Made surfaces in perspective: a road with lane markings, plank floors, a wooden table top, a stage, paving.

Boards and tiles are worked out per texel from their perspective coordinates (which board, which tile, how far
along); then the seams closest to the eye are drawn crisp as lines converging on the vanishing point.
"""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.world.fields import mix
from openbanana.engines.draft.world.ground import Ground, Perspective, depth_ramp, lit, perspective, shaded, texture
from openbanana.plan import RGB, ROAD_HALF

ASPHALT: RGB = (78, 80, 86)
VERGE: RGB = (108, 150, 72)
FLOOR_WOOD: RGB = (184, 142, 100)
TABLE_WOOD: RGB = (156, 104, 66)
STAGE_WOOD: RGB = (96, 64, 46)
PAVING: RGB = (168, 164, 156)
TABLE_EDGE = 0.9  # where the table top ends and its front edge begins (perspective depth)
TABLE_PLANK = 0.35  # how deep each plank of a table top is, in distance units (1 at the front edge)


def _hash(index: np.ndarray) -> np.ndarray:
    """A stable pseudo-random value in [-1, 1] per integer cell."""
    return np.asarray(np.modf(np.sin(index * 12.9898 + 4.1) * 43758.5453)[0], dtype=np.float32)


def _resolved(view: Perspective, cell: float) -> np.ndarray:
    """1 where cells `cell` wide (screen widths at the front) span several texels, falling to 0 where they change
    faster than the texels do (far off and to the sides): there they blend into one tone instead of shimmering."""
    rows, columns = view.x.shape
    step = np.maximum(np.abs(view.x * view.s) / (cell * view.s**2 * rows), 1 / (cell * view.s * columns))
    return np.asarray(np.clip(1.2 - 2.4 * step, 0, 1), dtype=np.float32)


def _boards(ground: Ground, view: Perspective, base: RGB, board: float, grain: float) -> np.ndarray:
    """Planks running away from the eye: a shade per board, a seam between boards, grain along them."""
    index = np.floor(view.x / board)
    across = view.x / board - index
    seam = np.exp(-(np.minimum(across, 1 - across) * board * 260 * view.s) ** 2)
    lines = texture(ground, view, 70, 1.2, beta=1.2)
    amount = (_hash(index) * 0.07 + lines * grain - seam * 0.35) * _resolved(view, board) + (view.s - 0.5) * 0.1
    return shaded(depth_ramp(ground, base, view, 0.5), amount)


def _seams(image: Image.Image, ground: Ground, base: RGB, board: float, joints: float, rng: random.Random,
           until: float = 1.0) -> None:
    """Crisp seams near the front, converging on the vanishing point, and each board's staggered joints."""
    draw = ImageDraw.Draw(image)
    width = ground.width
    vx = ground.vanish * width
    seam = mix(base, (0, 0, 0), 0.45)
    line = max(1, round(ground.unit))
    first, last = int(np.floor(-ground.vanish / board)) * 4, int(np.ceil((1 - ground.vanish) / board)) * 4
    start = 0.1
    for k in range(first, last + 1):
        bottom = vx + k * board * width
        draw.line((vx + (bottom - vx) * start, ground.y(start), vx + (bottom - vx) * until, ground.y(until)),
                  fill=seam, width=line)
        distance = 1 / until + rng.random() * joints
        while distance < 1 / start:
            s = 1 / distance
            x0, x1 = vx + (bottom - vx) * s, vx + (bottom + board * width - vx) * s
            draw.line((x0, ground.y(s), x1, ground.y(s)), fill=seam, width=line)
            distance += joints


def floor_field(ground: Ground) -> np.ndarray:
    return _boards(ground, perspective(ground), lit(ground, ground.base or FLOOR_WOOD), 0.11, 0.06)


def floor_details(image: Image.Image, ground: Ground, rng: random.Random) -> None:
    _seams(image, ground, lit(ground, ground.base or FLOOR_WOOD), 0.11, 1.4, rng)


def table_field(ground: Ground) -> np.ndarray:
    """A wooden table top seen from a chair: wide planks running across (a floor's run away from the eye), grain
    along them, and below its front edge the table's darker side."""
    view = perspective(ground)
    base = lit(ground, ground.base or TABLE_WOOD)
    plank = view.z / TABLE_PLANK
    frac = plank - np.floor(plank)
    seam = np.exp(-(np.minimum(frac, 1 - frac) * TABLE_PLANK * 60 / view.z) ** 2)
    grain = texture(ground, view, 1.5, 90, beta=1.3)
    amount = (_hash(np.floor(plank)) * 0.05 + grain * 0.12 - seam * 0.3) * np.clip(view.s * 3, 0, 1)
    field = shaded(depth_ramp(ground, base, view, 0.35), amount + (view.s - 0.5) * 0.12)
    return np.asarray(np.where((view.s > TABLE_EDGE)[..., None], field * 0.55, field), dtype=np.float32)


def table_details(image: Image.Image, ground: Ground, rng: random.Random) -> None:
    """The lit rim along the table's front edge, and the shadow along its far edge where the wall drops away
    behind it."""
    base = lit(ground, ground.base or TABLE_WOOD)
    draw = ImageDraw.Draw(image, "RGBA")
    y = ground.y(TABLE_EDGE)
    rim = mix(base, (255, 240, 220), 0.35)
    draw.rectangle((0, y - max(2, ground.height // 90), ground.width, y), fill=rim)
    back = max(2, ground.height // 60)
    draw.rectangle((0, ground.top, ground.width, ground.top + back), fill=(*mix(base, (0, 0, 0), 0.45), 255))
    draw.rectangle((0, ground.top + back, ground.width, ground.top + back * 2),
                   fill=(*mix(base, (255, 240, 220), 0.25), 255))


def stage_field(ground: Ground) -> np.ndarray:
    """Dark boards lit by a spotlight pool in the middle, with the stage's front lip."""
    view = perspective(ground)
    field = _boards(ground, view, lit(ground, ground.base or STAGE_WOOD), 0.09, 0.05)
    pool = np.exp(-((view.x * view.s / 0.3) ** 2) - ((view.s - 0.55) / 0.3) ** 2)
    warm = np.asarray((255, 236, 190), dtype=np.float32)
    field = field + (warm - field) * (pool * 0.55)[..., None]
    return np.asarray(np.where((view.s > 0.96)[..., None], field * 0.45, field), dtype=np.float32)


def stage_details(image: Image.Image, ground: Ground, rng: random.Random) -> None:
    _seams(image, ground, lit(ground, ground.base or STAGE_WOOD), 0.09, 1.8, rng, until=0.96)


def stone_field(ground: Ground) -> np.ndarray:
    """Paving slabs in a running bond: each slab its own shade, mortar between them."""
    view = perspective(ground)
    tile_x, tile_z = 0.16, 0.34
    row = np.floor(view.z / tile_z)
    shifted = view.x / tile_x + (row % 2) * 0.5
    column = np.floor(shifted)
    fx, fz = shifted - column, view.z / tile_z - row
    fade = _resolved(view, min(tile_x, tile_z))
    mortar = np.maximum(np.exp(-(np.minimum(fx, 1 - fx) * tile_x * 220 * view.s) ** 2),
                        np.exp(-(np.minimum(fz, 1 - fz) * tile_z * 90 * view.s ** 2) ** 2)) * fade
    wear = texture(ground, view, 30, 12, beta=1.5)
    amount = (_hash(column * 7.3 + row * 13.1) * 0.08 + wear * 0.05) * fade - mortar * 0.3 + (view.s - 0.5) * 0.08
    return shaded(depth_ramp(ground, lit(ground, ground.base or PAVING), view), amount)


def road_field(ground: Ground) -> np.ndarray:
    """Asphalt narrowing to the vanishing point between grass verges."""
    view = perspective(ground)
    grain = texture(ground, view, 60, 24, beta=1.3)
    asphalt = shaded(depth_ramp(ground, lit(ground, ASPHALT), view), grain * 0.06 + (view.s - 0.5) * 0.06)
    verge = shaded(depth_ramp(ground, lit(ground, ground.base or VERGE), view), texture(ground, view, 6, 2.5) * 0.14)
    return np.where((np.abs(view.x) < ROAD_HALF)[..., None], asphalt, verge)


def road_details(image: Image.Image, ground: Ground, rng: random.Random) -> None:
    """Solid edge lines and a dashed centre line, each dash foreshortened by its distance."""
    draw = ImageDraw.Draw(image)
    width = ground.width
    vx = ground.vanish * width
    paint = lit(ground, (236, 236, 226))
    for side in (-1, 1):
        outer, inner = side * ROAD_HALF * 0.97 * width, side * ROAD_HALF * 0.92 * width
        draw.polygon([(vx + outer * 0.02, ground.y(0.02)), (vx + inner * 0.02, ground.y(0.02)),
                      (vx + inner, ground.y(1)), (vx + outer, ground.y(1))], fill=paint)
    dash, gap, lane = 0.35, 0.45, 0.012 * width
    yellow = lit(ground, (244, 206, 70))
    distance = 1 - rng.random() * (dash + gap)
    while distance < 40:
        far = distance + dash
        if far > 1:
            s0, s1 = 1 / max(distance, 1.0), 1 / far
            draw.polygon([(vx - lane * s1, ground.y(s1)), (vx + lane * s1, ground.y(s1)),
                          (vx + lane * s0, ground.y(s0)), (vx - lane * s0, ground.y(s0))], fill=yellow)
        distance += dash + gap


def zebra_crossing(image: Image.Image, ground: Ground, near: float = 0.62, far: float = 0.46) -> None:
    """White bars across the road between two depths, each running along the road and narrowing with it: a
    pedestrian crossing, where a prompt names one (a road alone has none)."""
    draw = ImageDraw.Draw(image)
    vx, half = ground.vanish * ground.width, ROAD_HALF * 0.9 * ground.width
    paint = lit(ground, (238, 238, 232))
    bars = 9
    for k in range(bars):
        f0, f1 = -1 + 2 * (k + 0.18) / bars, -1 + 2 * (k + 0.82) / bars
        draw.polygon([(vx + f0 * half * far, ground.y(far)), (vx + f1 * half * far, ground.y(far)),
                      (vx + f1 * half * near, ground.y(near)), (vx + f0 * half * near, ground.y(near))], fill=paint)
