// The seed document's JavaScript text-to-image example, unchanged except for two things:
// the client points at OPENBANANA_BASE_URL, and the image is written into OUT_DIR.
import { GoogleGenAI } from "@google/genai";
import * as fs from "node:fs";
import * as path from "node:path";

const OUT_DIR = process.env.OUT_DIR;

async function main() {
  const ai = new GoogleGenAI({apiKey: "any", httpOptions: {baseUrl: process.env.OPENBANANA_BASE_URL}});

  const prompt = "Create a picture of a nano banana dish in a fancy restaurant with a Gemini theme";

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
    if (part.text) {
      console.log(part.text);
    } else if (part.inlineData) {
      const imageData = part.inlineData.data;
      const buffer = Buffer.from(imageData, "base64");
      fs.writeFileSync(path.join(OUT_DIR, "gemini-native-image.png"), buffer);
      console.log("Image saved as gemini-native-image.png");
    }
  }
}

main();
