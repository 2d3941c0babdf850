// Reads openbanana's safety answers with the official @google/genai SDK and prints ONE JSON object on stdout:
// a blocked prompt (unary and streamed), a withheld image (IMAGE_SAFETY) and a recitation (IMAGE_RECITATION).
// Env: OPENBANANA_BASE_URL (a server started with the test's blocklist, recitation list and image hashes),
// BLOCKED_PROMPT, BANNED_IMAGE_PROMPT, BANNED_IMAGE_SEED, RECITED_PROMPT.
import { GoogleGenAI } from "@google/genai";

const MODEL = "gemini-3-pro-image-preview";
const env = process.env;
const ai = new GoogleGenAI({apiKey: "js-safety-key", httpOptions: {baseUrl: env.OPENBANANA_BASE_URL}});

async function check(fn) {
  try {
    return await fn();
  } catch (error) {
    return {error: String(error?.message ?? error)};
  }
}

function summarize(response) {
  const candidate = response.candidates?.[0];
  return {
    blockReason: response.promptFeedback?.blockReason ?? null,
    ratings: (response.promptFeedback?.safetyRatings ?? []).map((r) => [r.category, r.probability, r.blocked ?? false]),
    candidates: response.candidates?.length ?? 0,
    finishReason: candidate?.finishReason ?? null,
    parts: candidate?.content?.parts?.length ?? 0,
    text: response.text ?? null,
    images: (response.candidates ?? []).flatMap((c) => c.content?.parts ?? []).filter((p) => p.inlineData).length,
    candidatesTokenCount: response.usageMetadata?.candidatesTokenCount ?? null,
  };
}

const results = {};
results.blocked = await check(async () =>
  summarize(await ai.models.generateContent({model: MODEL, contents: env.BLOCKED_PROMPT})));
results.blockedStream = await check(async () => {
  const chunks = [];
  for await (const chunk of await ai.models.generateContentStream({model: MODEL, contents: env.BLOCKED_PROMPT})) {
    chunks.push(summarize(chunk));
  }
  return chunks;
});
results.imageSafety = await check(async () => summarize(await ai.models.generateContent({
  model: MODEL, contents: env.BANNED_IMAGE_PROMPT, config: {seed: Number(env.BANNED_IMAGE_SEED)}})));
results.imageSafetyStream = await check(async () => {
  const chunks = [];
  const stream = await ai.models.generateContentStream({
    model: MODEL, contents: env.BANNED_IMAGE_PROMPT,
    config: {seed: Number(env.BANNED_IMAGE_SEED), thinkingConfig: {includeThoughts: true}}});
  for await (const chunk of stream) {
    chunks.push(summarize(chunk));
  }
  return chunks;
});
results.recitation = await check(async () =>
  summarize(await ai.models.generateContent({model: MODEL, contents: env.RECITED_PROMPT})));
console.log(JSON.stringify(results));
