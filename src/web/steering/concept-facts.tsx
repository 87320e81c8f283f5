import { Text } from "@mantine/core";
import type { ReactNode } from "react";
import classes from "./concept.module.css";

/** Label–value pairs of a part; rows without a value are left out. */
export function ConceptFacts({ facts }: { facts: { label: string; value: ReactNode }[] }) {
  const shown = facts.filter((fact) => fact.value !== null && fact.value !== undefined && fact.value !== "");
  if (shown.length === 0) return null;
  return (
    <dl className={classes.facts}>
      {shown.map((fact) => (
        <div key={fact.label} className={classes.fact}>
          <Text component="dt" size="sm" fw={700}>
            {fact.label}
          </Text>
          <Text component="dd" size="sm" className={classes.factValue}>
            {fact.value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
