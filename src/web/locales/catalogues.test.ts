import { expect, test } from "vitest";
import de from "./de/translation.json";
import en from "./en/translation.json";

type TCatalogue = { [key: string]: string | TCatalogue };

function flatten(catalogue: TCatalogue, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = `${prefix}${key}`;
    if (typeof value === "string") entries.set(path, value);
    else for (const [nested, text] of flatten(value, `${path}.`)) entries.set(nested, text);
  }
  return entries;
}

const catalogues = { de: flatten(de), en: flatten(en) };

test("German and English have the same keys (English is complete)", () => {
  expect([...catalogues.en.keys()].sort()).toEqual([...catalogues.de.keys()].sort());
});

test.each(Object.entries(catalogues))(
  "every %s text is filled in (npm run i18n:extract adds new keys empty)",
  (_, texts) => {
    const empty = [...texts].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  },
);

test("both languages use the same placeholders in each text", () => {
  const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
  const mismatches = [...catalogues.de].filter(([key, text]) => {
    const english = catalogues.en.get(key) ?? "";
    return placeholders(text).join() !== placeholders(english).join();
  });
  expect(mismatches).toEqual([]);
});
