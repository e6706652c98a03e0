/**
 * The app's `locales/` folder. This module sits directly in `src/`, so the same relative URL
 * resolves from the sources (tests) and from the bundled `dist/` entry points.
 */
export const localesDir = new URL('../locales/', import.meta.url)
