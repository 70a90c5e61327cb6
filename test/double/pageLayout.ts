/**
 * Worksheet.pageLayout of the double (ExcelApi 1.9): every setter queues a command that reaches the
 * sheet at the next sync; nothing is loadable (a read throws PropertyNotLoaded). A host older than 1.9
 * fails the batch with ApiNotFound, as Office.js does, so a writer must ask supports("1.9") first.
 */
import { rectAddress } from "./a1";
import { excelError } from "./errors";
import type { RangeProxy } from "./range";
import type { PageLayoutState, SheetState } from "./state";

/** Queue a change of the sheet's page layout (the worksheet proxy records it as "pageLayout"). */
export type QueuePageChange = (bytes: number, change: (sheet: SheetState) => void) => void;

/** The scalar page settings the double takes, as Office.js names them. */
const SETTINGS = [
  "orientation",
  "paperSize",
  "centerHorizontally",
  "centerVertically",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
  "zoom",
] as const;

/** The six texts of a HeaderFooter object. */
const TEXTS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];

export interface PageLayoutProxy {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  setPrintTitleRows(address: RangeProxy | string): void;
  headersFooters: {
    state: string;
    defaultForAllPages: Record<string, string>;
    firstPage: Record<string, string>;
    evenPages: Record<string, string>;
    oddPages: Record<string, string>;
  };
}

/** A write-only accessor: the setter queues `write`, the getter says the double loads nothing here. */
function writeOnly(name: string, write: (v: unknown) => void): PropertyDescriptor {
  return {
    set: write,
    get(): never {
      throw excelError("PropertyNotLoaded", `pageLayout.${name} is not loaded by the double`);
    },
    enumerable: true,
  };
}

/** The page layout proxy of one worksheet proxy. */
export function pageLayoutProxy(queue: QueuePageChange): PageLayoutProxy {
  const page = {} as PageLayoutProxy;
  for (const key of SETTINGS) {
    Object.defineProperty(
      page,
      key,
      writeOnly(key, (v) =>
        queue(JSON.stringify(v)?.length ?? 4, (s) => {
          (s.pageLayout as unknown as Record<string, unknown>)[key] = typeof v === "object" && v ? { ...v } : v;
        }),
      ),
    );
  }
  // Header and footer texts are kept flat: "leftHeader" (all pages), "firstPage.leftHeader"…
  const texts = (prefix: string): Record<string, string> => {
    const out = {} as Record<string, string>;
    for (const k of TEXTS) {
      const name = prefix + k;
      Object.defineProperty(
        out,
        k,
        writeOnly(`headersFooters.${name}`, (v) =>
          queue(30, (s) => {
            s.pageLayout.headersFooters[name] = String(v);
          }),
        ),
      );
    }
    return out;
  };
  const hf = {
    defaultForAllPages: texts(""),
    firstPage: texts("firstPage."),
    evenPages: texts("evenPages."),
    oddPages: texts("oddPages."),
  } as PageLayoutProxy["headersFooters"];
  Object.defineProperty(
    hf,
    "state",
    writeOnly("headersFooters.state", (v) =>
      queue(30, (s) => {
        s.pageLayout.headersFooters.state = String(v);
      }),
    ),
  );
  page.headersFooters = hf;
  page.setPrintTitleRows = (address) =>
    queue(40, (s) => {
      s.pageLayout.printTitleRows = typeof address === "string" ? address : rectAddress(address.target()!.rect);
    });
  return page;
}

/** A new sheet's page layout: Excel's defaults. */
export function defaultPageLayout(): PageLayoutState {
  return { orientation: "Portrait", zoom: { scale: 100 }, printTitleRows: null, headersFooters: {} };
}
