// openbanana playground: a plain client of the public HTTP API (no framework, no build step).
// It streams :streamGenerateContent?alt=sse with fetch + ReadableStream and renders the events as they arrive.

const DEFAULT_MODEL = "gemini-3-pro-image-preview";
const MODELS_URL = "/playground/models.json";
const streamUrl = (model) => `/v1beta/models/${encodeURIComponent(model)}:streamGenerateContent?alt=sse`;
const DEFAULT_MAX_IMAGES = 14;
const ACCEPTED_TYPES = ["image/png", "image/jpeg", "image/webp", "image/heic", "image/heif"];
const KEY_STORAGE = "openbanana.playground.apiKey";
const DEFAULT_KEY = "playground";
const EMPTY_TEXT = "Your image appears here. Thoughts stream in while the model plans it.";
const EXTENSIONS = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name.startsWith("aria-")) node.setAttribute(name, value);
    else node[name] = value;
  }
  node.append(...children);
  return node;
};

/** An error in Google's envelope, {"error": {"code", "message", "status"}}, from the HTTP status or the stream. */
class ApiError extends Error {
  constructor(code, status, message, { inStream = false } = {}) {
    super(message);
    this.code = code;
    this.status = status;
    this.inStream = inStream;
  }
}

const state = {
  models: new Map(), // served name → {displayName, aspectRatios, imageSizes, defaultImageSize, maxInputImages, pixels}
  references: [], // {id, name, mimeType, data (base64), url}
  history: [], // entries, newest last
  controller: null,
  current: null, // the history entry on show
  nextId: 1,
};

// ---------------------------------------------------------------------------------------------------------------
// API key

function apiKey() {
  return $("api-key").value.trim();
}

