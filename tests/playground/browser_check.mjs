// Drives the playground page in Debian's headless Chromium with playwright-core and prints one JSON object.
// Environment: OPENBANANA_BASE_URL, API_KEY (the server's key), OUT_DIR (screenshots, downloads),
// REFERENCE_IMAGE (a JPEG for the edit), CHROMIUM (default /usr/bin/chromium).
// Each section records what the page showed; tests/playground/test_browser.py makes the assertions.

import { mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const baseUrl = process.env.OPENBANANA_BASE_URL;
const apiKey = process.env.API_KEY;
const outDir = process.env.OUT_DIR;
const referencePath = process.env.REFERENCE_IMAGE;
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const STREAM_PATH = "/v1beta/models/gemini-3-pro-image-preview:streamGenerateContent";
const TIMEOUT = 60_000;

const result = { consoleErrors: [], pageErrors: [], requests: [] };

const context = await chromium.launchPersistentContext(mkdtempSync(join(outDir, "profile-")), {
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
  viewport: { width: 1280, height: 900 },
  deviceScaleFactor: 1,
  acceptDownloads: true,
  colorScheme: "light",
});
context.setDefaultTimeout(TIMEOUT);
const page = context.pages()[0] ?? (await context.newPage());
page.on("console", (message) => {
  if (message.type() === "error") result.consoleErrors.push(message.text());
});
page.on("pageerror", (error) => result.pageErrors.push(String(error)));
page.on("request", (request) => {
  if (request.url().includes(STREAM_PATH)) {
    result.requests.push({ url: request.url(), headers: request.headers(), body: JSON.parse(request.postData()) });
  }
});

/** Runs one step; a failure is recorded in its section instead of ending the script. */
async function step(name, body) {
  try {
    result[name] = await body();
  } catch (error) {
    result[name] = { error: String(error?.stack ?? error) };
  }
}

const historyCount = () => page.locator("#history .history-item").count();

async function generateAndWait(expectedHistory) {
  await page.getByRole("button", { name: "Generate" }).click();
  await page.waitForFunction(
    (count) => document.querySelectorAll("#history .history-item").length >= count
      && document.getElementById("result-image").complete
      && document.getElementById("result-image").naturalWidth > 0,
    expectedHistory, { timeout: TIMEOUT },
  );
}

async function imageFacts() {
  return page.evaluate(() => {
    const image = document.getElementById("result-image");
    const download = document.getElementById("download");
    return {
      naturalWidth: image.naturalWidth,
      naturalHeight: image.naturalHeight,
      alt: image.alt,
      srcScheme: new URL(image.src).protocol,
      downloadName: download.getAttribute("download"),
      downloadHref: download.href,
      meta: document.getElementById("result-meta").textContent,
      answer: document.getElementById("answer").textContent,
      status: document.getElementById("status").textContent,
      errorVisible: !document.getElementById("error").hidden,
      errorText: document.getElementById("error").textContent.trim(),
    };
  });
}

/** A viewport screenshot with the result image scrolled into view, and where the image lies in it. */
async function screenshotOfResult(name) {
  const image = page.locator("#result-image");
  await image.scrollIntoViewIfNeeded();
  const box = await image.boundingBox();
  const path = join(outDir, name);
  await page.screenshot({ path });
  return { path, box };
}

async function waitForError() {
  await page.locator("#error").waitFor({ state: "visible" });
  await page.getByRole("button", { name: "Generate" }).waitFor({ state: "visible" });
  await page.waitForFunction(() => !document.getElementById("generate").disabled);
  return {
    title: await page.locator("#error-title").textContent(),
    message: await page.locator("#error-message").textContent(),
    role: await page.locator("#error").getAttribute("role"),
  };
}

await step("page", async () => {
  const response = await page.goto(`${baseUrl}/`);
  await page.waitForSelector("html[data-ready='true']");
  const labels = {};
  for (const name of ["Prompt", "API key", "Seed (optional)", "Include thoughts"]) {
    labels[name] = await page.getByLabel(name, { exact: true }).count();
  }
  const ratios = await page.locator("#aspect-ratio input[type=radio]").evaluateAll(
    (inputs) => inputs.map((input) => input.value));
  const sizes = await page.locator("#image-size input[type=radio]").evaluateAll(
    (inputs) => inputs.map((input) => input.value));
  const screenshot = join(outDir, "initial.png");
  await page.screenshot({ path: screenshot });
  return {
    screenshot,
    status: response.status(),
    title: await page.title(),
    labels,
    ratios,
    sizes,
    storedKeyDefault: await page.locator("#api-key").inputValue(),
  };
});

await step("generate", async () => {
  await page.getByLabel("API key").fill(apiKey);
  await page.getByLabel("Prompt", { exact: true }).fill('A lighthouse on a cliff at sunset, with the text "OPEN BANANA"');
  await page.getByRole("radio", { name: "16:9", exact: true }).check();
  await page.getByRole("radio", { name: "1K", exact: true }).check();
  await page.getByLabel("Include thoughts").check();
  await generateAndWait(1);
  const facts = await imageFacts();
  facts.thoughtsText = await page.locator("#thoughts").innerText();
  facts.thoughtHeadings = await page.locator("#thoughts h3").allTextContents();
  facts.thoughtBullets = await page.locator("#thoughts li").count();
  facts.thoughtImageWidth = await page.locator("#thought-image").evaluate((image) => image.naturalWidth);
  facts.screenshot = await screenshotOfResult("generate.png");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
  facts.download = { suggestedFilename: download.suggestedFilename(), path: join(outDir, "downloaded.png") };
  await download.saveAs(facts.download.path);
  facts.storedKey = await page.evaluate(() => localStorage.getItem("openbanana.playground.apiKey"));
  return facts;
});

await step("dark", async () => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForTimeout(400); // let the colour transitions finish before the screenshot
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const path = join(outDir, "dark.png");
  await page.screenshot({ path });
  await page.emulateMedia({ colorScheme: "light" });
  return { background, path };
});

