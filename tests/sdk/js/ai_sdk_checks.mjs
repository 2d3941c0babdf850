// The Vercel AI SDK (`ai` with `@ai-sdk/google`) pointed at the server the way its docs say to reach the Gemini API
// elsewhere: createGoogleGenerativeAI({baseURL: ".../v1beta", apiKey}). generateText with image output (and
// imageConfig), generateImage (its image-model API, which sends Gemini image models to generateContent), an edit
// with an input image (both ways), streamText, and a two-turn chat that sends the first answer back as history.
// Prints ONE JSON object, a section per check; images are written into OUT_DIR as `<check>_<n>.<ext>`.
// Env: OPENBANANA_BASE_URL (the server), OUT_DIR, and optionally CHECKS (harness.mjs).
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { generateImage, generateText, streamText } from "ai";
import * as fs from "node:fs";
import * as path from "node:path";
import { BASE_URL, EXTENSIONS, MODEL, OUT_DIR, check, result } from "./harness.mjs";

const google = createGoogleGenerativeAI({baseURL: `${BASE_URL}/v1beta`, apiKey: "any-key"});
const IMAGE_OUTPUT = {google: {responseModalities: ["TEXT", "IMAGE"]}};

/** Writes each image file the SDK handed back; returns their paths. */
function save(files, name) {
  return files.filter((file) => file.mediaType.startsWith("image/")).map((file, index) => {
    const target = path.join(OUT_DIR, `${name}_${index + 1}.${EXTENSIONS[file.mediaType] ?? "bin"}`);
    fs.writeFileSync(target, file.uint8Array);
    return target;
  });
}

const reference = fs.readFileSync(path.join(OUT_DIR, "reference.png"));

await check("generateText", async () => {
  const response = await generateText({
    model: google(MODEL), prompt: "a lighthouse on a cliff at dusk",
    providerOptions: {google: {...IMAGE_OUTPUT.google, imageConfig: {aspectRatio: "16:9", imageSize: "2K"}}},
  });
  return {files: save(response.files, "generateText"), text: response.text, finishReason: response.finishReason,
          outputTokens: response.usage.outputTokens ?? null, modelId: response.response.modelId};
});

await check("generateImage", async () => {
  const response = await generateImage({
    model: google.image("gemini-3.1-flash-image"), prompt: "a paper boat on a pond", aspectRatio: "4:1",
    providerOptions: {google: {imageConfig: {aspectRatio: "4:1", imageSize: "512"}}},
  });
  return {files: save(response.images, "generateImage"), warnings: response.warnings.length};
});

await check("editText", async () => {
  const response = await generateText({
    model: google(MODEL), providerOptions: IMAGE_OUTPUT,
    messages: [{role: "user", content: [
      {type: "text", text: "make the sky orange"}, {type: "file", data: reference, mediaType: "image/png"},
    ]}],
  });
  return {files: save(response.files, "editText")};
});

await check("editImage", async () => {
  const response = await generateImage({
    model: google.image(MODEL), prompt: {text: "add a small yellow sun", images: [reference]},
  });
  return {files: save(response.images, "editImage")};
});

await check("stream", async () => {
  const stream = streamText({
    model: google("gemini-2.5-flash-image"), prompt: "a red kite over a green hill",
    providerOptions: {google: {...IMAGE_OUTPUT.google, imageConfig: {aspectRatio: "3:4"}}},
  });
  const files = [];
  let textDeltas = 0;
  for await (const part of stream.fullStream) {
    if (part.type === "text-delta") textDeltas += 1;
    if (part.type === "file") files.push(part.file);
    if (part.type === "error") throw part.error;
  }
  return {files: save(files, "stream"), textDeltas, finishReason: await stream.finishReason};
});

await check("chat", async () => {
  const messages = [{role: "user", content: "a blue bicycle against a white wall"}];
  const files = [];
  for (const [turn, followUp] of [[1, "now make the bicycle red"], [2, null]]) {
    const response = await generateText({model: google(MODEL), messages, providerOptions: IMAGE_OUTPUT});
    files.push(...save(response.files, `chat_${turn}`));
    messages.push(...response.response.messages);
    if (followUp) messages.push({role: "user", content: followUp});
  }
  return {files, roles: messages.map((message) => message.role)};
});

console.log(JSON.stringify(result));
