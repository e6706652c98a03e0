/** Every local file the bot keeps without Redis, in a fresh folder: tests never share state through apps/bot/data. */
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export function dataFiles(dir: string = mkdtempSync(join(tmpdir(), 'bot-data-'))) {
  return {
    UNANSWERED_FILE: join(dir, 'unanswered.jsonl'),
    IN_FLIGHT_FILE: join(dir, 'in-flight.jsonl'),
    FOLLOWERS_FILE: join(dir, 'followers.json'),
    ANNOUNCED_FILE: join(dir, 'announced.json'),
    BROADCAST_FILE: join(dir, 'broadcast.jsonl')
  }
}
