/**
 * When two words are the same word: lower case, without diacritics, curly apostrophes straight.
 * The one rule of the parser and the bot ("Delegación" = "delegacion", "Amnesty’s" = "amnesty's",
 * "Bełchatów" = "belchatow").
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
    .replace(/[łđøı]/g, (letter) => BARE[letter] ?? letter)
}

/** Letters whose mark no decomposition takes off ("Bełchatów", "Đukanović", "Søren"), one for one so that offsets hold. */
const BARE: Readonly<Record<string, string>> = {ł: 'l', đ: 'd', ø: 'o', ı: 'i'}
