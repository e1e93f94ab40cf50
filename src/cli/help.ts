/** The --help text: every flag, in plain British English. */
export const HELP_TEXT = `perf-challenge – classify a council's quarterly performance indicators in an .xlsx workbook

Usage:
  perf-challenge classify <input.xlsx> --out <output.xlsx> [options]

Reads <input.xlsx> (never changes it), rates every contract indicator of the quarter against its
target and tolerance, and writes a copy with a status column, colour fills, a "Challenge summary"
sheet and a "Challenge log" sheet with the drafted council challenge.

Options:
  -o, --out <file>          Where to write the classified workbook (required; must not be the input).
  -q, --quarter <label>     Quarter to classify, e.g. "Q2 2018/19" (also "2018/19 Q2", "Q2 18/19").
                            Default: the latest quarter with at least one figure.
      --period <label>      Any period the table has: a quarter, a month ("Mar 2017", "Mar-17") or a
                            year ("2022/23"). Same as --quarter, for monthly and annual tables.
  -s, --sheet <name>        Sheet holding the indicator table. Default: the first sheet that has one.
  -t, --tolerance-mode <m>  How to read the Tolerance column: "threshold" (default; the worst value
                            still inside tolerance), "points" (target ∓ tolerance) or "percent"
                            (target × (1 ∓ tolerance/100)).
  -j, --json <file>         Also write the summary, statuses and findings as JSON
                            (schema perf-challenge/summary@1).
  -c, --commentary <file>   Also write the drafted challenge commentary as Markdown.
  -r, --report <file>       Also write the scrutiny report of the period as a Word document (.docx):
                            summary table and picture, commentary with trend pictures, Challenge log.
      --provider <name>     The provider named in the report.
      --committee <name>    The panel or committee the report goes to.
      --author <name>       The officer presenting the report.
      --date <date>         The report's date (the meeting's), as 2018-11-14 or 14/11/2018.
                            Any of these four left out is a marked "[To fill in: …]" in the report.
  -p, --palette <name>      Fill colours: "default" (light, colour-blind safe) or "highContrast".
      --columns <roles>     Set columns by hand when a heading is not read, e.g. target=G,tolerance=H
                            or by heading text, target="Target 2022/23"
                            (roles: ref, indicator, area, type, polarity, unit, target, tolerance,
                            national, statNeighbours, regional, numerator, denominator, direction,
                            ownRating). The report's "How the sheet was read" shows the result.
                            Or name a column's period and kind, COLUMN=choice:
                            E=2006/07,F="target 2007/08",G=indicator,H="not used"
                            (a sheet refused for want of a period says which columns to name).
      --columns-file <f>    The same kept in a JSON file: {"target": "G", "E": "2006/07"}.
  -h, --help                Show this help.
  -V, --version             Show the version.

Exit codes:
  0  the run completed (findings about the data are reported, they are not failures)
  1  unusable arguments, or a file that cannot be read or is not an .xlsx workbook
  2  no indicator table was found in the workbook, or its period columns could not be read
     (the message names the header row, the headings nearly read and the --columns that fixes it)
`;
