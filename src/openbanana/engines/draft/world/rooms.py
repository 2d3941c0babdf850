"""A room: the back wall down to the floor line, a skirting board, a window showing the sky by time of day (and the
snow or rain falling outside, snow lying on its hills), and a picture or a shelf on the wall for warmth."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.world.clouds import draw_clouds
from openbanana.engines.draft.world.fields import mix, scale, to_image, vertical_ramp, work_size
from openbanana.engines.draft.world.light import Light
from openbanana.engines.draft.world.sky import disc_radius, draw_disc, draw_stars, sky_field
from openbanana.engines.draft.world.weather import draw_rain, draw_snow
from openbanana.geometry import overlaps
from openbanana.plan import RGB, Box

WALL: tuple[RGB, RGB] = ((238, 230, 216), (218, 204, 186))
TRIM: RGB = (248, 246, 240)
SNOWY_HILL: RGB = (236, 240, 246)  # the hills seen through the window when it snows
PixelBox = tuple[float, float, float, float]  # pixels


def indoor(light: Light) -> tuple[float, float, float]:
    """Rooms are lit from inside: the outdoor light reaches them only in part."""
    warm = (1.0, 0.93, 0.82)
    return (0.35 * light.ambient[0] + 0.65 * warm[0], 0.35 * light.ambient[1] + 0.65 * warm[1],
            0.35 * light.ambient[2] + 0.65 * warm[2])


def paint_wall(image: Image.Image, light: Light, horizon: int, colors: tuple[RGB, ...], skirting: bool = True) -> None:
    """The back wall: the plan's colours (or a warm plaster), darker toward the corners, a skirting at the floor
    (not behind a table top, which hides the floor)."""
    width = image.width
    w, h = work_size(width, max(2, horizon))
    ambient = indoor(light)
    stops = [scale(c, ambient) for c in (colors if len(colors) >= 1 else WALL)]
    column = vertical_ramp(stops if len(stops) > 1 else [stops[0], stops[0]], h)
    u = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    shade = 1 - 0.12 * u**2
    field = column[:, None, :] * shade[..., None]
    image.paste(to_image(field).resize((width, horizon), Image.Resampling.BILINEAR), (0, 0))
    if not skirting:
        return
    board = max(3, round(image.height * 0.018))
    draw = ImageDraw.Draw(image)
    trim = scale(TRIM, ambient)
    draw.rectangle((0, horizon - board, width, horizon + 1), fill=trim)
    draw.line((0, horizon - board, width, horizon - board), fill=mix(trim, (0, 0, 0), 0.25), width=max(1, board // 6))


def paint_window(image: Image.Image, light: Light, box: PixelBox, sun: tuple[float, float] | None,
                 rng: random.Random) -> None:
    """A window: the sky outside (sun or moon, stars, clouds), hills far off, a frame with bars and a sill."""
    x0, y0, x1, y1 = (round(v) for v in box)
    w, h = max(8, x1 - x0), max(8, y1 - y0)
    outside = sky_field(light, work_size(w, h, 96), 0.78, (0.62, 0.3) if sun else None)
    view = to_image(outside).resize((w, h), Image.Resampling.BILINEAR)
    if sun is not None and (light.sun is not None or light.moon):
        draw_disc(view, light, (0.62, 0.3), 0.78, disc_radius(light, (w, h)) * 1.4)
    cover = draw_clouds(view, light, 0.78, rng, amount=min(light.clouds, 0.4))
    draw_stars(view, light, 0.78, rng, cover)
    hill = scale(SNOWY_HILL if light.snow > 0 else (90, 140, 80), light.ambient)
    ImageDraw.Draw(view).polygon([(0, h * 0.8), (w * 0.35, h * 0.7), (w * 0.7, h * 0.76), (w, h * 0.72), (w, h),
                                  (0, h)], fill=mix(hill, light.haze, 0.4))
    draw_snow(view, light, rng)  # the weather outside, seen through the glass (none unless it falls)
    draw_rain(view, light, rng)
    image.paste(view, (x0, y0))
    frame = scale(TRIM, indoor(light))
    bar = max(2, round(min(w, h) * 0.045))
    draw = ImageDraw.Draw(image)
    draw.rectangle((x0 - bar, y0 - bar, x1 + bar, y1 + bar), outline=frame, width=bar)
    draw.rectangle(((x0 + x1) / 2 - bar / 2, y0, (x0 + x1) / 2 + bar / 2, y1), fill=frame)
    draw.rectangle((x0, (y0 + y1) / 2 - bar / 2, x1, (y0 + y1) / 2 + bar / 2), fill=frame)
    draw.rectangle((x0 - bar * 2, y1 + bar, x1 + bar * 2, y1 + bar * 2.2), fill=mix(frame, (0, 0, 0), 0.08))


def paint_decor(image: Image.Image, light: Light, horizon: int, avoid: list[PixelBox], rng: random.Random) -> None:
    """A framed picture or a shelf with books, where it keeps clear of the window and the text."""
    width = image.width
    ambient = indoor(light)
    w, h = width * 0.16, horizon * 0.24
    if h < w * 0.2:  # a wall too short for a picture (a room seen from above)
        return
    for _ in range(12):
        x = rng.uniform(0.06, 0.94) * width - w / 2
        y = horizon * rng.uniform(0.2, 0.42)
        box = (x, y, x + w, y + h)
        if not any(overlaps(box, other) for other in avoid):
            break
    else:
        return
    draw = ImageDraw.Draw(image)
    if rng.random() < 0.55:
        wood = scale((120, 84, 56), ambient)
        pad = w * 0.07
        draw.rectangle(box, fill=wood)
        inner = (x + pad, y + pad, x + w - pad, y + h - pad)
        draw.rectangle(inner, fill=scale((226, 234, 240), ambient))
        iw, ih = inner[2] - inner[0], inner[3] - inner[1]
        ridge = [(0.0, 0.6), (0.4, 0.35), (0.7, 0.55), (1.0, 0.45)]
        draw.polygon([(inner[0], inner[3]), *[(inner[0] + iw * fx, inner[1] + ih * fy) for fx, fy in ridge],
                      (inner[2], inner[3])], fill=scale((110, 150, 120), ambient))
        r = iw * 0.09
        draw.ellipse((inner[0] + iw * 0.72 - r, inner[1] + ih * 0.25 - r, inner[0] + iw * 0.72 + r,
                      inner[1] + ih * 0.25 + r), fill=scale((240, 190, 90), ambient))
        return
    shelf_y = y + h
    draw.rectangle((x, shelf_y, x + w, shelf_y + h * 0.07), fill=scale((140, 98, 64), ambient))
    bx = x + w * 0.06
    books: tuple[RGB, ...] = ((180, 60, 50), (60, 100, 160), (220, 180, 80), (90, 140, 90), (150, 90, 140))
    while bx < x + w * 0.7:
        bw, bh = w * rng.uniform(0.05, 0.08), h * rng.uniform(0.45, 0.7)
        draw.rectangle((bx, shelf_y - bh, bx + bw, shelf_y), fill=scale(books[rng.randrange(len(books))], ambient))
        bx += bw * 1.08
    pot = scale((200, 110, 80), ambient)
    px = x + w * 0.82
    draw.polygon([(px - w * 0.06, shelf_y - h * 0.2), (px + w * 0.06, shelf_y - h * 0.2), (px + w * 0.045, shelf_y),
                  (px - w * 0.045, shelf_y)], fill=pot)
    leaf = scale((70, 140, 70), ambient)
    for dx in (-0.07, 0.0, 0.07):
        draw.ellipse((px + w * dx - w * 0.045, shelf_y - h * 0.5, px + w * dx + w * 0.045, shelf_y - h * 0.18),
                     fill=leaf)


def window_light(image: Image.Image, light: Light, window: PixelBox, horizon: int) -> None:
    """Daylight from the window falling on the floor as a soft bright patch."""
    if light.sun is None or light.ambient[0] < 0.7:
        return
    x0, _, x1, _ = window
    height = image.height
    spread = (x1 - x0) * 0.6
    patch = [(x0, horizon + 2), (x1, horizon + 2), (x1 + spread, min(height, horizon + (height - horizon) * 0.7)),
             (x0 + spread * 0.4, min(height, horizon + (height - horizon) * 0.7))]
    ImageDraw.Draw(image, "RGBA").polygon(patch, fill=(*mix(light.sun, (255, 255, 255), 0.4), 38))


def window_box(box: Box | None, size: tuple[int, int], horizon: int, avoid: list[PixelBox],
               rng: random.Random) -> PixelBox:
    """The plan's window in pixels, or a place for one on the wall that keeps clear of the text."""
    width, height = size
    if box is not None:
        return (box[0] * width, box[1] * height, box[2] * width, box[3] * height)
    w, h = width * 0.22, horizon * 0.46
    for _ in range(12):
        x = rng.choice((0.08, 0.7)) * width + rng.uniform(-0.03, 0.03) * width
        candidate = (x, horizon * 0.22, x + w, horizon * 0.22 + h)
        if not any(overlaps(candidate, other) for other in avoid):
            return candidate
    return (width * 0.7, horizon * 0.22, width * 0.7 + w, horizon * 0.22 + h)
