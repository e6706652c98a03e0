import {campaign} from '@campaign/lint-config/eslint'

export default [
  ...campaign({
    root: import.meta.dirname,
    // src/config.ts alone parses the environment; the unanswered CLI's entry point hands process.env to its main().
    envReaders: ['src/config.ts', 'src/unanswered.ts'],
    core: ['src/core/**']
  }),
  {
    // The one exception to the core's rule, until answers are data rendered at the edge (the issue
    // "One way to do each thing"): the answer sentences' Fluent files are read here.
    files: ['src/core/messages.ts'],
    rules: {'no-restricted-imports': 'off'}
  }
]
