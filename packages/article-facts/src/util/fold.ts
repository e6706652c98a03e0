/**
 * When two words are the same word: lower case, without diacritics, curly apostrophes straight.
 * The one rule of the parser and the bot ("Delegación" = "delegacion", "Amnesty’s" = "amnesty's").
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
}
