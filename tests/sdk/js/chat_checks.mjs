// Multi-turn editing through @google/genai's ai.chats: three sendMessage turns and three sendMessageStream turns,
// each chat echoing its model turns (thought parts and thoughtSignatures) back to the server. Prints ONE JSON
// object; each turn's final image is written into OUT_DIR as `${mode}_${turn}.<ext>`.
// Env: OPENBANANA_BASE_URL (the server), OUT_DIR.
import { ApiError, GoogleGenAI } from "@google/genai";
import * as fs from "node:fs";
import * as path from "node:path";
import { BASE_URL, MODEL, OUT_DIR } from "./harness.mjs";


const ai = new GoogleGenAI({apiKey: "any", httpOptions: {baseUrl: BASE_URL}});
const config = {thinkingConfig: {includeThoughts: true}, imageConfig: {aspectRatio: "1:1", imageSize: "1K"}};
const PROMPTS = ["A red kite over a green hill", "Add a small yellow sun", "Make it black and white"];
const EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"};

/** Writes the turn's one final (non-thought) image; returns its file, or null when there is not exactly one. */
function saveFinal(parts, name) {
  const finals = parts.filter((part) => part.inlineData && part.thought !== true);
  if (finals.length !== 1) return null;
  const file = path.join(OUT_DIR, `${name}.${EXTENSIONS[finals[0].inlineData.mimeType] ?? "bin"}`);
  fs.writeFileSync(file, Buffer.from(finals[0].inlineData.data ?? "", "base64"));
  return file;
}

function describeHistory(chat) {
  const curated = chat.getHistory(true);
  const modelParts = curated.filter((content) => content.role === "model").flatMap((content) => content.parts ?? []);
  return {
    roles: curated.map((content) => content.role),
    thoughtParts: modelParts.filter((part) => part.thought === true).length,
    signedParts: modelParts.filter((part) => typeof part.thoughtSignature === "string" && part.thoughtSignature).length,
  };
}

async function check(fn) {
  try {
    return await fn();
  } catch (error) {
    return {error: {name: error?.name ?? null, status: error?.status ?? null, message: String(error?.message ?? error)}};
  }
}

const results = {};

results.sendMessage = await check(async () => {
  const chat = ai.chats.create({model: MODEL, config});
  const files = [];
  for (const [turn, message] of PROMPTS.entries()) {
    const response = await chat.sendMessage({message});
    files.push(saveFinal(response.candidates?.[0]?.content?.parts ?? [], `send_${turn + 1}`));
  }
  return {files, history: describeHistory(chat)};
});

results.sendMessageStream = await check(async () => {
  const chat = ai.chats.create({model: MODEL, config});
  const files = [];
  for (const [turn, message] of PROMPTS.entries()) {
    const parts = [];
    for await (const chunk of await chat.sendMessageStream({message})) {
      parts.push(...(chunk.candidates?.[0]?.content?.parts ?? []));
    }
    files.push(saveFinal(parts, `stream_${turn + 1}`));
  }
  return {files, history: describeHistory(chat)};
});

results.strippedSignature = await check(async () => {
  // The first turn's history with the final image's signature removed: a strict server answers 400.
  const first = ai.chats.create({model: MODEL, config});
  await first.sendMessage({message: PROMPTS[0]});
  const history = first.getHistory(true);
  const parts = history[1].parts.map((part) => ({...part}));
  const index = parts.findIndex((part) => part.inlineData && part.thought !== true);
  delete parts[index].thoughtSignature;
  const chat = ai.chats.create({model: MODEL, config, history: [history[0], {role: "model", parts}]});
  try {
    await chat.sendMessage({message: PROMPTS[1]});
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return {raised: true, status: error.status, body: JSON.parse(error.message), partPosition: index + 1};
  }
  return {raised: false, partPosition: index + 1};
});

console.log(JSON.stringify(results));
