import { Skeleton, Stack, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";

type TTableSkeletonProps = { rows?: number };

/** The table's shape while it loads, so the page does not jump when the data arrives. */
export function TableSkeleton({ rows = 8 }: TTableSkeletonProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-busy="true">
      <VisuallyHidden role="status">{t("common.loading")}</VisuallyHidden>
      <Skeleton height={36} width={320} />
      {Array.from({ length: rows }, (_, index) => `row-${index}`).map((key) => (
        <Skeleton key={key} height={28} />
      ))}
    </Stack>
  );
}
