/**
 * Copy text: the async Clipboard API first, then the old textarea + execCommand("copy") way, which
 * older Office web views still need. Resolves true when one of them copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (
      typeof navigator !== "undefined" &&
      navigator.clipboard &&
      typeof navigator.clipboard.writeText === "function"
    ) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not focused: fall back below.
  }
  return copyWithTextarea(text);
}

/** The fallback: a hidden, read-only textarea selected and copied with execCommand. */
export function copyWithTextarea(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  area.className = "offscreen";
  document.body.appendChild(area);
  const active = document.activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  document.body.removeChild(area);
  active?.focus();
  return ok;
}

/**
 * Copy formatted text (HTML) with a plain-text twin: ClipboardItem first; then the old way, a hidden
 * editable copy of `element` selected and copied with execCommand, which keeps the formatting.
 */
export async function copyHtml(html: string, text: string, element: () => HTMLElement): Promise<boolean> {
  try {
    const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
    if (
      typeof navigator !== "undefined" &&
      navigator.clipboard &&
      typeof navigator.clipboard.write === "function" &&
      Item
    ) {
      await navigator.clipboard.write([
        new Item({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return true;
    }
  } catch {
    // Permission refused, or ClipboardItem refuses text/html here: fall back below.
  }
  const holder = element();
  holder.setAttribute("contenteditable", "true");
  holder.setAttribute("aria-hidden", "true");
  holder.className = "offscreen";
  document.body.appendChild(holder);
  const range = document.createRange();
  range.selectNodeContents(holder);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  selection?.removeAllRanges();
  document.body.removeChild(holder);
  return ok;
}
