/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** The Viaduc gateway, e.g. https://api.viaduc.example (defaults to the local platform) */
  readonly VITE_VIADUC_API?: string;
}
