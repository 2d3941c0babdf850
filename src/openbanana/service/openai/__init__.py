"""OpenAI's Images API and Chat Completions, translated to and from the one generation service (the Gemini
requests it runs and the answers it gives): no second generation path."""
