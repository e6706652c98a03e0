/**
 * The webhook endpoint, in the order that keeps it safe: only POST on the path, the secret
 * header checked in constant time (401), the body read up to a limit (413), JSON checked (400),
 * then the update handled. Telegram gets its 200 within `ackTimeoutMs` even when handling takes
 * longer (it would re-send otherwise); the handling goes on and the de-duplication keeps a
 * re-sent copy from being answered twice. (grammY's `webhookCallback` does the secret and the
 * timeout but not the method, size and JSON checks, nor de-duplication before the bot.)
 */
import {timingSafeEqual} from 'node:crypto'
import type {IncomingMessage, ServerResponse} from 'node:http'
import type {Update} from 'grammy/types'

export interface WebhookHandlerOptions {
  secret: string
  maxBodyBytes: number
  ackTimeoutMs: number
  /** Handles one update; resolves when done. Rejects when Telegram should re-send it. */
  handle: (update: Update) => Promise<void>
  onTimeout?: (update: Update) => void
}

export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const expected = Buffer.from(options.secret)
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST')
      return reply(res, 405, 'method not allowed')
    }
    const given = req.headers['x-telegram-bot-api-secret-token']
    if (typeof given !== 'string' || !sameSecret(Buffer.from(given), expected)) {
      return reply(res, 401, 'unauthorized')
    }
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > options.maxBodyBytes) return reply(res, 413, 'payload too large')
    let body: string
    try {
      body = await readBody(req, options.maxBodyBytes)
    } catch (error) {
      if (error instanceof BodyTooLarge) return reply(res, 413, 'payload too large')
      return reply(res, 400, 'bad request')
    }
    let update: Update
    try {
      update = JSON.parse(body) as Update
    } catch {
      return reply(res, 400, 'malformed JSON')
    }
    if (typeof update !== 'object' || update === null || !Number.isInteger(update.update_id)) {
      return reply(res, 400, 'not an update')
    }
    const handling = options.handle(update)
    let timer: NodeJS.Timeout | undefined
    const acknowledged = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.ackTimeoutMs)
    })
    try {
      const outcome = await Promise.race([handling.then(() => 'done' as const), acknowledged])
      if (outcome === 'timeout') {
        options.onTimeout?.(update)
        handling.catch(() => {}) // reported by `handle` itself
      }
      reply(res, 200, 'ok')
    } catch {
      reply(res, 500, 'update failed')
    } finally {
      clearTimeout(timer)
    }
  }
}

class BodyTooLarge extends Error {
  override name = 'BodyTooLarge'
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) {
      req.resume()
      throw new BodyTooLarge()
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function sameSecret(given: Buffer, expected: Buffer): boolean {
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function reply(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return
  const body = JSON.stringify(status < 300 ? {ok: true} : {ok: false, error: text})
  res.writeHead(status, {'content-type': 'application/json', 'content-length': Buffer.byteLength(body)})
  res.end(body)
}
