/**
 * nginx as the load balancer in front of several webhook instances, run from a generated
 * config in a temp dir (no root-only paths), on loopback ports.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {connect} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {endProcess, freePort, nginxBin} from './harness.js'

export class TestNginx {
  process: ChildProcess | undefined

  private constructor(
    readonly dir: string,
    readonly port: number
  ) {}

  /** Round-robin over `upstreamPorts`; retries another instance when one refuses the connection. */
  static async start(upstreamPorts: readonly number[]): Promise<TestNginx> {
    const dir = mkdtempSync(join(tmpdir(), 'bot-nginx-'))
    chmodSync(dir, 0o755)
    for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      mkdirSync(join(dir, temp))
      chmodSync(join(dir, temp), 0o777) // workers run as nobody when started by root
    }
    const port = await freePort()
    writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, port, upstreamPorts))
    const nginx = new TestNginx(dir, port)
    await nginx.#spawn()
    return nginx
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  get accessLog(): string {
    try {
      return readFileSync(join(this.dir, 'access.log'), 'utf8')
    } catch {
      return ''
    }
  }

  async stop(): Promise<void> {
    await endProcess(this.process, 'SIGTERM')
  }

  async #spawn(): Promise<void> {
    const child = spawn(nginxBin!, ['-p', this.dir, '-c', join(this.dir, 'nginx.conf'), '-e', join(this.dir, 'error.log')], {
      stdio: ['ignore', 'ignore', 'pipe']
    })
    this.process = child
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const deadline = Date.now() + 5000
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`)
      if (await accepts(this.port)) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    child.kill('SIGKILL')
    throw new Error(`nginx did not listen on ${this.port}: ${stderr}`)
  }
}

function nginxConfig(dir: string, port: number, upstreamPorts: readonly number[]): string {
  return `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 1m;
  upstream bots {
${upstreamPorts.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://bots;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # Updates are safe to send again (de-duplicated), so a POST may go to the next instance.
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_read_timeout 30s;
    }
  }
}
`
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
