""""Thinking": prompt (+ reference images) → a composition Plan that every engine can render."""
