// Drives an openbanana server with the official `openai` JavaScript SDK and prints ONE JSON object on stdout
// describing what the SDK saw: generate (sizes, n, formats, url), edit with two images and a mask, streaming with
// partial images, models, chat completions and the errors. Every check catches its own failure.
// Env: OPENBANANA_BASE_URL (the server), OUT_DIR (where images are written); OPENAI_PREFIX: "/v1" or "/v1beta/openai".
import OpenAI, { toFile } from "openai";
import * as fs from "node:fs";
import * as path from "node:path";
import { BASE_URL, MODEL, OUT_DIR } from "./harness.mjs";

const PREFIX = process.env.OPENAI_PREFIX ?? "/v1";
const client = new OpenAI({ apiKey: "any-key", baseURL: BASE_URL + PREFIX, maxRetries: 0 });

/** Writes base64 image data into OUT_DIR and returns the file's name (the Python side reads its size). */
function save(name, b64) {
  fs.writeFileSync(path.join(OUT_DIR, name), Buffer.from(b64, "base64"));
  return name;
}

async function check(fn) {
  try {
    return await fn();
  } catch (error) {
    return { error: String(error?.stack ?? error) };
  }
}

async function failure(fn) {
  try {
    await fn();
    return { error: "no error was raised" };
  } catch (error) {
    return { name: error?.constructor?.name, status: error?.status, param: error?.param ?? null,
             code: error?.code ?? null, type: error?.type ?? null };
  }
}

const ORIGINAL = fs.readFileSync(path.join(OUT_DIR, "original.png"));
const OTHER = fs.readFileSync(path.join(OUT_DIR, "other.png"));
const MASK = fs.readFileSync(path.join(OUT_DIR, "mask.png"));

const out = {};
out.generate = await check(async () => {
  const result = await client.images.generate({ model: MODEL, prompt: "a red bicycle", size: "1536x1024" });
  return { file: save("generate.png", result.data[0].b64_json), size: result.size, usage: result.usage };
});
out.n3 = await check(async () => {
  const result = await client.images.generate({ model: MODEL, prompt: "a lighthouse", n: 3 });
  return { files: result.data.map((item, index) => save(`n3_${index}.png`, item.b64_json)) };
});
out.formats = await check(async () => {
  const files = {};
  for (const format of ["png", "jpeg", "webp"]) {
    const result = await client.images.generate({ model: MODEL, prompt: "a bowl of fruit", output_format: format,
                                                  output_compression: format === "png" ? undefined : 80 });
    files[format] = { file: save(`format.${format}`, result.data[0].b64_json), output_format: result.output_format };
  }
  return files;
});
out.url = await check(async () => {
  const result = await client.images.generate({ model: MODEL, prompt: "a kite", response_format: "url" });
  const response = await fetch(result.data[0].url);
  const bytes = Buffer.from(await response.arrayBuffer());
  fs.writeFileSync(path.join(OUT_DIR, "url.png"), bytes);
  return { url: result.data[0].url, status: response.status, contentType: response.headers.get("content-type"),
           file: "url.png" };
});
out.edit = await check(async () => {
  const result = await client.images.edit({
    model: MODEL, prompt: "make it black and white",
    image: [await toFile(ORIGINAL, "original.png", { type: "image/png" }),
            await toFile(OTHER, "other.png", { type: "image/png" })],
    mask: await toFile(MASK, "mask.png", { type: "image/png" }),
  });
  return { file: save("edit.png", result.data[0].b64_json), usage: result.usage };
});
out.stream = await check(async () => {
  const stream = await client.images.generate({ model: MODEL, prompt: "a lighthouse at night", stream: true,
                                                partial_images: 2, size: "1024x1536" });
  const events = [];
  for await (const event of stream) {
    events.push({ type: event.type, size: event.size, file: save(`stream_${events.length}.img`, event.b64_json),
                  partial_image_index: event.partial_image_index ?? null });
  }
  return { events };
});
out.streamEdit = await check(async () => {
  const stream = await client.images.edit({ model: MODEL, prompt: "make it night", stream: true, partial_images: 1,
                                            image: await toFile(ORIGINAL, "original.png", { type: "image/png" }) });
  const types = [];
  for await (const event of stream) types.push(event.type);
  return { types };
});
out.models = await check(async () => {
  const ids = [];
  for await (const model of client.models.list()) ids.push(model.id);
  return { ids, retrieved: (await client.models.retrieve(MODEL)).id };
});
out.chat = await check(async () => {
  const completion = await client.chat.completions.create({
    model: MODEL, messages: [{ role: "user", content: "draw a cat on a sofa" }] });
  const message = completion.choices[0].message;
  return { content: message.content, finish: completion.choices[0].finish_reason,
           file: save("chat.png", message.images[0].image_url.url.split(",")[1]) };
});
out.errors = {
  badSize: await failure(() => client.images.generate({ model: MODEL, prompt: "a cat", size: "huge" })),
  badN: await failure(() => client.images.generate({ model: MODEL, prompt: "a cat", n: 11 })),
  missingPrompt: await failure(() => client.post("/images/generations", { body: { model: MODEL } })),
  unknownModel: await failure(() => client.images.generate({ model: "dall-e-9", prompt: "a cat" })),
};
console.log(JSON.stringify(out));
