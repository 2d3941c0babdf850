"""The plan in words: the thought summary a person reads, and the short answer text."""

from __future__ import annotations

import re

from openbanana.imaging.sizes import TargetSize
from openbanana.plan import NEAREST_PLACE, PHOTO_EXTENDED, PHOTO_UNCHANGED, PLACE_ALONE, SHOWN_AS, Plan, TextBlock
from openbanana.planner.scene_phrases import describe_plan
from openbanana.service.generation.edit_words import photo_edit_phrase
from openbanana.wording import joined, with_article


def thought_summary(plan: Plan, target: TargetSize) -> str:
    lines = [
        "**Planning the composition**",
        "",
        f"I'll compose a {target.width}×{target.height} image ({target.aspect_ratio}, {target.image_size}). "
        + f"It shows {describe_scene(plan)}.",
    ]
    lines.extend(f"- {note}" for note in plan.notes)
    if plan.texts:
        lines.append("")
        lines.append("**Setting the type**")
        lines.append("")
        for block in plan.texts:
            lines.append(f'- {_role_of(plan, block)}: "{block.text}", fitted to its box and set in '
                         f"{block.font.replace('-', ' ')} with a contrasting colour.")
    if plan.unsupported:
        lines.append("")
        lines.append("**What I could not do here**")
        lines.append("")
        lines.extend(f"- {_sentence(item)}" for item in plan.unsupported)
        lines.append("- These need more understanding of the picture than this server's offline draft engine has; "
                     "a model engine could attempt them.")
    return "\n".join(lines)


def _role_of(plan: Plan, block: TextBlock) -> str:
    """The role the prompt gave the string and the thing it is on ("Label on the sign"), from the scene graph: a
    carried label is typeset like a headline, so the block's own role would misname it."""
    spec = next((s for s in plan.scene.texts if s.text == block.text), None)
    carrier = plan.scene.entity(spec.target) if spec is not None and spec.target else None
    role = spec.role if spec is not None else block.role
    return role.capitalize() + (f" on the {carrier.noun}" if carrier is not None else "")


EDIT_PHRASES = {
    "brighter": "brighter light", "darker": "darker light", "grayscale": "a black-and-white look",
    "sepia": "a sepia tone", "warmer": "a warmer tone", "cooler": "a cooler tone", "dramatic": "dramatic storm light",
    "blur_background": "a blurred background", "vivid": "more vivid colour", "muted": "muted colour",
    "contrast": "more contrast", "sharpen": "sharper detail", "soft": "a soft, hazy look", "night": "a night look",
    "golden": "golden-hour light", "vignette": "a vignette", "pastel": "pastel colour", "mirror": "a mirrored frame",
    "flip": "an upside-down frame", "grain": "film grain",
}


def _sentence(clause: str) -> str:
    text = _clause(clause)
    return f"{text[:1].upper()}{text[1:]}: not done."


def answer_text(plan: Plan, target: TargetSize, *, with_image: bool = True,
                shortfalls: tuple[str, ...] = (), draws_the_plan: bool = True) -> str:
    """What was made, then, in the answer itself and not only in the thoughts, what was not: clients that do not
    ask for thoughts must still be able to tell. An engine that does not draw the plan (a model) is described only
    by what the server did itself, so the plan's edits are never claimed as made and the draft's limits never
    claimed as the model's."""
    if not with_image:
        return f"Here is the plan for a {target.aspect_ratio} image, showing {describe_scene(plan)}."
    if not draws_the_plan:
        return " ".join([f"Here is your {target.aspect_ratio} image, {model_made(plan)}.", *shortfalls])
    made = f"Here is your {target.aspect_ratio} image, showing {describe_scene(plan, unmade(plan, shortfalls))}."
    return " ".join([made, *admissions(plan, shortfalls)])


def model_made(plan: Plan) -> str:
    """How a model's picture came about, claiming nothing the model was asked for: only what it was given."""
    sources = {0: "your prompt", 1: "your prompt and the reference photo"}
    return "made by the image model from " + sources.get(plan.reference_count,
                                                         f"your prompt and {plan.reference_count} reference photos")


def unmade(plan: Plan, shortfalls: tuple[str, ...]) -> frozenset[str]:
    """The requests of photo edits the engine said it could not make ("Not done: <request>: …")."""
    return frozenset(edit.request for edit in plan.photo_edits
                     if any(s.startswith(f"Not done: {edit.request}:") for s in shortfalls))


