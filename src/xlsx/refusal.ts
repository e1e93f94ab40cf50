/** The workbook was left unchanged on purpose; the message says why and what to do. */
export class WorkbookRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookRefusal";
  }
}
