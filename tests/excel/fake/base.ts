/** Base pieces of the fake Excel: the host error and the load-before-read rule. */
import type { FakeRequestContext } from "./context";

export class FakeOfficeError extends Error {
  constructor(
    public readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** What `load` asks for, as a set of property names ("a,b" or ["a","b"] or "items/name"). */
export function loadNames(props: string | string[] | undefined): string[] {
  const list = props === undefined ? [] : Array.isArray(props) ? props : props.split(",");
  return list.map((p) => p.trim()).filter(Boolean);
}

/** Base of every proxy: properties become readable only after the sync that loads them. */
export class FakeClientObject {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: FakeRequestContext) {}

  protected readLoaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return this.loadedValues.get(name) as T;
  }

  /** Stores loaded values; called by a queued action, i.e. during sync. */
  protected storeLoaded(values: Record<string, unknown> | null): void {
    this.nullState = values === null;
    if (values) for (const [k, v] of Object.entries(values)) this.loadedValues.set(k, v);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "isNullObject is available only after context.sync()."
      );
    }
    return this.nullState;
  }

  /** Free, as in Office.js right after creation: the runtime simply never queues the _KeepReference. */
  untrack(): this {
    return this;
  }
}
