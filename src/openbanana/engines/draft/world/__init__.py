"""The draft engine's world: sky, weather, terrain, backdrops and rooms painted from a Plan's Background."""
