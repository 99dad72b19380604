// Dutch number input and output for the pane.

export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 250.788 or 1.250.788,50
const PLAIN = /^\d+(,\d+)?$/; // 250788 or 250788,50

/**
 * Parses an amount as a Dutch user types it: "250.788", "250788,50", "€ 1.250.788,5".
 * A dot is a thousands separator (groups of three), a comma the decimal sign.
 */
export function parseEuro(input: string): ParseResult {
  const text = input.replace(/[\s\u00a0\u202f]/g, "").replace(/^€/, "");
  if (text === "") return { ok: false, message: "Vul het te verdelen bedrag in." };
  if (!GROUPED.test(text) && !PLAIN.test(text)) {
    if (/^\d+\.\d{1,2}$/.test(text)) {
      return { ok: false, message: `"${input.trim()}": gebruik een komma voor centen, bijvoorbeeld 250788,50.` };
    }
    return { ok: false, message: `"${input.trim()}" is geen bedrag. Schrijf bijvoorbeeld 250.788 of 250788,50.` };
  }
  const [whole, decimals = ""] = text.split(",");
  if (decimals.length > 2) {
    return { ok: false, message: `"${input.trim()}": gebruik hoogstens twee cijfers achter de komma.` };
  }
  const value = Number(`${whole.replace(/\./g, "")}.${decimals || "0"}`);
  if (!(value > 0)) return { ok: false, message: "Het te verdelen bedrag moet groter zijn dan 0." };
  return { ok: true, value };
}

/** A weight in percent: "50", "33,33", "33.33" (a lone dot with decimals reads as decimal sign here). */
export function parsePercent(input: string): ParseResult {
  const text = input.replace(/[\s%]/g, "").replace(",", ".");
  if (text === "" || !/^\d+(\.\d+)?$/.test(text)) {
    return { ok: false, message: `"${input.trim()}" is geen percentage.` };
  }
  const value = Number(text);
  if (value <= 0 || value > 100) return { ok: false, message: "Een gewicht ligt tussen 0 en 100%." };
  return { ok: true, value };
}

const euro0 = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0, minimumFractionDigits: 0 });
const euro2 = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const number = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** "€ 250.788" (or with cents when the amount has them). */
export function formatEuro(value: number): string {
  return (Number.isInteger(value) ? euro0 : euro2).format(value);
}

export function formatNumber(value: number): string {
  return number.format(value);
}

/** yyyy-mm-dd in local time. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** First and last day of the year of `today`. */
export function thisYear(today: Date = new Date()): { from: string; to: string } {
  const year = today.getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