await step("references", async () => {
  // Two files through the file input, one removed again, one more dropped onto the drop zone.
  await page.locator("#reference-input").setInputFiles([referencePath, referencePath]);
  await page.waitForFunction(() => document.querySelectorAll("#references .reference").length === 2);
  await page.getByRole("button", { name: /^Remove reference image 2/ }).click();
  const afterRemove = await page.locator("#references .reference").count();
  const bytes = [...readFileSync(referencePath)];
  await page.evaluate((data) => {
    const file = new File([new Uint8Array(data)], "dropped.jpg", { type: "image/jpeg" });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const zone = document.getElementById("drop-zone");
    zone.dispatchEvent(new DragEvent("dragenter", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await page.waitForFunction(() => document.querySelectorAll("#references .reference").length === 2);
  const afterDrop = await page.locator("#references .reference").count();
  await page.getByRole("button", { name: /^Remove reference image 2/ }).click();
  await page.waitForFunction(() => document.querySelectorAll("#references .reference").length === 1);
  return {
    afterRemove,
    afterDrop,
    final: await page.locator("#references .reference").count(),
    counter: await page.locator("#reference-count").textContent(),
    previewLoaded: await page.locator("#references img").first().evaluate((image) => image.naturalWidth > 0),
  };
});

await step("edit", async () => {
  await page.getByRole("radio", { name: "Auto", exact: true }).check();
  await page.getByLabel("Prompt", { exact: true }).fill("Make it black and white");
  await generateAndWait(2);
  const facts = await imageFacts();
  facts.historyCount = await historyCount();
  facts.screenshot = await screenshotOfResult("edit.png");
  const request = result.requests.at(-1);
  facts.requestParts = request.body.contents[0].parts.map((part) => Object.keys(part)[0]);
  facts.requestImageConfig = request.body.generationConfig.imageConfig;
  facts.requestKeyHeader = request.headers["x-goog-api-key"];
  return facts;
});

await step("history", async () => {
  // The oldest entry is last in the gallery (newest first); clicking it shows that result again.
  await page.locator("#history .history-item").last().click();
  await page.waitForFunction(() => document.getElementById("result-image").naturalWidth === 1376);
  const facts = await imageFacts();
  facts.prompt = await page.getByLabel("Prompt", { exact: true }).inputValue();
  facts.current = await page.locator("#history .history-item[aria-current='true']").count();
  facts.thoughtsShown = await page.locator("#thoughts").innerText();
  return facts;
});

await step("invalidKey", async () => {
  await page.getByLabel("API key").fill("not-the-key");
  await page.getByRole("button", { name: "Generate" }).click();
  const error = await waitForError();
  await page.getByLabel("API key").fill(apiKey);
  error.resultHidden = await page.locator("#result").isHidden();
  error.screenshot = join(outDir, "error.png");
  await page.screenshot({ path: error.screenshot });
  return error;
});

await step("invalidRatio", async () => {
  // The pickers only offer valid ratios; turn one into 7:3 to show the server's validation message.
  await page.locator("#aspect-ratio input[value='21:9']").evaluate((input) => {
    input.value = "7:3";
    input.checked = true;
  });
  await page.getByLabel("Prompt", { exact: true }).fill("A red bicycle");
  await page.getByRole("button", { name: "Generate" }).click();
  const error = await waitForError();
  await page.locator("#aspect-ratio input[value='7:3']").evaluate((input) => {
    input.value = "21:9";
  });
  return error;
});

await step("streamError", async () => {
  // An engine failure after the first byte arrives as a final `data: {"error": …}` event (docs/api.md §2).
  const body = [
    'data: {"candidates":[{"content":{"role":"model","parts":[{"text":"**Planning the composition**\\n\\n- a red bicycle","thought":true}]},"index":0}]}\r\n\r\n',
    "\r\n",
    'data: {"error":{"code":503,"message":"The image engine is unavailable: out of memory. Please try again later.","status":"UNAVAILABLE"}}\r\n\r\n',
  ].join("");
  await page.route(`**${STREAM_PATH}*`, (route) => route.fulfill({
    status: 200, contentType: "text/event-stream; charset=utf-8", body,
  }));
  await page.getByRole("button", { name: "Generate" }).click();
  const error = await waitForError();
  error.thoughts = await page.locator("#thoughts").innerText();
  await page.unroute(`**${STREAM_PATH}*`);
  return error;
});

await step("narrow", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator("#history .history-item").first().click();
  await page.waitForFunction(() => document.getElementById("result-image").naturalWidth > 0);
  const path = join(outDir, "narrow.png");
  await page.screenshot({ path, fullPage: true });
  return {
    path,
    scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth),
    imageWidth: await page.locator("#result-image").evaluate((image) => image.getBoundingClientRect().width),
  };
});

await step("models", async () => {
  // Each served model offers its own ratios and sizes: Nano Banana 2's extreme ratios and 512, Nano Banana's one size
  // and three reference images. Last, as its tall result would be the newest in the history "narrow" shows.
  const chips = (group) => page.locator(`#${group} input[type=radio]`).evaluateAll(
    (inputs) => inputs.map((input) => input.value));
  const options = await page.locator("#model option").evaluateAll((items) => items.map((item) => item.value));
  await page.getByLabel("Model").selectOption("gemini-2.5-flash-image");
  const flash25 = { ratios: await chips("aspect-ratio"), sizes: await chips("image-size"),
    counter: await page.locator("#reference-count").textContent() };
  await page.getByLabel("Model").selectOption("gemini-3.1-flash-image-preview");
  const flash31 = { ratios: await chips("aspect-ratio"), sizes: await chips("image-size") };
  await page.getByRole("radio", { name: "1:4", exact: true }).check();
  await page.getByRole("radio", { name: "512", exact: true }).check();
  flash31.tooltip = await page.locator("#aspect-ratio label", { hasText: "1:4" }).getAttribute("title");
  await page.getByLabel("Prompt", { exact: true }).fill("A lighthouse on a long pier");
  const requested = page.waitForRequest((request) => request.url().includes(
    "/v1beta/models/gemini-3.1-flash-image-preview:streamGenerateContent"));
  await generateAndWait(3);
  const request = await requested;
  const facts = await imageFacts();
  await page.getByLabel("Model").selectOption("gemini-3-pro-image-preview");
  return { options, flash25, flash31, image: [facts.naturalWidth, facts.naturalHeight],
    imageConfig: JSON.parse(request.postData()).generationConfig.imageConfig,
    proRatios: await chips("aspect-ratio"), proSizes: await chips("image-size") };
});

await context.close();
process.stdout.write(JSON.stringify(result));
