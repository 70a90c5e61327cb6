/** The file input and the drop zone: both hand the chosen files to one callback. */

/** Call `onFiles` with the files chosen in `input` or dropped on `zone` (never with none). */
export function watchFiles(input: HTMLInputElement, zone: HTMLElement, onFiles: (files: File[]) => void): void {
  input.addEventListener("change", () => {
    const files = Array.from(input.files ?? []);
    if (files.length > 0) onFiles(files);
  });
  for (const type of ["dragenter", "dragover"]) {
    zone.addEventListener(type, (e) => {
      e.preventDefault();
      zone.classList.add("over");
    });
  }
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    const files = Array.from((e as DragEvent).dataTransfer?.files ?? []);
    if (files.length > 0) onFiles(files);
  });
}
