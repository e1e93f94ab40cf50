/**
 * The pane's (and the preview's) PNG fallback of each report picture: the browser draws the SVG
 * on a canvas, in the fonts it has (Arial on Windows and Mac), so the pane needs no renderer of
 * its own. Loaded with the report code, never with the pane (docs/report.md).
 */
import { RASTER_SCALE, type SvgRasteriser } from "../report/raster";

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("a picture could not be drawn"));
    image.src = url;
  });
}

export const canvasRasteriser: SvgRasteriser = async (svg, size) => {
  // A blob: URL, which the pane's Content-Security-Policy allows for images (img-src blob:).
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(size.width * RASTER_SCALE);
    canvas.height = Math.round(size.height * RASTER_SCALE);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw pictures");
    context.fillStyle = "#FFFFFF";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("a picture could not be drawn"))),
        "image/png"
      )
    );
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
