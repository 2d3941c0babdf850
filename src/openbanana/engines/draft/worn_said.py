"""What the answer says of a garment drawn as its wearer's own clothes. The planner says a garment with no pictogram
of its own is "shown as" its nearest one ("The sarong is shown as a sari"); but a garment worn by a person drawn as
a whole figure or in a pose pictogram is drawn as that person's clothes, in its colour (a cape as a cape behind a
whole figure), and the stand-in is never drawn. The engine then says what it did, and the answer keeps its sentence
in place of the planner's."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from openbanana.engines.draft.figures import is_head
from openbanana.engines.draft.wardrobe import Wardrobe
from openbanana.plan import SHOWN_AS, Subject


def worn_as_clothes(claims: Sequence[str], subjects: Sequence[Subject], wearing: Wardrobe,
                    posed: Collection[str]) -> list[str]:
    """A sentence for each garment the planner said was shown as a stand-in that is drawn as its wearer's clothes
    instead (`posed`: the people drawn in a pose pictogram in the garment's colours)."""
    figures = {s.entity for s in subjects if s.figure and is_head(s.glyph)} | set(posed)
    claimed = {m.group(1) for claim in claims if (m := SHOWN_AS.match(claim))}
    names = {s.entity: s.label for s in subjects}
    said = []
    for subject in subjects:
        wearer = wearing.worn.get(subject.entity)
        if wearer in figures and subject.label in claimed:
            colour = ", in the colour asked" if subject.tint is not None else ""
            if wearer in wearing.capes:
                said.append(f"The {subject.label} is shown as a cape hanging behind the {names.get(wearer, 'wearer')}"
                            f"{colour}.")
                continue
            said.append(f"The {subject.label} is shown as the {names.get(wearer or '', 'wearer')}'s own "
                        f"clothes{colour}, not as a pictogram of its own.")
    return list(dict.fromkeys(said))
