/**
 * Makes everything on the page except `keep` (and what contains it) inert: not focusable, not
 * clickable, hidden from assistive technology — what a modal dialog needs behind it (WAI-ARIA
 * dialog pattern). Returns the undo, which restores each element's own earlier state.
 */
export function inertOthers(keep: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (
    let node: HTMLElement | null = keep;
    node && node !== document.body;
    node = node.parentElement
  ) {
    const parent: HTMLElement | null = node.parentElement;
    if (!parent) break;
    for (const sibling of Array.from(parent.children)) {
      if (sibling === node || sibling.hasAttribute("inert")) continue;
      if (sibling.tagName === "SCRIPT" || sibling.tagName === "STYLE") continue;
      sibling.setAttribute("inert", "");
      changed.push(sibling as HTMLElement);
    }
  }
  return () => {
    for (const element of changed) element.removeAttribute("inert");
  };
}
