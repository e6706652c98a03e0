import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The first test of a file pays for loading the extractors and the schema; on a shared, loaded machine that alone has passed 5 s.
    testTimeout: 20_000
  }
})
