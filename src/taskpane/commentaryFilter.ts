/**
 * What the commentary list shows: filter by service area and by group, search by ref, name or
 * text, and collapsed groups. Pure, so Copy all copies exactly what the reviewer sees listed.
 */
import type { CommentaryGroup, CommentaryItem } from "../engine/types";

export const GROUP_ORDER: CommentaryGroup[] = ["good", "concern", "volumetric", "notClassified"];

export interface CommentaryFilter {
  /** "" = every area. */
  area: string;
  /** "" = every group. */
  group: CommentaryGroup | "";
  search: string;
}

export const NO_FILTER: CommentaryFilter = { area: "", group: "", search: "" };

export function isFiltered(filter: CommentaryFilter): boolean {
  return filter.area !== "" || filter.group !== "" || filter.search.trim() !== "";
}

/** Service areas in the order the workbook lists them. */
export function areasOf(items: CommentaryItem[]): string[] {
  return [...new Set(items.map((i) => i.area))];
}

export function matches(item: CommentaryItem, text: string, filter: CommentaryFilter): boolean {
  if (filter.area && item.area !== filter.area) return false;
  if (filter.group && item.group !== filter.group) return false;
  const words = filter.search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${item.ref}\n${item.name}\n${item.headline}\n${text}`.toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

export interface ShownGroup {
  group: CommentaryGroup;
  /** Items of the group that pass the filter (shown unless the group is collapsed). */
  items: CommentaryItem[];
}

/** Groups in the seed's order, each with the items that pass the filter. */
export function shownGroups(
  items: CommentaryItem[],
  textOf: (item: CommentaryItem) => string,
  filter: CommentaryFilter
): ShownGroup[] {
  const byGroup = new Map<CommentaryGroup, CommentaryItem[]>(GROUP_ORDER.map((g) => [g, []]));
  for (const item of items)
    if (matches(item, textOf(item), filter)) byGroup.get(item.group)?.push(item);
  return GROUP_ORDER.filter((g) => !filter.group || g === filter.group).map((group) => ({
    group,
    items: byGroup.get(group) ?? [],
  }));
}

export type CommentaryRow =
  | { kind: "heading"; group: CommentaryGroup; count: number; collapsed: boolean }
  | { kind: "empty"; group: CommentaryGroup }
  | { kind: "card"; group: CommentaryGroup; item: CommentaryItem; index: number };

/** The flat list the virtual list draws: a heading per group, then its cards unless collapsed. */
export function commentaryRows(
  groups: ShownGroup[],
  collapsed: ReadonlySet<CommentaryGroup>
): CommentaryRow[] {
  const rows: CommentaryRow[] = [];
  for (const { group, items } of groups) {
    const isCollapsed = collapsed.has(group);
    rows.push({ kind: "heading", group, count: items.length, collapsed: isCollapsed });
    if (isCollapsed) continue;
    if (items.length === 0) rows.push({ kind: "empty", group });
    items.forEach((item, index) => rows.push({ kind: "card", group, item, index }));
  }
  return rows;
}
