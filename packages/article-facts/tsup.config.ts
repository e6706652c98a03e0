import {rmSync} from 'node:fs'
import {defineConfig} from 'tsup'

// tsup runs these configs in parallel and `clean` empties the whole outDir, so one config's clean
// could delete another's fresh output. Clean once, here, before any build starts.
rmSync(new URL('dist', import.meta.url), {recursive: true, force: true})

// ESM first (unified and remark are ESM-only). The CJS build bundles its dependencies so
// `require('article-facts')` works without require(esm) support.
export default defineConfig([
  {entry: {index: 'src/index.ts'}, format: ['esm'], dts: true, target: 'node20'},
  {entry: {index: 'src/index.ts'}, format: ['cjs'], dts: true, target: 'node20', noExternal: [/.*/]},
  {entry: {cli: 'src/cli.ts'}, format: ['esm'], target: 'node20'}
])
