import { Paper, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { PageHeader } from "../ui/page-header.js";

type TNoAccessNoticeProps = { pageTitle: string; heading: string; children: ReactNode };

/** A page the user's roles give nothing on: says why, instead of an empty list or a form the server refuses. */
export function NoAccessNotice({ pageTitle, heading, children }: TNoAccessNoticeProps) {
  return (
    <>
      <PageHeader title={pageTitle} />
      <Paper withBorder p="xl" radius="md" maw={720}>
        <Title order={2} size="h3" mb="sm">
          {heading}
        </Title>
        {typeof children === "string" ? <Text>{children}</Text> : children}
      </Paper>
    </>
  );
}
