"""What a whole figure named by its role wears: a chef's whites and tall hat, a farmer's denim and straw hat, a
firefighter's red helmet, a doctor's or a scientist's white coat. The face pictogram of a role (👩‍🍳) is a bust
whose costume the body would contradict, so the figure takes the plain face and this outfit instead.
"""

from __future__ import annotations

from openbanana.engines.draft.limbs import Part
from openbanana.plan import RGB

WHITE: RGB = (216, 218, 214)  # off-white, so a white apron or coat worn over it still shows
SHIRTS: dict[str, RGB] = {"chef": WHITE, "medic": WHITE, "scientist": WHITE, "farmer": (66, 104, 160),
                          "mechanic": (56, 84, 130), "firefighter": (196, 54, 40), "office": (60, 70, 96),
                          "graduate": (30, 30, 40), "worker": (230, 150, 40)}
HATS: dict[str, RGB] = {"chef": (250, 250, 248), "farmer": (226, 190, 104), "firefighter": (206, 40, 30)}
HAT_LIFT = 0.32  # how far a hat rises above the head, in head heights


def wears_hat(role: str) -> bool:
    return role in HATS


def role_shirt(role: str) -> RGB | None:
    return SHIRTS.get(role)


def hat(role: str, left: float, width: float, head_h: float) -> list[Part]:
    """The role's hat as shapes on the figure's supersampled canvas: the head spans `left`..`left + width` and
    its top is at `head_h * HAT_LIFT` (the canvas is that much taller above it)."""
    color = HATS.get(role)
    if color is None:
        return []
    top = head_h * HAT_LIFT
    if role == "chef":  # a band on the brow and a tall puff over it
        return [(color, [("rect", (left + width * 0.2, top - head_h * 0.05, left + width * 0.8, top + head_h * 0.16)),
                         ("ellipse", (left + width * 0.12, 0.0, left + width * 0.88, top + head_h * 0.06))])]
    if role == "farmer":  # a wide brim and a low crown
        return [(color, [("ellipse", (left - width * 0.12, top + head_h * 0.02, left + width * 1.12,
                                      top + head_h * 0.16)),
                         ("rect", (left + width * 0.22, top - head_h * 0.2, left + width * 0.78,
                                   top + head_h * 0.1))])]
    return [(color, [("ellipse", (left + width * 0.02, top - head_h * 0.14, left + width * 0.98, top + head_h * 0.3)),
                     ("rect", (left - width * 0.08, top + head_h * 0.18, left + width * 1.08,
                               top + head_h * 0.27))])]  # a firefighter's helmet with its brim


def apron_parts(color: RGB, cx: float, width: float, top: float, bottom: float) -> list[Part]:
    """An apron on the figure's front (supersampled canvas): a bib from the chest down past the waist, edged in a
    darker shade so its outline shows over clothes of a like colour."""
    edge: RGB = (round(color[0] * 0.72), round(color[1] * 0.72), round(color[2] * 0.72))
    rim = width * 0.04
    panel = (cx - width / 2, top, cx + width / 2, bottom)
    return [(edge, [("rect", (panel[0] - rim, panel[1] - rim, panel[2] + rim, panel[3] + rim))]),
            (color, [("rect", panel)])]


def cape_parts(color: RGB, cx: float, shoulders: float, top: float, hem: float) -> list[Part]:
    """A cape hanging behind the figure (supersampled canvas): from the shoulders, flaring out on both sides down
    to the knees, a shade darker inside so it shows behind clothes of its own colour."""
    inside: RGB = (round(color[0] * 0.78), round(color[1] * 0.78), round(color[2] * 0.78))
    half, flare = shoulders * 0.55, shoulders * 0.95
    return [(color, [("polygon", (cx - half, top, cx + half, top, cx + flare, hem, cx - flare, hem))]),
            (inside, [("polygon", (cx - half * 0.7, top + shoulders * 0.2, cx + half * 0.7, top + shoulders * 0.2,
                                   cx + flare * 0.8, hem, cx - flare * 0.8, hem))])]
