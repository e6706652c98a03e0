import {campaign} from '@campaign/lint-config/eslint'

export default [
  ...campaign({
    root: import.meta.dirname,
    // src/config.ts alone parses the environment; the unanswered CLI's entry point hands process.env to its main().
    envReaders: ['src/config.ts', 'src/unanswered.ts'],
    core: ['src/core/**']
  })
]
