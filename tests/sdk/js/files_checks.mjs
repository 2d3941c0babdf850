// Drives an openbanana server's Files API with the official @google/genai SDK and prints ONE JSON object on stdout:
// upload (resumable, chunked by the SDK), get, list, generateContent with createPartFromUri, delete, then get again.
// Every check catches its own failure, so one broken feature shows up as {"error": ...} instead of hiding the rest.
// Env: OPENBANANA_BASE_URL (the server), OUT_DIR (holds reference.png, written by the test; images are saved there).
import { ApiError, GoogleGenAI, createPartFromUri } from "@google/genai";
import * as fs from "node:fs";
import * as path from "node:path";
import { BASE_URL, MODEL, OUT_DIR } from "./harness.mjs";


const ai = new GoogleGenAI({apiKey: "js-files-key", httpOptions: {baseUrl: BASE_URL}});

function describeError(error) {
  let body = null;
  try {
    body = JSON.parse(error?.message);
  } catch {
    // not a JSON error envelope
  }
  return {
    name: error?.name ?? null,
    isApiError: error instanceof ApiError,
    status: error?.status ?? null,
    message: String(error?.message ?? error),
    body,
  };
}

async function check(fn) {
  try {
    return await fn();
  } catch (error) {
    return {error: describeError(error)};
  }
}

function summarizeFile(file) {
  return {
    name: file?.name ?? null,
    displayName: file?.displayName ?? null,
    mimeType: file?.mimeType ?? null,
    sizeBytes: file?.sizeBytes ?? null,
    sha256Hash: file?.sha256Hash ?? null,
    uri: file?.uri ?? null,
    state: file?.state ?? null,
    source: file?.source ?? null,
    createTime: file?.createTime ?? null,
    expirationTime: file?.expirationTime ?? null,
  };
}

const results = {};
let uploaded = null;

results.upload = await check(async () => {
  uploaded = await ai.files.upload({
    file: path.join(OUT_DIR, "reference.png"),
    config: {mimeType: "image/png", displayName: "js reference"},
  });
  return summarizeFile(uploaded);
});

results.get = await check(async () => summarizeFile(await ai.files.get({name: uploaded.name})));

results.list = await check(async () => {
  const names = [];
  const pager = await ai.files.list({config: {pageSize: 2}});
  for await (const file of pager) {
    names.push(file.name);
  }
  return {names};
});

results.generateContent = await check(async () => {
  const response = await ai.models.generateContent({
    model: MODEL,
    contents: [createPartFromUri(uploaded.uri, uploaded.mimeType), "make it sepia"],
    config: {responseModalities: ["IMAGE"]},
  });
  const images = (response.candidates?.[0]?.content?.parts ?? []).filter((part) => part.inlineData && !part.thought);
  const files = images.map((part, index) => {
    const file = path.join(OUT_DIR, `files_generate_${index}.png`);
    fs.writeFileSync(file, Buffer.from(part.inlineData.data, "base64"));
    return file;
  });
  return {files, finishReason: response.candidates?.[0]?.finishReason ?? null};
});

results.delete = await check(async () => {
  await ai.files.delete({name: uploaded.name});
  const names = [];
  for await (const file of await ai.files.list()) {
    names.push(file.name);
  }
  return {deleted: true, stillListed: names.includes(uploaded.name)};
});

results.getAfterDelete = await check(async () => {
  try {
    await ai.files.get({name: uploaded.name});
  } catch (error) {
    return {raised: true, ...describeError(error)};
  }
  return {raised: false};
});

console.log(JSON.stringify(results));
