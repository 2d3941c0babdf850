"""Find what an edit names: a person by their face, the sky, a thing by its colour or its place, or the main subject.

Each finding says how it was found and whether it is the named thing (a face for "the man", the red pixels for "the
red car") or a stand-in (the main subject for "the car", which no detector here can recognise); callers only act on
a stand-in where that is safe, and the answer then says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from openbanana.engines.draft.photo.arrays import U8, Mask, feather, largest_component, resize_to, shrink, u8
from openbanana.engines.draft.photo.faces import Face, find_cat_faces, find_faces
from openbanana.engines.draft.photo.scenery import find_water
from openbanana.engines.draft.photo.segmentation import people_mask, subject_mask
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.things import fills_frame, pick_thing
from openbanana.plan import RGB
from openbanana.scene import Placement

PEOPLE = frozenset({"person", "man", "woman", "boy", "girl", "child", "kid", "baby", "people", "guy", "lady", "he",
                    "she", "him", "her", "them", "they", "face", "faces", "astronaut", "someone", "somebody",
                    "everyone", "me", "us", "men", "women", "children", "kids", "persons", "gentleman", "player",
                    "his", "their", "friend", "husband", "wife", "mother", "father", "mom", "dad", "son",
                    "daughter", "brother", "sister", "grandma", "grandpa", "girlfriend", "boyfriend", "bride",
                    "groom", "teenager", "student", "worker", "tourist", "pilot"})
CATS = frozenset({"cat", "cats", "kitten", "kitty"})
HAIR = frozenset({"hair", "hairs", "fringe", "bangs"})
CLOTHES = frozenset({"shirt", "t-shirt", "tshirt", "dress", "suit", "jacket", "top", "sweater", "jumper", "coat",
                     "hoodie", "blouse", "outfit", "clothes", "uniform", "spacesuit", "vest", "cardigan", "gown"})
SKY = frozenset({"sky", "clouds", "cloud", "heavens"})
WATER = frozenset({"water", "lake", "sea", "ocean", "river", "pond", "bay", "waves"})
# Parts of a thing ("the cat's eyes", "the car's wheels"): never stood in for by the whole main subject.
PARTS = frozenset({"eye", "eyes", "nose", "ear", "ears", "mouth", "lips", "teeth", "tongue", "paw", "paws", "tail",
                   "nails", "wheel", "wheels", "tyres", "tires", "door", "doors", "window", "windows", "roof",
                   "handle", "logo", "label", "collar", "beak", "wings", "legs", "leg", "arm", "arms", "hand",
                   "hands", "feet", "foot", "petals", "leaves", "stem", "screen", "seat", "lid"})
# What things stand on or in front of (the table under the cup): never the main subject, so never stood in for by it.
SURFACES = frozenset({"table", "desk", "floor", "wall", "walls", "ground", "road", "street", "grass", "lawn", "carpet",
                      "rug", "counter", "tablecloth", "background", "backdrop", "sand", "field", "ceiling"})
REGIONS: dict[str, tuple[float, float, float, float]] = {
    "left": (0.0, 0.0, 0.5, 1.0), "right": (0.5, 0.0, 1.0, 1.0), "top": (0.0, 0.0, 1.0, 0.5),
    "bottom": (0.0, 0.5, 1.0, 1.0), "center": (0.2, 0.15, 0.8, 0.85), "top_left": (0.0, 0.0, 0.55, 0.55),
    "top_right": (0.45, 0.0, 1.0, 0.55), "bottom_left": (0.0, 0.45, 0.55, 1.0),
    "bottom_right": (0.45, 0.45, 1.0, 1.0),
}
MIN_SHARE, MAX_SHARE = 0.003, 0.75
BEHIND_AREA = 0.5  # a face this much smaller than the largest one is someone further back


@dataclass(frozen=True)
class Found:
    mask: Mask  # at the photo's size
    exact: bool  # the named thing itself, not a stand-in for it
    how: str  # "its face", "its colour", "the main subject", …
    face: Face | None = None
    others: Mask | None = None  # things like it that a fill must not borrow from (the other coins)


def head_noun(target: str) -> str:
    """The last word of the target that is not a position or what it has ("the man on the left", "the man with the
    camera" → "man")."""
    words = re.findall(r"[a-z]+", re.split(r" (?:on|in|with|holding|wearing) (?:the|a|an|his|her|their) ",
                                           target.lower())[0])
    skip = {"the", "a", "an", "this", "that", "these", "those", "my", "his", "her", "their", "its", "our", "your"}
    kept = [w for w in words if w not in skip]
    return kept[-1] if kept else ""


def findable(target: str) -> bool:
    """Whether what the target names is something this module can find by itself (without a colour or place)."""
    noun = head_noun(target)
    return noun in PEOPLE or noun in SKY or noun in CATS or noun in HAIR or noun in CLOTHES or noun in WATER


def is_people(target: str) -> bool:
    return head_noun(target) in PEOPLE


def choose_face(faces: list[Face], placement: Placement, width: int, height: int) -> Face | None:
    """The face at the named place (the leftmost for "left", …), else the largest."""
    if not faces:
        return None
    if placement in ("left", "top_left", "bottom_left"):
        return min(faces, key=lambda f: f.centre[0])
    if placement in ("right", "top_right", "bottom_right"):
        return max(faces, key=lambda f: f.centre[0])
    if placement == "center":
        return min(faces, key=lambda f: abs(f.centre[0] - width / 2) + abs(f.centre[1] - height / 2))
    return faces[0]


def find_target(rgb: U8, target: str, color: RGB | None, placement: Placement, *,
                stand_in: bool) -> Found | None:
    """The named thing's mask, or None when it cannot be found (or only guessed and `stand_in` is False)."""
    noun = head_noun(target)
    if noun in HAIR or noun in CLOTHES:
        return find_worn(rgb, placement, hair=noun in HAIR)
    if noun in PEOPLE:
        return find_person(rgb, placement, whole=noun not in ("face", "faces"), behind=in_background(target))
    if noun in SKY:
        sky = find_sky(rgb)
        return Found(sky.mask, True, "its colour and smoothness") if sky is not None else None
    if noun in WATER and color is None:
        water = find_water(rgb, find_sky(rgb))
        return Found(water.mask, True, "its smoothness and colour, below the sky") if water is not None else None
    if color is not None:
        found = find_by_color(rgb, color, placement)
        if found is not None:
            return found
        return None
    if noun in CATS:
        cats = find_cat_faces(rgb)
        if cats:
            x0, y0, x1, y1 = cats[0].box
            w, h = rgb.shape[1], rgb.shape[0]
            within = (max(0, x0 - (x1 - x0)) / w, max(0, y0 - (y1 - y0) * 0.5) / h,
                      min(w, x1 + (x1 - x0)) / w, min(h, y1 + (y1 - y0) * 3) / h)
            mask = subject_mask(rgb, within)
            if mask is not None:
                return Found(mask, True, "its face", cats[0])
    picked = pick_thing(rgb, target, placement)  # "the biggest coin", "the coin in the middle": one of several
    if picked is not None:
        return Found(picked.mask, False, picked.how, others=picked.others)
    if stand_in and fills_frame(rgb, noun):  # "the wall" in a photo of bricks: all of it
        return Found(np.ones(rgb.shape[:2], np.float32), False, "the texture that fills the whole")
    if placement != "auto" and (stand_in or noun in ("thing", "object", "it", "one")):
        mask = _subject_at(rgb, placement)
        return Found(mask, False, "the most prominent thing there") if mask is not None else None
    if stand_in and may_stand_in(rgb, target):
        mask = subject_mask(rgb)
        return Found(mask, False, "the main subject") if mask is not None else None
    return None


def may_stand_in(rgb: U8, target: str) -> bool:
    """Whether the main subject may stand in for the target: a whole thing (not a part, "the cat's eyes", nor what
    things stand on, "the table") in a photo without people (with them, the main subject is a person)."""
    return head_noun(target) not in PARTS | SURFACES and "'s " not in target and not find_faces(rgb)


def _subject_at(rgb: U8, placement: Placement) -> Mask | None:
    """The main subject if it stands in the named part of the photo, else the most prominent thing inside it."""
    whole = subject_mask(rgb)
    if whole is not None:
        ys, xs = np.nonzero(whole > 0.5)
        x0, y0, x1, y1 = REGIONS[placement]
        cx, cy = xs.mean() / rgb.shape[1], ys.mean() / rgb.shape[0]
        if x0 <= cx <= x1 and y0 <= cy <= y1:
            return whole
    return subject_mask(rgb, REGIONS[placement])


def in_background(target: str) -> bool:
    """Whether the target is someone behind the photo's subject ("the person in the background")."""
    return bool(re.search(r"\bbackground\b", target))


def find_person(rgb: U8, placement: Placement, *, whole: bool, behind: bool = False) -> Found | None:
    """One person (the one at `placement`): their whole figure, or only their face when `whole` is False. `behind`:
    only someone clearly further back than the photo's main person (a face under half the largest one's area), so
    "the person in the background" is never the subject of a portrait."""
    height, width = rgb.shape[:2]
    faces = find_faces(rgb)
    if behind and faces:
        largest = _area(faces[0])
        faces = [f for f in faces[1:] if _area(f) < BEHIND_AREA * largest]
    face = choose_face(faces, placement, width, height)
    if face is None:
        return None
    if not whole:
        return Found(face_mask(face, width, height), True, "the face detector", face)
    people = people_mask(rgb)
    if people is None:  # no segmentation model: GrabCut, sure of the face and hoping for a body below it
        x0, y0, x1, _ = face.box
        fw = x1 - x0
        within = (max(0, x0 - fw * 1.6) / width, max(0, y0 - fw * 0.6) / height, min(width, x1 + fw * 1.6) / width,
                  1.0)
        seed = np.zeros((height, width), np.float32)
        seed[int(face.chin[1]):, int(max(0, x0 - fw * 0.6)):int(min(width, x1 + fw * 0.6))] = 0.5
        seed = np.maximum(seed, face_mask(face, width, height))
        mask = subject_mask(rgb, within, seed)
        return Found(mask, True, "the face detector", face) if mask is not None else None
    figure = _figure_of(people, face, width)
    if behind:  # a small figure far back is segmented faintly: take its whole head and a margin round it
        figure = _grown(np.maximum(figure, face_mask(face, width, height)), face.width * 0.25)
    return Found(figure, True, "the face detector and the person mask", face)


def _grown(mask: Mask, pixels: float) -> Mask:
    size = max(3, int(pixels) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    return np.asarray(cv2.dilate((mask > 0.3).astype(np.float32), kernel), np.float32)


def _area(face: Face) -> float:
    return (face.box[2] - face.box[0]) * (face.box[3] - face.box[1])


def find_worn(rgb: U8, placement: Placement, *, hair: bool) -> Found | None:
    """A person's hair (above and beside the face) or clothes (below the chin): their figure in that band, less the
    pixels of their skin's colour."""
    person = find_person(rgb, placement, whole=True)
    if person is None or person.face is None:
        return None
    face = person.face
    height, width = rgb.shape[:2]
    tall = abs(face.chin[1] - face.forehead[1])
    ys = np.arange(height, dtype=np.float32)[:, None]
    xs = np.arange(width, dtype=np.float32)[None, :]
    if hair:
        band = (ys < face.eye_left[1] + tall * 0.1) & (np.abs(xs - face.centre[0]) < face.width * 0.95)
    else:
        band = np.broadcast_to(ys > face.chin[1] + tall * 0.12, (height, width))
    skin = _skin_likeness(rgb, face)
    region = person.mask * band * (1 - skin) * (1 - face_mask(face, width, height) * (0.0 if not hair else 1.0))
    region = np.asarray(region, np.float32)
    if float((region > 0.5).mean()) < MIN_SHARE:
        return None
    return Found(region, True, "the person's " + ("hair" if hair else "clothes"), face)


def _skin_likeness(rgb: U8, face: Face) -> Mask:
    """How close each pixel is to the colour of the face's cheeks (1: skin)."""
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB).astype(np.float32)
    samples = []
    for px, py in (face.cheek_left, face.cheek_right, face.nose):
        x = int(min(rgb.shape[1] - 1, max(0, (px + face.nose[0]) / 2)))
        y = int(min(rgb.shape[0] - 1, max(0, py)))
        samples.append(lab[y, x])
    skin = np.median(np.asarray(samples), axis=0)
    distance = np.linalg.norm(lab - skin, axis=2)
    return np.asarray(np.clip((24 - distance) / 10, 0, 1), np.float32)


def _figure_of(people: Mask, face: Face, width: int) -> Mask:
    """The connected part of the people mask that holds this face; others' figures are cut away at the midpoints."""
    small = shrink(people, 384)
    factor = small.shape[1] / width
    solid = small > 0.5
    _count, labels = cv2.connectedComponents(solid.astype(np.uint8))
    cx, cy = (int(min(small.shape[1] - 1, face.centre[0] * factor)), int(min(small.shape[0] - 1,
                                                                             face.centre[1] * factor)))
    label = labels[cy, cx]
    if label == 0:  # the face sits on a hole: take the component nearest to it
        ys, xs = np.nonzero(labels)
        if xs.size == 0:
            return np.zeros_like(people)
        nearest = int(np.argmin((xs - cx) ** 2 + (ys - cy) ** 2))
        label = labels[ys[nearest], xs[nearest]]
    keep = resize_to((labels == label).astype(np.float32), people.shape[1], people.shape[0])
    return np.asarray(people * np.clip(keep * 1.5, 0, 1), dtype=np.float32)


def face_mask(face: Face, width: int, height: int) -> Mask:
    """An ellipse over the face, from the hairline to the chin."""
    mask = np.zeros((height, width), np.float32)
    centre = (round(face.centre[0]), round((face.forehead[1] + face.chin[1]) / 2))
    axes = (max(2, round(face.width * 0.55)), max(2, round(abs(face.chin[1] - face.forehead[1]) * 0.62)))
    cv2.ellipse(mask, centre, axes, face.roll, 0, 360, 1.0, -1, cv2.LINE_AA)
    return mask


def color_match(rgb: U8, color: RGB, tolerance: float = 22.0) -> npt.NDArray[np.float32]:
    """How well each pixel matches a named colour, in [0, 1]: by hue (within `tolerance` degrees) for colours, by
    brightness for neutrals."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV).astype(np.float32)
    hue, sat, val = hsv[..., 0] * 2, hsv[..., 1] / 255, hsv[..., 2] / 255
    target = cv2.cvtColor(np.asarray([[color]], np.uint8), cv2.COLOR_RGB2HSV)[0, 0].astype(np.float32)
    t_hue, t_sat, t_val = float(target[0]) * 2, float(target[1]) / 255, float(target[2]) / 255
    if t_sat < 0.2:
        if t_val > 0.75:
            score = np.clip((0.3 - sat) / 0.15, 0, 1) * np.clip((val - 0.62) / 0.13, 0, 1)
        elif t_val < 0.3:
            score = np.clip((0.3 - val) / 0.12, 0, 1)
        else:
            score = np.clip((0.2 - sat) / 0.1, 0, 1) * np.clip(1 - np.abs(val - t_val) / 0.25, 0, 1)
    else:
        distance = np.abs((hue - t_hue + 180) % 360 - 180)
        score = np.clip((tolerance - distance) / 10, 0, 1) * np.clip((sat - 0.3) / 0.15, 0, 1) * np.clip(
            (val - 0.12) / 0.1, 0, 1)
    return np.asarray(score, np.float32)


def find_by_color(rgb: U8, color: RGB, placement: Placement) -> Found | None:
    """The largest region of the named colour (inside the named part of the photo), holes closed."""
    small = shrink(rgb, 384)
    score = cv2.GaussianBlur(color_match(small, color), (5, 5), 0)
    solid = score > 0.5
    if placement != "auto":
        x0, y0, x1, y1 = REGIONS[placement]
        h, w = solid.shape
        region = np.zeros_like(solid)
        region[int(y0 * h):int(y1 * h), int(x0 * w):int(x1 * w)] = True
        solid &= region
    solid = cv2.morphologyEx(solid.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8)).astype(bool)
    if not solid.any():
        return None
    component = largest_component(solid)
    closed = u8(cv2.morphologyEx(component.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8)))
    share = float(closed.mean())
    if not MIN_SHARE <= share <= MAX_SHARE:
        return None
    soft = feather(closed.astype(np.float32), 1.0)
    full = np.asarray(resize_to(soft, rgb.shape[1], rgb.shape[0]), np.float32)
    detail = color_match(rgb, color)
    return Found(np.clip(np.maximum(full * 0.85, full * detail), 0, 1), True, "its colour")
