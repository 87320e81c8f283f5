/**
 * oidc-provider 8 ships no types; this declares the little the test provider uses of it
 * (src/server/testing/oidc-test-provider.ts).
 */
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  type TAccount = { accountId: string; claims(): Promise<Record<string, unknown>> };

  export type TProviderContext = {
    oidc: {
      client: { clientId: string };
      session: { accountId: string; grantIdFor(clientId: string): string | undefined };
      params: Record<string, unknown>;
      result?: { consent?: { grantId?: string } };
      provider: Provider;
    };
  };

  export type TGrant = {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  };

  export type TProviderConfiguration = {
    clients: Record<string, unknown>[];
    findAccount(context: TProviderContext, id: string): Promise<TAccount | undefined>;
    claims: Record<string, string[]>;
    conformIdTokenClaims: boolean;
    features: Record<string, { enabled: boolean }>;
    interactions: { url(context: TProviderContext, interaction: { uid: string }): string };
    loadExistingGrant(context: TProviderContext): Promise<TGrant | undefined>;
    cookies: { keys: string[] };
    jwks: { keys: Record<string, unknown>[] };
    pkce: { required(): boolean };
    /** Lifetimes in seconds. */
    ttl: Record<string, number>;
  };

  export default class Provider {
    constructor(issuer: string, configuration: Partial<TProviderConfiguration>);
    Grant: {
      new (init: { clientId: string; accountId: string }): TGrant;
      find(id: string): Promise<TGrant | undefined>;
    };
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    interactionDetails(
      request: IncomingMessage,
      response: ServerResponse,
    ): Promise<{ uid: string; prompt: { name: string }; params: Record<string, unknown> }>;
    interactionFinished(
      request: IncomingMessage,
      response: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
}
