/**
 * The ESLint rules of every package: type-aware TypeScript checks, and the boundaries the
 * architecture relies on, so that a break fails `pnpm test` rather than a review:
 * - only the configuration module reads `process.env` (everything else is given its settings);
 * - the answering core (`apps/bot/src/core`) is plain functions over facts: no grammY, no files,
 *   no network, so the bot, the local chat, inline mode and `ask` can share it.
 * Import rules between packages (apps import packages, never the reverse; test-only packages
 * stay out of shipped code) are dependency-cruiser's: ./dependency-cruiser.cjs.
 */
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * @param {{root: string, envReaders?: string[], core?: string[]}} options
 *   root: the package folder (import.meta.dirname); envReaders: files allowed to read
 *   process.env; core: globs of the answering core.
 */
export function campaign({root, envReaders = [], core = []}) {
  return tseslint.config(
    // tsup bundles its config to a temporary file beside it ("tsup.config.bundled_….mjs") while a build runs; lint may run then.
    {ignores: ['dist/**', 'coverage/**', 'node_modules/**', '**/*.tmp.*', '**/*.bundled_*', 'schema/**']},
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        globals: globals.node,
        parserOptions: {projectService: {allowDefaultProject: ['*.js', '*.mjs', '*.cjs', 'bin/*.js']}, tsconfigRootDir: root}
      },
      linterOptions: {reportUnusedDisableDirectives: 'error'},
      rules: {
        // The code base's own choices, where the recommended set is stricter than the code needs.
        '@typescript-eslint/no-explicit-any': 'off',
        '@typescript-eslint/no-unsafe-assignment': 'off',
        '@typescript-eslint/no-unsafe-member-access': 'off',
        '@typescript-eslint/no-unsafe-argument': 'off',
        '@typescript-eslint/no-unsafe-return': 'off',
        '@typescript-eslint/no-unsafe-call': 'off',
        '@typescript-eslint/require-await': 'off',
        '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
        '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
        // verbatimModuleSyntax keeps `import {type A}` as a bare import at run time: all-type imports say `import type`.
        '@typescript-eslint/no-import-type-side-effects': 'error',
        'no-restricted-properties': ['error', {object: 'process', property: 'env', message: 'Read settings in the configuration module and pass them in.'}]
      }
    },
    {files: [...envReaders, 'test/**', 'scripts/**', '*.config.*', 'bin/**'], rules: {'no-restricted-properties': 'off'}},
    ...(core.length === 0 ? [] : [{
      files: core,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {group: ['grammy', 'grammy/*', '@grammyjs/*'], message: 'The answering core returns data; Telegram stays at the edge.'},
              {group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:http', 'node:https', 'http', 'https', 'node:net', 'net'], message: 'The answering core reads no files and opens no connections: what it needs is passed in.'},
              {group: ['@fluent/*', 'i18next', 'i18next/*'], message: 'The answering core returns words as data (messages and their facts); the edge phrases them (src/format/phrase.ts).'}
            ]
          }
        ]
      }
    }]),
    {files: ['**/*.js', '**/*.cjs', '**/*.mjs'], ...tseslint.configs.disableTypeChecked}
  )
}
