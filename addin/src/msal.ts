// Loaded with import() from auth.ts, so MSAL becomes its own chunk (assets/msal-*.js) that
// the pane fetches only in signed-in mode.
export { createNestablePublicClientApplication } from "@azure/msal-browser";
