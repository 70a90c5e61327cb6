/** Excel.RequestContext of the double: the queue of commands, and every round trip counted. */
import { parseA1 } from "./a1";
import type { ExcelDouble } from "./excelDouble";
import { excelError } from "./errors";
import { workbookFunctions } from "./functions";
import type { Op } from "./proxyBase";
import { RangeProxy } from "./range";
import type { WorkbookState } from "./state";
import { TableCollectionProxy } from "./tables";
import { WorksheetCollectionProxy } from "./worksheets";

/** Excel.RequestContext. */
export class Ctx {
  private pending: Op[] = [];
  private suspendQueued = false;
  workbook: {
    worksheets: WorksheetCollectionProxy;
    tables: TableCollectionProxy;
    application: { suspendApiCalculationUntilNextSync(): void; calculationMode?: string };
    getSelectedRange(): RangeProxy;
    functions: ReturnType<typeof workbookFunctions>;
  };

  constructor(
    public readonly double: ExcelDouble,
    /** The run merges its syncs into one undo step (Excel.run's mergeUndoGroup). */
    private readonly mergeUndo = false,
  ) {
    const worksheets = new WorksheetCollectionProxy(this);
    this.workbook = {
      worksheets,
      tables: new TableCollectionProxy(this),
      application: {
        suspendApiCalculationUntilNextSync: () => {
          this.suspendQueued = true;
          this.queueOp({ bytes: 60, run: () => undefined });
        },
      },
      getSelectedRange: () => {
        const r = new RangeProxy(
          this,
          () => this.state.active,
          () => (this.state.selection ? parseA1(this.state.selection.address) : { r1: 0, c1: 0, r2: 0, c2: 0 }),
        );
        return r;
      },
      functions: workbookFunctions(this),
    };
  }

  get state(): WorkbookState {
    return this.double.state;
  }

  queueOp(op: Op): void {
    this.pending.push(op);
  }

  private responseBytes = 0;

  /** Bytes a load sends back, counted for the sync that carries it. */
  respond(bytes: number): void {
    this.responseBytes += bytes;
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  record(sheet: string, address: string, kind: string): void {
    this.double.writes.push({ sheet, address, kind, sync: this.double.syncs });
  }

  /** One round trip: refused whole over the request limit; otherwise commands run in order. */
  async sync(): Promise<void> {
    const ops = this.pending;
    const suspended = this.suspendQueued;
    this.pending = [];
    this.suspendQueued = false;
    this.double.syncs += 1;
    if (this.mergeUndo && this.double.undoNotSupported) {
      throw excelError("UndoNotSupported", "The undo operation is not supported for this request.");
    }
    const bytes = 200 + ops.reduce((n, o) => n + o.bytes, 0);
    const refused = bytes > this.double.requestLimitBytes;
    this.double.requests.push({ bytes, ops: ops.length, calculationSuspended: suspended, refused });
    await Promise.resolve();
    if (refused) {
      throw excelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit (${this.double.requestLimitBytes}).`,
      );
    }
    this.responseBytes = 0;
    for (const op of ops) op.run();
    const record = this.double.requests[this.double.requests.length - 1];
    if (record) record.responseBytes = this.responseBytes;
    if (this.responseBytes > this.double.requestLimitBytes) {
      if (record) record.refused = true;
      throw excelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${this.responseBytes} bytes) has exceeded the limit (${this.double.requestLimitBytes}).`,
      );
    }
  }

  /** Office.js tracks objects across runs; the double needs nothing here. */
  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}
