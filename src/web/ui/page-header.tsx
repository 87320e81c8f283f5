import { Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useEffect } from "react";

type TPageHeaderProps = { title: string; description?: ReactNode };

/**
 * The page's one h1, also the browser tab title. The heading takes focus after navigation (see
 * useRouteFocus), so screen readers announce the new page.
 */
export function PageHeader({ title, description }: TPageHeaderProps) {
  useEffect(() => {
    document.title = `${title} – KommMit`;
  }, [title]);
  return (
    <Stack gap="xs" mb="lg">
      <Title order={1} tabIndex={-1} data-page-heading>
        {title}
      </Title>
      {description ? <Text c="dimmed">{description}</Text> : null}
    </Stack>
  );
}
