import { describe, expect, it } from "vitest";
import { ZNewPassword } from "../../../common/platform/password-schemas.js";
import { TEST_PASSWORD } from "../../testing/factories.js";
import { HttpProblem } from "../http/problems.js";
import { assertPasswordAcceptable, findPasswordWeakness } from "./password-policy.js";

const owner = { email: "erika.mustermann@landkreis-osnabrueck.test", displayName: "Erika Mustermann" };

describe("password policy", () => {
  it("takes 12 to 1024 characters (the shared schema the web form uses too)", () => {
    expect(ZNewPassword.safeParse("a".repeat(11)).success).toBe(false);
    expect(ZNewPassword.safeParse("Kuchenblech Tafelrunde").success).toBe(true);
    expect(ZNewPassword.safeParse("x".repeat(1025)).success).toBe(false);
  });

  it.each([
    ["passwort123456", "common"],
    ["Passwort2024!!", "common"],
    ["hallo1234567", "common"],
    ["sommersommer", "common"],
    ["Sonnenschein!!", "common"],
    ["KommMit2024!!", "common"],
    ["Landkreis-Osnabrück", "common"],
    ["aaaaaaaaaaaaaa", "repetitive"],
    ["abababababab12", "repetitive"],
    ["qwertzuiop12", "sequence"],
    ["123456789012", "sequence"],
    ["1qay2wsx3edc4rfv", "sequence"],
    ["erika.mustermann@landkreis-osnabrueck.test", "personal"],
    ["ErikaMustermann!", "personal"],
    ["Mustermann2024!", "personal"],
  ] as const)("refuses %s as %s", (password, weakness) => {
    expect(findPasswordWeakness(password, owner)).toBe(weakness);
  });

  it.each([TEST_PASSWORD, "Kuchenblech Tafelrunde", "vier Fahrräder im Schuppen", "7Gx!pq2Lm#Rt"])(
    "accepts %s",
    (password) => {
      expect(findPasswordWeakness(password, owner)).toBeUndefined();
    },
  );

  it("answers a weak password with a 422 field problem in German or English", () => {
    const attempt = (language: "de" | "en") => {
      try {
        assertPasswordAcceptable("passwort123456", owner, language);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const german = attempt("de");
    expect(german).toBeInstanceOf(HttpProblem);
    expect((german as HttpProblem).statusCode).toBe(422);
    expect((german as HttpProblem).options.errors).toEqual([
      { pointer: "/body/password", code: "password_common", detail: expect.stringContaining("zu verbreitet") },
    ]);
    expect((attempt("en") as HttpProblem).options.errors?.[0]?.detail).toContain("too common");
  });
});
