/**
 * When two words are the same word: lower case, without diacritics, curly apostrophes straight.
 * The one rule of the parser and the bot ("Delegación" = "delegacion", "Amnesty’s" = "amnesty's",
 * "Bełchatów" = "belchatow").
 */
export function fold(text: string): string {
  let folded = remembered.get(text)
  if (folded === undefined) {
    folded = text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .toLowerCase()
      .replace(/[łđøı]/g, (letter) => BARE[letter] ?? letter)
    if (text.length <= REMEMBERED_LENGTH) {
      if (remembered.size >= REMEMBERED_AT_MOST) remembered.clear()
      remembered.set(text, folded)
    }
  }
  return folded
}

/**
 * Folds already made: the bot folds the same sentences of an article for every question, and the
 * parser the same names for every sentence. Sentences, not whole articles; bounded, and emptied whole
 * when full, so a long run over many articles keeps its memory flat (a few MB at most).
 */
const remembered = new Map<string, string>()
const REMEMBERED_AT_MOST = 10_000
const REMEMBERED_LENGTH = 600

/** Letters whose mark no decomposition takes off ("Bełchatów", "Đukanović", "Søren"), one for one so that offsets hold. */
const BARE: Readonly<Record<string, string>> = {ł: 'l', đ: 'd', ø: 'o', ı: 'i'}
