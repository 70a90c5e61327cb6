/** The help tab, built from the catalogue as text nodes. */
import type { Lang } from "../core/types";
import { clear, el } from "../ui/dom";
import { format, HELP_ADD_STEPS, HELP_COLUMNS, HELP_FUNCTIONS } from "../ui/strings";

/** Fill the help section in `lang`. */
export function renderHelp(container: HTMLElement, lang: Lang): void {
  const t = (key: Parameters<typeof format>[1]): string => format(lang, key);
  clear(container);
  container.appendChild(el("h2", { id: "help-heading" }, t("help.heading")));

  container.appendChild(el("h3", {}, t("help.layoutHeading")));
  container.appendChild(el("p", {}, t("help.layoutText")));
  container.appendChild(
    el(
      "ul",
      { id: "help-columns" },
      HELP_COLUMNS.map((key) => el("li", {}, t(key))),
    ),
  );
  container.appendChild(el("p", { class: "note" }, t("help.layoutNote")));

  container.appendChild(el("h3", {}, t("help.functionsHeading")));
  container.appendChild(el("p", {}, t("help.functionsText")));
  const list = el("dl", { id: "help-functions" });
  for (const fn of HELP_FUNCTIONS) {
    list.appendChild(
      el("dt", {}, [el("span", { class: "fn" }, `CT.${fn.id}`), document.createTextNode(" — " + t(fn.key))]),
    );
    list.appendChild(
      el("dd", {}, [el("code", { translate: "no" }, lang === "en" ? fn.example.replace(/;/g, ",") : fn.example)]),
    );
  }
  container.appendChild(list);

  container.appendChild(el("h3", {}, t("help.addHeading")));
  container.appendChild(
    el(
      "ol",
      { id: "help-add" },
      HELP_ADD_STEPS.map((key) => el("li", {}, t(key))),
    ),
  );
}
