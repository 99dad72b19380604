import { describe, expect, it, vi } from "vitest";
import { createTokenProvider, scopeFor, SignInError, type MsalLike, type OfficeLike } from "../src/auth";
import type { AddinStatus } from "../src/types";

const signedIn: AddinStatus = { mode: "signedIn", user: "a.jansen@gemeente.nl", canUpload: true, clientId: "abc-123", scope: null };

function office(naa: boolean, token: () => Promise<string> = async () => "sso-token"): OfficeLike & { getAccessToken: ReturnType<typeof vi.fn> } {
  const getAccessToken = vi.fn(token);
  return {
    context: { requirements: { isSetSupported: (name: string) => naa && name === "NestedAppAuth" } },
    auth: { getAccessToken },
    getAccessToken,
  };
}

function msal(silent: () => Promise<{ accessToken: string }>, popup: () => Promise<{ accessToken: string }> = async () => ({ accessToken: "popup-token" })) {
  const app: MsalLike = { acquireTokenSilent: vi.fn(silent), acquireTokenPopup: vi.fn(popup) };
  return { app, loadMsal: vi.fn(async () => app) };
}

describe("scopeFor", () => {
  it("uses the host's scope, else api://<host>/<clientId>/access_as_user", () => {
    expect(scopeFor({ ...signedIn, scope: "api://x/y/access_as_user" }, "h")).toBe("api://x/y/access_as_user");
    expect(scopeFor(signedIn, "teambot.gemeente.nl")).toBe("api://teambot.gemeente.nl/abc-123/access_as_user");
    expect(scopeFor({ ...signedIn, clientId: null }, "h")).toBeNull();
  });
});

describe("createTokenProvider", () => {
  it("sends no token in local mode and never loads MSAL", async () => {
    const { loadMsal } = msal(async () => ({ accessToken: "x" }));
    const provider = createTokenProvider({ mode: "local", user: null, canUpload: false }, { loadMsal, office: office(true) });
    expect(await provider()).toBeNull();
    expect(loadMsal).not.toHaveBeenCalled();
  });

  it("gets a token silently through Nested App Authentication", async () => {
    const { app, loadMsal } = msal(async () => ({ accessToken: "naa-token" }));
    const provider = createTokenProvider(signedIn, { loadMsal, office: office(true), host: "teambot.gemeente.nl" });
    expect(await provider()).toBe("naa-token");
    expect(await provider()).toBe("naa-token");
    expect(loadMsal).toHaveBeenCalledTimes(1);
    expect(loadMsal).toHaveBeenCalledWith("abc-123");
    expect(app.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ["api://teambot.gemeente.nl/abc-123/access_as_user"] });
    expect(app.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("falls back to a popup when the silent call fails", async () => {
    const { app, loadMsal } = msal(async () => {
      throw new Error("interaction_required");
    });
    const provider = createTokenProvider(signedIn, { loadMsal, office: office(true), host: "h" });
    expect(await provider()).toBe("popup-token");
    expect(app.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it("reports a cancelled popup as a sign-in error", async () => {
    const { loadMsal } = msal(
      async () => { throw new Error("interaction_required"); },
      async () => { throw new Error("user_cancelled"); },
    );
    const provider = createTokenProvider(signedIn, { loadMsal, office: office(true), host: "h" });
    await expect(provider()).rejects.toThrow(SignInError);
  });

  it("uses Office SSO on clients without NAA", async () => {
    const { loadMsal } = msal(async () => ({ accessToken: "naa-token" }));
    const fakeOffice = office(false);
    const provider = createTokenProvider(signedIn, { loadMsal, office: fakeOffice, host: "h" });
    expect(await provider()).toBe("sso-token");
    expect(loadMsal).not.toHaveBeenCalled();
    expect(fakeOffice.getAccessToken).toHaveBeenCalledWith({ allowSignInPrompt: true, allowConsentPrompt: true });
  });

  it("uses Office SSO when MSAL cannot start", async () => {
    const loadMsal = vi.fn(async () => {
      throw new Error("no bridge");
    });
    const provider = createTokenProvider(signedIn, { loadMsal, office: office(true), host: "h" });
    expect(await provider()).toBe("sso-token");
  });

  it("explains Office SSO errors in Dutch", async () => {
    const provider = createTokenProvider(signedIn, {
      office: office(false, async () => {
        throw { code: 13001, message: "The user is not signed in" };
      }),
      host: "h",
    });
    await expect(provider()).rejects.toThrow("meld je eerst aan bij Office.");
  });

  it("says so when there is no Office to sign in with", async () => {
    const provider = createTokenProvider(signedIn, { office: undefined, host: "h" });
    await expect(provider()).rejects.toThrow("deze versie van Office kan niet aanmelden voor TeamBot.");
  });
});
