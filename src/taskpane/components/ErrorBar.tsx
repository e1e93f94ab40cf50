/** Shows a port rejection (or any failure) with its message; the user can dismiss it. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";

export interface ErrorBarProps {
  message: string;
  intent?: "error" | "warning";
  title?: string;
  onDismiss?: () => void;
}

export function ErrorBar({
  message,
  intent = "error",
  title,
  onDismiss,
}: ErrorBarProps): React.JSX.Element {
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{title ?? (intent === "error" ? "Error" : "Note")}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label="Dismiss message"
              icon={<Dismiss20Regular />}
              onClick={onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
