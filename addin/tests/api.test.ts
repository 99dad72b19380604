import { describe, expect, it, vi } from "vitest";
import { ApiClient, ApiError, FORBIDDEN_MESSAGE, UNAUTHORIZED_MESSAGE, UNREACHABLE_MESSAGE } from "../src/api";

type Call = { url: string; init: RequestInit };

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(url), init: init ?? {} };
    calls.push(call);
    return respond(call);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (status: number, body: unknown, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error("expected the call to fail");
}

describe("ApiClient", () => {
  it("asks the status without a token, and sends the bearer token on every other call", async () => {
    const { fetch, calls } = fakeFetch(() => json(200, []));
    const api = new ApiClient({ fetch });
    const provider = vi.fn(async () => "tok-123");
    api.setTokenProvider(provider);

    await api.getStatus();
    await api.getTemplates();
    const headers = (i: number) => calls[i].init.headers as Record<string, string>;
    expect(calls.map((c) => c.url)).toEqual(["/api/addin/status", "/api/templates"]);
    expect(headers(0).Authorization).toBeUndefined();
    expect(headers(1).Authorization).toBe("Bearer tok-123");
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it("sends no Authorization header when the provider has no token (local mode)", async () => {
    const { fetch, calls } = fakeFetch(() => json(200, []));
    const api = new ApiClient({ fetch });
    await api.getPlans();
    expect((calls[0].init.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it("posts the render request as JSON and asks for JSON back", async () => {
    const result = { fileName: "plan.docx", webUrl: null, pdfWebUrl: null, documentBase64: "UEs=", warnings: [] };
    const { fetch, calls } = fakeFetch(() => json(200, result));
    const api = new ApiClient({ fetch });
    const body = { template: "uitvoeringsplan-jeugd", plan: "naam: x\n", upload: false, pdf: false };
    expect(await api.renderPlan(body)).toEqual(result);
    expect(calls[0].url).toBe("/api/plans/render");
    expect(calls[0].init.method).toBe("POST");
    expect(JSON.parse(calls[0].init.body as string)).toEqual(body);
    expect(calls[0].init.headers).toMatchObject({ Accept: "application/json", "Content-Type": "application/json" });
  });

  it("escapes plan names and builds the log query", async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { rows: [] }));
    const api = new ApiClient({ fetch, baseUrl: "https://teambot.example" });
    await api.getPlan("plan 2023/wmo");
    await api.getQuestionLog("2026-01-01", "2026-12-31");
    expect(calls.map((c) => c.url)).toEqual([
      "https://teambot.example/api/plans/plan%202023%2Fwmo",
      "https://teambot.example/api/log/questions?from=2026-01-01&to=2026-12-31",
    ]);
  });

  it("calls the host unreachable when fetch fails", async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError("Failed to fetch")));
    const error = await failure(new ApiClient({ fetch }).getTemplates());
    expect(error.kind).toBe("unreachable");
    expect(error.message).toBe(UNREACHABLE_MESSAGE);
  });

  it.each([500, 502, 503])("calls the host unreachable on %i", async (status) => {
    const { fetch } = fakeFetch(() => json(status, { title: "boom" }));
    const error = await failure(new ApiClient({ fetch }).getRegion());
    expect([error.kind, error.status]).toEqual(["unreachable", status]);
  });

  it("calls the host unreachable when a 200 is not JSON (another server answered)", async () => {
    const { fetch } = fakeFetch(() => new Response("<html></html>", { status: 200, headers: { "Content-Type": "text/html" } }));
    const error = await failure(new ApiClient({ fetch }).getStatus());
    expect(error.kind).toBe("unreachable");
  });

  it("gives up after the timeout as unreachable", async () => {
    const { fetch } = fakeFetch((call) => new Promise((_, reject) => {
      call.init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
    }));
    const error = await failure(new ApiClient({ fetch, timeoutMs: 20 }).getPlans());
    expect(error.kind).toBe("unreachable");
  });

  it("keeps the located Dutch problems of a 400", async () => {
    const problems = ["plan.yaml, regel 12: het veld 'jaar' ontbreekt.", "plan.yaml, regel 30: 'kosten' moet een getal zijn."];
    const { fetch } = fakeFetch(() => json(400, { title: "Het plan klopt niet", status: 400, problems }, "application/problem+json"));
    const error = await failure(new ApiClient({ fetch }).getPlanCosts("x"));
    expect(error.kind).toBe("problem");
    expect(error.message).toBe("Het plan klopt niet");
    expect(error.problems).toEqual(problems);
    expect(error.status).toBe(400);
  });

  it("uses the detail when a problem has no list, and a Dutch title when it has none", async () => {
    const { fetch } = fakeFetch(() => json(404, { detail: "Plan 'x' bestaat niet." }));
    const error = await failure(new ApiClient({ fetch }).getPlan("x"));
    expect(error.message).toBe("TeamBot kent dit niet (404). Is TeamBot bijgewerkt?");
    expect(error.problems).toEqual(["Plan 'x' bestaat niet."]);
  });

  it("tells 401 and 403 apart", async () => {
    const { fetch } = fakeFetch((call) => json(call.url.includes("plans") ? 401 : 403, { title: "x" }));
    const api = new ApiClient({ fetch });
    const unauthorized = await failure(api.getPlans());
    const forbidden = await failure(api.getTemplates());
    expect([unauthorized.kind, unauthorized.message]).toEqual(["unauthorized", UNAUTHORIZED_MESSAGE]);
    expect([forbidden.kind, forbidden.message]).toEqual(["forbidden", FORBIDDEN_MESSAGE]);
  });

  it("reports a failed sign-in as not signed in, without calling the host", async () => {
    const { fetch, calls } = fakeFetch(() => json(200, []));
    const api = new ApiClient({ fetch });
    api.setTokenProvider(async () => {
      throw new Error("popup geblokkeerd");
    });
    const error = await failure(api.askQuestion({ question: "?", municipality: null }));
    expect(error.kind).toBe("unauthorized");
    expect(error.message).toBe("Je bent niet aangemeld. Aanmelden lukte niet: popup geblokkeerd");
    expect(calls).toEqual([]);
  });
});
