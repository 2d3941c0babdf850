// @langchain/google's ChatGoogle (LangChain.js) against the server: invoke with image output and imageConfig, an
// edit with an input image, stream, and a two-turn chat that sends the first AIMessage back. ChatGoogle builds
// `https://{endpoint}/{apiVersion}/models/...` URLs, so a plain-HTTP server is reached through its `apiClient`
// option (the library's hook for how requests go out): this one sends the same request to OPENBANANA_BASE_URL
// over http with the key in `x-goog-api-key`, as its own API-key client does.
// Prints ONE JSON object, a section per check; images are written into OUT_DIR as `<check>_<n>.<ext>`.
// Env: OPENBANANA_BASE_URL (the server), OUT_DIR, and optionally CHECKS (harness.mjs).
import { ChatGoogle } from "@langchain/google";
import { AIMessageChunk, HumanMessage } from "@langchain/core/messages";
import * as fs from "node:fs";
import * as path from "node:path";
import { BASE_URL, EXTENSIONS, MODEL, OUT_DIR, check, result } from "./harness.mjs";

const server = new URL(BASE_URL);

const plainHttpClient = {
  hasApiKey: () => true,
  getProjectId: async () => "unused",
  async fetch(request) {
    const url = new URL(request.url);
    url.protocol = server.protocol;
    url.host = server.host;
    const headers = new Headers(request.headers);
    headers.set("x-goog-api-key", "any-key");
    return fetch(new Request(url, {method: request.method, headers, body: await request.text()}));
  },
};

function chat(model, fields = {}) {
  // maxRetries: 0, so a refused request is reported at once rather than retried with back-off
  return new ChatGoogle({model, platformType: "gai", endpoint: server.host, apiClient: plainHttpClient, maxRetries: 0,
                         responseModalities: ["TEXT", "IMAGE"], ...fields});
}

/** Writes every image block of a message's content; returns their paths. */
function save(message, name) {
  const blocks = Array.isArray(message.content) ? message.content : [];
  return blocks.filter((block) => block.type === "inlineData" && block.thought !== true).map((block, index) => {
    const {mimeType, data} = block.inlineData;
    const target = path.join(OUT_DIR, `${name}_${index + 1}.${EXTENSIONS[mimeType] ?? "bin"}`);
    fs.writeFileSync(target, Buffer.from(data, "base64"));
    return target;
  });
}

const reference = fs.readFileSync(path.join(OUT_DIR, "reference.png")).toString("base64");

await check("invoke", async () => {
  const message = await chat(MODEL, {imageConfig: {aspectRatio: "9:16", imageSize: "2K"}})
    .invoke("a tall glass of lemonade on a table");
  return {files: save(message, "invoke"), finishReason: message.response_metadata.finish_reason ?? null,
          outputTokens: message.usage_metadata?.output_tokens ?? null};
});

await check("nanoBanana2", async () => {
  const message = await chat("gemini-3.1-flash-image-preview", {imageConfig: {aspectRatio: "1:8", imageSize: "512"}})
    .invoke("a very tall tower");
  return {files: save(message, "nanoBanana2")};
});

await check("edit", async () => {
  const message = await chat(MODEL).invoke([new HumanMessage({content: [
    {type: "text", text: "make the sky orange"}, {type: "image", source_type: "base64", mime_type: "image/png", data: reference},
  ]})]);
  return {files: save(message, "edit")};
});

await check("stream", async () => {
  let merged = new AIMessageChunk({content: ""});
  let chunks = 0;
  for await (const chunk of await chat("gemini-2.5-flash-image", {imageConfig: {aspectRatio: "21:9"}})
    .stream("a long train crossing a bridge")) {
    chunks += 1;
    merged = merged.concat(chunk);
  }
  return {chunks, files: save(merged, "stream")};
});

await check("chat", async () => {
  const model = chat(MODEL);
  const history = [new HumanMessage("a blue bicycle against a white wall")];
  const first = await model.invoke(history);
  history.push(first, new HumanMessage("now make the bicycle red"));
  const second = await model.invoke(history);
  return {files: [...save(first, "chat_1"), ...save(second, "chat_2")]};
});

console.log(JSON.stringify(result));
