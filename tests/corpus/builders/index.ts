/** Every workbook of the fault corpus that goes through the command line, in the order of the issue. */
import { emptyFile, largeWorkbook, missingFile, plainTextFile, zipNotWorkbook } from "./files";
import {
  commentsColumn,
  dateBesideHeader,
  formulaValues,
  richTextNames,
  sheetNamesTaken,
} from "./lived";
import {
  blankRows,
  hiddenRowsAndColumns,
  mergedTitle,
  sheetWithoutTable,
  tableInColumnC,
  tableOnSecondSheet,
} from "./layout";
import {
  bandInThresholdMode,
  duplicateRefs,
  negativeBand,
  noTarget,
  toleranceWrongSide,
  unknownPolarity,
} from "./rules";
import type { CorpusCase } from "./table";
import { hostileText, longAndEmptyNames, nonAsciiNames } from "./text";
import { errorValues, negativeCounts, noValues, percentRange, textNumbers } from "./values";

/** Quick cases: each runs in well under a second. */
export const CLI_CORPUS: CorpusCase[] = [
  textNumbers,
  noValues,
  errorValues,
  percentRange,
  negativeCounts,
  duplicateRefs,
  unknownPolarity,
  toleranceWrongSide,
  noTarget,
  negativeBand,
  bandInThresholdMode,
  blankRows,
  mergedTitle,
  hiddenRowsAndColumns,
  tableInColumnC,
  longAndEmptyNames,
  hostileText,
  nonAsciiNames,
  formulaValues,
  commentsColumn,
  dateBesideHeader,
  richTextNames,
  sheetNamesTaken,
  sheetWithoutTable,
  tableOnSecondSheet,
  plainTextFile,
  emptyFile,
  zipNotWorkbook,
  missingFile,
];

/** Generated at test time to 10 MB; run on its own so its time is visible. */
export const LARGE_CASE = largeWorkbook;

export { TEN_MEGABYTES } from "./files";
