// Takes docs/playground.png: the web playground in Debian's headless Chromium after one generation with thoughts.
// Usage: start `openbanana serve`, run `npm ci` in tests/playground (it holds playwright-core), then
//   node scripts/playground_screenshot.mjs [http://127.0.0.1:8000] [docs/playground.png]
// Environment: CHROMIUM (default /usr/bin/chromium).

import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const require = createRequire(new URL("../tests/playground/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const baseUrl = process.argv[2] ?? "http://127.0.0.1:8000";
const output = process.argv[3] ?? "docs/playground.png";

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "playground-")), {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  viewport: { width: 1280, height: 900 },
  deviceScaleFactor: 1,
  colorScheme: "light",
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(120_000);
  await page.goto(`${baseUrl}/`);
  await page.getByLabel("Prompt", { exact: true })
    .fill('A poster of a lighthouse on a cliff at sunset that says "OPEN BANANA"');
  await page.getByRole("radio", { name: "16:9", exact: true }).check();
  await page.getByRole("radio", { name: "1K", exact: true }).check();
  await page.getByLabel("Include thoughts").check();
  await page.getByRole("button", { name: "Generate" }).click();
  await page.waitForFunction(() => {
    const image = document.getElementById("result-image");
    return document.querySelectorAll("#history .history-item").length >= 1 && image.complete && image.naturalWidth > 0;
  });
  await page.screenshot({ path: output, fullPage: false });
  console.log(`saved ${output}`);
} finally {
  await context.close();
}
