/**
 * Which language a question is written in, from function words and spelling. Names and
 * one-word topics ("petition", a place name) often say nothing: then the answer is `undefined`
 * and the caller keeps the person's language.
 */
import type {Lang} from './types.js'
import {fold} from './text.js'

const SPANISH = new Set([
  'que', 'quien', 'quienes', 'cuando', 'donde', 'como', 'cual', 'cuales', 'cuanto', 'cuanta',
  'cuantos', 'cuantas', 'por', 'para', 'porque', 'el', 'la', 'los', 'las', 'del', 'al', 'un',
  'una', 'unos', 'unas', 'es', 'son', 'esta', 'estan', 'fue', 'fueron', 'hay', 'y', 'o', 'pero',
  'con', 'sin', 'sobre', 'de', 'en', 'se', 'su', 'sus', 'lo', 'le', 'les', 'me', 'mi', 'yo',
  'tu', 'usted', 'ella', 'ellos', 'ellas', 'mas', 'otro', 'otra', 'otros', 'tambien', 'puedo',
  'puede', 'pueden', 'hacer', 'hago', 'dime', 'quiero', 'gracias', 'hola', 'ayuda', 'firmas',
  'firma', 'firmaron', 'informe', 'delegacion', 'peticion', 'conferencia', 'prensa', 'reunion',
  'protestas', 'fuente', 'fuentes', 'cita', 'dijo', 'lidera', 'encabeza', 'llego', 'llegaron',
  'hallazgos', 'investigacion', 'fecha', 'fechas', 'buenas', 'buenos', 'dias', 'vale', 'entonces',
  'ese', 'esa', 'eso', 'este', 'esto', 'aqui', 'alli', 'ya', 'muy', 'tiene', 'tienen', 'dice',
  'habla', 'hablame', 'cuentame', 'explicame', 'manifestaciones', 'firmar', 'actuar', 'ayudar',
  'presidenta', 'presidente', 'relacionado', 'relacionadas', 'noticias', 'foto', 'titulo'
])

const ENGLISH = new Set([
  'what', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'which', 'the', 'a', 'an', 'is',
  'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'and',
  'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'about', 'it', 'its', 'they',
  'them', 'their', 'she', 'he', 'her', 'his', 'him', 'i', 'me', 'my', 'you', 'your', 'we',
  'us', 'our', 'this', 'that', 'these', 'those', 'there', 'else', 'many', 'much', 'tell', 'hi',
  'hello', 'hey', 'thanks', 'thank', 'help', 'please', 'signatures', 'sigs', 'report',
  'delegation', 'petition', 'meeting', 'protests', 'quote', 'said', 'leads', 'leading', 'led',
  'findings', 'sources', 'source', 'press', 'conference', 'timeline', 'who is', 'whats', 'sign',
  'take', 'action', 'people', 'person', 'called', 'title', 'photo', 'related', 'news', 'ok'
])

/** Words both languages use the same way; they do not count as evidence. */
const SHARED = new Set(['a', 'me', 'no', 'son', 'tu', 'es', 'se', 'o'])

export function detectLanguage(text: string): Lang | undefined {
  if (/[¿¡ñÑ]/.test(text)) return 'es'
  const words = fold(text).match(/[a-z]+/g) ?? []
  let spanish = 0
  let english = 0
  for (const word of words) {
    const weight = SHARED.has(word) ? 0.25 : 1
    if (SPANISH.has(word)) spanish += weight
    if (ENGLISH.has(word)) english += weight
  }
  if (/\b\w+(cion|ción)\b/i.test(text)) spanish += 0.5
  // Accented vowels outside capitalised names are weak evidence of Spanish.
  if (/[áéíóú]/.test(text.replace(/\p{Lu}\p{Ll}*/gu, ''))) spanish += 0.75
  if (spanish === english) return undefined
  return spanish > english ? 'es' : 'en'
}
