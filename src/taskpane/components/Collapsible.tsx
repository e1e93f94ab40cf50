/**
 * A section whose body opens on demand: a heading holding a real button (aria-expanded), the body
 * rendered only while open (so a closed section costs no DOM and no Tab stops).
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { DisclosureMark } from "./DisclosureMark";

export interface CollapsibleProps {
  id: string;
  title: string;
  /** Open at first (e.g. when something in it needs attention); the user may toggle it. */
  initiallyOpen: boolean;
  /** A short note beside the title while closed ("nothing needs attention"). */
  closedNote?: string;
  children: React.ReactNode;
}

const useStyles = makeStyles({
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
  toggle: {
    fontSize: "inherit",
    fontWeight: "inherit",
    textAlign: "left",
    paddingLeft: 0,
    minWidth: 0,
    height: "auto",
  },
  note: {
    display: "block",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

export function Collapsible({
  id,
  title,
  initiallyOpen,
  closedNote,
  children,
}: CollapsibleProps): React.JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = React.useState(initiallyOpen);
  // A new result that needs attention opens the section again.
  React.useEffect(() => {
    if (initiallyOpen) setOpen(true);
  }, [initiallyOpen]);
  const bodyId = `${id}-body`;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          icon={<DisclosureMark expanded={open} />}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((was) => !was)}
        >
          <span>
            {title}
            {!open && closedNote && <span className={styles.note}>{closedNote}</span>}
          </span>
        </Button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
