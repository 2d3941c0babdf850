// Drives an openbanana server with the official @google/genai SDK and prints ONE JSON object on stdout
// describing what the SDK saw: thoughts and signatures, streaming chunks, countTokens, models.get and an error.
// Every check catches its own failure, so one broken feature shows up as {"error": ...} instead of hiding the rest.
// Env: OPENBANANA_BASE_URL (the server), OUT_DIR (where the final images are written).
import { ApiError, GoogleGenAI } from "@google/genai";
import * as fs from "node:fs";
import * as path from "node:path";
import { BASE_URL, MODEL, OUT_DIR } from "./harness.mjs";


const ai = new GoogleGenAI({apiKey: "any", httpOptions: {baseUrl: BASE_URL}});

/** The image format the bytes actually are, from their magic number. */
function sniff(buffer) {
  if (buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (buffer.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return "image/jpeg";
  if (buffer.subarray(0, 4).toString("latin1") === "RIFF" && buffer.subarray(8, 12).toString("latin1") === "WEBP") {
    return "image/webp";
  }
  return null;
}

const EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"};

/** One summary per part; writes each non-thought image into OUT_DIR as `${prefix}_${index}.<ext>`. */
function summarizeParts(parts, prefix) {
  return (parts ?? []).map((part, index) => {
    const summary = {
      kind: part.inlineData ? "image" : typeof part.text === "string" ? "text" : "other",
      thought: part.thought === true,
      hasThoughtSignature: typeof part.thoughtSignature === "string" && part.thoughtSignature.length > 0,
    };
    if (part.inlineData) {
      const bytes = Buffer.from(part.inlineData.data ?? "", "base64");
      summary.mimeType = part.inlineData.mimeType ?? null;
      summary.sniffedMimeType = sniff(bytes);
      summary.byteLength = bytes.length;
      if (!summary.thought) {
        const file = path.join(OUT_DIR, `${prefix}_${index}.${EXTENSIONS[summary.sniffedMimeType] ?? "bin"}`);
        fs.writeFileSync(file, bytes);
        summary.file = file;
      }
    } else if (typeof part.text === "string") {
      summary.textLength = part.text.length;
    }
    return summary;
  });
}

function describeError(error) {
  return {name: error?.name ?? null, status: error?.status ?? null, message: String(error?.message ?? error)};
}

async function check(fn) {
  try {
    return await fn();
  } catch (error) {
    return {error: describeError(error)};
  }
}

const imageConfig = {aspectRatio: "1:1", imageSize: "1K"};
const results = {};

results.generateContent = await check(async () => {
  const response = await ai.models.generateContent({
    model: MODEL,
    contents: "A watercolor lighthouse on a cliff at dusk",
    config: {thinkingConfig: {includeThoughts: true}, imageConfig},
  });
  const candidate = response.candidates?.[0];
  return {
    parts: summarizeParts(candidate?.content?.parts, "generate"),
    role: candidate?.content?.role ?? null,
    finishReason: candidate?.finishReason ?? null,
    text: response.text ?? null,  // the SDK accessor; it skips thought parts
    modelVersion: response.modelVersion ?? null,
    responseId: response.responseId ?? null,
    usageMetadata: response.usageMetadata ?? null,
  };
});

results.generateContentStream = await check(async () => {
  const stream = await ai.models.generateContentStream({
    model: MODEL,
    contents: "A paper boat on a puddle after rain",
    config: {thinkingConfig: {includeThoughts: true}, imageConfig},
  });
  const chunks = [];
  for await (const chunk of stream) {
    const candidate = chunk.candidates?.[0];
    const parts = candidate?.content?.parts;
    chunks.push({
      hasParts: Array.isArray(parts) && parts.length > 0,
      parts: summarizeParts(parts, `stream${chunks.length}`),
      role: candidate?.content?.role ?? null,
      finishReason: candidate?.finishReason ?? null,
      hasUsageMetadata: chunk.usageMetadata !== undefined,
      responseId: chunk.responseId ?? null,
    });
  }
  return {
    chunkCount: chunks.length,
    allChunksHaveParts: chunks.length > 0 && chunks.every((chunk) => chunk.hasParts),
    lastFinishReason: chunks.at(-1)?.finishReason ?? null,
    chunks,
  };
});

results.chatStream = await check(async () => {
  // A streamed chat turn is kept in the curated history only if every chunk has parts and one has finishReason;
  // the second turn then sends that history back (one model Content per chunk, thoughts and signatures included).
  const chat = ai.chats.create({model: MODEL, config: {thinkingConfig: {includeThoughts: true}, imageConfig}});
  let firstTurnChunks = 0;
  for await (const chunk of await chat.sendMessageStream({message: "A red kite over a green hill"})) {
    firstTurnChunks += chunk.candidates?.[0]?.content?.parts?.length ? 1 : 0;
  }
  const curatedAfterFirstTurn = chat.getHistory(true);
  const second = await chat.sendMessage({message: "Make the kite blue"});
  const curated = chat.getHistory(true);
  return {
    firstTurnChunks,
    curatedRolesAfterFirstTurn: curatedAfterFirstTurn.map((content) => content.role),
    secondTurnParts: summarizeParts(second.candidates?.[0]?.content?.parts, "chat"),
    curatedRoles: curated.map((content) => content.role),
    comprehensiveLength: chat.getHistory(false).length,
  };
});

results.countTokens = await check(async () => {
  const response = await ai.models.countTokens({
    model: MODEL,
    contents: "Create a picture of a nano banana dish in a fancy restaurant with a Gemini theme",
  });
  return {totalTokens: response.totalTokens ?? null};
});

results.modelsGet = await check(async () => {
  const model = await ai.models.get({model: MODEL});
  return {
    name: model.name ?? null,
    displayName: model.displayName ?? null,
    inputTokenLimit: model.inputTokenLimit ?? null,
    outputTokenLimit: model.outputTokenLimit ?? null,
    supportedActions: model.supportedActions ?? null,
    thinking: model.thinking ?? null,
  };
});

results.badAspectRatio = await check(async () => {
  try {
    await ai.models.generateContent({
      model: MODEL,
      contents: "A banana",
      config: {imageConfig: {aspectRatio: "7:3"}},
    });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    let body = null;
    try {
      body = JSON.parse(error.message);
    } catch {
      // the message is not a JSON error envelope; leave body null
    }
    return {raised: true, name: error.name, status: error.status, body};
  }
  return {raised: false};
});

console.log(JSON.stringify(results));
