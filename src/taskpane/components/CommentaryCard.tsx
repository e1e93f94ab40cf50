/**
 * One indicator's commentary: headline, service area, Go to cell, text (the reviewer's edit for
 * this period when there is one), an edit written for another period offered (never applied),
 * Edit, Redraft (confirmed in a modal dialog: Office hosts block window.confirm), Copy, and Add to
 * challenge log for an indicator the log does not list for this period.
 */
import * as React from "react";
import { Badge, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import {
  Add20Regular,
  ArrowClockwise20Regular,
  Copy20Regular,
  Edit20Regular,
} from "@fluentui/react-icons";
import type { CommentaryItem } from "../../engine/types";
import { copyRich, entryToHtml, entryToText } from "../clipboard";
import type { OfferedEdit } from "../periodEdits";
import { CardPlace, GoToCell } from "./CardPlace";
import { RedraftDialog } from "./RedraftDialog";

// Offered edits are rare (another period's): loaded when one is shown.
const OfferedEditNote = React.lazy(
  () => import(/* webpackChunkName: "offered-edit" */ "./OfferedEditNote")
);
const CommentaryEditor = React.lazy(
  () => import(/* webpackChunkName: "commentary-editor" */ "./CommentaryEditor")
);

export interface CommentaryCardProps {
  item: CommentaryItem;
  edited: string | undefined;
  /** An edit written for another period: offered, never shown as this period's text. */
  offered?: OfferedEdit;
  /** The indicator's value cell for this period (`Sheet!N12`), for Go to cell. */
  cell?: string;
  onSelectCell?(cell: string): void;
  /** The indicator's trend picture, shown under the headline. */
  picture?: React.ReactNode;
  busy: boolean;
  onSave(ref: string, text: string): Promise<boolean>;
  onRedraft(ref: string): Promise<void>;
  /** Present when the indicator has no row in the Challenge log for this period. */
  onAddToLog?(ref: string): Promise<void>;
  onError(error: unknown): void;
  onAnnounce(status: string): void;
}

const useStyles = makeStyles({
  card: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  headline: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    overflowWrap: "anywhere",
  },
  text: {
    margin: `${tokens.spacingVerticalXS} 0`,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  note: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  reason: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    margin: `${tokens.spacingVerticalXXS} 0`,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
});

export function CommentaryCard({
  item,
  edited: editedGiven,
  offered: offeredGiven,
  cell,
  onSelectCell,
  picture,
  busy,
  onSave,
  onRedraft,
  onAddToLog,
  onError,
  onAnnounce,
}: CommentaryCardProps): React.JSX.Element {
  const styles = useStyles();
  const [editing, setEditing] = React.useState(false);
  const [confirming, setConfirming] = React.useState(false);
  const editButton = React.useRef<HTMLButtonElement>(null);
  const redraftButton = React.useRef<HTMLButtonElement>(null);
  // With no ref, the pane cannot tell this indicator's log row from another ref-less one's: it
  // neither shows nor writes an edit (the reviewer types in the Challenge log sheet instead).
  const keyless = item.ref.trim() === "";
  const edited = keyless ? undefined : editedGiven;
  const offered = keyless ? undefined : offeredGiven;
  const label = item.ref || item.name;
  const text = edited ?? item.text;
  const headingId = React.useId();

  // A rerun or another period replaces what the confirmation was about: close it.
  React.useEffect(() => setConfirming(false), [item]);
  const closeConfirm = (replaced: boolean): void => {
    setConfirming(false);
    // Focus goes back to Redraft; after a replace Redraft is gone, so to Edit.
    requestAnimationFrame(() => (replaced ? editButton : redraftButton).current?.focus());
  };

  const copy = (): void => {
    copyRich(
      entryToText({ headline: item.headline, text }),
      entryToHtml({ headline: item.headline, text })
    ).then(() => onAnnounce(`Commentary for ${label} copied.`), onError);
  };

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.headline}>
        {item.headline}
      </h4>
      <CardPlace area={item.area} />
      {/* Why the engine put it in its group, for the reviewer to check (docs/commentary.md). */}
      {item.groupReason && <p className={styles.reason}>{item.groupReason}</p>}
      {picture}
      {edited !== undefined && (
        <Badge appearance="outline" color="informative">
          Edited by a reviewer
        </Badge>
      )}
      {editing ? (
        <React.Suspense fallback={<Spinner size="tiny" label="Opening the editor…" />}>
          <CommentaryEditor
            refLabel={item.ref}
            initialText={text}
            saving={busy}
            onCancel={() => {
              setEditing(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
            onSave={(next) => {
              void onSave(item.ref, next).then((saved) => {
                if (!saved) return;
                setEditing(false);
                requestAnimationFrame(() => editButton.current?.focus());
              });
            }}
          />
        </React.Suspense>
      ) : (
        <p className={styles.text}>{text}</p>
      )}
      {offered && edited === undefined && !editing && (
        <React.Suspense fallback={null}>
          <OfferedEditNote
            refLabel={item.ref}
            offered={offered}
            busy={busy}
            onUse={() => void onSave(item.ref, offered.text)}
          />
        </React.Suspense>
      )}
      {confirming && (
        <RedraftDialog
          refLabel={item.ref}
          onCancel={() => closeConfirm(false)}
          onConfirm={() => {
            closeConfirm(true);
            void onRedraft(item.ref);
          }}
        />
      )}
      {!editing && (
        <div className={styles.actions}>
          {keyless ? (
            <span className={styles.note}>
              No ref in the sheet: to edit this text here, give the indicator a ref. Until then,
              type in its row of the Challenge log sheet.
            </span>
          ) : (
            <Button
              ref={editButton}
              size="small"
              icon={<Edit20Regular />}
              onClick={() => setEditing(true)}
              aria-label={`Edit commentary for ${item.ref}`}
            >
              Edit
            </Button>
          )}
          {edited !== undefined && (
            <Button
              ref={redraftButton}
              size="small"
              icon={<ArrowClockwise20Regular />}
              disabled={busy}
              onClick={() => setConfirming(true)}
              aria-label={`Redraft commentary for ${item.ref}`}
            >
              Redraft
            </Button>
          )}
          <Button
            size="small"
            icon={<Copy20Regular />}
            onClick={copy}
            aria-label={`Copy commentary for ${label}`}
          >
            Copy
          </Button>
          <GoToCell cell={cell} refLabel={item.ref} onSelectCell={onSelectCell} />
          {onAddToLog && !keyless && (
            <Button
              size="small"
              icon={<Add20Regular />}
              disabled={busy}
              onClick={() => void onAddToLog(item.ref)}
              aria-label={`Add to challenge log: ${item.ref}`}
            >
              Add to challenge log
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
