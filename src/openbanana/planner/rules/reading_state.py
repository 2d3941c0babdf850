"""What reading a prompt's clauses gives: the things (drafts), the relations between them, and the setting."""

from __future__ import annotations

from dataclasses import dataclass, field

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.setting import SettingReader
from openbanana.scene import Predicate


@dataclass
class Reading:
    drafts: list[Draft] = field(default_factory=list)
    relations: list[tuple[int, Predicate, int]] = field(default_factory=list)
    setting: SettingReader = field(default_factory=SettingReader)
    dropped: set[int] = field(default_factory=set)  # drafts that turned out not to be things
