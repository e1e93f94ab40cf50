/**
 * Structural check of an add-in only manifest (task pane, Excel), written from Microsoft's
 * manifest reference on learn.microsoft.com (element pages list "Contained in", "Can contain" and
 * the child order of the XSDs in MS-OWEMXML). Microsoft's XSD files themselves are not vendored:
 * their licence could not be confirmed from the sources available here (docs/manifest.md).
 *
 * Each rule lists the children an element may have, in schema order, with min/max counts.
 * Elements with `xsi:type` are keyed as `Name[type]`.
 */
import { NS, type XmlNode } from "./tree";

type Occurs = [name: string, min: number, max: number];
const N = Number.POSITIVE_INFINITY;

const RULES: Record<string, Occurs[]> = {
  OfficeApp: [
    ["Id", 1, 1],
    ["AlternateId", 0, 1],
    ["Version", 1, 1],
    ["ProviderName", 1, 1],
    ["DefaultLocale", 1, 1],
    ["DisplayName", 1, 1],
    ["Description", 1, 1],
    ["IconUrl", 0, 1],
    ["HighResolutionIconUrl", 0, 1],
    ["SupportUrl", 0, 1],
    ["AppDomains", 0, 1],
    ["Hosts", 0, 1],
    ["Requirements", 0, 1],
    ["DefaultSettings", 1, 1],
    ["Permissions", 0, 1],
    ["AllowSnapshot", 0, 1],
    ["VersionOverrides", 0, 1],
    ["ExtendedOverrides", 0, 1],
  ],
  AppDomains: [["AppDomain", 0, N]],
  Hosts: [["Host", 1, N]],
  Requirements: [
    ["Sets", 0, 1],
    ["Methods", 0, 1],
  ],
  Sets: [["Set", 1, N]],
  DefaultSettings: [
    ["SourceLocation", 1, 1],
    ["RequestedWidth", 0, 1],
    ["RequestedHeight", 0, 1],
  ],
  "VersionOverrides[VersionOverridesV1_0]": [
    ["Description", 0, 1],
    ["Requirements", 0, 1],
    ["Hosts", 1, 1],
    ["Resources", 1, 1],
  ],
  "Host[Workbook]": [
    ["Runtimes", 0, 1],
    ["AllFormFactors", 0, 1],
    ["DesktopFormFactor", 0, 1],
  ],
  Runtimes: [["Runtime", 1, N]],
  AllFormFactors: [["ExtensionPoint", 1, N]],
  "ExtensionPoint[CustomFunctions]": [
    ["Script", 1, 1],
    ["Page", 1, 1],
    ["Metadata", 1, 1],
    ["Namespace", 0, 1],
  ],
  Script: [["SourceLocation", 1, 1]],
  Page: [["SourceLocation", 1, 1]],
  Metadata: [["SourceLocation", 1, 1]],
  DesktopFormFactor: [
    ["GetStarted", 0, 1],
    ["FunctionFile", 0, 1],
    ["ExtensionPoint", 1, N],
  ],
  GetStarted: [
    ["Title", 1, 1],
    ["Description", 1, 1],
    ["LearnMoreUrl", 1, 1],
  ],
  "ExtensionPoint[PrimaryCommandSurface]": [
    ["OfficeTab", 0, N],
    ["CustomTab", 0, N],
  ],
  CustomTab: [
    ["Group", 1, N],
    ["Label", 1, 1],
  ],
  OfficeTab: [["Group", 1, N]],
  Group: [
    ["Label", 1, 1],
    ["Icon", 1, 1],
    ["Control", 1, N],
  ],
  Icon: [["Image", 1, N]],
  "Control[Button]": [
    ["Label", 1, 1],
    ["Supertip", 1, 1],
    ["Icon", 1, 1],
    ["Action", 1, 1],
  ],
  Supertip: [
    ["Title", 1, 1],
    ["Description", 1, 1],
  ],
  "Action[ExecuteFunction]": [["FunctionName", 1, 1]],
  "Action[ShowTaskpane]": [
    ["TaskpaneId", 0, 1],
    ["SourceLocation", 1, 1],
    ["Title", 0, 1],
  ],
  Resources: [
    ["Images", 0, 1],
    ["Urls", 0, 1],
    ["ShortStrings", 0, 1],
    ["LongStrings", 0, 1],
  ],
  Images: [["Image", 1, N]],
  Urls: [["Url", 1, N]],
  ShortStrings: [["String", 1, N]],
  LongStrings: [["String", 1, N]],
};

