// Drives an openbanana server's Batch API with the official @google/genai SDK and prints ONE JSON object on stdout:
// batches.create (inline, then from a JSONL file uploaded with files.upload), get (polled until done), list,
// cancel and delete. Every check catches its own failure, so one broken feature shows up as {"error": ...}.
// Env: OPENBANANA_BASE_URL (the server), OUT_DIR (scratch space; images are saved there).
import { ApiError, GoogleGenAI } from "@google/genai";
import * as fs from "node:fs";
import * as path from "node:path";
import { BASE_URL, MODEL, OUT_DIR } from "./harness.mjs";


const ai = new GoogleGenAI({apiKey: "js-batches-key", httpOptions: {baseUrl: BASE_URL}});
const FINISHED = new Set(["JOB_STATE_SUCCEEDED", "JOB_STATE_FAILED", "JOB_STATE_CANCELLED"]);

function describeError(error) {
  let body = null;
  try {
    body = JSON.parse(error?.message);
  } catch {
    // not a JSON error envelope
  }
  return {isApiError: error instanceof ApiError, status: error?.status ?? null,
          message: String(error?.message ?? error), body};
}

async function check(fn) {
  try {
    return await fn();
  } catch (error) {
    return {error: describeError(error)};
  }
}

async function poll(name) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = await ai.batches.get({name});
    if (FINISHED.has(job.state) || Date.now() > deadline) {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function saveImage(response, file) {
  const part = (response?.candidates?.[0]?.content?.parts ?? []).find((p) => p.inlineData && !p.thought);
  if (!part) {
    return null;
  }
  fs.writeFileSync(file, Buffer.from(part.inlineData.data, "base64"));
  return file;
}

const results = {};
let inline = null;

results.create = await check(async () => {
  inline = await ai.batches.create({
    model: MODEL,
    src: [
      {contents: [{role: "user", parts: [{text: "a red bicycle"}]}], metadata: {key: "bike"},
       config: {responseModalities: ["IMAGE"], imageConfig: {aspectRatio: "16:9"}}},
      {contents: [{role: "user", parts: [{text: "a bad ratio"}]}], metadata: {key: "bad"},
       config: {imageConfig: {aspectRatio: "7:3"}}},
    ],
    config: {displayName: "js inline batch"},
  });
  return {name: inline.name, state: inline.state, displayName: inline.displayName, model: inline.model,
          createTime: inline.createTime ?? null};
});

results.get = await check(async () => {
  const job = await poll(inline.name);
  const responses = job.dest?.inlinedResponses ?? [];
  return {
    state: job.state, endTime: job.endTime ?? null,
    responses: responses.map((r, index) => ({
      metadata: r.metadata ?? null,
      file: r.response ? saveImage(r.response, path.join(OUT_DIR, `batch_${index}.png`)) : null,
      error: r.error ?? null,
    })),
  };
});

results.list = await check(async () => {
  const names = [];
  for await (const job of await ai.batches.list({config: {pageSize: 1}})) {
    names.push(job.name);
  }
  return {names};
});

results.fileBatch = await check(async () => {
  const lines = [0, 1].map((i) => JSON.stringify({key: `line-${i}`, request: {
    contents: [{role: "user", parts: [{text: `a lighthouse ${i}`}]}], generationConfig: {responseModalities: ["IMAGE"]},
  }}));
  const input = path.join(OUT_DIR, "requests.jsonl");
  fs.writeFileSync(input, lines.join("\n") + "\n");
  const uploaded = await ai.files.upload({file: input, config: {mimeType: "jsonl"}});
  const created = await ai.batches.create({model: MODEL, src: uploaded.name});
  const job = await poll(created.name);
  const output = path.join(OUT_DIR, "responses.jsonl");
  await ai.files.download({file: job.dest.fileName, downloadPath: output});
  const keys = fs.readFileSync(output, "utf8").trim().split("\n").map((line) => JSON.parse(line).key);
  return {state: job.state, fileName: job.dest?.fileName ?? null, keys};
});

results.cancel = await check(async () => {
  const requests = Array.from({length: 40}, (_, i) => ({
    contents: [{role: "user", parts: [{text: `a sailing ship ${i}`}]}], config: {imageConfig: {imageSize: "2K"}},
  }));
  const created = await ai.batches.create({model: MODEL, src: requests});
  await ai.batches.cancel({name: created.name});
  const job = await poll(created.name);
  return {state: job.state, kept: (job.dest?.inlinedResponses ?? []).length};
});

results.delete = await check(async () => {
  await ai.batches.delete({name: inline.name});
  try {
    await ai.batches.get({name: inline.name});
  } catch (error) {
    return {deleted: true, getAfter: describeError(error)};
  }
  return {deleted: true, getAfter: null};
});

console.log(JSON.stringify(results));
