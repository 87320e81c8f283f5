// Extracts every t("…") key of the staff app into one catalogue per language.
// New keys arrive empty; the catalogue test fails until both languages have a text for each.
module.exports = {
  input: ["src/web/**/*.{ts,tsx}", "!src/web/**/*.test.{ts,tsx}"],
  output: "src/web/locales/$LOCALE/$NAMESPACE.json",
  locales: ["de", "en"],
  defaultNamespace: "translation",
  namespaceSeparator: false,
  keySeparator: ".",
  pluralSeparator: "_",
  contextSeparator: "_",
  defaultValue: "",
  keepRemoved: false,
  createOldCatalogs: false,
  sort: true,
  indentation: 2,
  lineEnding: "lf",
  lexers: { ts: ["JavascriptLexer"], tsx: ["JsxLexer"], default: ["JavascriptLexer"] },
};
