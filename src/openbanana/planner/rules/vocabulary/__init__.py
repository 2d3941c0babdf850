"""Words the rules planner understands, one module per topic: colours, moods, scenes, edits, and words to ignore."""
