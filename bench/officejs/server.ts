/**
 * A RichApi endpoint over the in-memory workbook: it receives exactly the JSON a
 * `context.sync()` posts (Actions + ObjectPaths), runs the actions in order and answers with
 * `{ Results: [{ ActionId, Value }] }`, or an Error, like Excel's ProcessQuery does.
 */
import { type Handle, HostError, camel, pascal } from "./handles";
import { callAction, callForObject } from "./methods";
import { DEFAULT_SCALARS, collectionItems, navigate, scalar, setProperty } from "./objects";
import type { MemoryWorkbook } from "./workbook";

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ResponseBody {
  Results: ActionResult[];
  Error?: {
    Code: string;
    Message: string;
    HttpStatusCode: number;
    ActionIndex: number;
    Location: string;
  };
}

const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
const PATH = {
  global: 1,
  property: 4,
  method: 3,
  indexer: 5,
  reference: 6,
  nullObject: 7,
} as const;

export class RichApiHost {
  /** Objects the client asked Excel to keep across syncs (`_KeepReference`), by reference id. */
  private readonly references = new Map<string, Handle>();
  private nextReference = 1;
  /** RichApi names the host was asked for but does not implement (so the bench can say so). */
  readonly unsupported = new Set<string>();
  /** Event handlers registered and not yet removed (worksheets.onChanged and the like). */
  eventHandlers = 0;
  /** Bytes of the writing actions (setters and methods) of the last request, by target sheet. */
  lastWriteBytesBySheet: Record<string, number> = {};

  constructor(readonly book: MemoryWorkbook) {}

  get liveReferences(): number {
    return this.references.size;
  }

  process(body: RequestBody): ResponseBody {
    const resolved = new Map<number, Handle>();
    const keptInThisRequest = new Map<number, string>();
    const results: ActionResult[] = [];
    this.lastWriteBytesBySheet = {};
    const resolve = (id: number): Handle => {
      const done = resolved.get(id);
      if (done) return done;
      const handle = this.resolvePath(body.ObjectPaths[String(id)], resolve);
      resolved.set(id, handle);
      return handle;
    };
    for (let index = 0; index < body.Actions.length; index++) {
      const action = body.Actions[index];
      try {
        this.attribute(action, resolve);
        const value = this.runAction(
          action,
          resolve,
          keptInThisRequest,
          Boolean(body.AutoKeepReference)
        );
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        const host =
          error instanceof HostError ? error : new HostError("GeneralException", String(error));
        if (host.code === "ApiNotFound") this.unsupported.add(host.message);
        return {
          Results: results,
          Error: {
            Code: host.code,
            Message: host.message,
            HttpStatusCode: 400,
            ActionIndex: index,
            Location: action.Name,
          },
        };
      }
    }
    return { Results: results };
  }

  private attribute(action: ActionInfo, resolve: (id: number) => Handle): void {
    if (action.ActionType !== ACTION.setProperty && action.ActionType !== ACTION.method) return;
    if (action.Name.startsWith("_")) return;
    const handle = resolve(action.ObjectPathId);
    refuseOnProtectedSheet(action, handle);
    const sheet = "sheet" in handle ? handle.sheet.name : "(workbook)";
    this.lastWriteBytesBySheet[sheet] =
      (this.lastWriteBytesBySheet[sheet] ?? 0) + Buffer.byteLength(JSON.stringify(action));
  }

  private resolvePath(info: ObjectPathInfo | undefined, resolve: (id: number) => Handle): Handle {
    if (!info) throw new HostError("InvalidArgument", "Unknown object path");
    const args = withObjectArguments(info.ArgumentInfo, resolve);
    switch (info.ObjectPathType) {
      case PATH.global:
        return { kind: "workbook" };
      case PATH.reference: {
        const handle = this.references.get(info.Name);
        if (!handle)
          throw new HostError("InvalidObjectPath", `Reference ${info.Name} is no longer valid`);
        return handle;
      }
      case PATH.nullObject:
        return { kind: "null" };
      case PATH.property:
        return navigate(this.book, resolve(info.ParentObjectPathId!), info.Name);
      case PATH.method:
      case PATH.indexer:
        return callForObject(this.book, resolve(info.ParentObjectPathId!), info.Name, args);
      default:
        throw new HostError(
          "InvalidArgument",
          `Object path type ${info.ObjectPathType} is not supported`
        );
    }
  }

