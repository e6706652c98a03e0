import {defineConfig} from 'tsup'

// ESM first (unified and remark are ESM-only). The CJS build bundles its dependencies so
// `require('article-facts')` works without require(esm) support.
export default defineConfig([
  {entry: {index: 'src/index.ts'}, format: ['esm'], dts: true, clean: true, target: 'node20'},
  {entry: {index: 'src/index.ts'}, format: ['cjs'], dts: true, target: 'node20', noExternal: [/.*/]},
  {entry: {cli: 'src/cli.ts'}, format: ['esm'], target: 'node20'}
])
