/**
 * The service's HTTP servers: the webhook path with GET /healthz on the public port in webhook
 * mode, and GET /metrics with a detailed /healthz on METRICS_PORT (loopback unless told
 * otherwise). /metrics answers only where a registry is given, and only with the bearer token
 * when METRICS_TOKEN is set.
 */
import {timingSafeEqual} from 'node:crypto'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {Registry} from 'prom-client'
import type {WebhookHandler} from './webhook-handler.js'

export interface Health {
  /** false while shutting down: a load balancer stops sending here. */
  ok: boolean
  [detail: string]: unknown
}

export interface ServiceServerOptions {
  /** Serves /metrics when given. */
  registry?: Registry
  /** When set, /metrics asks for `Authorization: Bearer <token>`. */
  metricsToken?: string
  health: () => Health
  webhook?: {path: string; handler: WebhookHandler}
  onError: (error: unknown) => void
}

export function createServiceServer(options: ServiceServerOptions): Server {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (options.webhook && path === options.webhook.path) {
      options.webhook.handler(req, res).catch((error: unknown) => {
        options.onError(error)
        if (!res.headersSent) res.writeHead(500).end()
      })
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, {allow: 'GET'}).end()
      return
    }
    if (path === '/healthz') {
      const health = options.health()
      res.writeHead(health.ok ? 200 : 503, {'content-type': 'application/json'}).end(JSON.stringify(health))
      return
    }
    const {registry} = options
    if (path === '/metrics' && registry) {
      if (options.metricsToken !== undefined && !bearerMatches(req.headers.authorization, options.metricsToken)) {
        res.writeHead(401, {'www-authenticate': 'Bearer'}).end()
        return
      }
      registry.metrics().then(
        (text) => res.writeHead(200, {'content-type': registry.contentType}).end(text),
        (error: unknown) => {
          options.onError(error)
          res.writeHead(500).end()
        }
      )
      return
    }
    res.writeHead(404).end()
  })
  // Telegram and load balancers keep connections open; shutdown closes idle ones itself.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  return server
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header ?? '')
  const wanted = Buffer.from(`Bearer ${token}`)
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}

export async function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return server.address() as AddressInfo
}

export async function closeServer(server: Server): Promise<void> {
  if (!server.listening) return
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  await closed
}
