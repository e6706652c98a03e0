/**
 * Faults the fake injects into chosen API methods, each for a limited number of calls, so a
 * test can say "the next sendMessage fails with 500" and nothing else breaks.
 */
export type Fault =
  /** Telegram's flood answer: 429 with `parameters.retry_after` (seconds). */
  | {kind: 'retry-after'; seconds: number}
  /** An error answer with this code (500, 502, 409, 400 ...). */
  | {kind: 'error'; code: number; description?: string}
  /** The TCP connection is destroyed before the request is handled (the call has no effect). */
  | {kind: 'drop'}
  /** The answer is delayed; the call is then handled normally. */
  | {kind: 'slow'; delayMs: number}

export interface FaultRule {
  /** An API method name, or `*` for every method. */
  method: string
  fault: Fault
  /** How many calls it still applies to. */
  remaining: number
}

export class FaultBook {
  readonly #rules: FaultRule[] = []

  add(method: string, fault: Fault, times = 1): FaultRule {
    const rule: FaultRule = {method, fault, remaining: times}
    this.#rules.push(rule)
    return rule
  }

  /** The fault to apply to this call, if any; consumes one use of it. */
  take(method: string): Fault | undefined {
    const rule = this.#rules.find(
      (candidate) => candidate.remaining > 0 && (candidate.method === method || candidate.method === '*')
    )
    if (!rule) return undefined
    rule.remaining--
    return rule.fault
  }

  clear(): void {
    this.#rules.length = 0
  }

  get pending(): number {
    return this.#rules.reduce((sum, rule) => sum + rule.remaining, 0)
  }
}
