import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type TAuditPagerProps = { page: number; pageSize: number; total: number; onPage: (page: number) => void };

/** Previous and next with a spoken status line; thousands of pages need no row of page buttons. */
export function AuditPager({ page, pageSize, total, onPage }: TAuditPagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" gap="sm" mt="sm">
      <Text size="sm" role="status">
        {t("audit.pagination.status", { page, pages, count: total })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t("audit.pagination.previous")}
        </Button>
        <Button variant="default" size="xs" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t("audit.pagination.next")}
        </Button>
      </Group>
    </Group>
  );
}
