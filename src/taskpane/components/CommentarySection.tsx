/** The commentary in the seed's four groups, with Copy all for pasting into the report. */
import { editFor } from "../editMap";
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Copy20Regular } from "@fluentui/react-icons";
import {
  COMMENTARY_GROUP_TITLE,
  type CommentaryGroup,
  type CommentaryItem,
  type RunResult,
} from "../../engine/types";
import { copyRich, groupsToHtml, groupsToText, type CopyGroup } from "../clipboard";
import { CommentaryCard } from "./CommentaryCard";
import { LazyTrendPicture } from "./LazyPictures";

const GROUP_ORDER: CommentaryGroup[] = ["good", "concern", "volumetric", "notClassified"];

export interface CommentarySectionProps {
  items: CommentaryItem[];
  /** The run the items come from, for each card's trend picture. */
  result?: RunResult;
  edits: Record<string, string>;
  busy: boolean;
  onSave(ref: string, text: string): Promise<boolean>;
  onRedraft(ref: string): Promise<void>;
  /** Refs the Challenge log lists for this period; null when unknown. */
  logRefs?: string[] | null;
  onAddToLog?(ref: string): Promise<void>;
  onError(error: unknown): void;
  onAnnounce(status: string): void;
}

const useStyles = makeStyles({
  groupTitle: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 0`,
  },
  empty: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0` },
});

export function CommentarySection(props: CommentarySectionProps): React.JSX.Element {
  const styles = useStyles();
  const { items, edits, onError, onAnnounce } = props;
  const inLog = React.useMemo(
    () => (props.logRefs ? new Set(props.logRefs) : null),
    [props.logRefs]
  );
  const groups: CopyGroup[] = GROUP_ORDER.map((group) => ({
    group,
    entries: items
      .filter((i) => i.group === group)
      .map((i) => ({ headline: i.headline, text: editFor(edits, i.ref) ?? i.text })),
  }));
  const copyAll = (): void => {
    copyRich(groupsToText(groups), groupsToHtml(groups)).then(
      () => onAnnounce("All commentary copied."),
      onError
    );
  };
  return (
    <>
      <Button icon={<Copy20Regular />} onClick={copyAll} disabled={items.length === 0}>
        Copy all commentary
      </Button>
      {GROUP_ORDER.map((group) => {
        const groupItems = items.filter((i) => i.group === group);
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`} className={styles.groupTitle}>
              {COMMENTARY_GROUP_TITLE[group]} ({groupItems.length})
            </h3>
            {groupItems.length === 0 && <p className={styles.empty}>None this quarter.</p>}
            {groupItems.map((item, index) => (
              <CommentaryCard
                key={`${item.ref}|${index}`}
                item={item}
                picture={
                  props.result && <LazyTrendPicture result={props.result} itemRef={item.ref} />
                }
                edited={editFor(edits, item.ref)}
                busy={props.busy}
                onSave={props.onSave}
                onRedraft={props.onRedraft}
                onAddToLog={inLog && !inLog.has(item.ref) ? props.onAddToLog : undefined}
                onError={onError}
                onAnnounce={onAnnounce}
              />
            ))}
          </section>
        );
      })}
    </>
  );
}
