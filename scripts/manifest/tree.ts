/**
 * The manifest as a plain tree (name, namespace, attributes, children, text), parsed by libxml2
 * (libxml2-wasm, the same parser as xmllint, no apt package needed). Checks run on this tree.
 */
export interface XmlNode {
  name: string;
  ns: string;
  /** Attributes by name; namespaced ones as `xsi:type`. */
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  line: number;
}

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

interface LibNode {
  name: string;
  namespaceUri: string;
  content: string;
  line: number;
  attrs: { name: string; namespaceUri: string; value: string }[];
  firstChild: unknown;
  next: unknown;
}

/** Parses XML text; throws an Error with libxml2's message when it is not well-formed. */
export async function parseXml(text: string): Promise<XmlNode> {
  const lib = await import("libxml2-wasm");
  const doc = lib.XmlDocument.fromString(text);
  try {
    const convert = (el: LibNode): XmlNode => {
      const attrs: Record<string, string> = {};
      for (const a of el.attrs)
        attrs[a.namespaceUri === NS.xsi ? `xsi:${a.name}` : a.name] = a.value;
      const children: XmlNode[] = [];
      for (let child = el.firstChild; child; child = (child as LibNode).next) {
        if (child instanceof lib.XmlElement) children.push(convert(child as unknown as LibNode));
      }
      return {
        name: el.name,
        ns: el.namespaceUri,
        attrs,
        children,
        text: el.content.trim(),
        line: el.line,
      };
    };
    return convert(doc.root as unknown as LibNode);
  } finally {
    doc.dispose();
  }
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function descendants(node: XmlNode, name?: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      if (!name || c.name === name) found.push(c);
      walk(c);
    }
  };
  walk(node);
  return found;
}
