/**
 * The palette is checked, not just chosen: black text contrast (WCAG) and the separation of every
 * pair of fills under simulated deuteranopia and protanopia (Viénot, Brettel & Mollon 1999).
 */
import { PALETTES } from "../../src/engine/palette";
import type { Status } from "../../src/engine/types";

const FILLED: Status[] = ["onTarget", "insideTolerance", "outsideTolerance", "noTarget"];

function toLinear(hex: string): number[] {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

function luminance(hex: string): number {
  const [r, g, b] = toLinear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const SIMULATIONS: Record<string, number[][]> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.11238, 0.88762, 0],
    [0.11238, 0.88762, 0],
    [0.00401, -0.00401, 1],
  ],
  deuteranopia: [
    [0.29275, 0.70725, 0],
    [0.29275, 0.70725, 0],
    [-0.02234, 0.02234, 1],
  ],
};

function lab(hex: string, matrix: number[][]): number[] {
  const lin = toLinear(hex);
  const [r, g, b] = matrix.map((m) =>
    Math.min(1, Math.max(0, m[0] * lin[0] + m[1] * lin[1] + m[2] * lin[2]))
  );
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

describe.each(Object.entries(PALETTES))("palette %s", (name, palette) => {
  it("uses #RRGGBB colours", () => {
    for (const colour of Object.values(palette)) expect(colour).toMatch(/^#[0-9A-F]{6}$/);
  });

  it("keeps black text readable on every fill", () => {
    const minimum = name === "default" ? 7 : 4.5; // WCAG AAA for the default, AA for high contrast
    for (const status of FILLED)
      expect((luminance(palette[status]) + 0.05) / 0.05).toBeGreaterThanOrEqual(minimum);
  });

  it.each(Object.keys(SIMULATIONS))("keeps every pair of fills apart for %s vision", (vision) => {
    for (let i = 0; i < FILLED.length; i++) {
      for (let j = i + 1; j < FILLED.length; j++) {
        const a = lab(palette[FILLED[i]], SIMULATIONS[vision]);
        const b = lab(palette[FILLED[j]], SIMULATIONS[vision]);
        expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeGreaterThan(15);
      }
    }
  });
});
