// Shapes of the TeamBot host API as the pane uses them (see README.md, "API contract").

export type Mode = "local" | "signedIn";

export interface AddinStatus {
  mode: Mode;
  user: string | null;
  canUpload: boolean;
  /** Entra app registration of the add-in; null in local mode. */
  clientId?: string | null;
  /** Full scope to request, e.g. api://teambot.example.nl/<clientId>/access_as_user; null in local mode. */
  scope?: string | null;
}

export interface TemplateInfo {
  name: string;
  fileName: string;
  fields: string[];
}

export interface PlanInfo {
  name: string;
  title: string;
  year: number;
  kind: "uitvoeringsplan" | "evaluatie";
}

export interface PlanFile {
  name: string;
  yaml: string;
}

export interface CostLine {
  gemeente: string;
  bedrag: number;
  aandeelPercent?: number;
  perSleutel: Record<string, number>;
}

export interface CostTable {
  titel: string;
  totaal: number;
  regels: CostLine[];
}

export interface PlanCosts {
  kostenverdelingen: CostTable[];
  warnings: string[];
}

export interface RenderRequest {
  template: string;
  plan: string;
  upload: boolean;
  pdf: boolean;
}

export interface RenderResult {
  fileName: string;
  webUrl: string | null;
  pdfWebUrl: string | null;
  documentBase64: string;
  warnings: string[];
}

export interface Region {
  columns: string[];
  municipalities: { name: string; values: Record<string, number> }[];
}

export interface QuestionRequest {
  question: string;
  municipality: string | null;
}

export interface Source {
  title: string;
  section: string | null;
}

export interface Answer {
  category: "contract" | "casuistiek" | "overig";
  text: string;
  sources: Source[];
  unsure: boolean;
}

export type Afronding = "euro" | "cent";

export interface Sleutel {
  naam: string;
  gewichtPercent: number;
  kolom: string;
}

export interface GemeenteInput {
  gemeente: string;
  waarden: Record<string, number>;
}

export interface AllocateRequest {
  bedrag: number;
  afronding: Afronding;
  sleutels: Sleutel[];
  gemeenten: GemeenteInput[];
}

export interface AllocationLine {
  gemeente: string;
  aandeelPercent: number;
  bedrag: number;
  perSleutel: Record<string, number>;
}

export interface Allocation {
  titel: string;
  totaal: number;
  regels: AllocationLine[];
  afronding: string;
}

export interface QuestionLogRow {
  week: string;
  gemeente: string;
  categorie: string;
  uitkomst: string;
  feedback: "nuttig" | "niet nuttig" | null;
}

export interface QuestionLog {
  rows: QuestionLogRow[];
}

/** RFC 7807 problem details as the host sends them. */
export interface ProblemDetails {
  title?: string;
  status?: number;
  detail?: string;
  problems?: string[];
}
