/**
 * A place's names in English and Spanish, so a question in one language is checked against an
 * article in the other ("¿se presenta desde Londres?" — "from London"): countries from the
 * runtime's own region names (ICU), and the cities releases most often name that have another
 * name in the other language.
 */
import {countryNames} from 'article-facts'
import {fold} from '../text.js'

const CITIES: ReadonlyArray<readonly string[]> = [
  ['london', 'londres'],
  ['new york', 'nueva york'],
  ['geneva', 'ginebra'],
  ['brussels', 'bruselas'],
  ['the hague', 'la haya'],
  ['strasbourg', 'estrasburgo'],
  ['copenhagen', 'copenhague'],
  ['moscow', 'moscu'],
  ['beijing', 'pekin'],
  ['kyiv', 'kiev'],
  ['kharkiv', 'jarkov'],
  ['lviv', 'leopolis', 'lvov'],
  ['stockholm', 'estocolmo'],
  ['vienna', 'viena'],
  ['rome', 'roma'],
  ['paris', 'paris'],
  ['berlin', 'berlin'],
  ['lisbon', 'lisboa'],
  ['athens', 'atenas'],
  ['warsaw', 'varsovia'],
  ['cairo', 'el cairo'],
  ['tehran', 'teheran'],
  ['jerusalem', 'jerusalen'],
  ['havana', 'la habana'],
  ['mexico city', 'ciudad de mexico'],
  ['panama city', 'ciudad de panama'],
  ['guatemala city', 'ciudad de guatemala'],
  ['sao paulo', 'san pablo'],
  ['cape town', 'ciudad del cabo'],
  ['yerevan', 'erevan', 'ereván']
]

/** Names a country goes by besides the runtime's: the older or everyday English and Spanish ones ("Turkey" beside "Türkiye"). */
const OTHER_COUNTRY_NAMES: ReadonlyArray<readonly string[]> = [
  ['turkiye', 'turkey'],
  ['congo - kinshasa', 'democratic republic of the congo', 'democratic republic of congo', 'drc', 'rdc', 'congo-kinshasa'],
  ['myanmar (burma)', 'myanmar', 'burma', 'birmania'],
  ['cote d’ivoire', "cote d'ivoire", 'ivory coast', 'costa de marfil'],
  ['czechia', 'czech republic', 'republica checa'],
  ['palestinian territories', 'palestine', 'palestina', 'occupied palestinian territories', 'territorios palestinos ocupados'],
  ['netherlands', 'holland', 'holanda'],
  ['timor-leste', 'east timor', 'timor oriental'],
  ['eswatini', 'swaziland', 'suazilandia'],
  ['north macedonia', 'macedonia'],
  ['hong kong sar china', 'hong kong']
]

/**
 * A country with the words for its people or things that share no start with its name ("Swiss", "French",
 * "británico"): the rest ("Mexican", "peruano") a word's other ending already meets.
 */
const NATIONS: ReadonlyArray<readonly string[]> = [
  ['switzerland', 'suiza', 'swiss', 'suizo', 'suizos', 'suizas'],
  ['france', 'francia', 'french', 'frances', 'francesa', 'franceses', 'francesas'],
  ['uk', 'britain', 'british', 'britanico', 'britanica', 'britanicos', 'britanicas'],
  ['netherlands', 'holland', 'holanda', 'dutch', 'holandes', 'holandesa', 'holandeses', 'neerlandes', 'neerlandesa'],
  ['spain', 'espana', 'spanish', 'espanol', 'espanola', 'espanoles', 'espanolas'],
  ['china', 'chinese', 'chino', 'chinos', 'chinas'],
  ['greece', 'grecia', 'greek', 'griego', 'griega', 'griegos', 'griegas'],
  ['turkey', 'turkiye', 'turquia', 'turkish', 'turco', 'turca', 'turcos', 'turcas'],
  ['ireland', 'irlanda', 'irish', 'irlandes', 'irlandesa', 'irlandeses'],
  ['poland', 'polonia', 'polish', 'polaco', 'polaca', 'polacos', 'polacas'],
  ['norway', 'noruega', 'norwegian', 'noruego', 'noruegos', 'noruegas'],
  ['denmark', 'dinamarca', 'danish', 'danes', 'danesa', 'daneses'],
  ['finland', 'finlandia', 'finnish', 'finlandes', 'finlandesa', 'finlandeses'],
  ['philippines', 'filipinas', 'filipino', 'filipina', 'filipinos'],
  ['myanmar', 'burma', 'birmania', 'burmese', 'birmano', 'birmana', 'birmanos'],
  ['afghanistan', 'afganistan', 'afghan', 'afghans', 'afgano', 'afgana', 'afganos', 'afganas'],
  ['salvador', 'salvadoran', 'salvadorean', 'salvadoreno', 'salvadorena', 'salvadorenos', 'salvadorenas'],
  ['usa', 'estadounidense', 'estadounidenses']
]

let nations: Map<string, readonly string[]> | undefined

