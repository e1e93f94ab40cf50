/**
 * The command line's PNG fallback of each report picture: resvg (a Rust SVG renderer shipped as a
 * binary inside its npm package) with Liberation Sans from assets/fonts and no system fonts, so
 * every machine draws the same letters (docs/report.md, "The pictures").
 */
import fs from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { RASTER_SCALE, type SvgRasteriser } from "../report/raster";

const FONT_FILES = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"];

/** assets/fonts, found upwards from this file: src/cli under ts-jest, dist/node/cli when built. */
export function fontDirectory(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, "assets", "fonts");
    if (FONT_FILES.every((f) => fs.existsSync(path.join(candidate, f)))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(
        `The report's fonts (assets/fonts/${FONT_FILES[0]}) are missing from this installation.`
      );
    dir = parent;
  }
}

let fontFiles: string[] | null = null;

export const resvgRasteriser: SvgRasteriser = async (svg, size) => {
  fontFiles ??= FONT_FILES.map((f) => path.join(fontDirectory(), f));
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round(size.width * RASTER_SCALE) },
    background: "#FFFFFF",
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "Liberation Sans" },
  });
  return new Uint8Array(resvg.render().asPng());
};
