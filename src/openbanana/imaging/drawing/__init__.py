"""Drawing both engines share: fonts and exact text, layout shapes, and the pictogram glyphs they can contain."""
