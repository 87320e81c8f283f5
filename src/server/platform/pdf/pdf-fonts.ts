import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * The fonts every document embeds, from npm packages (Noto, SIL Open Font License): Noto Sans
 * covers Latin (with Turkish, Romanian, Polish) and Cyrillic (Ukrainian, Russian, Bulgarian);
 * Noto Sans Arabic covers Arabic and Persian. fontkit shapes the Arabic joining forms.
 */
export const pdfFontFiles = {
  "latin-regular": require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  "latin-bold": require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
  "arabic-regular": require.resolve("@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf"),
  "arabic-bold": require.resolve("@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf"),
} as const;
export type TPdfFontName = keyof typeof pdfFontFiles;

/** Read once: every document embeds from the same bytes instead of reading 1.6 MB of fonts per request. */
export const pdfFontData = Object.fromEntries(
  Object.entries(pdfFontFiles).map(([name, file]) => [name, fs.readFileSync(file)]),
) as Record<TPdfFontName, Buffer>;

export type TFontScript = "latin" | "arabic";

/** Arabic-script blocks (with presentation forms) and the zero-width non-joiner that Persian writes between letters. */
const arabicScript = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200C]/u;

export function findFontScript(character: string): TFontScript {
  return arabicScript.test(character) ? "arabic" : "latin";
}

export function selectFontName(script: TFontScript, isBold: boolean): TPdfFontName {
  return `${script}-${isBold ? "bold" : "regular"}`;
}