/** The other words of a country and its people ("swiss": "switzerland", "suiza", …), folded; none for a word no group holds. */
export function nationWords(word: string): readonly string[] {
  nations ??= new Map(NATIONS.flatMap((group) => group.map((one) => [one, group.filter((other) => other !== one)] as const)))
  return nations.get(fold(word)) ?? []
}

let known: Map<string, readonly string[]> | undefined

function table(): Map<string, readonly string[]> {
  if (known) return known
  known = new Map()
  const english = new Intl.DisplayNames(['en'], {type: 'region'})
  const spanish = new Intl.DisplayNames(['es'], {type: 'region'})
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const groups: Array<readonly string[]> = [...CITIES]
  for (const a of letters) {
    for (const b of letters) {
      const en = english.of(a + b)
      const es = spanish.of(a + b)
      if (en && es && en !== a + b) groups.push([fold(en), fold(es)])
    }
  }
  for (const group of groups) for (const name of group) known.set(fold(name), group.map(fold))
  // Another name joins the group of the runtime's name for that country.
  for (const others of OTHER_COUNTRY_NAMES) {
    const group = [...new Set([...(known.get(fold(others[0]!)) ?? []), ...others.map(fold)])]
    for (const name of group) known.set(name, group)
  }
  return known
}

/** The table's entry for a name, with or without its article ("the Hague", "La Haya"). */
function lookup(name: string): readonly string[] | undefined {
  const folded = fold(name)
  return table().get(folded.replace(/^(?:the|el|la|los|las)\s+/, '')) ?? table().get(folded)
}

/** A place's names in both languages, folded; the name alone when none is known. */
export function placeNames(name: string): readonly string[] {
  return lookup(name) ?? [fold(name).replace(/^(?:the|el|la|los|las)\s+/, '')]
}

/** Whether the name is one this table knows in both languages. */
export function knownPlace(name: string): boolean {
  return lookup(name) !== undefined
}

/**
 * Time-zone names left out: everyday words ("Center", "Easter", "Phoenix"), and islands,
 * territories and research stations that name a zone rather than a city a release is about.
 */
const NOT_ONLY_CITIES = new Set(['center', 'easter', 'midway', 'phoenix', 'jersey', 'knox', 'casey', 'regina', 'mawson', 'davis', 'troll', 'marengo', 'winamac', 'vevay', 'tell city', 'new salem', 'beulah', 'chatham', 'guernsey', 'isle of man', 'port moresby', 'bermuda', 'madeira', 'canary', 'cape verde', 'reunion', 'mayotte', 'mahe', 'chagos', 'christmas', 'cocos', 'norfolk', 'pitcairn', 'wake', 'wallis', 'yap', 'chuuk', 'truk', 'ponape', 'pohnpei', 'kosrae', 'guam', 'saipan', 'rarotonga', 'tahiti', 'marquesas', 'gambier', 'galapagos', 'samoa', 'tongatapu', 'fiji', 'efate', 'noumea', 'nauru', 'niue', 'palau', 'fakaofo', 'funafuti', 'tarawa', 'kanton', 'kiritimati', 'majuro', 'kwajalein', 'honolulu', 'macquarie', 'lord howe', 'south georgia', 'stanley', 'st helena', 'faroe', 'azores', 'reykjavik', 'svalbard', 'vostok', 'palmer', 'rothera', 'syowa', 'mcmurdo', 'dumontdurville'])

let cities: Set<string> | undefined

/**
 * The cities of the runtime's time zones ("Africa/Abidjan", "America/Chicago", "Asia/Tbilisi"):
 * about four hundred of the world's larger cities, folded, with no list of our own to keep.
 */
export function worldCity(name: string): boolean {
  cities ??= new Set(
    Intl.supportedValuesOf('timeZone')
      .filter((zone) => zone.includes('/') && !zone.startsWith('Etc/'))
      .map((zone) => fold(zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ')))
      .filter((city) => !NOT_ONLY_CITIES.has(city))
  )
  return cities.has(fold(name))
}

let languages: Set<string> | undefined

/** Whether a folded word names a language in English or Spanish ("burmese", "quechua", "ingles"), by the runtime's own names. */
export function languageName(word: string): boolean {
  languages ??= new Set(
    (['en', 'es'] as const).flatMap((lang) => {
      const names = new Intl.DisplayNames([lang], {type: 'language', fallback: 'none'})
      const letters = 'abcdefghijklmnopqrstuvwxyz'
      return [...letters].flatMap((first) => [...letters].map((second) => names.of(first + second))).flatMap((name) => (name ? [fold(name)] : []))
    })
  )
  return languages.has(word)
}

let countryWords: Array<[string, RegExp]> | undefined
/** Each folded country name with the pattern that finds it as whole words, built once. */
export function countryPatterns(): Array<[string, RegExp]> {
  countryWords ??= [...foldedCountryNames()].map((name) => [name, new RegExp(`\\b${name}\\b`)])
  return countryWords
}

let countries: Set<string> | undefined
/** Country names in English and Spanish, folded, as a question typed on a phone writes them. */
export function foldedCountryNames(): Set<string> {
  countries ??= new Set([...countryNames()].map(fold))
  return countries
}