function setUpApiKey() {
  const input = $("api-key");
  let stored = null;
  try {
    stored = localStorage.getItem(KEY_STORAGE);
  } catch {
    // storage may be disabled; the field still works for this page
  }
  input.value = stored ?? DEFAULT_KEY;
  input.addEventListener("input", () => {
    try {
      localStorage.setItem(KEY_STORAGE, input.value);
    } catch {
      // ignore
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reference images: file input, drag and drop, paste

function base64FromBytes(bytes) {
  if (typeof bytes.toBase64 === "function") return bytes.toBase64();
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function bytesFromBase64(data) {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(data);
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function mimeTypeOf(file) {
  if (file.type) return file.type.toLowerCase();
  const ext = file.name.split(".").pop().toLowerCase();
  return { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", webp: "image/webp", heic: "image/heic",
    heif: "image/heif" }[ext] ?? "";
}

async function addReferenceFiles(fileList) {
  const files = [...fileList];
  const problems = [];
  for (const file of files) {
    const mimeType = mimeTypeOf(file);
    if (!ACCEPTED_TYPES.includes(mimeType)) {
      problems.push(`${file.name}: ${mimeType || "unknown type"} is not accepted (PNG, JPEG, WebP, HEIC/HEIF).`);
      continue;
    }
    if (state.references.length >= maxImages()) {
      problems.push(`${file.name}: at most ${maxImages()} reference images are supported per request.`);
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    addReference(file.name || "image", mimeType, base64FromBytes(bytes), new Blob([bytes], { type: mimeType }));
  }
  if (problems.length) showError("Some images were not added", problems.join("\n"));
}

function addReference(name, mimeType, data, blob) {
  state.references.push({ id: state.nextId++, name, mimeType, data, url: URL.createObjectURL(blob) });
  renderReferences();
}

function removeReference(id) {
  const index = state.references.findIndex((ref) => ref.id === id);
  if (index < 0) return;
  URL.revokeObjectURL(state.references[index].url);
  state.references.splice(index, 1);
  renderReferences();
}

function renderReferences() {
  const list = $("references");
  list.replaceChildren(...state.references.map((ref, index) => {
    const remove = el("button", {
      type: "button", className: "remove", textContent: "×", title: "Remove",
      "aria-label": `Remove reference image ${index + 1} (${ref.name})`,
    });
    remove.addEventListener("click", () => removeReference(ref.id));
    return el("li", { className: "reference" }, el("img", { src: ref.url, alt: `Reference ${index + 1}: ${ref.name}` }),
      remove);
  }));
  $("reference-count").textContent = `${state.references.length} / ${maxImages()}`;
  $("drop-hint").textContent = `or drop PNG, JPEG or WebP files here (up to ${maxImages()})`;
  $("drop-zone").classList.toggle("full", state.references.length >= maxImages());
}

function setUpReferences() {
  const input = $("reference-input");
  const zone = $("drop-zone");
  input.addEventListener("change", async () => {
    await addReferenceFiles(input.files);
    input.value = ""; // the same file can be picked again
  });
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes("Files");
  for (const type of ["dragenter", "dragover"]) {
    zone.addEventListener(type, (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      zone.classList.add("dragging");
    });
  }
  zone.addEventListener("dragleave", (event) => {
    if (!zone.contains(event.relatedTarget)) zone.classList.remove("dragging");
  });
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    addReferenceFiles(event.dataTransfer.files);
  });
  // A file dropped anywhere else must not make the browser navigate away from the page.
  window.addEventListener("dragover", (event) => hasFiles(event) && event.preventDefault());
  window.addEventListener("drop", (event) => {
    if (!zone.contains(event.target)) event.preventDefault();
  });
  document.addEventListener("paste", (event) => {
    const files = [...(event.clipboardData?.files ?? [])].filter((file) => file.type.startsWith("image/"));
    if (files.length) {
      event.preventDefault();
      addReferenceFiles(files);
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Server-sent events over fetch

/** Yields the JSON payload of each `data:` event; blank keep-alive lines between events are skipped. */
async function* readSse(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = []; // pieces of the current, unfinished line
  let data = []; // data lines of the current event
  const takeLine = (line) => {
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line === "") {
      if (!data.length) return null; // a keep-alive
      const payload = data.join("\n");
      data = [];
      return payload;
    }
    if (line.startsWith("data:")) data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
    return null; // other fields (event:, id:, comments) are not used by this API
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      let start = 0;
      for (let newline = value.indexOf("\n"); newline >= 0; newline = value.indexOf("\n", start)) {
        pending.push(value.slice(start, newline));
        start = newline + 1;
        const payload = takeLine(pending.join(""));
        pending = [];
        if (payload !== null) yield JSON.parse(payload);
      }
      if (start < value.length) pending.push(value.slice(start));
    }
    const last = takeLine(pending.join(""));
    const payload = last ?? takeLine("");
    if (payload !== null) yield JSON.parse(payload);
  } finally {
    reader.releaseLock();
  }
}

async function errorFromResponse(response) {
  const text = await response.text();
  try {
    const { error } = JSON.parse(text);
    if (error) return new ApiError(error.code ?? response.status, error.status ?? "", error.message ?? text);
  } catch {
    // not the JSON envelope (a proxy's page, say): show the raw text
  }
  return new ApiError(response.status, response.statusText, text.slice(0, 2000) || "(empty response)");
}

// ---------------------------------------------------------------------------------------------------------------
// Thought text: a small, safe subset of markdown (headings in bold, bullet lists, **bold**, *italic*, `code`)

function inline(text) {
  const nodes = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`|\*([^*\s][^*]*)\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    if (match[1] !== undefined) nodes.push(el("strong", { textContent: match[1] }));
    else if (match[2] !== undefined) nodes.push(el("code", { textContent: match[2] }));
    else nodes.push(el("em", { textContent: match[3] }));
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

function renderMarkdown(text) {
  const blocks = [];
  let paragraph = null;
  let list = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const bullet = line.match(/^\s*(?:[-*•]|\d+[.)])\s+(.*)$/);
    const heading = line.match(/^\s*(?:#{1,6}\s+(.+)|\*\*([^*]+)\*\*)$/);
    if (!line.trim()) {
      paragraph = null;
      list = null;
    } else if (bullet) {
      paragraph = null;
      if (!list) blocks.push((list = el("ul")));
      list.append(el("li", {}, ...inline(bullet[1])));
    } else if (heading) {
      paragraph = null;
      list = null;
      blocks.push(el("h3", { textContent: heading[1] ?? heading[2] }));
    } else if (paragraph) {
      paragraph.append(el("br"), ...inline(line));
    } else {
      list = null;
      blocks.push((paragraph = el("p", {}, ...inline(line))));
    }
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function showError(title, message) {
  $("error-title").textContent = title;
  $("error-message").textContent = message;
  $("error").hidden = false;
}

function hideError() {
  $("error").hidden = true;
}

function setStatus(text) {
  $("status").textContent = text;
}

function formatBytes(count) {
  if (count < 1024) return `${count} B`;
  if (count < 1024 * 1024) return `${(count / 1024).toFixed(0)} KB`;
  return `${(count / 1024 / 1024).toFixed(1)} MB`;
}

function imageFromPart(part) {
  const inline = part.inlineData ?? part.inline_data;
  const mimeType = inline.mimeType ?? inline.mime_type ?? "image/png";
  const bytes = bytesFromBase64(inline.data);
  const blob = new Blob([bytes], { type: mimeType });
  return { mimeType, data: inline.data, blob, size: bytes.length, url: URL.createObjectURL(blob) };
}

function setPending(pending) {
  const empty = $("empty");
  empty.classList.toggle("pending", pending);
  empty.hidden = !pending;
  $("empty-text").textContent = pending ? "Generating…" : EMPTY_TEXT;
}

function resetOutput() {
  hideError();
  setPending(false);
  $("empty").hidden = true;
  $("thoughts").replaceChildren();
  $("thoughts-box").hidden = true; // shown when the first thought arrives
  $("thoughts-box").open = true;
  $("thought-figure").hidden = true;
  $("thought-image").removeAttribute("src");
  $("result").hidden = true;
  $("answer").textContent = "";
  state.current = null;
  markCurrent(null);
}

function showThoughts(text) {
  setPending(false);
  $("thoughts-box").hidden = false;
  $("thoughts").replaceChildren(...renderMarkdown(text));
}

function showThoughtImage(url) {
  setPending(false);
  $("thoughts-box").hidden = false;
  $("thought-image").src = url;
  $("thought-figure").hidden = false;
}

function showResult(entry) {
  setPending(false);
  $("empty").hidden = true;
  $("answer").textContent = entry.answer;
  $("answer").hidden = !entry.answer;
  const image = $("result-image");
  image.alt = `Generated image: ${entry.prompt}`;
  image.src = entry.image.url;
  const download = $("download");
  download.href = entry.image.url;
  download.download = `generated_image.${EXTENSIONS[entry.image.mimeType] ?? "png"}`;
  $("result-meta").textContent = describe(entry);
  $("result").hidden = false;
  state.current = entry;
  markCurrent(entry.id);
}

function describe(entry) {
  const bits = [];
  if (entry.width) bits.push(`${entry.width}×${entry.height}`);
  bits.push((EXTENSIONS[entry.image.mimeType] ?? entry.image.mimeType).toUpperCase(), formatBytes(entry.image.size));
  if (entry.seconds !== undefined) bits.push(`${entry.seconds.toFixed(1)} s`);
  if (entry.usage?.totalTokenCount) bits.push(`${entry.usage.totalTokenCount.toLocaleString("en-US")} tokens`);
  return bits.join(" · ");
}

// ---------------------------------------------------------------------------------------------------------------
// History of this session

function addToHistory(entry) {
  state.history.push(entry);
  const button = el("button", { type: "button", className: "history-item", title: entry.prompt,
    "aria-label": `Show again: ${entry.prompt}` });
  button.dataset.id = String(entry.id);
  button.append(el("img", { src: entry.image.url, alt: "" }),
    el("span", { className: "history-caption", textContent: entry.settings.label }));
  button.addEventListener("click", () => viewEntry(entry));
  $("history").prepend(el("li", {}, button));
  $("history-empty").hidden = true;
}

function viewEntry(entry) {
  resetOutput();
  if (entry.thoughts) showThoughts(entry.thoughts);
  if (entry.thoughtImage) showThoughtImage(entry.thoughtImage.url);
  showResult(entry);
  $("prompt").value = entry.prompt;
  setStatus(`Showing an earlier result (${entry.settings.label})`);
}

function markCurrent(id) {
  for (const button of $("history").querySelectorAll(".history-item")) {
    if (button.dataset.id === String(id)) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Generation

function readForm() {
  const form = $("generate-form");
  const data = new FormData(form);
  const aspectRatio = String(data.get("aspectRatio") ?? "");
  const imageSize = String(data.get("imageSize") ?? "1K");
  const seedText = $("seed").value.trim();
  const includeThoughts = $("include-thoughts").checked;
  return { model: $("model").value || DEFAULT_MODEL, prompt: $("prompt").value.trim(), aspectRatio, imageSize,
    seedText, includeThoughts };
}

function buildRequest(form) {
  const parts = state.references.map((ref) => ({ inlineData: { mimeType: ref.mimeType, data: ref.data } }));
  parts.push({ text: form.prompt });
  const imageConfig = { imageSize: form.imageSize };
  if (form.aspectRatio) imageConfig.aspectRatio = form.aspectRatio;
  const generationConfig = {
    responseModalities: ["TEXT", "IMAGE"],
    imageConfig,
    thinkingConfig: { includeThoughts: form.includeThoughts },
  };
  if (form.seedText) generationConfig.seed = Number(form.seedText);
  return { contents: [{ role: "user", parts }], generationConfig };
}

function setBusy(busy) {
  $("generate").disabled = busy;
  $("stop").hidden = !busy;
  document.querySelector(".output").setAttribute("aria-busy", String(busy));
}

async function generate() {
  const form = readForm();
  if (!form.prompt) {
    showError("A prompt is needed", "Describe the image to make (or the edit to apply to the reference images).");
    $("prompt").focus();
    return;
  }
  if (form.seedText && !/^-?\d+$/.test(form.seedText)) {
    showError("The seed must be a whole number", `"${form.seedText}" is not an integer; leave it empty for a random seed.`);
    $("seed").focus();
    return;
  }
  if (!apiKey()) {
    showError("An API key is needed", "Enter the server's API key at the top of the page (any key works on a server without keys).");
    $("api-key").focus();
    return;
  }
  const body = buildRequest(form);
  resetOutput();
  setPending(true);
  const controller = new AbortController();
  state.controller = controller;
  setBusy(true);
  const started = performance.now();
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
  let phase = "Sending";
  const timer = setInterval(() => setStatus(`${phase}… ${elapsed()} s`), 100);
  const run = { thoughts: "", thoughtImage: null, answer: "", image: null, usage: null, finish: null, blocked: null };
  try {
    const response = await fetch(streamUrl(form.model), {
      method: "POST",
      headers: { "Content-Type": "application/json", "x-goog-api-key": apiKey() },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    if (!response.ok) throw await errorFromResponse(response);
    phase = "Thinking";
    for await (const event of readSse(response.body)) {
      if (event.error) {
        const { code, status, message } = event.error;
        throw new ApiError(code, status, message, { inStream: true });
      }
      phase = handleEvent(event, run) ?? phase;
    }
    const seconds = (performance.now() - started) / 1000;
    if (run.image) {
      const entry = {
        id: state.nextId++, prompt: form.prompt, thoughts: run.thoughts, thoughtImage: run.thoughtImage,
        answer: run.answer, image: run.image, usage: run.usage, seconds,
        settings: { ...form, label: `${form.model} · ${form.aspectRatio || "auto"} · ${form.imageSize}` },
      };
      await decoded(entry);
      showResult(entry);
      addToHistory(entry);
      markCurrent(entry.id);
      setStatus(`Done in ${seconds.toFixed(1)} s`);
    } else {
      reportNoImage(run);
      setStatus(`Finished in ${seconds.toFixed(1)} s without an image`);
    }
  } catch (error) {
    if (error.name === "AbortError") {
      setStatus("Stopped");
    } else if (error instanceof ApiError) {
      const where = error.inStream ? " (during the stream)" : "";
      showError(`${error.code} ${error.status}${where}`.trim(), error.message);
      setStatus("Failed");
    } else {
      showError("Request failed", `${error.message || error}. Is the server running?`);
      setStatus("Failed");
    }
  } finally {
    if ($("empty").classList.contains("pending")) setPending(false);
    if (!state.current && $("error").hidden && $("thoughts-box").hidden) $("empty").hidden = false;
    clearInterval(timer);
    state.controller = null;
    setBusy(false);
  }
}

/** Renders one event; returns the new phase for the status line. */
function handleEvent(event, run) {
  if (event.usageMetadata) run.usage = event.usageMetadata;
  const blockReason = event.promptFeedback?.blockReason;
  if (blockReason) {
    const blocked = (event.promptFeedback.safetyRatings ?? []).filter((rating) => rating.blocked);
    run.blocked = { reason: blockReason, categories: blocked.map((rating) => rating.category) };
  }
  const candidate = event.candidates?.[0];
  if (!candidate) return null;
  let phase = null;
  for (const part of candidate.content?.parts ?? []) {
    const hasImage = part.inlineData || part.inline_data;
    if (part.thought) {
      if (typeof part.text === "string") {
        run.thoughts += part.text;
        showThoughts(run.thoughts);
      } else if (hasImage) {
        run.thoughtImage = imageFromPart(part);
        showThoughtImage(run.thoughtImage.url);
        phase = "Rendering";
      }
    } else if (typeof part.text === "string") {
      run.answer += part.text;
      $("answer").textContent = run.answer;
      phase = "Rendering";
    } else if (hasImage) {
      run.image = imageFromPart(part);
      phase = "Finishing";
    }
  }
  if (candidate.finishReason && candidate.finishReason !== "STOP") {
    run.finish = { reason: candidate.finishReason, message: candidate.finishMessage ?? "" };
  }
  return phase;
}

function reportNoImage(run) {
  if (run.blocked) {
    const categories = run.blocked.categories.length ? ` (${run.blocked.categories.join(", ")})` : "";
    showError(`Prompt blocked: ${run.blocked.reason}`,
      `The server's safety policy declined this prompt${categories}. Try rephrasing it.`);
  } else if (run.finish) {
    showError(`No image: ${run.finish.reason}`, run.finish.message || "The model finished without an image.");
  } else {
    showError("No image", run.answer || "The response had no image.");
  }
}

/** Waits until the image decodes, so the size shown is the real one. */
async function decoded(entry) {
  const probe = new Image();
  probe.src = entry.image.url;
  try {
    await probe.decode();
    entry.width = probe.naturalWidth;
    entry.height = probe.naturalHeight;
  } catch {
    // shown anyway; the browser reports its own error on the <img>
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Models: each served model offers its own aspect ratios and sizes (GET /playground/models.json)

/** The selected model's input-image limit (Nano Banana takes 3, the Gemini 3 models 14). */
function maxImages() {
  return state.models.get($("model").value)?.maxInputImages ?? DEFAULT_MAX_IMAGES;
}

function chip(name, value, label, checked) {
  const input = el("input", { type: "radio", name, value, checked });
  const shape = value.includes(":") ? [el("i", { className: "shape", "aria-hidden": "true" })] : [];
  return el("label", { className: "chip" }, input, el("span", {}, ...shape, label));
}

/** Rebuilds the ratio and size chips for the selected model, keeping the choice where that model has it. */
function showModelOptions() {
  const model = state.models.get($("model").value);
  if (!model) return;
  const data = new FormData($("generate-form"));
  const ratio = String(data.get("aspectRatio") ?? "");
  const size = String(data.get("imageSize") ?? "");
  document.querySelector("#aspect-ratio .chips").replaceChildren(
    chip("aspectRatio", "", "Auto", !model.aspectRatios.includes(ratio)),
    ...model.aspectRatios.map((value) => chip("aspectRatio", value, value, value === ratio)));
  const keptSize = model.imageSizes.includes(size) ? size : model.defaultImageSize;
  document.querySelector("#image-size .chips").replaceChildren(
    ...model.imageSizes.map((value) => chip("imageSize", value, value, value === keptSize)));
  drawRatioShapes();
  showPixels();
  renderReferences();
}

/** Each ratio chip's tooltip: the exact pixels it gives at the chosen size. */
function showPixels() {
  const model = state.models.get($("model").value);
  const size = String(new FormData($("generate-form")).get("imageSize") ?? "");
  for (const input of document.querySelectorAll('#aspect-ratio input[value*=":"]')) {
    const [width, height] = model?.pixels[input.value]?.[size] ?? [];
    input.parentElement.title = width ? `${width}×${height} at ${size}` : "";
  }
}

/** Fills the model list from the server; the page keeps its built-in Nano Banana Pro options when that fails. */
async function loadModels() {
  try {
    const response = await fetch(MODELS_URL);
    if (!response.ok) return;
    const { models } = await response.json();
    for (const model of models) state.models.set(model.name, model);
    const select = $("model");
    const chosen = state.models.has(select.value) ? select.value : models[0]?.name;
    select.replaceChildren(...models.map((model) => el("option", { value: model.name,
      selected: model.name === chosen }, `${model.displayName} · ${model.name}`)));
    showModelOptions();
  } catch {
    // offline or blocked: the built-in options still work
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Wiring

function drawRatioShapes() {
  for (const input of document.querySelectorAll('#aspect-ratio input[value*=":"]')) {
    const [w, h] = input.value.split(":").map(Number);
    const shape = input.parentElement.querySelector(".shape");
    const side = 16;
    shape.style.width = `${(side * w) / Math.max(w, h)}px`;
    shape.style.height = `${(side * h) / Math.max(w, h)}px`;
  }
}

async function init() {
  setUpApiKey();
  setUpReferences();
  drawRatioShapes();
  renderReferences();
  $("generate-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (!state.controller) generate();
  });
  $("prompt").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      $("generate-form").requestSubmit();
    }
  });
  $("stop").addEventListener("click", () => state.controller?.abort());
  $("model").addEventListener("change", showModelOptions);
  $("image-size").addEventListener("change", showPixels);
  $("use-as-reference").addEventListener("click", () => {
    const current = state.current;
    if (!current) return;
    if (state.references.length >= maxImages()) {
      showError("Too many reference images", `At most ${maxImages()} reference images are supported per request.`);
      return;
    }
    addReference(`result-${current.id}.${EXTENSIONS[current.image.mimeType] ?? "png"}`, current.image.mimeType,
      current.image.data, current.image.blob);
    $("prompt").focus();
  });
  await loadModels();
  document.documentElement.dataset.ready = "true";
}

init();
