import { Button, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { todayInBerlin } from "../../common/arrival/person-input-schemas.js";
import type { TPerson } from "../../common/arrival/person-schemas.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useFormatters } from "../ui/use-formatters.js";
import { useRecordFirstContact } from "./person-queries.js";

/** The day of the first contact, or, while the person still waits, a button to record it as today. */
export function FirstContact({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const record = useRecordFirstContact(person.id);
  if (person.firstContactOn !== null) {
    return (
      <Text role={record.isSuccess ? "status" : undefined}>
        {t("arrival.worklist.firstContact")}: {formatDate(person.firstContactOn)}
      </Text>
    );
  }
  if (!person.allowedActions.includes("update") || person.status !== "active") return null;
  return (
    <>
      <Button variant="default" loading={record.isPending} onClick={() => record.mutate(todayInBerlin())}>
        {t("arrival.worklist.recordToday")}
      </Button>
      {record.error ? <ProblemAlert error={record.error} /> : null}
    </>
  );
}