/** Elements whose `xsi:type` picks the rule; any other type is an error. */
const TYPED = new Set(["VersionOverrides", "ExtensionPoint", "Control", "Action"]);
const BT_ELEMENTS = new Set([
  "Image",
  "Url",
  "String",
  "Images",
  "Urls",
  "ShortStrings",
  "LongStrings",
]);
const PERMISSIONS = new Set([
  "Restricted",
  "ReadDocument",
  "ReadAllDocument",
  "WriteDocument",
  "ReadWriteDocument",
]);

function ruleKey(node: XmlNode, insideOverrides: boolean): string {
  const type = node.attrs["xsi:type"];
  if (TYPED.has(node.name) || (node.name === "Host" && insideOverrides))
    return `${node.name}[${type ?? "missing xsi:type"}]`;
  return node.name;
}

function checkSequence(node: XmlNode, key: string, rule: Occurs[], errors: string[]): void {
  let i = 0;
  for (const [name, min, max] of rule) {
    let count = 0;
    while (i < node.children.length && node.children[i].name === name && count < max) {
      i++;
      count++;
    }
    if (count < min)
      errors.push(`line ${node.line}: <${key}> needs <${name}> (at least ${min}) in schema order`);
  }
  if (i < node.children.length) {
    const extra = node.children[i];
    errors.push(
      `line ${extra.line}: <${extra.name}> is not allowed at this place in <${key}> (wrong element or wrong order)`
    );
  }
}

export function checkStructure(root: XmlNode): string[] {
  const errors: string[] = [];
  if (root.name !== "OfficeApp" || root.ns !== NS.app)
    errors.push("the root must be <OfficeApp> in the appforoffice/1.1 namespace");
  if (root.attrs["xsi:type"] !== "TaskPaneApp")
    errors.push('<OfficeApp> must have xsi:type="TaskPaneApp"');
  const walk = (node: XmlNode, insideOverrides: boolean) => {
    const inside = insideOverrides || node.name === "VersionOverrides";
    const expectedNs =
      BT_ELEMENTS.has(node.name) && inside ? NS.bt : inside ? NS.overrides : NS.app;
    if (node.ns !== expectedNs)
      errors.push(
        `line ${node.line}: <${node.name}> is in namespace "${node.ns}", expected "${expectedNs}"`
      );
    const key = ruleKey(node, insideOverrides);
    const rule = RULES[key];
    if (rule) checkSequence(node, key, rule, errors);
    else if (TYPED.has(node.name) || (node.name === "Host" && insideOverrides)) {
      errors.push(`line ${node.line}: <${key}> is not a type this manifest may use`);
    } else if (node.children.length > 0)
      errors.push(`line ${node.line}: <${key}> may not contain elements`);
    for (const c of node.children) walk(c, inside);
  };
  walk(root, false);
  const permissions = root.children.find((c) => c.name === "Permissions")?.text;
  if (permissions !== undefined && !PERMISSIONS.has(permissions))
    errors.push(`<Permissions> "${permissions}" is not a permission level`);
  const id = root.children.find((c) => c.name === "Id")?.text ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    errors.push("<Id> must be a GUID");
  const version = root.children.find((c) => c.name === "Version")?.text ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version))
    errors.push("<Version> must be up to four dot-separated numbers");
  return errors;
}
