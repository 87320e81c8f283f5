import * as client from "openid-client";
import type { TOidcProviderConfig } from "../../config/oidc-providers-config.js";
import type { TDb } from "../../db/database.js";
import type { TOidcClients } from "./oidc-clients.js";
import { saveLoginState } from "./oidc-login-state.js";

/**
 * Begins an authorization code flow with PKCE, state and nonce. Returns where to send the browser
 * and the state for the browser's cookie.
 */
export async function startOidcLogin(
  db: TDb,
  clients: TOidcClients,
  provider: TOidcProviderConfig,
  redirectUri: string,
): Promise<{ authorizationUrl: URL; state: string }> {
  const configuration = await clients.configurationOf(provider);
  const login = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
  await saveLoginState(db, provider.id, login);
  const authorizationUrl = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: provider.scopes,
    response_type: "code",
    state: login.state,
    nonce: login.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(login.codeVerifier),
    code_challenge_method: "S256",
  });
  return { authorizationUrl, state: login.state };
}
