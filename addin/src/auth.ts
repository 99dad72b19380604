import type { TokenProvider } from "./api";
import type { AddinStatus } from "./types";

/**
 * The part of MSAL the pane uses; injected so tests do not load MSAL itself.
 * `loadMsal` defaults to a dynamic import, so local mode never downloads MSAL.
 */
export interface MsalLike {
  acquireTokenSilent(request: { scopes: string[] }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
}

export interface AuthDeps {
  loadMsal?: (clientId: string) => Promise<MsalLike>;
  office?: OfficeLike | undefined;
  host?: string;
}

/** The bits of the Office global that sign-in needs. */
export interface OfficeLike {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
  auth?: { getAccessToken(options?: { allowSignInPrompt?: boolean; allowConsentPrompt?: boolean }): Promise<string> };
}

export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SignInError";
  }
}

/** api://<host>/<clientId>/access_as_user, unless the host gave a scope. */
export function scopeFor(status: AddinStatus, host: string): string | null {
  if (status.scope) return status.scope;
  if (!status.clientId) return null;
  return `api://${host}/${status.clientId}/access_as_user`;
}

async function defaultLoadMsal(clientId: string): Promise<MsalLike> {
  const msal = await import("./msal");
  return msal.createNestablePublicClientApplication({
    auth: { clientId, authority: "https://login.microsoftonline.com/common" },
  });
}

function supportsNestedAppAuth(office: OfficeLike | undefined): boolean {
  try {
    return office?.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") === true;
  } catch {
    return false;
  }
}

/**
 * A token provider for the mode the host reported.
 * - local: no token; the host accepts only loopback calls then.
 * - signedIn: Nested App Authentication through MSAL (silent first, then a popup that the
 *   Office client brokers); on clients without NAA, Office's own SSO (getAccessToken).
 * The token is cached by MSAL/Office; the provider itself only remembers the MSAL instance.
 */
export function createTokenProvider(status: AddinStatus, deps: AuthDeps = {}): TokenProvider {
  if (status.mode === "local") return async () => null;

  const host = deps.host ?? globalThis.location?.host ?? "";
  const office = "office" in deps ? deps.office : (globalThis as { Office?: OfficeLike }).Office;
  const scope = scopeFor(status, host);
  const loadMsal = deps.loadMsal ?? defaultLoadMsal;
  let msal: Promise<MsalLike> | null = null;

  const officeSso = async (): Promise<string> => {
    if (!office?.auth?.getAccessToken) {
      throw new SignInError("deze versie van Office kan niet aanmelden voor TeamBot.");
    }
    try {
      return await office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
    } catch (error) {
      throw new SignInError(describeOfficeAuthError(error));
    }
  };

  return async () => {
    if (!status.clientId || !scope || !supportsNestedAppAuth(office)) return officeSso();

    msal ??= loadMsal(status.clientId);
    let app: MsalLike;
    try {
      app = await msal;
    } catch {
      msal = null;
      return officeSso();
    }
    const request = { scopes: [scope] };
    try {
      return (await app.acquireTokenSilent(request)).accessToken;
    } catch {
      // Any silent failure (no account yet, consent needed, expired session): ask the user.
      try {
        return (await app.acquireTokenPopup(request)).accessToken;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new SignInError(message || "aanmelden is afgebroken.");
      }
    }
  };
}

/** Office SSO reports numbered errors; the common ones in Dutch. */
function describeOfficeAuthError(error: unknown): string {
  const code = (error as { code?: number } | null)?.code;
  switch (code) {
    case 13001:
      return "meld je eerst aan bij Office.";
    case 13002:
      return "aanmelden is afgebroken.";
    case 13006:
    case 13008:
      return "Office was nog bezig; probeer het opnieuw.";
    case 13012:
      return "deze versie van Office kan niet aanmelden voor TeamBot.";
    default: {
      const message = (error as { message?: string } | null)?.message;
      return message ? String(message) : "onbekende fout bij aanmelden.";
    }
  }
}
