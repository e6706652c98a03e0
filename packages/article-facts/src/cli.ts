#!/usr/bin/env node
import {main} from './cli/main.js'

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = main(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, cwd: process.cwd()})
