/** The request size a write batch may reach on the host the add-in runs in. */

/** Excel on the web limits a request to 5 MB; desktop Excel does not. */
export function defaultRequestLimit(): number {
  const platform =
    typeof Office === "undefined" ? undefined : String(Office.context?.platform ?? "");
  return platform === "PC" || platform === "Mac" ? Number.POSITIVE_INFINITY : 4_000_000;
}
