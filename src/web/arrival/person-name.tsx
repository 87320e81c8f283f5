/** Scripts written right to left. */
const rightToLeft = new Set<string>(["Arab", "Hebr"]);

type TPersonNameProps = { script: string; givenName: string; familyName: string };

/**
 * A name in its script: marked with the script (BCP 47 "und-Cyrl": language unknown, script known),
 * so screen readers do not read it as German, and right to left where the script is.
 */
export function PersonName({ script, givenName, familyName }: TPersonNameProps) {
  const text = [givenName, familyName].filter((part) => part !== "").join(" ");
  const isMarked = script !== "Latn" && script !== "Other";
  return (
    <bdi lang={isMarked ? `und-${script}` : undefined} dir={rightToLeft.has(script) ? "rtl" : undefined}>
      {text}
    </bdi>
  );
}
