import type {
  AddinStatus, AllocateRequest, Allocation, Answer, PlanCosts, PlanFile, PlanInfo,
  ProblemDetails, QuestionLog, QuestionRequest, Region, RenderRequest, RenderResult, TemplateInfo,
} from "./types";

/**
 * What went wrong with an API call, in the categories the pane shows differently:
 * - unreachable: the host is not running, the network failed, or it answered 5xx; retry helps.
 * - unauthorized: 401, or no token could be obtained.
 * - forbidden: 403, the user is signed in but not in the inkoopteam.
 * - problem: any other 4xx; `problems` holds the host's located Dutch messages.
 */
export type ApiErrorKind = "unreachable" | "unauthorized" | "forbidden" | "problem";

export const UNREACHABLE_MESSAGE =
  "TeamBot is niet bereikbaar. Controleer of TeamBot draait en probeer het opnieuw.";
export const UNAUTHORIZED_MESSAGE = "Je bent niet aangemeld.";
export const FORBIDDEN_MESSAGE = "Alleen het inkoopteam mag dit.";

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly problems: string[];

  constructor(kind: ApiErrorKind, message: string, status: number | null = null, problems: string[] = []) {
    super(message);
    this.name = "ApiError";
    this.kind = kind;
    this.status = status;
    this.problems = problems;
  }
}

/** Returns the bearer token to send, or null when none is needed (local mode). */
export type TokenProvider = () => Promise<string | null>;

export interface ApiClientOptions {
  /** Prefix for every path; "" means same origin as the pane. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Milliseconds before a call counts as unreachable. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Rendering may include an upload to the document library and a PDF conversion. */
const RENDER_TIMEOUT_MS = 180_000;

export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private tokenProvider: TokenProvider = async () => null;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? "";
    // Bind: a bare window.fetch called as a method of another object throws "Illegal invocation".
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  setTokenProvider(provider: TokenProvider): void {
    this.tokenProvider = provider;
  }

  /** Status is asked without a token: it tells the pane how to sign in. */
  getStatus(): Promise<AddinStatus> {
    return this.request<AddinStatus>("GET", "/api/addin/status", undefined, { anonymous: true });
  }

  getTemplates(): Promise<TemplateInfo[]> {
    return this.request("GET", "/api/templates");
  }

  getPlans(): Promise<PlanInfo[]> {
    return this.request("GET", "/api/plans");
  }

  getPlan(name: string): Promise<PlanFile> {
    return this.request("GET", `/api/plans/${encodeURIComponent(name)}`);
  }

  getPlanCosts(planYaml: string): Promise<PlanCosts> {
    return this.request("POST", "/api/plans/costs", { plan: planYaml });
  }

  renderPlan(body: RenderRequest): Promise<RenderResult> {
    return this.request("POST", "/api/plans/render", body, { timeoutMs: RENDER_TIMEOUT_MS });
  }

  getRegion(): Promise<Region> {
    return this.request("GET", "/api/region/municipalities");
  }

  askQuestion(body: QuestionRequest): Promise<Answer> {
    return this.request("POST", "/api/questions", body, { timeoutMs: 90_000 });
  }

  allocateCosts(body: AllocateRequest): Promise<Allocation> {
    return this.request("POST", "/api/costs/allocate", body);
  }

  getQuestionLog(from: string, to: string): Promise<QuestionLog> {
    const query = new URLSearchParams({ from, to });
    return this.request("GET", `/api/log/questions?${query.toString()}`);
  }

  private async request<T>(
    method: "GET" | "POST",
    path: string,
    body?: unknown,
    options: { anonymous?: boolean; timeoutMs?: number } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (!options.anonymous) {
      let token: string | null;
      try {
        token = await this.tokenProvider();
      } catch (error) {
        throw new ApiError("unauthorized", `${UNAUTHORIZED_MESSAGE} ${signInDetail(error)}`.trim(), null);
      }
      if (token) headers.Authorization = `Bearer ${token}`;
    }

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? this.timeoutMs);
    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        credentials: "same-origin",
      });
    } catch {
      throw new ApiError("unreachable", UNREACHABLE_MESSAGE);
    } finally {
      clearTimeout(timer);
    }

    if (response.ok) {
      try {
        return (await response.json()) as T;
      } catch {
        // A proxy or a static server answering with HTML: not the TeamBot API.
        throw new ApiError("unreachable", UNREACHABLE_MESSAGE, response.status);
      }
    }
    throw await toApiError(response);
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const status = response.status;
  if (status >= 500) return new ApiError("unreachable", UNREACHABLE_MESSAGE, status);

  let problem: ProblemDetails = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === "object") problem = parsed as ProblemDetails;
  } catch {
    // No JSON body: fall back to the status alone.
  }
  const problems = Array.isArray(problem.problems)
    ? problem.problems.filter((p): p is string => typeof p === "string")
    : [];

  if (status === 401) return new ApiError("unauthorized", UNAUTHORIZED_MESSAGE, status, problems);
  if (status === 403) return new ApiError("forbidden", FORBIDDEN_MESSAGE, status, problems);

  const title = problem.title?.trim() || defaultTitle(status);
  if (problems.length === 0 && problem.detail) problems.push(problem.detail);
  return new ApiError("problem", title, status, problems);
}

function defaultTitle(status: number): string {
  if (status === 404) return "TeamBot kent dit niet (404). Is TeamBot bijgewerkt?";
  if (status === 413) return "Het bestand is te groot voor TeamBot.";
  return `TeamBot weigerde het verzoek (${status}).`;
}

function signInDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error ?? "");
  return message ? `Aanmelden lukte niet: ${message}` : "Aanmelden lukte niet.";
}

/** Any thrown value as something the pane can show. */
export function toDisplayError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError("problem", message);
}
