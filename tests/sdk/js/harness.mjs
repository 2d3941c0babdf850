// What every check script needs first: the model name and the two variables the Python tests pass in.
export const MODEL = "gemini-3-pro-image-preview";
export const BASE_URL = process.env.OPENBANANA_BASE_URL;
export const OUT_DIR = process.env.OUT_DIR;
if (!BASE_URL || !OUT_DIR) {
  console.error("OPENBANANA_BASE_URL and OUT_DIR must be set");
  process.exit(2);
}
