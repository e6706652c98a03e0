import {defineConfig} from 'tsup'

// ESM only: unified and remark are ESM-only, and Node.js ≥ 20.19 can `require()` ESM (see the
// README's Compatibility). One build, so the CLI shares the library's code (a chunk) instead of
// bundling it again, and dependencies stay dependencies (never bundled).
export default defineConfig({
  entry: {index: 'src/index.ts', cli: 'src/cli.ts'},
  format: ['esm'],
  dts: {entry: {index: 'src/index.ts'}},
  target: 'node20',
  splitting: true,
  clean: true
})
