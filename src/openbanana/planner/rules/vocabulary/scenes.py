"""Place words ("beach", "cafe", "forest"): the ground, horizon, sky and props that make each place recognisable."""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.plan import RGB, SceneKind


@dataclass(frozen=True)
class Scene:
    """A place word: what the ground is, where the horizon sits, and what props stand in it."""

    kind: SceneKind
    horizon: float = 0.68
    ground: RGB | None = None
    sky: tuple[RGB, ...] = ()
    props: tuple[str, ...] = ()  # pictograms that make the place recognisable (small, beside the subjects)
    effects: tuple[str, ...] = ()


SCENES: dict[str, Scene] = {
    "restaurant": Scene("table", 0.66, (95, 55, 40), ((70, 40, 45), (150, 95, 70)), ("🍷", "🕯")),
    "bistro": Scene("table", 0.66, (110, 70, 45), ((90, 60, 50), (170, 120, 80)), ("🍷",)),
    "cafe": Scene("table", 0.66, (150, 105, 70), ((230, 210, 185), (190, 150, 120)), ("☕", "🥐")),
    "coffee shop": Scene("table", 0.66, (150, 105, 70), ((230, 210, 185), (190, 150, 120)), ("☕",)),
    "kitchen": Scene("table", 0.64, (200, 170, 130), ((240, 235, 225), (215, 205, 190)), ("🍳",)),
    "table": Scene("table", 0.64, (160, 110, 70)),
    "desk": Scene("table", 0.64, (175, 130, 90), ((235, 235, 230), (205, 210, 215)), ("💻",)),
    "office": Scene("floor", 0.7, (160, 160, 165), ((235, 240, 245), (205, 215, 225)), ("🪴",)),
    "room": Scene("floor", 0.72, (170, 140, 110), ((240, 232, 220), (215, 200, 185))),
    "bedroom": Scene("floor", 0.72, (170, 140, 110), ((235, 225, 240), (210, 195, 215)), ("🛏",)),
    "living room": Scene("floor", 0.72, (170, 140, 110), ((240, 232, 220), (215, 200, 185)), ("🛋", "🪴")),
    "studio": Scene("floor", 0.74, (200, 200, 200), ((245, 245, 245), (215, 215, 215))),
    "stage": Scene("stage", 0.74, (45, 30, 35), ((20, 10, 20), (70, 20, 40)), ("🎤",)),
    "concert": Scene("stage", 0.74, (45, 30, 35), ((20, 10, 30), (90, 20, 80)), ("🎸",), ("confetti",)),
    "beach": Scene("sea", 0.55, (20, 130, 190), ((110, 195, 245), (200, 235, 250)), ("🌴", "⛱")),
    "sea": Scene("sea", 0.58, (20, 110, 170), ((120, 195, 240), (205, 232, 250))),
    "ocean": Scene("sea", 0.58, (15, 100, 165), ((120, 195, 240), (205, 232, 250))),
    "lake": Scene("sea", 0.6, (50, 120, 150), ((150, 200, 235), (220, 236, 245)), ("🌲",)),
    "island": Scene("sea", 0.6, (20, 140, 190), ((100, 200, 245), (210, 240, 250)), ("🌴",)),
    "underwater": Scene("water", 1.0, None, ((20, 140, 200), (5, 40, 90)), ("🐠",), ("bubbles",)),
    "field": Scene("ground", 0.6, (110, 170, 70), ((140, 200, 245), (220, 238, 250)), ("🌼",)),
    "meadow": Scene("ground", 0.6, (110, 175, 80), ((140, 200, 245), (220, 238, 250)), ("🌼", "🌷")),
    "park": Scene("ground", 0.62, (100, 165, 75), ((140, 200, 245), (220, 238, 250)), ("🌳",)),
    "garden": Scene("ground", 0.62, (95, 160, 70), ((150, 205, 245), (225, 240, 250)), ("🌷", "🌻")),
    "farm": Scene("ground", 0.6, (130, 170, 70), ((140, 200, 245), (225, 240, 250)), ("🌾",)),
    "forest": Scene("ground", 0.66, (50, 100, 50), ((160, 210, 190), (90, 150, 110)), ("🌲", "🌳")),
    "jungle": Scene("ground", 0.66, (40, 110, 50), ((120, 200, 150), (60, 140, 80)), ("🌴", "🌿")),
    "mountain": Scene("ground", 0.68, (90, 120, 90), ((150, 200, 240), (230, 240, 250)), ("🏔",)),
    "mountains": Scene("ground", 0.68, (90, 120, 90), ((150, 200, 240), (230, 240, 250)), ("🏔",)),
    "desert": Scene("ground", 0.62, (225, 180, 120), ((255, 200, 130), (250, 230, 190)), ("🌵",)),
    "snow": Scene("ground", 0.64, (240, 245, 252), ((190, 215, 240), (230, 240, 250)), (), ("snow",)),
    "street": Scene("floor", 0.7, (90, 90, 100), ((180, 200, 225), (225, 230, 240)), ("🏢",)),
    "city": Scene("floor", 0.72, (80, 85, 95), ((150, 180, 220), (220, 225, 240)), ("🏙",)),
    "town": Scene("floor", 0.72, (120, 110, 100), ((150, 195, 235), (225, 235, 245)), ("🏘",)),
    "sky": Scene("sky", 1.0, None, ((90, 160, 240), (200, 230, 255)), ("☁",)),
    "space": Scene("none", 1.0, None, ((0, 0, 10), (30, 10, 60)), ("🪐",), ("stars",)),
}
