/** A Bot API error answer: `{ok: false, error_code, description, parameters?}` with that HTTP status. */
export class ApiError extends Error {
  override name = 'ApiError'

  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: {retry_after?: number; migrate_to_chat_id?: number}
  ) {
    super(description)
  }

  toJSON(): Record<string, unknown> {
    return {
      ok: false,
      error_code: this.code,
      description: this.description,
      ...(this.parameters ? {parameters: this.parameters} : {})
    }
  }
}

export const badRequest = (what: string): ApiError => new ApiError(400, `Bad Request: ${what}`)

export const conflictOtherPoller = (): ApiError =>
  new ApiError(
    409,
    'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'
  )

export const conflictWebhookActive = (): ApiError =>
  new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")
