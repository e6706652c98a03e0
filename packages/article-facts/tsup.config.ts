import {defineConfig} from 'tsup'

// No `clean`: tsup runs these configs in parallel and `clean` empties the whole outDir, so one
// config could delete another's fresh output; and other packages read `dist/` while we rebuild.
// Every output has a fixed name (no code splitting), so overwriting in place leaves nothing stale.
//
// ESM first (unified and remark are ESM-only). The CJS build bundles its dependencies so
// `require('article-facts')` works without require(esm) support.
export default defineConfig([
  {entry: {index: 'src/index.ts'}, format: ['esm'], dts: true, target: 'node20'},
  {entry: {index: 'src/index.ts'}, format: ['cjs'], dts: true, target: 'node20', noExternal: [/.*/]},
  {entry: {cli: 'src/cli.ts'}, format: ['esm'], target: 'node20'}
])
