import { Box, Container, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { LanguageSwitch } from "./language-switch.js";
import classes from "./layout.module.css";
import { mainContentId, SkipLink } from "./skip-link.js";

type TPublicLayoutProps = { children: ReactNode };

/** The frame for pages before login: the same landmarks and skip link as inside, without navigation. */
export function PublicLayout({ children }: TPublicLayoutProps) {
  return (
    <>
      <SkipLink />
      <Box component="header" py="sm" px="md" style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}>
        <Group justify="space-between" wrap="nowrap">
          <span className={classes.brand}>KommMit</span>
          <LanguageSwitch />
        </Group>
      </Box>
      <main id={mainContentId} tabIndex={-1} className={classes.main}>
        <Container size={420} py="xl">
          {children}
        </Container>
      </main>
    </>
  );
}
