// The cookbook's googleSearch cell with @google/genai: the line after the request reads
// candidates[0].groundingMetadata.searchEntryPoint.renderedContent unconditionally. Prints ONE JSON object.
// Env: OPENBANANA_BASE_URL, OUT_DIR.
import { GoogleGenAI } from "@google/genai";
import { BASE_URL, MODEL } from "./harness.mjs";

const ai = new GoogleGenAI({apiKey: "js-grounding-key", httpOptions: {baseUrl: BASE_URL}});
const response = await ai.models.generateContent({
  model: MODEL, contents: "a poster about banana bread", config: {tools: [{googleSearch: {}}]}});
const metadata = response.candidates[0].groundingMetadata;
console.log(JSON.stringify({
  renderedContent: metadata.searchEntryPoint.renderedContent,
  webSearchQueries: metadata.webSearchQueries,
  images: response.candidates[0].content.parts.filter((part) => part.inlineData && !part.thought).length,
}));
