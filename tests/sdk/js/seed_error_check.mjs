// The API reference's "always check for errors" snippet, in JavaScript, run on every way @google/genai gets an
// answer: generateContent, generateContentStream (its last chunk), chats' sendMessage and sendMessageStream.
// Prints ONE JSON object: {case: {way: what the snippet printed, or {error} when it threw}}.
// Env: OPENBANANA_BASE_URL, OUT_DIR, and the prompts BLOCKED_PROMPT, BANNED_IMAGE_PROMPT (drawn at
// BANNED_IMAGE_SEED), RECITED_PROMPT.
import { GoogleGenAI } from "@google/genai";
import { BASE_URL, MODEL } from "./harness.mjs";

const env = process.env;
const ai = new GoogleGenAI({apiKey: "js-seed-key", httpOptions: {baseUrl: BASE_URL}});
const config = {seed: Number(env.BANNED_IMAGE_SEED)};

/** The seed's snippet, unchanged but for the language: what it would print. */
function seedCheck(response) {
  const printed = [];
  if (response.candidates[0].finishReason === "SAFETY") {
    printed.push("Content was blocked due to safety filters");
  } else if (response.candidates[0].finishReason === "RECITATION") {
    printed.push("Content was blocked due to recitation");
  }
  return printed.join("\n");
}

async function lastChunk(stream) {
  let last = null;
  for await (const chunk of await stream) {
    last = chunk;
  }
  return last;
}

const ways = {
  generateContent: (prompt) => ai.models.generateContent({model: MODEL, contents: prompt, config}),
  generateContentStream: (prompt) => lastChunk(ai.models.generateContentStream({model: MODEL, contents: prompt,
                                                                               config})),
  sendMessage: (prompt) => ai.chats.create({model: MODEL, config}).sendMessage({message: prompt}),
  sendMessageStream: (prompt) => lastChunk(ai.chats.create({model: MODEL, config}).sendMessageStream(
    {message: prompt})),
};

const results = {};
for (const [name, prompt] of Object.entries({blocked: env.BLOCKED_PROMPT, withheld: env.BANNED_IMAGE_PROMPT,
                                             recitation: env.RECITED_PROMPT})) {
  results[name] = {};
  for (const [way, ask] of Object.entries(ways)) {
    try {
      results[name][way] = seedCheck(await ask(prompt));
    } catch (error) {
      results[name][way] = {error: `${error?.name}: ${error?.message ?? error}`};
    }
  }
}
console.log(JSON.stringify(results));
