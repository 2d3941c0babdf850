"""The sentences for the thought summary: what the rules planner read in the prompt and what it decided to draw."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.plan import Box, EditOp, FontName, PhotoEdit, Subject, TextBlock
from openbanana.planner.rules.reading import PromptReading
from openbanana.planner.rules.vocabulary.photo import PAINTED_ADDITIONS


def composition_notes(reading: PromptReading, scene_notes: Sequence[str], layout: str,
                      fonts: Sequence[FontName]) -> tuple[str, ...]:
    """The composer's notes (what was placed, how the relations and counts were honoured, the world), then the
    strings, the layout and the mood."""
    colors, tints, style = reading.background_colors, reading.tints, reading.style
    notes = list(scene_notes)
    if reading.text_specs:
        notes.append("Exact text to render: " + "; ".join(f'"{t.text}" ({t.role})' for t in reading.text_specs) + ".")
        kind = "" if reading.document == "scene" else f"a {reading.document.replace('_', ' ')}, "
        notes.append(f"Layout: {kind}{layout.replace('-', ' ')}; set in {fonts[0].replace('-', ' ')} first.")
    elif layout:
        notes.append(f"Layout: {layout.replace('-', ' ')}, on the rule of thirds.")
    if style:
        notes.append(f"Mood and style: {', '.join(style)}.")
    if colors:
        notes.append(f"{len(colors)} named colour{'s' if len(colors) > 1 else ''} set the background.")
    if tints:
        notes.append("Recoloured: " + ", ".join(tints) + ".")
    return tuple(notes)


def edit_notes(reference_count: int, crop: Box | None, edits: tuple[EditOp, ...], blocks: Sequence[TextBlock],
               stickers: tuple[Subject, ...], unsupported: tuple[str, ...],
               photo_edits: tuple[PhotoEdit, ...] = ()) -> tuple[str, ...]:
    combining = any(e.kind == "combine" for e in photo_edits)
    notes = [f"Starting from {reference_count} reference image{'s' if reference_count > 1 else ''}"
             f" as the canvas{' (a collage)' if reference_count > 1 and not combining else ''}."]
    if crop:
        notes.append("Reframing: keeping the requested part of the photo.")
    notes.extend(photo_edit_note(edit) for edit in photo_edits)
    if edits:
        notes.append(f"Global changes: {', '.join(e.replace('_', ' ') for e in edits)}.")
    if blocks:
        notes.append("Adding the exact text: " + "; ".join(f'"{b.text}"' for b in blocks) + ", on a plate so it reads.")
    if stickers:
        notes.append("Adding " + ", ".join(s.label for s in stickers) + " as sticker" +
                     ("s" if len(stickers) > 1 else "") + " where the picture leaves room, off any face.")
    if not (edits or crop or blocks or stickers or photo_edits) and not unsupported:
        notes.append("No change I can make offline was recognised; returning the reference, reframed to the size.")
    return tuple(notes)


def photo_edit_note(edit: PhotoEdit) -> str:
    """What will be tried for one photo edit, in a sentence (whether it worked is said after rendering)."""
    name, target = edit.name.replace("_", " "), edit.target or "the subject"
    notes = {
        "style": f"Style: {name}, filtered at up to 1K and scaled back up.",
        "relight": f"Light: {name}. I'll look for the sky (smooth, sky-coloured, reaching the top edge), draw a new "
                   "one behind the horizon and grade the rest of the photo to the same light.",
        "sky": f"Sky: I'll look for it (smooth, sky-coloured, reaching the top edge) and draw a {name} sky in its "
               "place.",
        "recolor": f"Recolour {target}: find it (by its colour, a face or as the main subject), then turn its hue "
                   "and keep its shading.",
        "remove": f"Remove {target}: find it (by a face, its colour or its place), then fill the hole from its "
                  "surroundings; if I cannot find it, I'll say so and leave the photo as it is.",
        "accessory": f"Put {name} on {target}, anchored to the face's own landmarks (eyes, hairline, nose).",
        "add": f"Add {name}{' ' + edit.destination if edit.destination else ''}, "
               + ("painted into the photo where it belongs (its water, shore, sky or ground) in the photo's light."
                  if edit.name in PAINTED_ADDITIONS.values() or edit.name in ("snow", "lying snow") else
                  "grounded with a shadow and kept off every face."),
        "background": f"Separate the subject from its background and put it on {name} instead.",
        "combine": f"Cut {target} out of photo {edit.reference + 1} and place it into the first photo"
                   f"{' ' + edit.destination if edit.destination else ''}, with matched colours and a contact "
                   "shadow.",
        "outpaint": "Extend the photo to the new frame instead of cropping it.",
        "text": "Set the exact text at the named place.",
        "crop": f"Crop to {target}: find it (a face, a person, a cat's face, else the main subject, and say so), "
                "then frame it with a margin in the new shape.",
    }
    return notes[edit.kind]
