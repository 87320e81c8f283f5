import { Center, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A spinner with words, announced politely; for whole-page waits (the session check). */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Center mih="50vh">
      <Stack align="center" gap="sm" role="status">
        <Loader aria-hidden="true" />
        <Text>{t("common.loading")}</Text>
      </Stack>
    </Center>
  );
}
