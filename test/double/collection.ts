/** A collection of the double (sheets or tables): items after load, getItem / getItemOrNullObject. */
import { bytesOf, propList, ProxyBase } from "./proxyBase";

export abstract class CollectionProxy<T extends ProxyBase, S> extends ProxyBase {
  protected abstract all(): S[];
  protected abstract keyMatches(s: S, key: string): boolean;
  protected abstract wrap(resolve: () => S | null): T;
  protected isNull(): boolean {
    return false;
  }
  protected capture(): unknown {
    return null;
  }
  load(props?: unknown): this {
    const keys = propList(props)
      .map((k) => (k.startsWith("items/") ? k.slice(6) : k))
      .filter((k) => k !== "items");
    this.queue(bytesOf(props), () => {
      const items = this.all().map((s) => {
        const p = this.wrap(() => s);
        const inner = p as unknown as {
          capture(k: string): unknown;
          snap: Record<string, unknown>;
          loaded: Set<string>;
          nullKnown: boolean;
        };
        inner.nullKnown = false;
        const wanted = keys.length ? keys : (p as unknown as { defaultKeys(): string[] }).defaultKeys();
        for (const k of wanted) {
          const top = k.split("/")[0] ?? k;
          inner.snap[top] = inner.capture(k);
          inner.loaded.add(top);
        }
        return p;
      });
      this.snap.items = items;
      this.loaded.add("items");
    });
    return this;
  }
  get items(): T[] {
    return this.readLoaded("items") as T[];
  }
  getItem(key: string): T {
    const p = this.wrap(() => this.all().find((s) => this.keyMatches(s, key)) ?? null);
    (p as unknown as { mustOnUse: boolean }).mustOnUse = true;
    return p;
  }
  getItemOrNullObject(key: string): T {
    const p = this.wrap(() => this.all().find((s) => this.keyMatches(s, key)) ?? null);
    (p as unknown as { trackNull(): void }).trackNull();
    return p;
  }
  getCount(): { value: number } {
    const result = { value: NaN };
    this.queue(20, () => {
      result.value = this.all().length;
    });
    return result;
  }
}
