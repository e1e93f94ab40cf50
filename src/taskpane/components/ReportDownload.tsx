/**
 * Download report (Word). The report code (docx, charts) loads only when asked for. Where the host
 * is known to ignore downloads (Excel on Mac or iPad), or the download fails, the pane says so and
 * offers the existing rich-text Copy of the commentary instead.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Copy20Regular, DocumentArrowDown20Regular } from "@fluentui/react-icons";
import type { CommentaryGroup, RunResult } from "../../engine/types";
import { editedText, type ReportEdits } from "../../report/edits";
import { copyRich, groupsToHtml, groupsToText, type CopyGroup } from "../clipboard";
import type { WorkbookPort } from "../../ports/workbookPort";

export interface ReportDownloadProps {
  port: WorkbookPort;
  result: RunResult;
  edits: ReportEdits;
  onError(error: unknown): void;
  onAnnounce(status: string): void;
}

const GROUP_ORDER: CommentaryGroup[] = ["good", "concern", "volumetric", "notClassified"];

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  notice: {
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  noticeText: { margin: `0 0 ${tokens.spacingVerticalXS}` },
});

const REFUSED =
  "This version of Excel does not let add-ins download files. Copy the commentary instead and paste it into your report.";

function copyGroups(result: RunResult, edits: ReportEdits): CopyGroup[] {
  return GROUP_ORDER.map((group) => ({
    group,
    entries: result.commentary
      .filter((i) => i.group === group)
      .map((i) => ({ headline: i.headline, text: editedText(edits, i.ref) ?? i.text })),
  }));
}

export function ReportDownload(props: ReportDownloadProps): React.JSX.Element {
  const { port, result, edits, onError, onAnnounce } = props;
  const styles = useStyles();
  const [building, setBuilding] = React.useState(false);
  const [refused, setRefused] = React.useState<string | null>(null);

  const copy = (): void => {
    const groups = copyGroups(result, edits);
    copyRich(groupsToText(groups), groupsToHtml(groups)).then(
      () => onAnnounce("All commentary copied."),
      onError
    );
  };

  const download = async (): Promise<void> => {
    if (port.canDownload?.() === false) {
      setRefused(REFUSED);
      onAnnounce(REFUSED);
      return;
    }
    setBuilding(true);
    setRefused(null);
    onAnnounce("Building the Word report…");
    try {
      const { downloadReport } = await import(/* webpackChunkName: "report" */ "../reportDownload");
      const fileName = await downloadReport(port, result, edits);
      onAnnounce(`Word report downloaded: ${fileName}.`);
    } catch (error) {
      const reason = error instanceof Error && error.message ? ` (${error.message})` : "";
      setRefused(`The Word report could not be downloaded${reason}. Copy the commentary instead.`);
      onError(error);
    } finally {
      setBuilding(false);
    }
  };

  return (
    <div>
      <div className={styles.row}>
        <Button
          icon={<DocumentArrowDown20Regular />}
          disabled={building}
          onClick={() => void download()}
        >
          {building ? "Building the report…" : "Download report (Word)"}
        </Button>
      </div>
      {refused && (
        <div role="group" aria-label="Report not downloaded" className={styles.notice}>
          <p className={styles.noticeText}>{refused}</p>
          <Button size="small" icon={<Copy20Regular />} onClick={copy}>
            Copy all commentary
          </Button>
        </div>
      )}
    </div>
  );
}
