/** The machinery every proxy of the double shares: the batch queue, loads, null objects. */
import type { Rect } from "./a1";
import type { Ctx } from "./context";
import { excelError } from "./errors";
import type { SheetState } from "./state";

export interface Op {
  bytes: number;
  run: () => void;
}

export function bytesOf(x: unknown): number {
  try {
    return JSON.stringify(x)?.length ?? 4;
  } catch {
    return 64;
  }
}

export function propList(props: unknown): string[] {
  if (props === undefined || props === null) return [];
  if (typeof props === "string") {
    return props
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (Array.isArray(props)) return props.flatMap((p) => propList(p));
  if (typeof props === "object") {
    const o = props as Record<string, unknown>;
    if (typeof o.select === "string") return propList(o.select);
    return Object.keys(o);
  }
  return [];
}

/** The shared machinery of every proxy: a context, loaded values, null-ness. */
export abstract class ProxyBase {
  protected snap: Record<string, unknown> = {};
  protected loaded = new Set<string>();
  protected nullKnown: boolean | undefined;
  constructor(public readonly context: Ctx) {}

  protected readLoaded(key: string): unknown {
    if (!this.loaded.has(key)) {
      throw excelError(
        "PropertyNotLoaded",
        `The property '${key}' is not available. Call load() and context.sync() before reading it.`,
      );
    }
    return this.snap[key];
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) {
      throw excelError("PropertyNotLoaded", "isNullObject is known only after context.sync()");
    }
    return this.nullKnown;
  }

  protected queue(bytes: number, run: () => void): void {
    this.context.queueOp({ bytes: bytes + 60, run });
  }

  /** The property values to capture when a load runs; `target` is the resolved object. */
  protected abstract capture(key: string): unknown;
  protected abstract isNull(): boolean;

  load(props?: unknown): this {
    const keys = propList(props);
    this.queue(bytesOf(props), () => {
      this.nullKnown = this.isNull();
      for (const key of keys.length ? keys : this.defaultKeys()) {
        const top = key.split("/")[0] ?? key;
        this.snap[top] = this.nullKnown ? null : this.capture(key);
        this.loaded.add(top);
        // What Excel sends back counts against the same ~5 MB limit as what is sent.
        this.context.respond(bytesOf(this.snap[top]));
      }
    });
    return this;
  }

  protected defaultKeys(): string[] {
    return [];
  }

  /** Queue the null check that every *OrNullObject call carries. */
  protected trackNull(): void {
    this.queue(20, () => {
      this.nullKnown = this.isNull();
    });
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of this.loaded) out[k] = this.snap[k];
    return out;
  }
}

/**
 * Read-only properties that read what a load brought back (PropertyNotLoaded before it), defined once on
 * the proxy class's prototype; the class declares their types (`declare readonly rowIndex: number`).
 */
export function loadedProperties(cls: { prototype: ProxyBase }, keys: readonly string[]): void {
  for (const key of keys) {
    Object.defineProperty(cls.prototype, key, {
      get(this: ProxyBase): unknown {
        return (this as unknown as { readLoaded(k: string): unknown }).readLoaded(key);
      },
      configurable: true,
    });
  }
}

export type SheetResolver = () => SheetState | null;
export type RectResolver = (sheet: SheetState) => Rect | null;
