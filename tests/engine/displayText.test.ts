import fc from "fast-check";
import { formatFixed } from "../../src/engine/commentary/numberText";
import { displayText, isDateFormat, UNSHOWABLE_DATE } from "../../src/engine/displayText";

describe("displayText: a cell as the reader sees it", () => {
  it("shows a reviewer's typed date as a date, never as its serial (43788)", () => {
    expect(displayText(43788, "dd/mm/yyyy")).toBe("19/11/2019");
    expect(displayText(43788, "d mmmm yyyy")).toBe("19 November 2019");
    expect(displayText(43788, "dddd d mmm yy")).toBe("Tuesday 19 Nov 19");
    expect(displayText(43788, "mmm-yy")).toBe("Nov-19");
    expect(displayText(43788, "[$-809]dd mmmm yyyy")).toBe("19 November 2019");
  });

  it("reads Excel's built-in short date (handed over in US form) day first, as British English does", () => {
    // ExcelJS names format 14 "mm-dd-yy"; Office.js "m/d/yyyy".
    expect(displayText(43788, "mm-dd-yy")).toBe("19/11/2019");
    expect(displayText(43788, "m/d/yyyy")).toBe("19/11/2019");
  });

  it("tells minutes from months by their place, as Excel does", () => {
    expect(displayText(43788.5, "dd/mm/yyyy hh:mm")).toBe("19/11/2019 12:00");
    expect(displayText(0.75, "h:mm AM/PM")).toBe("6:00 PM");
    expect(displayText(0.5 + 61 / 86400, "hh:mm:ss")).toBe("12:01:01");
  });

  it("keeps Excel's calendar, fictitious 29 February 1900 included, and shows ######## outside it", () => {
    expect(displayText(1, "dd/mm/yyyy")).toBe("01/01/1900");
    expect(displayText(60, "dd/mm/yyyy")).toBe("29/02/1900");
    expect(displayText(61, "dd/mm/yyyy")).toBe("01/03/1900");
    expect(displayText(-1, "dd/mm/yyyy")).toBe(UNSHOWABLE_DATE);
    expect(displayText(3e6, "dd/mm/yyyy")).toBe(UNSHOWABLE_DATE);
  });

  it("shows numbers by the commentary's rule: the format's decimals and %, Excel's rounding", () => {
    expect(displayText(0.913, "0%")).toBe("91%");
    expect(displayText(0.9125, "0.0%")).toBe("91.3%");
    expect(displayText(2.675, "0.00")).toBe("2.68");
    expect(displayText(1898, "#,##0")).toBe("1,898");
    expect(displayText(2.3456, null)).toBe("2.35");
  });

  it("passes text, booleans and errors through, and an empty cell is empty", () => {
    expect(displayText("Agreed at the panel", "dd/mm/yyyy")).toBe("Agreed at the panel");
    expect(displayText(true, null)).toBe("TRUE");
    expect(displayText({ error: "#N/A" }, null)).toBe("#N/A");
    expect(displayText(null, "0%")).toBe("");
  });

  it("tells date formats from number formats", () => {
    for (const f of ["dd/mm/yyyy", "d-mmm", "hh:mm", "yyyy", "[h]:mm:ss", "mmmm"])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ["0%", "#,##0", "General", "0.0", '0" days"', "@", "", null, "0.00E+00"])
      expect(isDateFormat(f)).toBe(false);
  });

  it("gives every day of Excel's calendar as the same date JavaScript's UTC calendar gives", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        const expected = `${String(date.getUTCDate()).padStart(2, "0")}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${date.getUTCFullYear()}`;
        expect(displayText(serial, "dd/mm/yyyy")).toBe(expected);
      })
    );
  });

  it("gives any number under a number format exactly the commentary's text for it", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (value, decimals) => {
          const format = decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
          expect(displayText(value, format)).toBe(formatFixed(value, decimals, false));
        }
      )
    );
  });
});
