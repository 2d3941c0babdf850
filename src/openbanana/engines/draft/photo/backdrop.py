"""Replace what is behind the subject: a drawn place, a colour, a studio grey, white, or the photo itself blurred
or in black and white.

The subject is the people in the photo (selfie segmentation, checked by a face), else its main subject (GrabCut
seeded by saliency); its pixels are kept exactly, only the edge is blended, and a drawn place is softened a little
as a lens would, so the subject stands in front of it.
"""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, Mask, blend, f32, feather, resize_to, rgb_array, shrink, u8
from openbanana.engines.draft.world.painter import paint_world
from openbanana.plan import RGB, Background
from openbanana.scene import Backdrop, Terrain, TimeOfDay

PLACES: dict[str, tuple[tuple[RGB, ...], str, Terrain, Backdrop, TimeOfDay | None, tuple[str, ...]]] = {
    # name: sky colours, ground kind, terrain, backdrop, time of day, effects
    "beach": (((112, 178, 232), (186, 222, 246)), "sea", "sand", "sea", "day", ("sun",)),
    "sea": (((112, 178, 232), (186, 222, 246)), "sea", "water", "sea", "day", ("sun",)),
    "forest": (((150, 200, 235), (214, 232, 240)), "ground", "grass", "forest", "day", ()),
    "park": (((140, 196, 240), (210, 232, 246)), "ground", "grass", "hills", "day", ("sun",)),
    "mountains": (((104, 160, 222), (200, 222, 240)), "ground", "grass", "mountains", "day", ()),
    "snow": (((170, 196, 222), (230, 236, 242)), "ground", "snow", "mountains", "day", ("snow",)),
    "desert": (((120, 176, 228), (240, 222, 190)), "ground", "sand", "dunes", "day", ("sun",)),
    "city": (((120, 160, 210), (220, 200, 190)), "ground", "road", "city", "afternoon", ()),
    "space": (((6, 8, 26), (24, 20, 60)), "none", "space", "none", "night", ("stars",)),
    "night": (((10, 16, 44), (40, 50, 96)), "ground", "grass", "hills", "night", ("stars", "moon")),
    "sunset": (((60, 50, 120), (250, 150, 90), (255, 210, 140)), "sea", "water", "sea", "sunset", ("sun",)),
    "room": (((232, 224, 212), (214, 204, 190)), "floor", "floor", "room", None, ()),
    "underwater": (((20, 90, 140), (40, 150, 180)), "water", "underwater", "none", None, ("bubbles",)),
    "stage": (((30, 20, 40), (80, 40, 70)), "stage", "stage", "none", "night", ()),
}


PLANKS = 6.5  # planks across the frame's height
WOOD = (150, 102, 62)  # a mid oak brown


def separate(rgb: U8, people: Mask | None, has_face: bool, subject: Mask | None) -> Mask | None:
    """The subject to keep: the people when a face confirms them, else the main subject; None when neither."""
    if people is not None and has_face and float((people > 0.5).mean()) > 0.02:
        return people
    return subject


def new_background(name: str, color: RGB | None, rgb: U8, keep: Mask, rng: random.Random) -> U8:
    height, width = rgb.shape[:2]
    if name == "blur":  # a strong blur, so made on a quarter-size copy; the subject is held back from it
        small, away = shrink(rgb, 512).astype(np.float32), 1 - shrink(keep, 512)
        sigma = small.shape[1] / 60
        weight = cv2.GaussianBlur(away, (0, 0), sigma) + 1e-4
        blurred = cv2.GaussianBlur(small * away[..., None], (0, 0), sigma) / weight[..., None]
        return u8(resize_to(f32(blurred), width, height))
    if name == "grayscale":  # a colour splash: the subject in colour, the rest of the photo in grey
        return np.repeat(u8(rgb.astype(np.float32) @ np.asarray([0.3, 0.59, 0.11], np.float32))[..., None], 3, axis=2)
    if name == "wood":
        return wood(width, height, rng)
    if color is not None or name in ("white", "studio", "plain"):
        base = color or ((246, 246, 246) if name == "white" else (128, 132, 138))
        ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
        light = 1.08 - 0.22 * np.hypot(xs / width - 0.5, ys / height - 0.42)  # a studio sweep: lit behind the head
        if name == "white":
            light = np.ones_like(light)
        return u8(np.asarray(base, np.float32) * light[..., None])
    colors, scene, terrain, backdrop, time_of_day, effects = PLACES.get(name, PLACES["park"])
    background = Background("gradient", colors, scene=scene, horizon=0.62, terrain=terrain,  # type: ignore[arg-type]
                            backdrop=backdrop, time_of_day=time_of_day, effects=effects)
    drawn = rgb_array(paint_world(background, (width, height), rng).image)
    return u8(cv2.GaussianBlur(drawn, (0, 0), max(0.8, width / 700)))


def wood(width: int, height: int, rng: random.Random) -> U8:
    """Wooden boards running across the frame: each plank its own warm brown, with wavy grain, knots of darker
    rings and a dark seam between planks; drawn at most 768 px wide and scaled up."""
    scale = min(1.0, 768 / max(width, height))
    w, h = max(8, round(width * scale)), max(8, round(height * scale))
    noise = np.random.default_rng(rng.randrange(2**32))
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    plank = max(6.0, h / PLANKS)
    index = (ys // plank).astype(np.int32)
    tones = noise.uniform(0.82, 1.12, int(index.max()) + 1).astype(np.float32)[index]
    warp = f32(cv2.GaussianBlur(noise.normal(0, 1, (h, w)).astype(np.float32), (0, 0), w / 40)) * w / 8
    grain = 0.9 + 0.1 * np.sin((ys + warp + xs * 0.02) * (2 * np.pi / max(2.0, plank / 3.5)))
    fibre = f32(cv2.GaussianBlur(noise.normal(0, 1, (h, w)).astype(np.float32), (0, 0), max(1.0, w / 90), sigmaY=0.6))
    seam = np.clip(np.abs(ys - (index + 0.5) * plank) / (plank / 2), 0, 1) ** 10  # 1 at the seams
    shade = tones * grain * (1 + 0.05 * fibre) * (1 - 0.45 * seam)
    board = np.asarray(WOOD, np.float32) * shade[..., None]
    return u8(resize_to(f32(board), width, height))


def replace_background(rgb: U8, keep: Mask, name: str, color: RGB | None, rng: random.Random) -> U8:
    """The subject in `keep` over the new background; pixels the mask holds fully are left exactly as they were."""
    behind = new_background(name, color, rgb, keep, rng)
    alpha = np.clip((feather(keep, max(0.8, rgb.shape[1] / 1200)) - 0.08) / 0.84, 0, 1)
    alpha[keep > 0.97] = 1.0
    return blend(behind, rgb, alpha)
