import { describe, expect, it } from "vitest";
import { sanitisePageHtml } from "./sanitise-page-html.js";

const mediaPath = "/portal/media/0b8f7a4e-6d2c-4f1a-9a53-2f1c3e4d5a6b";

describe("sanitising page HTML", () => {
  it("keeps images of the portal's media library that have an alt text", () => {
    expect(sanitisePageHtml(`<p><img src="${mediaPath}/plan.png" alt="Stadtplan" width="640" height="480"></p>`)).toBe(
      `<p><img src="${mediaPath}/plan.png" alt="Stadtplan" width="640" height="480" /></p>`,
    );
    expect(sanitisePageHtml(`<img src="${mediaPath}/linie.webp" alt="">`)).toBe(
      `<img src="${mediaPath}/linie.webp" alt="" />`,
    );
  });

  it("drops images from elsewhere, without alt, or with odd attributes", () => {
    for (const src of [
      "https://example.org/x.png",
      "//example.org/x.png",
      "data:image/png;base64,AAAA",
      "javascript:alert(1)",
      `${mediaPath}/../../api/x.png`,
      `${mediaPath}/plan.svg`,
      `${mediaPath}/plan.png?x=1`,
      "/portal/media/not-an-id/plan.png",
    ]) {
      expect(sanitisePageHtml(`<p>a<img src="${src}" alt="x">b</p>`), src).toBe("<p>ab</p>");
    }
    expect(sanitisePageHtml(`<p><img src="${mediaPath}/plan.png"></p>`)).toBe("<p></p>");
    expect(
      sanitisePageHtml(`<img src="${mediaPath}/plan.png" alt="Plan" width="100%" height="9" onerror="x()" style="a">`),
    ).toBe(`<img src="${mediaPath}/plan.png" alt="Plan" height="9" />`);
  });

  it("keeps links to the portal's files and web pages, and strips the rest", () => {
    expect(sanitisePageHtml(`<a href="${mediaPath}/merkblatt.pdf">Merkblatt</a>`)).toBe(
      `<a href="${mediaPath}/merkblatt.pdf">Merkblatt</a>`,
    );
    expect(sanitisePageHtml('<a href="https://example.org">x</a><a href="javascript:x()">y</a>')).toBe(
      '<a href="https://example.org">x</a><a>y</a>',
    );
    expect(sanitisePageHtml("<p>a</p><script>alert(1)</script><style>p{}</style><iframe src=x></iframe>")).toBe(
      "<p>a</p>",
    );
  });
});
