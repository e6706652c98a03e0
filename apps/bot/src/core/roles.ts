/**
 * Roles said in the asker's language: a Spanish answer about an English article says
 * "secretaria general", not "Secretary General", and the other way round. A small glossary of
 * the genre's roles; a role it does not know is said as the article writes it.
 */
import type {Facts, Person} from 'article-facts'
import {fold} from './text.js'
import type {Lang} from './types.js'

/** English role, Spanish masculine, Spanish feminine. */
const ROLES: ReadonlyArray<readonly [string, string, string]> = [
  ['secretary general', 'secretario general', 'secretaria general'],
  ['deputy secretary general', 'secretario general adjunto', 'secretaria general adjunta'],
  ['executive director', 'director ejecutivo', 'directora ejecutiva'],
  ['deputy director', 'director adjunto', 'directora adjunta'],
  ['Americas director', 'director para las Américas', 'directora para las Américas'],
  ['director', 'director', 'directora'],
  ['president', 'presidente', 'presidenta'],
  ['vice president', 'vicepresidente', 'vicepresidenta'],
  ['prime minister', 'primer ministro', 'primera ministra'],
  ['minister', 'ministro', 'ministra'],
  ['attorney general', 'fiscal general', 'fiscal general'],
  ['prosecutor', 'fiscal', 'fiscal'],
  ['researcher', 'investigador', 'investigadora'],
  ['senior researcher', 'investigador sénior', 'investigadora sénior'],
  ['spokesperson', 'portavoz', 'portavoz'],
  ['lawyer', 'abogado', 'abogada'],
  ['journalist', 'periodista', 'periodista'],
  ['activist', 'activista', 'activista'],
  ['human rights defender', 'defensor de derechos humanos', 'defensora de derechos humanos'],
  ['coordinator', 'coordinador', 'coordinadora'],
  ['senior advisor', 'asesor principal', 'asesora principal'],
  ['adviser', 'asesor', 'asesora'],
  ['head', 'jefe', 'jefa'],
  ['judge', 'juez', 'jueza']
]

/** Each name of the glossary's roles, folded, in English and in Spanish, to its English name. */
const ENGLISH_ROLES: ReadonlyMap<string, string> = new Map(ROLES.flatMap((names) => names.map((name) => [fold(name), names[0]] as const)))

/** Every name of the glossary's roles, folded. */
export const ROLE_NAMES: ReadonlySet<string> = new Set(ENGLISH_ROLES.keys())

/** The English name of a role named in either language ("secretaria general" → "secretary general"). */
export function englishRole(name: string): string | undefined {
  return ENGLISH_ROLES.get(fold(name))
}

const FEMININE = /\b(she|her|hers|herself)\b/i
const MASCULINE = /\b(he|his|him|himself)\b/i

/** Whether the article speaks of the person as "she" or "he", in the sentences that name them and the ones after. */
function pronounOf(facts: Facts, person: Person): 'f' | 'm' | undefined {
  const names = [person.name, ...person.aliases].map(fold)
  let feminine = 0
  let masculine = 0
  facts.sentences.forEach((sentence, at) => {
    if (!names.some((name) => fold(sentence.text).includes(name))) return
    const around = `${sentence.text} ${facts.sentences[at + 1]?.text ?? ''}`
    if (FEMININE.test(around)) feminine++
    if (MASCULINE.test(around)) masculine++
  })
  return feminine > masculine ? 'f' : masculine > feminine ? 'm' : undefined
}

/** Both forms when the article does not tell: "secretario/a general", "director/a ejecutivo/a". */
function bothGenders(masculine: string, feminine: string): string {
  const other = feminine.split(' ')
  return masculine
    .split(' ')
    .map((word, at) => {
      const pair = other[at] ?? word
      if (pair === word) return word
      return pair === `${word}a` || pair === `${word.slice(0, -1)}a` ? `${word}/a` : `${word}/${pair}`
    })
    .join(' ')
}

/** A role in the asker's language, when the article is in the other one: "Secretary General" → "secretaria general". */
export function roleIn(facts: Facts, role: string | undefined, lang: Lang, person?: Person): string | undefined {
  if (!role || lang === facts.article.language) return role
  const folded = fold(role)
  if (lang === 'es') {
    const known = ROLES.find(([english]) => fold(english) === folded)
    if (!known) return role
    const gender = person ? pronounOf(facts, person) : undefined
    return gender === 'f' ? known[2] : gender === 'm' ? known[1] : bothGenders(known[1], known[2])
  }
  const known = ROLES.find(([, masculine, feminine]) => fold(masculine) === folded || fold(feminine) === folded)
  return known ? known[0] : role
}

/** The person's first title in the asker's language. */
export function titleFor(facts: Facts, person: Person, lang: Lang): string | undefined {
  return roleIn(facts, person.titles[0], lang, person)
}
