"""OpenAI's Images API (and Chat Completions with image output) in front of the same generation service, under
`/v1` and Google's compatibility prefix `/v1beta/openai`."""
