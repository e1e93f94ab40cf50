import fc from "fast-check";
import {
  excelRound,
  formatSourced,
  groupThousands,
  roundDecimalString,
  shownComparison,
  shownDifference,
  toDecimalString,
} from "../../../src/engine/commentary/numberText";
import type { SourcedNumber } from "../../../src/engine/types";

const n = (value: number, decimals = 0, percent = false): SourcedNumber => ({
  value,
  decimals,
  percent,
  cell: "S!A1",
});

/** Reference: round a decimal string half away from zero with BigInt arithmetic only. */
function referenceRound(text: string, decimals: number): string {
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.replace("-", "").split(".");
  const scaled = BigInt(whole + fraction);
  const unit = 10n ** BigInt(Math.max(0, fraction.length - decimals));
  let kept =
    fraction.length > decimals ? scaled / unit : scaled * 10n ** BigInt(decimals - fraction.length);
  if (fraction.length > decimals && (scaled % unit) * 2n >= unit) kept += 1n;
  const digits = kept.toString().padStart(decimals + 1, "0");
  const body = decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  return negative && kept !== 0n ? `-${body}` : body;
}

describe("excelRound", () => {
  it("rounds half away from zero on the decimal value, unlike toFixed", () => {
    expect((2.675).toFixed(2)).toBe("2.67");
    expect(excelRound(2.675, 2)).toBe("2.68");
    expect(excelRound(1.005, 2)).toBe("1.01");
    expect(excelRound(0.5, 0)).toBe("1");
    expect(excelRound(-0.5, 0)).toBe("-1");
    expect(excelRound(-2.675, 2)).toBe("-2.68");
    expect(excelRound(85.5, 0)).toBe("86");
  });

  it("pads to the number of decimals the format shows", () => {
    expect(excelRound(4, 1)).toBe("4.0");
    expect(excelRound(0.3, 2)).toBe("0.30");
    expect(excelRound(91, 0)).toBe("91");
  });

  it("removes floating noise from percentage conversion", () => {
    expect(excelRound(0.91 * 100, 0)).toBe("91");
    expect(excelRound(0.012 * 100, 1)).toBe("1.2");
    expect(excelRound(0.1 + 0.2, 1)).toBe("0.3");
  });

  it("never shows a negative zero", () => {
    expect(excelRound(-0.001, 0)).toBe("0");
    expect(excelRound(-0.004, 2)).toBe("0.00");
  });

  it("handles very large and very small numbers without exponent notation", () => {
    expect(toDecimalString(1e21)).toBe("1000000000000000000000");
    expect(toDecimalString(1.5e-7)).toBe("0.00000015");
    expect(excelRound(1.5e-7, 2)).toBe("0.00");
    expect(excelRound(123456789012, 0)).toBe("123456789012");
  });

  it("matches decimal rounding half away from zero on random decimal strings", () => {
    const decimalText = fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 999999999n }),
        fc.stringMatching(/^[0-9]{0,6}$/)
      )
      .map(
        ([negative, whole, fraction]) =>
          `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`
      );
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 5 }), (text, decimals) => {
        expect(excelRound(Number(text), decimals)).toBe(referenceRound(text, decimals));
      }),
      { numRuns: 2000 }
    );
  });

  it("agrees with the plain rounding helper on the decimal string", () => {
    expect(roundDecimalString("2.675", 2)).toBe("2.68");
    expect(roundDecimalString("9.995", 2)).toBe("10.00");
    expect(roundDecimalString("0.049", 1)).toBe("0.0");
  });
});

describe("groupThousands and formatSourced", () => {
  it("separates thousands as #,##0 shows them", () => {
    expect(groupThousands("1898")).toBe("1,898");
    expect(groupThousands("1234567.891")).toBe("1,234,567.891");
    expect(groupThousands("-1234")).toBe("-1,234");
    expect(groupThousands("999")).toBe("999");
  });

  it("shows percentages with a % sign and cell precision", () => {
    expect(formatSourced(n(91, 0, true))).toBe("91%");
    expect(formatSourced(n(1.2, 1, true))).toBe("1.2%");
    expect(formatSourced(n(1897.6, 0))).toBe("1,898");
    expect(formatSourced(n(0.22, 2))).toBe("0.22");
  });
});

describe("shown differences", () => {
  it("subtracts the figures as shown, so the text adds up", () => {
    expect(shownDifference(n(91.4), n(89.4))).toBe("2");
    expect(shownDifference(n(91.6), n(89.4))).toBe("3");
    expect(shownDifference(n(1.2, 1), n(1.8, 1))).toBe("0.6");
    expect(shownDifference(n(1898), n(1850))).toBe("48");
    expect(shownDifference(n(1.25, 2), n(1, 0))).toBe("0.25");
  });

  it("compares as shown", () => {
    expect(shownComparison(n(91.2), n(90.8))).toBe(0);
    expect(shownComparison(n(91.6), n(90.8))).toBe(1);
    expect(shownComparison(n(88), n(90.8))).toBe(-1);
  });
});
