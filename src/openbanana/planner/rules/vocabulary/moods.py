"""Mood and style words ("cozy", "neon", "vintage"): the colours, type, effects and light each gives a picture."""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.plan import RGB, FontName


@dataclass(frozen=True)
class Mood:
    """What a mood or style word does to the picture."""

    colors: tuple[RGB, ...]  # background stops, top to bottom
    tags: tuple[str, ...] = ()
    font: FontName | None = None
    effects: tuple[str, ...] = ()
    vignette: float = 0.15
    glow: float = 0.35
    ground: RGB | None = None


MOODS: dict[str, Mood] = {
    "sunset": Mood(((255, 94, 77), (255, 170, 90), (90, 40, 120)), ("warm", "glow"), effects=("sun",), glow=0.2),
    "sunrise": Mood(((255, 200, 150), (255, 140, 120), (120, 160, 220)), ("warm",), effects=("sun",), glow=0.2),
    "dusk": Mood(((40, 40, 100), (200, 90, 110)), ("warm", "dark"), vignette=0.25),
    "night": Mood(((8, 12, 40), (30, 30, 80)), ("dark", "stars"), effects=("stars", "moon"), vignette=0.3,
                  glow=0.25),
    "midnight": Mood(((5, 5, 25), (25, 25, 60)), ("dark",), effects=("stars",), vignette=0.3, glow=0.2),
    "starry": Mood(((8, 10, 35), (40, 30, 90)), ("dark", "stars"), effects=("stars",), vignette=0.25),
    "neon": Mood(((20, 0, 40), (120, 0, 160)), ("neon", "dark"), "condensed", vignette=0.35, glow=0.4),
    "cyberpunk": Mood(((15, 0, 35), (0, 140, 170)), ("neon", "dark"), "condensed", vignette=0.35),
    "synthwave": Mood(((25, 0, 50), (255, 60, 160), (255, 170, 60)), ("neon", "retro"), "condensed",
                      effects=("sun", "stars")),
    "pastel": Mood(((255, 214, 224), (200, 230, 255)), ("soft",), "rounded", vignette=0.0, glow=0.3),
    "cute": Mood(((255, 222, 235), (255, 240, 200)), ("soft", "playful"), "rounded", vignette=0.0),
    "kawaii": Mood(((255, 215, 235), (215, 235, 255)), ("soft", "playful"), "rounded", vignette=0.0),
    "playful": Mood(((255, 236, 140), (140, 220, 255)), ("playful", "bright"), "rounded", ("confetti",), 0.0),
    "kids": Mood(((255, 240, 150), (150, 225, 255)), ("playful", "bright"), "rounded", vignette=0.0),
    "minimal": Mood(((245, 245, 240), (230, 230, 225)), ("minimal",), "sans-medium", vignette=0.0, glow=0.0),
    "minimalist": Mood(((245, 245, 240), (230, 230, 225)), ("minimal",), "sans-medium", vignette=0.0, glow=0.0),
    "clean": Mood(((250, 250, 250), (235, 238, 242)), ("minimal",), "sans-medium", vignette=0.0, glow=0.1),
    "modern": Mood(((240, 242, 246), (210, 218, 230)), ("minimal",), "display", vignette=0.05, glow=0.2),
    "corporate": Mood(((235, 241, 250), (190, 208, 235)), ("minimal", "professional"), "display", vignette=0.0),
    "professional": Mood(((235, 241, 250), (190, 208, 235)), ("minimal", "professional"), "display",
                         vignette=0.0),
    "vintage": Mood(((222, 196, 150), (160, 120, 80)), ("vintage",), "serif-bold", vignette=0.35),
    "retro": Mood(((255, 190, 110), (220, 90, 70)), ("vintage",), "serif-bold", vignette=0.25),
    "rustic": Mood(((200, 170, 130), (120, 85, 55)), ("vintage", "natural"), "serif-bold", vignette=0.3),
    "dramatic": Mood(((15, 15, 20), (70, 60, 70)), ("dramatic", "dark"), "condensed", vignette=0.45, glow=0.55),
    "cinematic": Mood(((10, 20, 30), (60, 70, 80)), ("dramatic", "dark"), "condensed", vignette=0.5, glow=0.5),
    "moody": Mood(((25, 28, 35), (70, 75, 85)), ("dramatic", "dark"), "serif-display", vignette=0.45, glow=0.4),
    "noir": Mood(((5, 5, 5), (60, 60, 60)), ("dramatic", "dark", "mono"), "serif-display", vignette=0.55, glow=0.5),
    "stormy": Mood(((40, 45, 60), (90, 95, 110)), ("dramatic",), effects=("rain",), vignette=0.4),
    "rainy": Mood(((70, 80, 95), (120, 130, 140)), ("cool",), effects=("rain",), vignette=0.3),
    "foggy": Mood(((200, 205, 210), (160, 165, 170)), ("soft",), vignette=0.1, glow=0.1),
    "spooky": Mood(((20, 10, 30), (70, 30, 60)), ("dark",), "serif-display", ("stars", "moon"), 0.45),
    "halloween": Mood(((30, 10, 40), (200, 90, 20)), ("dark",), "serif-display", ("moon",), 0.4),
    "fancy": Mood(((30, 20, 30), (90, 60, 40)), ("elegant",), "serif-display", vignette=0.4, glow=0.5,
                  ground=(60, 35, 30)),
    "elegant": Mood(((25, 20, 30), (80, 60, 70)), ("elegant",), "serif-display", vignette=0.4, glow=0.5),
    "luxury": Mood(((15, 12, 10), (70, 55, 30)), ("elegant",), "serif-display", vignette=0.45, glow=0.5),
    "luxurious": Mood(((15, 12, 10), (70, 55, 30)), ("elegant",), "serif-display", vignette=0.45, glow=0.5),
    "romantic": Mood(((255, 200, 210), (180, 80, 120)), ("warm", "elegant"), "serif-italic", ("sparkles",)),
    "wedding": Mood(((255, 250, 245), (235, 215, 210)), ("elegant", "soft"), "serif-display", ("sparkles",), 0.05),
    "cozy": Mood(((255, 214, 170), (170, 100, 70)), ("warm",), "serif-bold", vignette=0.3, glow=0.5),
    "warm": Mood(((255, 220, 170), (230, 140, 90)), ("warm",), vignette=0.2),
    "cool": Mood(((200, 230, 255), (120, 170, 220)), ("cool",), vignette=0.15),
    "dreamy": Mood(((220, 200, 255), (255, 210, 235)), ("soft", "glow"), "serif-italic", ("sparkles",), 0.1),
    "magical": Mood(((40, 20, 90), (150, 80, 200)), ("glow",), "serif-display", ("sparkles", "stars"), 0.3),
    "futuristic": Mood(((5, 15, 40), (20, 120, 180)), ("neon", "tech"), "geometric", vignette=0.3),
    "tech": Mood(((10, 20, 45), (40, 80, 160)), ("tech",), "geometric", vignette=0.25),
    "forest": Mood(((150, 200, 160), (70, 130, 80)), ("natural",), ground=(50, 100, 50)),
    "ocean": Mood(((120, 200, 240), (40, 140, 200)), ("natural", "cool"), ground=(20, 110, 170)),
    "underwater": Mood(((20, 140, 200), (5, 40, 90)), ("cool",), effects=("bubbles",), vignette=0.3),
    "tropical": Mood(((90, 210, 240), (255, 220, 150)), ("bright",), "rounded"),
    "beach": Mood(((120, 200, 245), (200, 235, 250)), ("bright",)),
    "desert": Mood(((255, 200, 130), (250, 230, 190)), ("warm",), ground=(225, 180, 120)),
    "winter": Mood(((210, 230, 250), (160, 190, 230)), ("cool",), effects=("snow",), ground=(235, 242, 250)),
    "snowy": Mood(((220, 232, 248), (180, 200, 230)), ("cool",), effects=("snow",), ground=(240, 245, 252)),
    "christmas": Mood(((150, 20, 30), (20, 80, 40)), ("festive", "warm"), "serif-display", ("snow",), 0.3),
    "autumn": Mood(((250, 200, 140), (200, 110, 40)), ("warm",), "serif-bold", ground=(170, 90, 40)),
    "fall": Mood(((250, 200, 140), (200, 110, 40)), ("warm",), "serif-bold", ground=(170, 90, 40)),
    "spring": Mood(((200, 240, 200), (250, 220, 235)), ("soft",), "rounded", ground=(120, 190, 90)),
    "summer": Mood(((255, 220, 100), (90, 190, 240)), ("bright",), "rounded"),
    "space": Mood(((0, 0, 10), (30, 10, 60)), ("dark", "stars"), "geometric", ("stars",), 0.3, 0.3),
    "cosmic": Mood(((10, 0, 30), (60, 20, 100)), ("dark", "stars"), "geometric", ("stars", "sparkles"), 0.3),
    "galaxy": Mood(((10, 0, 30), (80, 30, 120)), ("dark", "stars"), "geometric", ("stars",), 0.3),
    "gemini": Mood(((40, 60, 160), (130, 80, 220), (230, 120, 200)), ("glow",), effects=("sparkles",), glow=0.5),
    "happy": Mood(((255, 230, 120), (255, 170, 120)), ("bright",), "rounded", vignette=0.0),
    "cheerful": Mood(((255, 230, 120), (130, 210, 255)), ("bright",), "rounded", vignette=0.0),
    "festive": Mood(((255, 90, 90), (255, 200, 80)), ("festive", "bright"), "rounded", ("confetti",), 0.1),
    "party": Mood(((120, 40, 200), (255, 80, 140)), ("festive", "bright"), "rounded", ("confetti",), 0.15),
    "celebration": Mood(((120, 40, 200), (255, 80, 140)), ("festive",), "rounded", ("confetti",), 0.15),
    "birthday": Mood(((255, 200, 220), (180, 210, 255)), ("festive", "playful"), "rounded", ("confetti",), 0.05),
    "dark": Mood(((10, 10, 14), (40, 40, 48)), ("dark",), vignette=0.35, glow=0.35),
    "bright": Mood(((255, 250, 235), (220, 240, 255)), ("bright",), vignette=0.0),
    "sale": Mood(((255, 70, 60), (255, 160, 40)), ("bold", "bright"), "condensed", vignette=0.1),
    "sport": Mood(((20, 40, 90), (0, 120, 200)), ("bold",), "condensed", vignette=0.25),
    "sports": Mood(((20, 40, 90), (0, 120, 200)), ("bold",), "condensed", vignette=0.25),
}
