import {defineConfig} from 'tsup'

export default defineConfig({
  entry: ['src/main.ts', 'src/ask.ts', 'src/eval.ts', 'src/unanswered.ts', 'src/broadcast.ts', 'src/preview.ts', 'src/map.ts', 'src/timeline.ts', 'src/draw-worker.ts'],
  format: ['esm'],
  target: 'node20',
  clean: true,
  sourcemap: true
})
