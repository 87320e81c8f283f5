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
  // Keys the code builds at run time (t(`arrival.household.relations.${relation}`)) are invisible to the
  // extractor; without this list it would delete them. The parser tests "<namespace><separator><key>",
  // so the patterns are not anchored at the start.
  keepRemoved: [
    /arrival\.duplicates\.reasons(\.|$)/,
    /arrival\.household\.relations(\.|$)/,
    /arrival\.household\.ageGroups(\.|$)/,
    /arrival\.residence\.reasons(\.|$)/,
    /arrival\.list\.filters\.statuses(\.|$)/,
  ],
  createOldCatalogs: false,
  sort: true,
  indentation: 2,
  lineEnding: "lf",
  lexers: { ts: ["JavascriptLexer"], tsx: ["JsxLexer"], default: ["JavascriptLexer"] },
};
