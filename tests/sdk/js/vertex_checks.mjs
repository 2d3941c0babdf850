// @google/genai in Vertex AI mode, both ways it is set up: project-scoped (credentials through google-auth-library,
// here an OAuth2Client holding an access token, so no network is needed; the SDK sends `Authorization: Bearer`) and
// express mode (an API key). Each generates, edits, streams, chats and counts. Prints ONE JSON object, one section
// per mode; final images are written into OUT_DIR as `${mode}_${check}.<ext>`.
// Env: OPENBANANA_BASE_URL (the server), OUT_DIR, VERTEX_KEY (the key both modes present).
import { GoogleGenAI } from "@google/genai";
import { OAuth2Client } from "google-auth-library";
import * as fs from "node:fs";
import * as path from "node:path";
import { BASE_URL, OUT_DIR } from "./harness.mjs";

const KEY = process.env.VERTEX_KEY;
const EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"};

function client(mode) {
  const httpOptions = {baseUrl: BASE_URL};
  if (mode === "express") return new GoogleGenAI({vertexai: true, apiKey: KEY, httpOptions});
  const authClient = new OAuth2Client();
  authClient.setCredentials({access_token: KEY, expiry_date: Date.now() + 3600 * 1000});
  return new GoogleGenAI({vertexai: true, project: "my-project", location: "us-central1", httpOptions,
                          googleAuthOptions: {authClient}});
}

/** Writes the one final (non-thought) image of `parts`; returns its file, or null when there is not exactly one. */
function saveFinal(parts, name) {
  const finals = (parts ?? []).filter((part) => part.inlineData && part.thought !== true);
  if (finals.length !== 1) return null;
  const file = path.join(OUT_DIR, `${name}.${EXTENSIONS[finals[0].inlineData.mimeType] ?? "bin"}`);
  fs.writeFileSync(file, Buffer.from(finals[0].inlineData.data ?? "", "base64"));
  return file;
}

async function check(fn) {
  try {
    return await fn();
  } catch (error) {
    return {error: {name: error?.name ?? null, status: error?.status ?? null, message: String(error?.message ?? error)}};
  }
}

async function checks(mode) {
  const ai = client(mode);
  const result = {};
  result.generate = await check(async () => {
    const response = await ai.models.generateContent({
      model: "gemini-3.1-flash-image", contents: "a lighthouse on a long pier",
      config: {responseModalities: ["IMAGE"], imageConfig: {aspectRatio: "1:4", imageSize: "512"}},
    });
    return {file: saveFinal(response.candidates?.[0]?.content?.parts, `${mode}_generate`),
            createTime: response.createTime ?? null, modelVersion: response.modelVersion ?? null,
            imageTokens: response.usageMetadata?.candidatesTokenCount ?? null,
            trafficType: response.usageMetadata?.trafficType ?? null};
  });
  result.edit = await check(async () => {
    const reference = fs.readFileSync(path.join(OUT_DIR, "reference.png")).toString("base64");
    const response = await ai.models.generateContent({
      model: "gemini-3-pro-image-preview",
      contents: [{role: "user", parts: [{text: "make the sky orange"}, {inlineData: {mimeType: "image/png", data: reference}}]}],
    });
    return {file: saveFinal(response.candidates?.[0]?.content?.parts, `${mode}_edit`)};
  });
  result.stream = await check(async () => {
    const parts = [];
    let chunks = 0;
    for await (const chunk of await ai.models.generateContentStream({
      model: "gemini-2.5-flash-image", contents: "a paper boat", config: {imageConfig: {aspectRatio: "16:9"}},
    })) {
      chunks += 1;
      parts.push(...(chunk.candidates?.[0]?.content?.parts ?? []));
    }
    return {chunks, file: saveFinal(parts, `${mode}_stream`)};
  });
  result.chat = await check(async () => {
    const chat = ai.chats.create({model: "gemini-3-pro-image", config: {thinkingConfig: {includeThoughts: true}}});
    const files = [];
    for (const [turn, message] of ["a red kite over a green hill", "add a small yellow sun"].entries()) {
      const response = await chat.sendMessage({message});
      files.push(saveFinal(response.candidates?.[0]?.content?.parts, `${mode}_chat_${turn + 1}`));
    }
    return {files, roles: chat.getHistory(true).map((content) => content.role)};
  });
  result.count = await check(async () => {
    const counted = await ai.models.countTokens({model: "gemini-3-pro-image", contents: "a".repeat(40)});
    return {totalTokens: counted.totalTokens ?? null};
  });
  result.models = await check(async () => {
    const model = await ai.models.get({model: "gemini-3.1-flash-image-preview"});
    const names = [];
    for await (const listed of await ai.models.list()) names.push(listed.name);
    return {name: model.name ?? null, displayName: model.displayName ?? null, names};
  });
  return result;
}

const results = {};
for (const mode of ["project", "express"]) results[mode] = await checks(mode);
console.log(JSON.stringify(results));
