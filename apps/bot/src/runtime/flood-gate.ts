/**
 * Backing off from Telegram's flood limits, as a whole bot only when the whole bot was refused.
 * auto-retry waits `retry_after` for the call that got the 429, but in a surge hundreds of calls
 * are in flight: retried all at once they would hit the limit again together (a 429 storm).
 * Every 429 holds the chat that was refused for `retry_after`. Only a 429 that is the bot-wide
 * limit — refused while sending near it, or several chats refused at once — also paces all
 * message-sending calls at a bit less than the rate Telegram just accepted; one chat's 429 (its
 * own per-chat limit) delays no one else. The gate opens again after a quiet while. Before the
 * first 429 it costs nothing: the bot never guesses the limits.
 */
const quietMsToOpen = 30_000
const minimumRate = 1
/** Sends accepted in the last second from which a 429 is taken for the bot-wide limit (Telegram's is about 30). */
const nearGlobalRate = 15
/** Distinct chats refused within `refusalWindowMs` that make it the bot-wide limit. */
const chatsRefusedAtOnce = 3
const refusalWindowMs = 2000

export class FloodGate {
  /** Calls per second while pacing; Infinity while open. */
  #rate = Number.POSITIVE_INFINITY
  #nextSlot = 0
  #last429 = 0
  readonly #accepted: number[] = []
  readonly #chatsPausedUntil = new Map<string, number>()
  /** Recent 429s: when, and for which chat. */
  #refusals: Array<{at: number; chatId: string | undefined}> = []

  constructor(readonly clock: () => number = Date.now) {}

  get rate(): number {
    return this.#rate
  }

  /** Waits until this call may go out. */
  async admit(chatId: string | undefined): Promise<void> {
    let now = this.clock()
    if (this.#rate !== Number.POSITIVE_INFINITY && now - this.#last429 > quietMsToOpen) this.#rate = Number.POSITIVE_INFINITY
    const chatPause = chatId === undefined ? 0 : (this.#chatsPausedUntil.get(chatId) ?? 0)
    let start = Math.max(now, chatPause)
    if (this.#rate !== Number.POSITIVE_INFINITY) {
      start = Math.max(start, this.#nextSlot)
      this.#nextSlot = start + 1000 / this.#rate
    }
    if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now))
    now = this.clock()
    if (chatId !== undefined && chatPause !== 0 && chatPause <= now) this.#chatsPausedUntil.delete(chatId)
  }

  accepted(): void {
    const now = this.clock()
    this.#accepted.push(now)
    while (this.#accepted.length > 0 && this.#accepted[0]! < now - 1000) this.#accepted.shift()
    // Additive increase while Telegram keeps accepting.
    if (this.#rate !== Number.POSITIVE_INFINITY) this.#rate += 0.05
  }

  refused(chatId: string | undefined, retryAfterSeconds: number): void {
    const now = this.clock()
    const until = now + retryAfterSeconds * 1000
    if (chatId !== undefined) this.#chatsPausedUntil.set(chatId, Math.max(until, this.#chatsPausedUntil.get(chatId) ?? 0))
    if (this.#chatsPausedUntil.size > 10_000) {
      for (const [chat, pausedUntil] of this.#chatsPausedUntil) if (pausedUntil < now) this.#chatsPausedUntil.delete(chat)
    }
    this.#refusals = [...this.#refusals.filter((refusal) => refusal.at >= now - refusalWindowMs), {at: now, chatId}]
    const recent = this.#accepted.filter((at) => at >= now - 1000).length
    const chatsRefused = new Set(this.#refusals.map((refusal) => refusal.chatId)).size
    const botWide = chatId === undefined || recent >= nearGlobalRate || chatsRefused >= chatsRefusedAtOnce
    if (!botWide) return
    // Multiplicative decrease, from what Telegram accepted in the last second.
    const observed = recent > 0 ? recent * 0.9 : this.#rate / 2
    this.#rate = Math.max(minimumRate, Math.min(this.#rate, observed))
    this.#nextSlot = Math.max(this.#nextSlot, until)
    this.#last429 = now
  }
}

/** Methods that send or change messages: the ones Telegram's message limits count. */
export function isMessageMethod(method: string): boolean {
  return /^(send|edit|copy|forward)/.test(method) && method !== 'sendChatAction'
}
