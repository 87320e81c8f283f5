import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TOffer } from "../../../common/offers/offer-schemas.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useWithdrawOffer } from "./offer-queries.js";

type TOfferWithdrawButtonProps = { offer: TOffer; onWithdrawn: (offer: TOffer) => void };

/** Withdrawing takes the offer out of the directory for good; it asks first. */
export function OfferWithdrawButton({ offer, onWithdrawn }: TOfferWithdrawButtonProps) {
  const { t } = useTranslation();
  const withdraw = useWithdrawOffer(offer.id);
  const [isOpen, setIsOpen] = useState(false);

  function close() {
    setIsOpen(false);
    withdraw.reset();
  }

  return (
    <>
      <Button variant="outline" color="red.9" onClick={() => setIsOpen(true)}>
        {t("offers.directory.withdraw.button")}
      </Button>
      <Dialog
        isOpen={isOpen}
        onClose={close}
        title={t("offers.directory.withdraw.title")}
        closeLabel={t("offers.directory.close")}
      >
        <Stack gap="md">
          {withdraw.error ? <ProblemAlert error={withdraw.error} /> : null}
          <Text>{t("offers.directory.withdraw.message")}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("offers.directory.cancel")}
            </Button>
            <Button
              color="red.9"
              loading={withdraw.isPending}
              onClick={() =>
                withdraw.mutate(offer.version, {
                  onSuccess: (withdrawn) => {
                    setIsOpen(false);
                    onWithdrawn(withdrawn);
                  },
                })
              }
            >
              {t("offers.directory.withdraw.confirm")}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}
