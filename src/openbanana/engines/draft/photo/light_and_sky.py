"""A new light and a new sky asked together ("make it daytime with a blue sky", "turn it to night and give it a
starry sky"): one relight that draws the asked sky in place of its own. Run one after the other, the relight drew its
own sky over the swapped one, so a blue sky got a second sun, or the asked sky was lost under the light's."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.photo.relight import relight
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.plan import PhotoEdit


def sky_with_light(edits: Sequence[PhotoEdit]) -> PhotoEdit | None:
    """The sky edit that the one relight among `edits` draws itself, or None when there is not one of each."""
    lights = [e for e in edits if e.kind == "relight"]
    skies = [e for e in edits if e.kind == "sky"]
    return skies[0] if len(lights) == 1 and len(skies) == 1 else None


def relight_under(photo: Photo, light: PhotoEdit, sky: PhotoEdit) -> str | None:
    """The photo in the asked light under the asked sky; the sky is said as not done where the photo has none."""
    relit = relight(photo.rgb, light.name, photo.rng, sky_name=sky.name)
    photo.relit(relit.rgb)
    if not relit.sky_found:
        return not_done(sky, "I could not find any sky in the photo, so only its light was changed.")
    return None
