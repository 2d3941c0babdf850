"""The draft engine: a Pillow composition renderer of the Plan; no model, no torch, milliseconds."""
