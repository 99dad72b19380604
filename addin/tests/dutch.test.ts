import { describe, expect, it } from "vitest";
import { formatEuro, parseEuro, parsePercent, thisYear } from "../src/dutch";

describe("parseEuro", () => {
  it.each([
    ["250788", 250788],
    ["250.788", 250788],
    ["250788,50", 250788.5],
    ["1.250.788,5", 1250788.5],
    ["€ 250.788", 250788],
    [" 12 500 ", 12500],
  ])("reads %s as %d", (input, expected) => {
    expect(parseEuro(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "Vul het te verdelen bedrag in."],
    ["250.78", '"250.78": gebruik een komma voor centen, bijvoorbeeld 250788,50.'],
    ["250,788", '"250,788": gebruik hoogstens twee cijfers achter de komma.'],
    ["25.07.88", '"25.07.88" is geen bedrag. Schrijf bijvoorbeeld 250.788 of 250788,50.'],
    ["twee ton", '"twee ton" is geen bedrag. Schrijf bijvoorbeeld 250.788 of 250788,50.'],
    ["0", "Het te verdelen bedrag moet groter zijn dan 0."],
  ])("rejects %j", (input, message) => {
    expect(parseEuro(input)).toEqual({ ok: false, message });
  });
});

describe("parsePercent", () => {
  it("accepts a comma or dot as decimal sign", () => {
    expect(parsePercent("33,33")).toEqual({ ok: true, value: 33.33 });
    expect(parsePercent("50 %")).toEqual({ ok: true, value: 50 });
  });
  it("rejects text and out-of-range weights", () => {
    expect(parsePercent("veel").ok).toBe(false);
    expect(parsePercent("0")).toEqual({ ok: false, message: "Een gewicht ligt tussen 0 en 100%." });
    expect(parsePercent("120").ok).toBe(false);
  });
});

describe("formatting", () => {
  it("writes euros the Dutch way", () => {
    expect(formatEuro(250788).replace(/\s/g, " ")).toBe("€ 250.788");
    expect(formatEuro(12.5).replace(/\s/g, " ")).toBe("€ 12,50");
  });
  it("defaults the log period to this calendar year", () => {
    expect(thisYear(new Date(2026, 4, 17))).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });
});
