/**
 * Every column accounted for (docs/layouts.md): a heading that looks like a role but was not used, a second
 * column for the same role, a Threshold read as the target, an unread benchmark, the analyst's own
 * rating column. One finding per heading, pointing at the heading cell.
 */
import type { Finding } from "./types";
import type { HeaderFound } from "./headerRow";
import type { DetectedTable } from "./detect";
import { columnLetters } from "./address";
import { normaliseHeader, ENGLISH_REGIONS } from "./headers";
import { findings, type Where } from "./findings";

/** What an unread heading resembles, from its words; null when it resembles no role. */
export type Resemblance =
  | "benchmark"
  | "target"
  | "tolerance"
  | "polarity"
  | "direction"
  | "rating"
  | "indicator"
  | "area"
  | "period";

const BENCHMARK_WORDS =
  /\b(?:national|england|regional|region|neighbours?|statistical|benchmark|comparator|average|avg|core cities|county|shire|unitary|metropolitan|quartile)\b/;
const PERIOD_WORDS =
  /\b(?:quarter|qtr|q[1-4]|month|monthly|year|ytd|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:19|20)\d\d)\b/;
/** The council's own verdict, often a question: "Are we achieving our target?", "Target met?". */
const RATING_WORDS = /\b(?:achiev\w*|met|meeting|on track|rag|rating)\b/;
/** Whether performance moved, not which way is better: "Are we getting better?", "Improving?". */
const DIRECTION_WORDS =
  /\b(?:getting better|getting worse|improv\w*|worse|trend|travel|progress|dot)\b/;
/** Free text beside the table (commentary, actions) is the analyst's and needs no finding. */
const FREE_TEXT = /\b(?:comments?|commentary|narrative|notes?|actions?|explanation|update)\b/;

export function resemblance(heading: string): Resemblance | null {
  const text = normaliseHeader(heading);
  if (text === "" || FREE_TEXT.test(text)) return null;
  // Checked first: these name the target or "better" but are verdicts, not targets or polarity.
  if (RATING_WORDS.test(text)) return "rating";
  if (DIRECTION_WORDS.test(text)) return "direction";
  if (/\btarget\b/.test(text)) return "target";
  // Red/Amber/Green threshold columns (a scorecard's "Target and tolerances" block) are tolerance-like.
  if (/\b(?:tolerance|threshold|amber|red|green)\b/.test(text)) return "tolerance";
  if (/\b(?:polarity|good|better)\b/.test(text)) return "polarity";
  if (BENCHMARK_WORDS.test(text) || ENGLISH_REGIONS.some((r) => text.includes(r)))
    return "benchmark";
  if (/\b(?:indicator|measure|kpi|pi)\b/.test(text)) return "indicator";
  if (/\b(?:area|service|team|directorate|theme)\b/.test(text)) return "area";
  if (PERIOD_WORDS.test(text)) return "period";
  return null;
}

function whereOfHeading(sheetPrefix: string, row: number, column: number): Where {
  const local = columnLetters(column) + (row + 1);
  return { cell: sheetPrefix + local, local };
}

/** Findings about the header row, left to right. */
export function columnFindings(header: HeaderFound, sheetPrefix: string): Finding[] {
  const out: Finding[] = [];
  for (const entry of header.entries) {
    const where = whereOfHeading(sheetPrefix, header.row, entry.column);
    const why = header.unused.get(entry.column);
    const note = header.notes.get(entry.column);
    if (note?.kind === "forecast") {
      out.push(findings.forecastColumn(where, entry.heading, note.period));
    } else if (note?.kind === "notPlaced") {
      out.push(findings.periodNotPlaced(where, entry.heading, note.period, note.why));
    } else if (note?.kind === "content") {
      out.push(findings.readFromContent(where, entry.heading, roleWords(note.role), note.evidence));
    } else if (note?.kind === "conflict") {
      const says = roleWords(note.headingSays);
      out.push(
        findings.headingContentConflict(where, entry.heading, says, note.contentSays, note.read)
      );
    } else if (header.thresholdAsTarget === entry.column) {
      out.push(findings.thresholdAsTarget(where, entry.heading));
    } else if (entry.role === "ownRating") {
      out.push(findings.ownRatingKept(where, entry.heading));
    } else if (why !== undefined) {
      const instead = why.instead === null ? null : columnLetters(why.instead);
      out.push(findings.columnDuplicate(where, entry.heading, roleWords(why.role), instead));
    } else if (entry.role === "notUsed") {
      const like = resemblance(entry.heading);
      if (like === "benchmark") out.push(findings.benchmarkNotRecognised(where, entry.heading));
      else if (like !== null) out.push(findings.columnNotUsed(where, entry.heading, like));
    }
  }
  return out;
}

/** Plain words for a role in messages. */
export function roleWords(role: string): string {
  const words: Record<string, string> = {
    ref: "ref",
    indicator: "indicator name",
    area: "service area",
    type: "type",
    polarity: "polarity",
    unit: "unit",
    target: "target",
    tolerance: "tolerance",
    national: "national benchmark",
    statNeighbours: "statistical neighbours benchmark",
    regional: "regional benchmark",
    numerator: "numerator",
    denominator: "denominator",
    direction: "direction of travel",
    ownRating: "rating",
  };
  return words[role] ?? role;
}

/**
 * Columns with entries on the indicator rows but no heading (a merged heading above them, a
 * two-row header): never read, so each is named with the fix.
 */
export function unheadedColumns(table: DetectedTable, sheetPrefix: string): Finding[] {
  const { view, layout, header } = table;
  const headed = new Set(header.entries.map((e) => e.column));
  if (layout.existingStatusColumn !== null) headed.add(layout.existingStatusColumn);
  const out: Finding[] = [];
  for (let col = view.left; col <= layout.lastColumn; col++) {
    if (headed.has(col)) continue;
    const used = table.indicatorRows.some((r) => {
      const raw = view.value(r, col);
      return raw !== null && (typeof raw !== "string" || raw.trim() !== "");
    });
    if (used) out.push(findings.columnNoHeading(whereOfHeading(sheetPrefix, header.row, col)));
  }
  return out;
}
