// What every check script needs first: the model name and the two variables the Python tests pass in.
export const MODEL = "gemini-3-pro-image-preview";
export const BASE_URL = process.env.OPENBANANA_BASE_URL;
export const OUT_DIR = process.env.OUT_DIR;
if (!BASE_URL || !OUT_DIR) {
  console.error("OPENBANANA_BASE_URL and OUT_DIR must be set");
  process.exit(2);
}

// Sections of the one JSON object a check script prints. CHECKS (optional, comma-separated) runs only those named.
const ONLY = process.env.CHECKS ? process.env.CHECKS.split(",") : null;
export const result = {};

/** Runs one check into result[name], unless CHECKS leaves it out; a failure is reported there, not thrown. */
export async function check(name, fn) {
  if (ONLY && !ONLY.includes(name)) return;
  try {
    result[name] = await fn();
  } catch (error) {
    result[name] = {error: {name: error?.name ?? null, status: error?.statusCode ?? error?.status ?? null,
                            message: String(error?.message ?? error)}};
  }
}
export const EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"};
