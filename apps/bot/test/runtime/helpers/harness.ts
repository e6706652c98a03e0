/** Starting services for tests: collected log lines, a fake API, free ports, a redis-server. */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {DestinationStream} from 'pino'
import {readRuntimeConfig, runService, type RunningService, type ServiceDeps} from '../../../src/runtime/index.js'
import {dataFiles} from '../../data-files.js'
import {createTestBot, testFacts} from './test-bot.js'

export class LogLines implements DestinationStream {
  readonly lines: string[] = []

  write(line: string): void {
    this.lines.push(line)
  }

  get text(): string {
    return this.lines.join('')
  }

  parsed(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>)
  }
}

export interface StartOptions {
  env: Record<string, string>
  name?: string
  deps?: Partial<ServiceDeps>
}

export async function startTestService(options: StartOptions): Promise<{service: RunningService; logs: LogLines}> {
  const logs = new LogLines()
  // Each service its own in-flight journal unless a test shares one between a service and its restart.
  const journal = join(mkdtempSync(join(tmpdir(), 'bot-in-flight-')), 'updates.jsonl')
  const config = readRuntimeConfig({LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '5000', ...dataFiles(), IN_FLIGHT_FILE: journal, ...options.env})
  const service = await runService(config, {
    createBot: (token, deps) => createTestBot(token, deps, options.name),
    loadLibrary: () => testFacts('v1'),
    handleSignals: false,
    logDestination: logs,
    ...options.deps
  })
  return {service, logs}
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export function which(binary: string, fallback?: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${binary}`], {encoding: 'utf8'}).stdout.trim()
  if (found) return found
  if (fallback && spawnSync('test', ['-x', fallback]).status === 0) return fallback
  return undefined
}

export const redisServerBin = process.env.REDIS_SERVER_BIN ?? which('redis-server')
export const nginxBin = process.env.NGINX_BIN ?? which('nginx', '/usr/sbin/nginx')

/** A redis-server of the test's own, on a free port in a temp dir; can be killed and restarted. */
export class TestRedis {
  readonly dir = mkdtempSync(join(tmpdir(), 'bot-redis-'))
  process: ChildProcess | undefined

  private constructor(readonly port: number) {}

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await freePort())
    await redis.restart()
    return redis
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`
  }

  async restart(): Promise<void> {
    const child = spawn(
      redisServerBin!,
      ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes'],
      {stdio: ['ignore', 'pipe', 'pipe']}
    )
    this.process = child
    await new Promise<void>((resolve, reject) => {
      let output = ''
      const onData = (chunk: Buffer): void => {
        output += chunk.toString()
        if (output.includes('Ready to accept connections')) resolve()
      }
      child.stdout.on('data', onData)
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)))
    })
  }

  /** SIGKILL: Redis gone without a goodbye, as in a crash. */
  async kill(): Promise<void> {
    await endProcess(this.process, 'SIGKILL')
    this.process = undefined
  }
}

/** Sends `signal` to a child we started and waits until it has exited. */
export async function endProcess(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill(signal)
  await exited
}
