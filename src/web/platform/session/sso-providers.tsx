import { Alert, Button, Divider, Stack } from "@mantine/core";
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { isOidcLoginError, type TOidcLoginError, ZOidcProviderList } from "../../../common/platform/sso-schemas.js";
import { requestJson } from "../../api/api-client.js";

const ssoProvidersQuery = queryOptions({
  queryKey: ["sso-providers"],
  queryFn: ({ signal }) => requestJson("/api/auth/oidc/providers", ZOidcProviderList, { signal }),
  staleTime: 60 * 60_000,
});

/** Spelled out per code so the extractor finds each key and TypeScript checks all are named. */
function describeSsoError(code: TOidcLoginError, t: TFunction): string {
  const texts: Record<TOidcLoginError, string> = {
    unknown_provider: t("sso.errors.unknownProvider"),
    unavailable: t("sso.errors.unavailable"),
    invalid_state: t("sso.errors.invalidState"),
    provider_error: t("sso.errors.providerError"),
    no_role: t("sso.errors.noRole"),
    no_account: t("sso.errors.noAccount"),
    account_conflict: t("sso.errors.accountConflict"),
    account_inactive: t("sso.errors.accountInactive"),
    missing_email: t("sso.errors.missingEmail"),
  };
  return texts[code];
}

/** Why the last single sign-on failed, when the callback sent the browser here with ?error=<code>. */
export function SsoLoginFailure() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const code = searchParams.get("error");
  if (!isOidcLoginError(code)) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t("sso.failed")} mb="md">
      {describeSsoError(code, t)}
    </Alert>
  );
}

/**
 * One button per configured identity provider. They are plain links: the login runs through full
 * page loads (provider's page and back), not through the API client.
 */
export function SsoProviderButtons() {
  const { t } = useTranslation();
  const providers = useQuery(ssoProvidersQuery);
  if (!providers.data || providers.data.length === 0) return null;
  return (
    <Stack gap="sm" mt="lg">
      <Divider label={t("sso.or")} labelPosition="center" />
      {providers.data.map((provider) => (
        <Button
          key={provider.id}
          component="a"
          href={`/api/auth/oidc/${encodeURIComponent(provider.id)}/login`}
          variant="default"
          fullWidth
        >
          {t("sso.signInWith", { provider: provider.displayName })}
        </Button>
      ))}
    </Stack>
  );
}
