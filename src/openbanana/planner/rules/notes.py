"""The sentences for the thought summary: what the rules planner read in the prompt and what it decided to draw."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.plan import Box, EditOp, FontName, Subject, TextBlock
from openbanana.planner.rules.reading import PromptReading


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
               stickers: tuple[Subject, ...], unsupported: tuple[str, ...]) -> tuple[str, ...]:
    notes = [f"Starting from {reference_count} reference image{'s' if reference_count > 1 else ''}"
             f" as the canvas{' (a collage)' if reference_count > 1 else ''}."]
    if crop:
        notes.append("Reframing: keeping the requested part of the photo.")
    if edits:
        notes.append(f"Global changes: {', '.join(e.replace('_', ' ') for e in edits)}.")
    if blocks:
        notes.append("Adding the exact text: " + "; ".join(f'"{b.text}"' for b in blocks) + ", on a plate so it reads.")
    if stickers:
        notes.append("Adding " + ", ".join(s.label for s in stickers) + " as sticker" +
                     ("s" if len(stickers) > 1 else "") + " where the picture leaves room.")
    if not (edits or crop or blocks or stickers) and not unsupported:
        notes.append("No change I can make offline was recognised; returning the reference, reframed to the size.")
    return tuple(notes)
