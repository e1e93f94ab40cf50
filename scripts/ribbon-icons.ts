/**
 * The ribbon buttons' icons (issue 22: each command its own picture), in Office's flat style: a
 * dark grey outline on a 32-unit grid with one or two solid accents, drawn as SVG and rasterised
 * with resvg at the sizes the manifest asks for (16, 32, 80) into assets/ribbon-<name>-<size>.png.
 * Run: npx tsx scripts/ribbon-icons.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

export const RIBBON_ICON_SIZES = [16, 32, 80] as const;

const INK = "#424242";
const BLUE = "#0F6CBD";
// The workbook's own status fills (src/engine/palette.ts), so the icon says "rated cells".
const GREEN = "#C6EFCE";
const AMBER = "#FFEB9C";
const RED = "#FFC7CE";

const svg = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">${body}</svg>`;

export const RIBBON_ICONS = {
  /** Classify quarter: a table whose last column's cells are rated (green, amber, red). */
  classify: svg(
    `<rect x="3" y="5" width="26" height="22" rx="2" fill="#FFFFFF" stroke="${INK}" stroke-width="2"/>` +
      `<rect x="19" y="10" width="9" height="5" fill="${GREEN}"/>` +
      `<rect x="19" y="15" width="9" height="5" fill="${AMBER}"/>` +
      `<rect x="19" y="20" width="9" height="6" fill="${RED}"/>` +
      `<path d="M4 10H28M4 15H28M4 20H28M18 10V26" stroke="${INK}" stroke-width="2" fill="none"/>` +
      `<path d="M7 12.5H15M7 17.5H13M7 22.5H15" stroke="${BLUE}" stroke-width="2"/>`
  ),
  /** Clear classification: an eraser over a line. */
  clear: svg(
    `<path d="M4 28H28" stroke="${INK}" stroke-width="2"/>` +
      `<path d="M17 4.5L27.5 15L16 26.5H10.5L4.5 20.5Z" fill="#FFFFFF" stroke="${INK}" stroke-width="2" stroke-linejoin="round"/>` +
      `<path d="M17 4.5L27.5 15L21 21.5L10.5 11Z" fill="${BLUE}" stroke="${INK}" stroke-width="2" stroke-linejoin="round"/>`
  ),
  /** Challenge pane: a window with its task pane open on the right. */
  pane: svg(
    `<rect x="3" y="5" width="26" height="22" rx="2" fill="#FFFFFF" stroke="${INK}" stroke-width="2"/>` +
      `<rect x="18" y="6" width="10" height="20" fill="${BLUE}"/>` +
      `<path d="M18 6V26" stroke="${INK}" stroke-width="2"/>` +
      `<path d="M20.5 10H25.5M20.5 14H25.5M20.5 18H24" stroke="#FFFFFF" stroke-width="2"/>` +
      `<path d="M7 11H14M7 16H14M7 21H12" stroke="${INK}" stroke-width="2"/>`
  ),
} as const;

export type RibbonIcon = keyof typeof RIBBON_ICONS;

export function ribbonIconPng(name: RibbonIcon, size: number): Buffer {
  const resvg = new Resvg(RIBBON_ICONS[name], { fitTo: { mode: "width", value: size } });
  return Buffer.from(resvg.render().asPng());
}

export function ribbonIconFile(name: RibbonIcon, size: number): string {
  return `ribbon-${name}-${size}.png`;
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(RIBBON_ICONS) as RibbonIcon[])
    for (const size of RIBBON_ICON_SIZES)
      writeFileSync(join(dir, ribbonIconFile(name, size)), ribbonIconPng(name, size));
  console.log(`Wrote the ribbon icons to ${dir}`);
}
