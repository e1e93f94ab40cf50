/**
 * Turns Office.js failures into an Error whose message tells the user what happened and what to
 * do. Codes are those of Excel.ErrorCodes / OfficeExtension.ErrorCodes (learn.microsoft.com,
 * "Error handling with the application-specific JavaScript APIs").
 */

/** An error already written for the user; never translated twice. */
export class UserFacingError extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.name = "UserFacingError";
    this.code = code;
  }
}

const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

function codeOf(error: unknown): string {
  if (error && typeof error === "object" && "code" in error)
    return String((error as { code: unknown }).code);
  return "";
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : "";
}

export function isPayloadLimitError(error: unknown): boolean {
  return PAYLOAD_CODES.has(codeOf(error)) || /payload.*(size|limit)/i.test(messageOf(error));
}

/** The user message for a host failure during `action` ("classifying", "clearing", …). */
export function translateExcelError(error: unknown, action: string): UserFacingError {
  if (error instanceof UserFacingError) return error;
  const code = codeOf(error);
  const text = messageOf(error);
  const protectedSheet = /protect/i.test(text);
  if (code === "InvalidOperationInCellEditMode") {
    return new UserFacingError(
      `Excel is editing a cell, so ${action} could not start. Press Enter or Esc to finish editing the cell, then try again.`,
      code
    );
  }
  if (
    code === "AccessDenied" ||
    ((code === "InvalidOperation" || code === "GeneralException") && protectedSheet)
  ) {
    return protectedSheetError(action);
  }
  if (code === "ApiNotFound" || code === "NotImplemented" || code === "UnsupportedFeature") {
    return new UserFacingError(
      `This version of Excel does not support what ${action} needs (Excel API 1.9). Update Office, or use Excel on the web or the command line.`,
      code
    );
  }
  if (PAYLOAD_CODES.has(code)) {
    return new UserFacingError(
      `The sheet is too large for Excel to send in one go, so ${action} stopped. Remove unused rows and columns below and to the right of the table, then try again.`,
      code
    );
  }
  if (code === "InvalidArgument" || code === "InvalidReference") {
    return new UserFacingError(
      `Excel rejected a change while ${action} (${text || code}). Check that the table's sheet still exists and has not been renamed, then try again.`,
      code
    );
  }
  const detail = text ? ` Excel said: ${text}` : "";
  return new UserFacingError(
    `Something went wrong while ${action}.${detail} Save your work and try again; if it keeps happening, use Clear classification first.`,
    code || "Unknown"
  );
}

/** The sheet (named, when known) is protected: say so before anything is written. */
export function protectedSheetError(action: string, sheet?: string): UserFacingError {
  const which = sheet ? `The sheet "${sheet}" is protected` : "The sheet is protected";
  return new UserFacingError(
    `${which}, so ${action} could not change it. Unprotect the sheet (Review > Unprotect Sheet), then try again.`,
    "AccessDenied"
  );
}

/** Requirement sets the adapter uses (ExcelApi 1.9: RangeAreas, copyFrom). */
export const REQUIRED_EXCEL_API = "1.9";

/** Throws the user message when the host lacks the API the adapter needs. */
export function assertApiSupported(
  isSetSupported: ((name: string, version: string) => boolean) | undefined
): void {
  if (isSetSupported && !isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) {
    throw new UserFacingError(
      `This version of Excel does not support Excel API ${REQUIRED_EXCEL_API}, which the add-in needs. Update Office, or use Excel on the web or the command line.`,
      "ApiNotFound"
    );
  }
}
