import { Paper, Title } from "@mantine/core";
import { Fragment, type ReactNode, useId } from "react";
import { NoValue } from "../ui/no-value.js";
import classes from "./person-file.module.css";

type TFileSectionProps = { title: string; entries: readonly { label: string; value: ReactNode }[] };

/** One part of the person file: a heading and a definition list; an empty value reads "keine Angabe". */
export function FileSection({ title, entries }: TFileSectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md" className={classes.section}>
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {title}
      </Title>
      <dl className={classes.details}>
        {entries.map((entry) => (
          <Fragment key={entry.label}>
            <dt>{entry.label}</dt>
            <dd>{entry.value ?? <NoValue />}</dd>
          </Fragment>
        ))}
      </dl>
    </Paper>
  );
}
