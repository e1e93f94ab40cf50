/**
 * Turns a picture's SVG into the PNG every SVG picture in a .docx must carry as its fallback (what
 * LibreOffice and Word before 2016 show). The front end supplies it: the command line draws with
 * resvg and the fonts shipped in assets/fonts (src/cli/svgRaster.ts), the task pane and the preview
 * let the browser draw on a canvas (src/taskpane/svgRaster.ts). docs/report.md says why.
 */
export type SvgRasteriser = (
  svg: string,
  size: { width: number; height: number }
) => Promise<Uint8Array>;

/** Pixels per user unit of the PNG: twice the picture's size, sharp when printed or zoomed. */
export const RASTER_SCALE = 2;
