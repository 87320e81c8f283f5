import { describe, expect, it } from "vitest";
import { ZOfferContent } from "../../../common/offers/offer-content-schemas.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import { buildOfferInput } from "./offer-test-content.js";
import { sanitiseDescription, sanitiseOfferContent } from "./sanitise-offer-html.js";

describe("sanitiseDescription", () => {
  it("keeps paragraphs, lists, emphasis and web and mail links", () => {
    const html =
      "<p>Mit <strong>Kinderbetreuung</strong> und <em>Fahrtkosten</em>.</p><ul><li>eins</li></ul><ol><li>zwei</li></ol>" +
      '<p><a href="https://example.org/kurs">Kurs</a><br><a href="mailto:info@example.org">Mail</a></p>';
    expect(sanitiseDescription(html)).toBe(html.replace("<br>", "<br />"));
  });

  it("drops script and style with their content", () => {
    expect(sanitiseDescription("<p>Hallo</p><script>alert(1)</script><style>p{}</style>")).toBe("<p>Hallo</p>");
  });

  it("removes event handlers and images", () => {
    expect(sanitiseDescription('<p onclick="x()">Text<img src="x" onerror="alert(1)"></p>')).toBe("<p>Text</p>");
  });

  it("removes javascript: and data: links but keeps the text", () => {
    expect(sanitiseDescription('<a href="javascript:alert(1)">klick</a>')).toBe("<a>klick</a>");
    expect(sanitiseDescription('<a href="data:text/html,x" title="t">klick</a>')).toBe("<a>klick</a>");
  });

  it("strips other tags and attributes, keeping their text", () => {
    expect(sanitiseDescription('<div class="x"><h1>Titel</h1><p style="color:red">Text</p></div>')).toBe(
      "Titel<p>Text</p>",
    );
  });
});

describe("sanitiseOfferContent", () => {
  it("reports a description that was only markup as missing, at its field", () => {
    const content = ZOfferContent.parse(
      buildOfferInput({
        translations: [
          { language: "de", title: "Kurs", description: "<p>gut</p>" },
          { language: "en", title: "Course", description: "<script>alert(1)</script>" },
        ],
      }),
    );
    expect(() => sanitiseOfferContent(content)).toThrow(FieldRuleViolation);
    try {
      sanitiseOfferContent(content);
    } catch (error) {
      expect((error as FieldRuleViolation).violations).toEqual([
        { pointer: "/body/translations/1/description", code: "offer_description_required" },
      ]);
    }
  });
});
