/**
 * The file input and the drop zone: both hand the chosen files to one callback. A file dropped anywhere
 * on the page is taken as if dropped on the zone (the document's dragover and drop are prevented, so the
 * browser never opens the file in place of the page), and the input is given the dropped files, so it
 * says what was taken as it does after a choice.
 */

function dropped(e: Event): File[] {
  return Array.from((e as DragEvent).dataTransfer?.files ?? []);
}

/** The dropped files into the input (Chromium, Firefox and Safari take a DataTransfer's FileList). */
function giveInput(input: HTMLInputElement, e: Event): void {
  const list = (e as DragEvent).dataTransfer?.files;
  if (!list || list.length === 0) return;
  try {
    input.files = list;
  } catch {
    // An older browser: the page's "taken" line still names the files.
  }
}

/** Call `onFiles` with the files chosen in `input` or dropped on the page (never with none). */
export function watchFiles(input: HTMLInputElement, zone: HTMLElement, onFiles: (files: File[]) => void): void {
  input.addEventListener("change", () => {
    const files = Array.from(input.files ?? []);
    if (files.length > 0) onFiles(files);
  });
  for (const type of ["dragenter", "dragover"]) {
    document.addEventListener(type, (e) => {
      e.preventDefault();
      zone.classList.add("over");
    });
  }
  document.addEventListener("dragleave", (e) => {
    if ((e as DragEvent).relatedTarget === null) zone.classList.remove("over");
  });
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    const files = dropped(e);
    if (files.length === 0) return;
    giveInput(input, e);
    onFiles(files);
  });
}
