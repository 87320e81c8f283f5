import { generateKeyPairSync, randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type TProviderContext } from "oidc-provider";

/** An account at the test provider: the claims it releases and how it "authenticated". */
export type TOidcTestAccount = { claims: Record<string, unknown>; amr?: string[] };
export type TOidcTestClient = { clientId: string; clientSecret: string; redirectUri: string };

export type TOidcTestProvider = {
  issuer: string;
  /** Creates or replaces an account; the next login of it sees the new claims. */
  setAccount(accountId: string, account: TOidcTestAccount): void;
  /** Registers a client (rebuilds the provider, so call it before logins start). */
  addClient(client: TOidcTestClient): void;
  /**
   * Plays the browser: follows the authorization URL, signs in as the account on the login form
   * and returns the URL the provider sends back to the client (its redirect URI with code and state).
   */
  completeLogin(authorizationUrl: URL | string, accountId: string): Promise<URL>;
  close(): Promise<void>;
};

const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function renderLoginPage(uid: string, error?: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body><main><h1>Test identity provider</h1>${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label for="login">Username</label> <input id="login" name="login" autocomplete="username" required>
<label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password">
<button type="submit">Sign in</button></form></main></body></html>`;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) on a random loopback port, with an
 * account store the test controls and a minimal login form (any password; the username is the
 * account id). Consent is implied, as for a first-party client, so a login is one form.
 */
export async function startOidcTestProvider(): Promise<TOidcTestProvider> {
  const accounts = new Map<string, TOidcTestAccount>();
  const clients: TOidcTestClient[] = [];
  let provider: Provider | undefined;
  let handleProviderRequest: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;

  async function handleInteraction(request: IncomingMessage, response: ServerResponse, current: Provider) {
    const { uid } = await current.interactionDetails(request, response);
    if (request.method !== "POST") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(renderLoginPage(uid));
      return;
    }
    const login = (await readForm(request)).get("login") ?? "";
    const account = accounts.get(login);
    if (!account) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(renderLoginPage(uid, "Unknown user"));
      return;
    }
    await current.interactionFinished(
      request,
      response,
      { login: { accountId: login, amr: account.amr ?? ["pwd"] } },
      { mergeWithLastSubmission: false },
    );
  }

  const server = http.createServer((request, response) => {
    const current = provider;
    if (!current || !handleProviderRequest) {
      response.writeHead(503).end("no client registered yet");
      return;
    }
    if (request.url?.startsWith("/interaction/")) {
      handleInteraction(request, response, current).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
      return;
    }
    handleProviderRequest(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function buildProvider(): Provider {
    return new Provider(issuer, {
      clients: clients.map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      })),
      async findAccount(_context, id) {
        const account = accounts.get(id);
        return account ? { accountId: id, claims: async () => ({ ...account.claims, sub: id }) } : undefined;
      },
      // Role claims ride on the openid scope, as Keycloak's and Entra ID's do by configuration.
      claims: {
        openid: ["sub", "amr", "groups", "roles", "realm_access"],
        email: ["email", "email_verified"],
        profile: ["name"],
      },
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
      async loadExistingGrant(context: TProviderContext) {
        const { oidc } = context;
        const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
        if (grantId) return oidc.provider.Grant.find(grantId);
        const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
        grant.addOIDCScope(String(oidc.params.scope ?? "openid"));
        await grant.save();
        return grant;
      },
      cookies: { keys: [randomBytes(32).toString("hex")] },
      jwks: { keys: [{ ...signingKey, use: "sig", kid: "test" }] },
      pkce: { required: () => true },
      ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    });
  }

  return {
    issuer,
    setAccount(accountId, account) {
      accounts.set(accountId, account);
    },
    addClient(client) {
      clients.push(client);
      provider = buildProvider();
      handleProviderRequest = provider.callback();
    },
    async completeLogin(authorizationUrl, accountId) {
      const cookies = new Map<string, string>();
      const send = async (url: URL, form?: URLSearchParams) => {
        const response = await fetch(url, {
          method: form ? "POST" : "GET",
          redirect: "manual",
          headers: {
            cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
            ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
          },
          body: form,
        });
        for (const header of response.headers.getSetCookie()) {
          const [pair = ""] = header.split(";");
          const separator = pair.indexOf("=");
          const name = pair.slice(0, separator);
          const value = pair.slice(separator + 1);
          if (value === "" || /expires=Thu, 01 Jan 1970/i.test(header)) cookies.delete(name);
          else cookies.set(name, value);
        }
        await response.arrayBuffer();
        const location = response.headers.get("location");
        if (!location) throw new Error(`test provider answered ${response.status} without a redirect at ${url.href}`);
        return new URL(location, url);
      };
      let next = await send(new URL(authorizationUrl));
      for (let step = 0; step < 10 && next.origin === issuer; step += 1) {
        next = next.pathname.startsWith("/interaction/")
          ? await send(next, new URLSearchParams({ login: accountId, password: "any" }))
          : await send(next);
      }
      if (next.origin === issuer) throw new Error("the test provider did not send the browser back");
      return next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
