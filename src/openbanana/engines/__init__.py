"""Image engines behind one interface; they receive a RenderRequest, never wire JSON."""
