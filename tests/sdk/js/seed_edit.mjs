// The seed document's JavaScript image-editing example, unchanged except for two things:
// the client points at OPENBANANA_BASE_URL, and reference_image.jpg / edited_image.png live in OUT_DIR.
import { GoogleGenAI } from "@google/genai";
import * as fs from "node:fs";
import * as path from "node:path";

const OUT_DIR = process.env.OUT_DIR;

async function main() {
  const ai = new GoogleGenAI({apiKey: "any", httpOptions: {baseUrl: process.env.OPENBANANA_BASE_URL}});

  // Load reference image
  const imageData = fs.readFileSync(path.join(OUT_DIR, "reference_image.jpg"));
  const base64Image = imageData.toString("base64");

  const prompt = [
    {
      inlineData: {
        data: base64Image,
        mimeType: "image/jpeg"
      }
    },
    "Make the background more dramatic with storm clouds"
  ];

  const response = await ai.models.generateContent({
    model: "gemini-3-pro-image-preview",
    contents: prompt,
    config: {
      imageConfig: {
        aspectRatio: "16:9",
        imageSize: "2K",
      },
    }
  });

  for (const part of response.candidates[0].content.parts) {
    if (part.inlineData) {
      const imageData = part.inlineData.data;
      const buffer = Buffer.from(imageData, "base64");
      fs.writeFileSync(path.join(OUT_DIR, "edited_image.png"), buffer);
    }
  }
}

main();
