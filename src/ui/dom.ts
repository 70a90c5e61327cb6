/**
 * Tiny DOM helpers. Text is only ever set with textContent: cell text never becomes HTML.
 */

/** The element with this id, or an exception naming it (a missing id is a bug in taskpane.html). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`taskpane.html has no element #${id}`);
  return found as T;
}

/** A new element with attributes and text or children; text goes through textContent. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  content: string | readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (typeof content === "string") node.textContent = content;
  else for (const child of content) node.appendChild(child);
  return node;
}

/** Remove every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Replace the options of a select, keeping the chosen value when it still exists. */
export function setOptions(select: HTMLSelectElement, options: readonly { value: string; label: string }[]): void {
  const keep = select.value;
  clear(select);
  for (const o of options) select.appendChild(el("option", { value: o.value }, o.label));
  if (options.some((o) => o.value === keep)) select.value = keep;
}
