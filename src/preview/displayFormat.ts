/**
 * Shows a cell value the way Excel would, for the preview's sheet view: percentages, fixed
 * decimals, thousands separators, literal text around the number, negative sections and the common
 * date formats. Rounding is half away from zero on the decimal value (2.675 -> 2.68), as Excel does.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Rounds half away from zero on the decimal representation, avoiding binary noise (2.675). */
export function roundHalfAway(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  if (!Number.isFinite(shifted)) return value;
  return sign * Number(`${Math.round(shifted)}e-${decimals}`);
}

function withThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Excel's General: up to 10 significant digits, no trailing zeros, exponent for huge/tiny values. */
export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9)
    return value
      .toExponential(5)
      .toUpperCase()
      .replace(/\.?0+E/, "E");
  return String(Number(value.toPrecision(10)));
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** Literal text of a section with quotes, escapes, padding and brackets resolved; `#` marks the number. */
function renderLiterals(section: string, numberText: string): string {
  let out = "";
  let placedNumber = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? section.length : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      out += section[i + 1] ?? "";
      i++;
    } else if (ch === "_") {
      out += " ";
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      // [$£-809] carries a currency symbol; colours and conditions show nothing.
      if (inner.startsWith("$")) out += inner.slice(1).split("-")[0];
      i = end < 0 ? section.length : end;
    } else if ("0#?,.".includes(ch)) {
      if (!placedNumber) out += numberText;
      placedNumber = true;
    } else if (ch === "%") {
      out += "%";
    } else if (/[eE]/.test(ch) && /[+-]/.test(section[i + 1] ?? "")) {
      i++;
      while (i + 1 < section.length && /[0#]/.test(section[i + 1])) i++;
    } else {
      out += ch;
    }
  }
  return placedNumber ? out : out + (numberText && /[0#?]/.test(section) ? numberText : "");
}

/** The digit placeholders of a section: text outside quotes, escapes and brackets. */
function codes(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
}

function isDateFormat(section: string): boolean {
  const c = codes(section);
  return /[dmyhs]/i.test(c) && !/[0#?]/.test(c.replace(/[dmyhs:.\s/-]+/gi, ""));
}

export function excelSerialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
}

function formatDate(date: Date, section: string): string {
  const c = codes(section).toLowerCase();
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return c.replace(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d/g, (token) => {
    switch (token) {
      case "yyyy":
        return String(y);
      case "yy":
        return pad(y % 100);
      case "mmmm":
        return new Date(Date.UTC(2000, m, 1)).toLocaleString("en-GB", {
          month: "long",
          timeZone: "UTC",
        });
      case "mmm":
        return MONTHS[m];
      case "mm":
        return pad(m + 1);
      case "m":
        return String(m + 1);
      case "dd":
        return pad(d);
      case "d":
        return String(d);
      default:
        return date.toLocaleDateString("en-GB", {
          weekday: token === "dddd" ? "long" : "short",
          timeZone: "UTC",
        });
    }
  });
}

/** A number (or date) shown through an Excel number format. */
export function formatNumber(value: number | Date, format: string | null | undefined): string {
  const isDate = value instanceof Date;
  const numeric = isDate ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86400000 : value;
  if (!format || /^general$/i.test(format) || format === "@") {
    return isDate ? formatDate(value, "dd/mm/yyyy") : formatGeneral(numeric);
  }
  const sections = splitSections(format);
  const negative = numeric < 0 && sections.length > 1;
  const section =
    numeric === 0 && sections.length > 2 ? sections[2] : negative ? sections[1] : sections[0];
  if (isDate || isDateFormat(section))
    return formatDate(isDate ? value : excelSerialToDate(numeric), section);
  const c = codes(section);
  if (/[eE][+-]/.test(c)) {
    const decimals = (c.split(/[eE]/)[0].split(".")[1] ?? "").replace(/[^0#?]/g, "").length;
    return numeric
      .toExponential(decimals)
      .toUpperCase()
      .replace(/E([+-])(\d)$/, "E$10$2");
  }
  const percentCount = (c.match(/%/g) ?? []).length;
  const point = c.indexOf(".");
  const decimals = point < 0 ? 0 : (c.slice(point + 1).match(/[0#?]/g) ?? []).length;
  const integerPart = point < 0 ? c : c.slice(0, point);
  const thousands = /[0#?],[0#?]/.test(integerPart);
  // A comma after the last digit placeholder scales by a thousand (`#,##0,` shows thousands).
  const scaleCommas = /[0#?](,+)[^0#?]*$/.exec(integerPart)?.[1].length ?? 0;
  const scaled = (Math.abs(numeric) * 100 ** percentCount) / 1000 ** scaleCommas;
  const rounded = roundHalfAway(scaled, decimals);
  const [intDigits, fraction = ""] = rounded.toFixed(decimals).split(".");
  const minIntDigits = (integerPart.match(/0/g) ?? []).length;
  let intText = intDigits === "0" && minIntDigits === 0 ? "" : intDigits;
  if (thousands) intText = withThousands(intText);
  const optionalDecimals = point < 0 ? "" : c.slice(point + 1).replace(/[^0#?]/g, "");
  let fractionText = fraction;
  for (
    let i = optionalDecimals.length - 1;
    i >= 0 && optionalDecimals[i] === "#" && fractionText.endsWith("0");
    i--
  ) {
    fractionText = fractionText.slice(0, -1);
  }
  const numberText =
    fractionText || (point >= 0 && optionalDecimals.includes("0"))
      ? `${intText}.${fractionText}`
      : intText || "0";
  const body = renderLiterals(section, numberText);
  const isNegativeShown = numeric < 0 && !negative && rounded !== 0;
  return isNegativeShown ? `-${body}` : body;
}