  private runAction(
    action: ActionInfo,
    resolve: (id: number) => Handle,
    kept: Map<number, string>,
    autoKeep: boolean
  ): unknown {
    const args = withObjectArguments(action.ArgumentInfo, resolve);
    switch (action.ActionType) {
      case ACTION.instantiate: {
        const handle = resolve(action.ObjectPathId);
        if (handle.kind === "null") return null;
        const reference = kept.get(action.ObjectPathId);
        if (reference) return { _ReferenceId: reference };
        // A worksheet's id lets the client re-address it by id in later syncs (e.g. after add()).
        return handle.kind === "worksheet" ? { Id: handle.sheet.id } : undefined;
      }
      case ACTION.query:
        return this.query(
          resolve(action.ObjectPathId),
          action.QueryInfo ?? {},
          kept.get(action.ObjectPathId)
        );
      case ACTION.method: {
        const handle = resolve(action.ObjectPathId);
        if (action.Name === "_KeepReference") {
          if (autoKeep && handle.kind !== "null") {
            const id = `bench-ref-${this.nextReference++}`;
            this.references.set(id, handle);
            kept.set(action.ObjectPathId, id);
          }
          return undefined;
        }
        if (action.Name === "_RemoveReference") {
          this.references.delete(String(args[0]));
          return undefined;
        }
        // Event handlers (worksheets.onChanged…) register with Excel; the in-memory host accepts
        // them and counts them, and never raises an event by itself.
        const event = /^_(Register|Unregister)(\w+)Event$/.exec(action.Name);
        if (event) {
          this.eventHandlers += event[1] === "Register" ? 1 : -1;
          return null;
        }
        const value = callAction(this.book, handle, action.Name, args);
        return value === undefined ? null : value;
      }
      case ACTION.setProperty:
        setProperty(this.book, resolve(action.ObjectPathId), action.Name, args[0]);
        return undefined;
      case ACTION.trace:
        return undefined;
      default:
        throw new HostError("InvalidArgument", `Action type ${action.ActionType} is not supported`);
    }
  }

  private query(
    handle: Handle,
    info: NonNullable<ActionInfo["QueryInfo"]>,
    reference?: string
  ): unknown {
    if (handle.kind === "null") return null;
    const items = collectionItems(this.book, handle);
    const select = (info.Select ?? []).map((s) => s.replace(/^items\//, ""));
    if (items) {
      const slice = items.slice(
        info.Skip ?? 0,
        info.Top === undefined ? undefined : (info.Skip ?? 0) + info.Top
      );
      return {
        _Items: slice.map((item, index) => ({ ...this.objectValue(item, select), _Index: index })),
      };
    }
    const value = this.objectValue(handle, select) as Record<string, unknown>;
    if (reference) value._ReferenceId = reference;
    return value;
  }

  /** Scalars of one object: the selected ones (with `a/b/c` paths), or every default scalar. */
  private objectValue(handle: Handle, select: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const names =
      select.length > 0 && !select.includes("*")
        ? select
        : (DEFAULT_SCALARS[handle.kind] ?? []).map(camel);
    for (const name of names) {
      if (name === "isNullObject") continue;
      const [head, ...rest] = name.split("/");
      if (rest.length > 0) {
        const child = navigate(this.book, handle, pascal(head));
        const nested = this.objectValue(child, [rest.join("/")]);
        out[pascal(head)] = deepMerge((out[pascal(head)] as Record<string, unknown>) ?? {}, nested);
        continue;
      }
      const value = scalar(this.book, handle, pascal(head));
      if (value === undefined)
        throw new HostError(
          "PropertyNotFound",
          `The bench host has no property ${head} on ${handle.kind}`
        );
      out[pascal(head)] = value;
    }
    return out;
  }
}

/** Methods that change cells; with every setter on a range, they fail on a protected sheet. */
const CELL_METHODS = /^(Clear|SetCellProperties|CopyFrom|Insert|Delete|Merge|Unmerge)$/;

/** As Excel: a protected sheet refuses cell writes with `AccessDenied` (the fake does the same). */
function refuseOnProtectedSheet(action: ActionInfo, handle: Handle): void {
  if (handle.kind !== "range" && handle.kind !== "format" && handle.kind !== "validation") return;
  if (!handle.sheet.protected) return;
  if (action.ActionType !== ACTION.setProperty && !CELL_METHODS.test(action.Name)) return;
  throw new HostError(
    "AccessDenied",
    "The cell or chart you're trying to change is on a protected sheet."
  );
}

function deepMerge(
  into: Record<string, unknown>,
  from: Record<string, unknown>
): Record<string, unknown> {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    const bothObjects =
      existing &&
      value &&
      typeof existing === "object" &&
      typeof value === "object" &&
      !Array.isArray(value);
    into[key] = bothObjects
      ? deepMerge(existing as Record<string, unknown>, value as Record<string, unknown>)
      : value;
  }
  return into;
}

/** Arguments with object-path ids (ReferencedObjectPathIds ≠ 0) replaced by the objects they name. */
function withObjectArguments(
  info: ActionInfo["ArgumentInfo"],
  resolve: (id: number) => Handle
): unknown[] {
  const args = info?.Arguments ?? [];
  const refs = info?.ReferencedObjectPathIds;
  if (!refs) return args;
  return args.map((arg, i) =>
    typeof refs[i] === "number" && refs[i] !== 0 ? resolve(refs[i] as number) : arg
  );
}
