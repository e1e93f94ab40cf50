/**
 * An independent reader for the report's .docx (not a test file): unzips it with JSZip and reads
 * the WordprocessingML by hand, so the tests never trust the library that wrote it.
 */
import JSZip from "jszip";

export interface DocParagraph {
  kind: "p";
  style: string | null;
  text: string;
}

export interface DocTable {
  kind: "table";
  rows: { header: boolean; cells: string[]; fills: (string | null)[] }[];
}

export interface DocImage {
  name: string;
  title: string;
  description: string;
}

export interface ReadDocument {
  blocks: (DocParagraph | DocTable)[];
  images: DocImage[];
  xml: string;
  styles: string;
  settings: string;
  media: string[];
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join("");
}

function paragraph(xml: string): DocParagraph {
  const style = /<w:pStyle w:val="([^"]+)"/.exec(xml);
  return { kind: "p", style: style ? style[1] : null, text: textOf(xml) };
}

function table(xml: string): DocTable {
  const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, row]) => {
    const cells = [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, c]) => c);
    return {
      header: /<w:tblHeader\/>/.test(row),
      cells: cells.map((c) =>
        [...c.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => textOf(p)).join("\n")
      ),
      fills: cells.map((c) => /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(c)?.[1] ?? null),
    };
  });
  return { kind: "table", rows };
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocument> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const styles = await zip.file("word/styles.xml")!.async("string");
  const settings = (await zip.file("word/settings.xml")?.async("string")) ?? "";
  const body = xml.slice(xml.indexOf("<w:body>"), xml.indexOf("</w:body>"));
  const blocks: (DocParagraph | DocTable)[] = [];
  // Tables hold paragraphs of their own: take each top-level table whole, then the paragraphs.
  const pattern = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g;
  for (const [block] of body.matchAll(pattern))
    blocks.push(block.startsWith("<w:tbl>") ? table(block) : paragraph(block));
  const images = [...xml.matchAll(/<wp:docPr ([^>]*)\/>/g)].map(([, attrs]) => {
    const attr = (name: string) =>
      unescape(new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? "");
    return { name: attr("name"), title: attr("title"), description: attr("descr") };
  });
  const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
  return { blocks, images, xml, styles, settings, media };
}

export function paragraphs(doc: ReadDocument): DocParagraph[] {
  return doc.blocks.filter((b): b is DocParagraph => b.kind === "p");
}

export function tables(doc: ReadDocument): DocTable[] {
  return doc.blocks.filter((b): b is DocTable => b.kind === "table");
}

/** The pictures' files (word/media/…) by name, as bytes. */
export async function mediaFiles(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).filter((f) => f.startsWith("word/media/")))
    files.set(name, await zip.file(name)!.async("uint8array"));
  return files;
}
