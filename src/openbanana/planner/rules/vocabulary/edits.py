"""Edit instructions for reference images: global changes, crops, and the requests that need to understand the photo."""

from __future__ import annotations

from openbanana.plan import EditOp

# Global changes the draft engine makes to the whole reference, by the words that ask for them.
EDIT_WORDS: dict[str, EditOp] = {
    "brighter": "brighter", "brighten": "brighter", "lighter": "brighter", "darker": "darker", "darken": "darker",
    "black and white": "grayscale", "black-and-white": "grayscale", "grayscale": "grayscale",
    "greyscale": "grayscale", "monochrome": "grayscale", "b&w": "grayscale", "sepia": "sepia", "vintage": "sepia",
    "old photo": "sepia", "yellowed": "sepia", "aged paper": "sepia", "old paper": "sepia", "parchment": "sepia",
    "warmer": "warmer", "warm": "warmer", "cooler": "cooler", "cold": "cooler",
    "dramatic": "dramatic", "storm": "dramatic", "stormy": "dramatic", "moody": "dramatic",
    "blur the background": "blur_background", "blurry background": "blur_background",
    "blurred background": "blur_background", "bokeh": "blur_background", "depth of field": "blur_background",
    "vivid": "vivid", "saturated": "vivid", "colorful": "vivid", "colourful": "vivid", "more color": "vivid",
    "more colour": "vivid", "colors pop": "vivid", "colours pop": "vivid",
    "colors more vibrant": "vivid", "vibrant": "vivid", "summer": "vivid", "summery": "vivid",
    "bright summer": "brighter", "sunny day": "brighter", "muted": "muted",
    "faded": "muted", "desaturate": "muted", "washed out": "muted",
    "contrast": "contrast", "punchy": "contrast", "sharpen": "sharpen", "sharper": "sharpen", "crisp": "sharpen",
    "fix the motion blur": "sharpen", "fix the blur": "sharpen", "remove the motion blur": "sharpen",  # only
    "remove the blur": "sharpen", "reduce the blur": "sharpen", "unblur": "sharpen", "deblur": "sharpen",  # sharpened:
    "less blurry": "sharpen", "fix the blurriness": "sharpen", "not blurry": "sharpen",  # said (editing.UNBLURRED)
    "soft": "soft", "softer": "soft", "dreamy": "soft", "hazy": "soft", "at night": "night", "night": "night",
    "nighttime": "night", "night time": "night", "golden hour": "golden", "sunset": "golden", "golden": "golden",
    "vignette": "vignette", "pastel": "pastel", "mirror": "mirror", "flip horizontally": "mirror",
    "flip it horizontally": "mirror", "flip vertically": "flip", "upside down": "flip",
    "film grain": "grain", "grainy": "grain", "grain": "grain", "add noise": "grain",
}

# Crops and reframing of the reference, as the part of it to keep.
CROPS: dict[str, tuple[float, float, float, float]] = {
    "zoom in": (0.15, 0.15, 0.85, 0.85), "close-up": (0.2, 0.2, 0.8, 0.8), "close up": (0.2, 0.2, 0.8, 0.8),
    "closer": (0.15, 0.15, 0.85, 0.85), "crop in": (0.12, 0.12, 0.88, 0.88), "tighter": (0.12, 0.12, 0.88, 0.88),
    "left half": (0.0, 0.0, 0.5, 1.0), "right half": (0.5, 0.0, 1.0, 1.0), "top half": (0.0, 0.0, 1.0, 0.5),
    "bottom half": (0.0, 0.5, 1.0, 1.0), "left side": (0.0, 0.0, 0.6, 1.0), "right side": (0.4, 0.0, 1.0, 1.0),
    "center": (0.2, 0.2, 0.8, 0.8), "centre": (0.2, 0.2, 0.8, 0.8), "middle": (0.2, 0.2, 0.8, 0.8),
}

# Edit requests that need to understand the picture: said in the thoughts, not faked.
SEMANTIC_EDITS = (
    r"\b(remove|erase|delete|get rid of|take out|take away)\b",
    r"\breplace (?:the |a |an |his |her |their )?(?!text|words?|title|caption|headline|label)\w+",
    r"\b(change|turn|transform|convert) (?:the |a |an |his |her |their |my )?\w+(?: \w+)? (?:in)?to\b",
    r"\b(swap|move|rotate|resize|enlarge|shrink) (?:the |a |an |his |her |their )\w+",
    r"\bmake (?:him|her|them|the (?:man|woman|person|people|dog|cat|child|kid|face))\b",
    r"\b(put|place|add) (?:a |an |the |some )?[\w ]+? (?:on|onto|in) (?:the |his |her |their |its )?"
    r"(?:head|hand|hands|face|dog|cat|man|woman|person|table|wall|shirt)\b",
    r"\b(?:put|place|move) the \w+(?: \w+)? (?:on|onto|in|into|next to|beside|near|under|behind|in front of)\b",
    r"\b(zoom out|outpaint|extend the (?:image|picture|photo|canvas)|wider shot|uncrop)\b",
    r"\b(expression|smile|smiling|pose|posture|hair|hairstyle|outfit|clothes|clothing|age|older|younger)\b",
    # colourising a black-and-white photo needs to know what colour each thing was
    r"\b(colou?ri[sz]e|colou?ri[sz]ing|colou?ri[sz]ed|add colou?rs? to|in full colou?r)\b",
)