def admissions(plan: Plan, shortfalls: tuple[str, ...] = ()) -> list[str]:
    """Sentences about what was asked and not done: requests the planner could not honour, what it approximated
    or left out (plan.shortfalls), and what the engine found it could not do while drawing."""
    said: list[str] = []
    if plan.unsupported:
        said.append("Not done: " + "; ".join(_clause(item) for item in plan.unsupported) + ".")
    extended = any(s.startswith(PHOTO_EXTENDED) for s in shortfalls)
    redrawn = {m.group(1) for s in shortfalls if (m := SHOWN_AS.match(s))}
    failed = unmade(plan, shortfalls)
    no_place = any(e.kind == "background" and e.request in failed for e in plan.photo_edits)
    for sentence in (*plan.shortfalls, *shortfalls):
        if extended and sentence.startswith(PHOTO_UNCHANGED):
            continue  # "make it a phone wallpaper": nothing else was asked, but the photo was extended
        if sentence in plan.shortfalls and (m := SHOWN_AS.match(sentence)) and m.group(1) in redrawn:
            continue  # the engine drew it otherwise than the planner said (a garment as its wearer's clothes)
        if no_place and (NEAREST_PLACE in sentence or PLACE_ALONE in sentence) and sentence in plan.shortfalls:
            continue  # the new background was not drawn at all, so neither was the place it stood in for
        if sentence not in said:
            said.append(sentence)
    return said


def _clause(item: str) -> str:
    return re.sub(r"^(?:also|and|then|please|plus)\s+", "", item.strip().rstrip("."))


def describe_scene(plan: Plan, unmade: frozenset[str] = frozenset()) -> str:
    """One noun phrase for the whole picture: the scene (or the subjects, or the reference), mood, and the first
    exact text. Photo edits whose request is in `unmade` (the engine could not make them) are left out."""
    subjects = [s.label for s in plan.subjects if s.role in ("hero", "support")]
    if plan.reference_count:
        what = describe_edit(plan, unmade)
    elif plan.scene.entities and any(s.entity for s in plan.subjects):
        what = describe_plan(plan)  # from the scene graph, claiming only what the boxes show
    elif subjects:
        phrases = [with_article(s) for s in subjects]
        if any(s.label == "plate" and s.role == "decor" for s in plan.subjects):
            phrases[0] += " served on a plate"
        what = joined(phrases)
        setting = plan.extras.get("setting")
        if isinstance(setting, str) and setting:
            what += f" in {with_article(setting)}"
    elif plan.scene.setting.place and not plan.texts:
        what = with_article(plan.scene.setting.place)  # "an empty attic in the rain": the place, drawn bare
    else:
        what = "a typographic composition" if plan.texts else "an abstract composition"
    mood = ""
    if plan.style and not plan.reference_count and plan.style[0] not in what:
        mood = f" in {with_article(plan.style[0], plural=False)} mood"
    quoted = f', with the words "{plan.texts[0].text}"' if plan.texts else ""
    return f"{what}{mood}{quoted}"


_LOOKS = ("crop", "style", "relight", "outpaint")  # said right after the photo: "the reference photo as a cartoon"


def describe_edit(plan: Plan, unmade: frozenset[str] = frozenset()) -> str:
    """The edited photo in words: which photo, how it looks, and what was changed, added or taken out."""
    made = [e for e in plan.photo_edits if e.request not in unmade or not e.request]
    combined = [e for e in plan.photo_edits if e.kind == "combine"]  # made or not, one photo is the canvas
    if plan.reference_count == 1 or combined:
        # the first photo, unless a thing is put somewhere named: then the engine takes the photo that has the
        # place (the person is cut from the other), so the answer names no photo by its order
        base = "the reference photo" if not combined else "one reference photo" if any(
            e.destination for e in combined) else "the first reference photo"
    else:
        base = f"a collage of {plan.reference_count} references"
    looks = [photo_edit_phrase(e) for e in made if e.kind in _LOOKS]
    if plan.crop is not None and not any(e.kind == "crop" for e in made):
        looks.insert(0, "cropped")  # "zoom in", "the left half": the plan's fixed crop
    changes = [photo_edit_phrase(e) for e in made if e.kind not in (*_LOOKS, "text")]
    changes += [EDIT_PHRASES.get(e, e.replace("_", " ")) for e in plan.edits]
    changes += [f"{s.label} sticker" for s in plan.subjects if s.role == "sticker"]
    return " ".join([base, *looks]) + (f" with {joined(changes)}" if changes else "")


