import * as client from "openid-client";
import type { TOidcProviderConfig } from "../../config/oidc-providers-config.js";
import { OidcLoginError } from "./oidc-login-error.js";

export type TOidcClients = {
  find(providerId: string): TOidcProviderConfig | undefined;
  /** The provider's discovered configuration; fetched at first use, so a provider that is down does not stop start-up. */
  configurationOf(provider: TOidcProviderConfig): Promise<client.Configuration>;
};

async function discover(provider: TOidcProviderConfig): Promise<client.Configuration> {
  const issuer = new URL(provider.issuer);
  // The config only admits http:// for loopback issuers (tests, local trials).
  const options = issuer.protocol === "http:" ? { execute: [client.allowInsecureRequests] } : undefined;
  return client.discovery(
    issuer,
    provider.clientId,
    undefined,
    client.ClientSecretBasic(provider.clientSecret),
    options,
  );
}

/** One cache of discovered provider metadata per app; a failed discovery is tried again next time. */
export function createOidcClients(providers: readonly TOidcProviderConfig[]): TOidcClients {
  const discovered = new Map<string, Promise<client.Configuration>>();
  return {
    find: (providerId) => providers.find((provider) => provider.id === providerId),
    async configurationOf(provider) {
      let configuration = discovered.get(provider.id);
      if (!configuration) {
        configuration = discover(provider);
        discovered.set(provider.id, configuration);
      }
      try {
        return await configuration;
      } catch (error) {
        discovered.delete(provider.id);
        throw new OidcLoginError("unavailable", { cause: error });
      }
    },
  };
}
