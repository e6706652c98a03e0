/**
 * English or Spanish, for an article or for a question of a few words: one detector for the
 * parser and the bot. Function words and the genre's common words count (a shared word counts
 * less), and so does Spanish spelling (¿, ¡, ñ, "-ción", accented vowels outside names). A long
 * text is judged on its first paragraphs. `undefined` when nothing tells them apart (a lone name).
 */
import type {Language} from '../schema.js'
import {fold} from './fold.js'

const SPANISH = new Set([
  'que', 'quien', 'quienes', 'cuando', 'donde', 'como', 'cual', 'cuales', 'cuanto', 'cuanta',
  'cuantos', 'cuantas', 'por', 'para', 'porque', 'el', 'la', 'los', 'las', 'del', 'al', 'un',
  'una', 'unos', 'unas', 'es', 'son', 'esta', 'estan', 'fue', 'fueron', 'hay', 'ha', 'han', 'y',
  'o', 'pero', 'con', 'sin', 'sobre', 'de', 'en', 'se', 'su', 'sus', 'lo', 'le', 'les', 'me',
  'mi', 'yo', 'tu', 'usted', 'ella', 'ellos', 'ellas', 'mas', 'otro', 'otra', 'otros',
  'tambien', 'puedo', 'puede', 'pueden', 'hacer', 'hago', 'dime', 'quiero', 'gracias', 'hola',
  'ayuda', 'firmas', 'firma', 'firmaron', 'informe', 'delegacion', 'peticion', 'conferencia',
  'prensa', 'reunion', 'protestas', 'fuente', 'fuentes', 'cita', 'dijo', 'lidera', 'encabeza',
  'llego', 'llegaron', 'hallazgos', 'investigacion', 'fecha', 'fechas', 'buenas', 'buenos',
  'dias', 'vale', 'entonces', 'ese', 'esa', 'eso', 'este', 'esto', 'aqui', 'alli', 'ya', 'muy',
  'tiene', 'tienen', 'dice', 'habla', 'hablame', 'cuentame', 'explicame', 'manifestaciones',
  'firmar', 'actuar', 'ayudar', 'presidenta', 'presidente', 'relacionado', 'relacionadas',
  'noticias', 'foto', 'titulo'
])

const ENGLISH = new Set([
  'what', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'which', 'the', 'a', 'an', 'is',
  'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'and',
  'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'has', 'have', 'about', 'it',
  'its', 'they', 'them', 'their', 'she', 'he', 'her', 'his', 'him', 'i', 'me', 'my', 'you',
  'your', 'we', 'us', 'our', 'this', 'that', 'these', 'those', 'there', 'else', 'many', 'much',
  'tell', 'hi', 'hello', 'hey', 'thanks', 'thank', 'help', 'please', 'signatures', 'sigs',
  'report', 'delegation', 'petition', 'meeting', 'protests', 'quote', 'said', 'leads', 'leading',
  'led', 'findings', 'sources', 'source', 'press', 'conference', 'timeline', 'whats', 'sign',
  'take', 'action', 'people', 'person', 'called', 'title', 'photo', 'related', 'news', 'ok'
])

/** Words both languages use the same way: weak evidence. */
const SHARED = new Set(['a', 'me', 'no', 'son', 'tu', 'es', 'se', 'o', 'en', 'un', 'has'])

/** The first paragraphs tell an article's language as well as the whole of it. */
const SAMPLE = 1500

export function detectLanguage(text: string): Language | undefined {
  const sample = text.slice(0, SAMPLE)
  if (sample.length < 200 && /[¿¡ñÑ]/.test(sample)) return 'es'
  const words = fold(sample).match(/[a-z]+/g) ?? []
  let spanish = 0
  let english = 0
  for (const word of words) {
    const weight = SHARED.has(word) ? 0.25 : 1
    if (SPANISH.has(word)) spanish += weight
    if (ENGLISH.has(word)) english += weight
  }
  if (/[¿¡ñÑ]/.test(sample)) spanish += 1
  if (/\b\p{L}+ci[oó]n\b/iu.test(sample)) spanish += 0.5
  // Accented vowels outside capitalised names are weak evidence of Spanish.
  if (/[áéíóú]/.test(sample.replace(/\p{Lu}\p{Ll}*/gu, ''))) spanish += 0.75
  if (spanish === english) return undefined
  return spanish > english ? 'es' : 'en'
}
