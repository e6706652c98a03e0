#!/usr/bin/env node
import {main} from './cli/main.js'

process.exitCode = main(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, cwd: process.cwd()})
