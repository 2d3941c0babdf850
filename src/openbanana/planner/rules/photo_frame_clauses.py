"""Readers of the photo edit clauses that change the frame: extending the photo to a new shape ("zoom out", "make
it a 16:9 banner") and cropping it (to a named thing, or to the requested frame)."""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit
from openbanana.planner.rules.photo_words import target_after

# the photo as a request names it: "it", "this", "this shot", "my photo"
_THE_PHOTO = r"(?:it|this|that|(?:the|this|that|my|our) (?:photo|image|picture|pic|shot|snapshot|frame))"


def read_outpaint(clause: str, count: int) -> list[PhotoEdit] | None:
    match = re.search(r"\b(zoom out|outpaint|uncrop|extend (?:the |this |it)?\s*(?:image|picture|photo|canvas|"
                      r"background|scene|sides|edges|frame|shot)?|expand (?:it|this|the (?:image|picture|photo|canvas|"
                      r"view|frame))|wider (?:shot|view|frame|angle)|show more(?: of the (?:scene|surroundings|"
                      r"background))?|(?:make " + _THE_PHOTO + r" (?:wider|taller))|widen " + _THE_PHOTO + r")\b",
                      clause)
    if not match:
        return [PhotoEdit("outpaint", request=clause)] if re.search(_NEW_FRAME, clause) else None
    zoom = 0.72 if re.search(r"zoom out|show more|wider (?:shot|view|angle)", match.group(1)) else 1.0
    return [PhotoEdit("outpaint", amount=zoom, request=clause)]


# "make it a 16:9 banner", "turn this into a widescreen header", "make it square for instagram", "make it a phone
# wallpaper": the photo in a frame of another shape.
_NEW_FRAME = (r"\b(?:make|turn|convert|reformat|resize|change)\s+" + _THE_PHOTO + r"\s+"
              r"(?:in)?(?:to\s+)?(?:an?\s+)?(?:(?:tall|long|big|nice|narrow)\s+)?"
              r"(?:\d{1,2}:\d{1,2}|wide(?:screen)?|panoramic|landscape|square|vertical)"
              r"(?:\s+(?:banner|"
              r"header|format|image|photo|picture|version|cover|ratio))?\b|\b\d{1,2}:\d{1,2}\s+(?:banner|header|format|"
              r"version|ratio)\b|\b(?:make|turn|convert|reformat|resize|crop)\s+" + _THE_PHOTO + r"\s+"
              r"(?:in)?(?:to\s+)?(?:an?\s+|my\s+)?(?:(?:phone|mobile|iphone|android|desktop|laptop|instagram|ig)"
              r"\s+)?(?:wallpaper|lock ?screen|panorama|story|stories|reel)\b")


def read_crop(clause: str, count: int) -> list[PhotoEdit] | None:
    """"crop it to the dog", "crop in on her face": a crop around a named thing (a crop to a part of the frame,
    "crop to the left half", is the plan's fixed crop instead); "crop it for an instagram post": a crop to the
    requested frame, never an extension of the photo."""
    shape = re.search(r"\bcrop(?:ped)?\s+(?:it\s+|this\s+|(?:the|my) (?:[a-z]+ )?(?:photo|image|picture|shot)\s+)?"
                      r"(?:down\s+)?(?:in)?(?:to\s+)?"
                      r"(?:an?\s+|as\s+an?\s+)?(square|\d{1,2}:\d{1,2})\b", clause)
    if shape:  # "crop it square", "crop it to 4:5": to the frame, which must have that shape
        return [PhotoEdit("crop", name="frame", destination=shape.group(1), request=clause)]
    target = target_after(r"\bcrop(?:ped)?\s+(?:it\s+|this\s+|the (?:photo|image|picture)\s+)?(?:in\s+)?"
                           r"(?:to|around|on)\s+(?:just\s+|only\s+)?(.+)$", clause,
                           r"\b(?:half|side|square|center|centre|middle|\d+:\d+)\b")
    if target is None and re.search(r"\bcrop(?:ped)?\s+(?:it|this|the (?:photo|image|picture))(?:\s+(?:for|as)\b.*)?$",
                                    clause):
        return [PhotoEdit("crop", name="frame", request=clause)]  # "crop it for an instagram post": to the frame
    return [PhotoEdit("crop", target=target, request=clause)] if target is not None else None
