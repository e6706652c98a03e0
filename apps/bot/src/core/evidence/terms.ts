/**
 * Search terms for questions and sentences, in English and Spanish: folded words without the
 * words every sentence has, stemmed (Snowball), and the genre's synonyms and translations mapped
 * to one term, so "headed by", "led by" and "encabezada por" meet, as do "informe" and "report".
 */
import snowball from 'snowball-stemmers'
import {BILINGUAL_GROUPS} from './bilingual-words.js'
import {irregularBase, irregularVerbBase} from './irregular-forms.js'
import {remember} from '../memo.js'
import {tokenMatches} from '../same-word.js'
import {expandContractions, fold} from '../text.js'
import type {Lang} from '../types.js'

const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for with from into about as is are was were be been being am do does did done doing have has had having ' +
    'this that these those it its it is there their them they he she his her him we our us you your i me my what which who whom whose ' +
    'when where why how if then than so such not no yes can could will would shall should may might must also just only very too more most because ' +
    'any some all each every both either neither other another own same up down out over under again once here per via s t ' +
    'el la los las un una unos unas y o u de del al a en por para con sin sobre entre es son era eran fue fueron ser sido estar esta estan ' +
    'este esta estos estas ese esa esos esas eso esto lo le les se su sus mi mis tu tus nos que quien quienes cual cuales cuando donde como ' +
    'porque si no ya muy mas pero ha han habia hay hubo tiene tienen tenia desde hasta hacia durante mediante tras ante bajo contra suyo suya suyos suyas nuestro nuestra nuestros nuestras ' +
    'cada ambos ambas tengo tenemos tienes ' +
    // "¿Estuvieron las familias?", "did anyone need care?": being there and someone unnamed are how it is asked, not what.
    'estuvo estuvieron alguien someone anyone somebody anybody ' +
    // Where the one asking points ("¿con quién se reunieron allá?"): the place talked about, not a word of the article.
    'alla alli ahi aca aqui ' +
    // How people type on a phone: "q" for "que", "u" for "you".
    'q k xq pq porq tb tmb u ur r pls plz whos whats wheres whens hows whys wat wht ' +
    // Contractions typed without their apostrophe: "is hes a prisoner", "theyre", "didnt".
    'hes shes theyre thats theres ive im youre isnt wasnt dont doesnt didnt wont arent werent hasnt havent'
  ).split(' ')
)

/**
 * Words that name the kind of answer wanted ("what date", "which city", "how many"), not what it
 * is about: a sentence need not repeat them.
 */
export const ANSWER_TYPE_WORDS = new Set(
  (
    'date day days time year month place city country town location venue building address number many much name names title called ' +
    'person people organisation organization group fecha dia dias hora ano mes lugar ciudad pais numero cuantos cuantas cuanto ' +
    'nombre nombres titulo llama llaman llamaba llamaban llamado llamada persona personas organizacion grupo edificio direccion ' +
    // "What kind of protests?", "¿qué tipo de ataques?", "¿cuánta gente?": the kind asked for, not what it is.
    'cuanta kind kinds type types sort sorts tipo tipos clase clases recuento'
  ).split(' ')
)

/**
 * Everyday words a question leans on that a sentence seldom repeats ("what did she say",
 * "tell me about", "what happens"): they count for little in whether a sentence answers.
 */
export const LIGHT_WORDS = new Set(
  (
    'say said says tell told know want get got go going gone come came make made take took give gave happen happened happening happens ' +
    'mean means thing things article news story bot please thanks exactly really actually still right now currently anything something ' +
    'quote quoted quotes cite cited according mention mentioned mentions talk talked ' +
    'segun menciona mencionan menciono cita citan habla hablan hablo ' +
    'decir dijo dice dicen dicho dijeron decia decian contar cuenta saber quiero ir va van hacer hace hizo hicieron hacen hicimos hecho pasa paso pasar significa cosa cosas articulo noticia ' +
    // "¿Dónde ocurrió el asesinato?", "when did it occur": happening is as light as "pasó".
    'ocurrio ocurrir ocurre ocurren ocurrieron sucedio suceder sucede sucedieron occur occurs occurred ' +
    // "¿Cuántos voluntarios tuvo Cáritas?": having is as light as "have".
    'tener tiene tienen tuvo tuvieron tenia tenian ' +
    'favor gracias exactamente realmente todavia ahora actualmente algo sigue siguen aun remain remains remained continue continues ' +
    'seguir continua continuan people persons personas gente ppl also too already even only just tambien incluso solo put puts last lasted lasts dura duro duraron ' +
    'previously earlier recently ever anteriormente previamente recientemente quiere quieren queria querian ' +
    // "¿Pueden …?": a question's "can" asks nothing of the sentence.
    'puede pueden podria podrian poder ' +
    // "How many signatures did they try to deliver?": what was tried is what the sentence tells.
    'try tried trying tries attempt attempted intentar intento intentaron intenta intentan ' +
    // "Who is behind the petition?": who made it is what the sentence names.
    'behind detras ' +
    // "Does HRW think retailers should do more?": what they think is what the sentence says they urge.
    'think thinks thought believe believes believed opina opinan opino piensa piensan penso cree creen creyo ' +
    // "Does Amnesty regard them as prisoners of conscience?": how they see it is what the sentence says they are.
    'regard regards regarded consider considers considered considera consideran considero ' +
    // "¿La pancarta que pusieron …?": putting is as light as "put".
    'poner pone ponen puso pusieron ponia ponian colocar ' +
    // "Who did the analysis together with X?": whom it was done with is what the sentence names.
    'together along junto juntos junta juntas ' +
    // "What are the charges against him?": whom a charge is against is what the sentence says by naming them.
    'against contra ' +
    // "Were kids involved?", "are school kids involved in this somehow": a sentence that has them take part tells it in its own verb.
    'involved involve involves involving involucrado involucrados involucrada involucradas somehow'
  ).split(' ')
)

/**
 * The words that frame a question ("how many people", "¿cuántas personas?"), which phones
 * mistype ("presonas", "peolpe", "cuatnos"): a typo of one of them is read as it.
 */
const FRAME_WORDS = 'people persons personas cuantos cuantas cuanto cuanta quienes quien cuando donde where which there their about against before after should would could'.split(' ')

/** The frame word a longer word mistypes ("presonas" → "personas"), by one letter or two swapped. */
export function frameWordTyped(word: string): string | undefined {
  // "were these women arrested?": a small word of its own is no mistyping of "there"; "wheres" is "where" still.
  if (word.length < 5 || FRAME_WORDS.includes(word) || (isStopword(word) && !FRAME_WORDS.some((frame) => word.startsWith(frame)))) return undefined
  return FRAME_WORDS.find((frame) => Math.abs(frame.length - word.length) <= 1 && tokenMatches(word, frame))
}

const lightForms = new Map<string, boolean>()
/** Whether a word is one of the light ones in any form ("taking", "gone"). */
export function isLightWord(word: string): boolean {
  let light = lightForms.get(word)
  if (light === undefined) {
    const base = irregularVerbBase(word)
    light = LIGHT_WORDS.has(word) || (base !== undefined && LIGHT_WORDS.has(base)) || LIGHT_STEMS.has(stemmers.en.stem(word))
    lightForms.set(word, light)
  }
  return light
}

/**
 * The genre's words, each group one term: synonyms in one language and the same word across
 * English and Spanish. The first word of a group is the term.
 */
const GLOSSARY: readonly (readonly string[])[] = [
  ['explosion', 'explosions', 'blast', 'blasts'],
  ['lead', 'leads', 'led', 'leading', 'leader', 'head', 'heads', 'headed', 'heading', 'encabeza', 'encabezada', 'encabezado', 'encabezan', 'lidera', 'liderada', 'liderado', 'dirige', 'dirigida', 'dirigido', 'encabezar', 'liderar'],
  ['delegation', 'delegations', 'mission', 'missions', 'delegates', 'delegate', 'team', 'delegacion', 'delegaciones', 'mision', 'misiones', 'delegados', 'delegadas', 'equipo', 'comitiva'],
  ['report', 'reports', 'briefing', 'study', 'informe', 'informes', 'reporte', 'estudio'],
  ['investigation', 'investigations', 'research', 'investigacion', 'investigaciones'],
  // Who researches is not the research: "investigadora" is a researcher (by its words alone: its stem is "investigar"'s too).
  ['researcher', 'researchers', 'investigadora', 'investigador', 'investigadoras', 'investigadores'],
  // The genre's largest organisation, by its name in either language.
  ['amnesty', 'amnistia'],
  ['petition', 'petitions', 'peticion', 'peticiones', 'firmas', 'signatures', 'signature', 'signed', 'sign', 'firma', 'firmar', 'firmaron', 'firmado'],
  // "A news conference" is a press conference.
  ['press', 'prensa', 'news'],
  ['conference', 'conferences', 'conferencia', 'conferencias', 'rueda', 'ruedas'],
  // "¿La RMI sustituyó al IMS?" — "vino a reemplazar": one word for taking another's place.
  ['replace', 'replaced', 'replaces', 'replacing', 'sustituir', 'sustituyo', 'sustituye', 'sustituyen', 'sustituido', 'reemplazar', 'reemplazo', 'reemplaza', 'reemplazan', 'reemplazado'],
  // "¿Participó X en la campaña?" — "a la campaña se sumaron … X": who joins takes part.
  ['participate', 'participated', 'participates', 'participating', 'participar', 'participo', 'participa', 'participan', 'participaron', 'join', 'joined', 'joins', 'sumaron', 'sumo', 'suma', 'suman', 'sumarse'],
  // "Who is funding it?" — "with support from Sida": who pays for the work supports it.
  ['funding', 'funded', 'funds', 'fund', 'finance', 'financed', 'financing', 'financia', 'financian', 'financiado', 'financiada', 'financiacion', 'financiamiento', 'support', 'supported', 'money', 'dinero', 'contribution', 'contributions', 'contribucion', 'contribuciones', 'aportacion', 'aportaciones'],
  // "Which regions are people fleeing?" — "displaced from their homes": who flees is displaced.
  ['flee', 'fled', 'fleeing', 'flees', 'displaced', 'displacement', 'huir', 'huyen', 'huyeron', 'huyendo', 'desplazados', 'desplazadas', 'desplazamiento', 'desplazada', 'desplazado'],
  ['meeting', 'meetings', 'meet', 'meets', 'met', 'reunion', 'reuniones', 'reunirse', 'reunira', 'reuniran', 'reunio', 'reunieron', 'reunido', 'reunida', 'encuentro', 'entrevista'],
  ['visit', 'visits', 'visited', 'visiting', 'trip', 'travel', 'travels', 'travelled', 'traveled', 'visita', 'visitas', 'visitar', 'visitara', 'visito', 'viaje', 'viaja', 'viajara', 'travelling', 'traveling', 'viajan', 'viajaran', 'viajo', 'viajaron', 'viajar'],
  ['president', 'presidenta', 'presidente'],
  ['government', 'gobierno', 'authorities', 'autoridades'],
  ['police', 'policia', 'policias'],
  ['protest', 'protests', 'protesters', 'protestors', 'demonstrators', 'demonstration', 'demonstrations', 'demo', 'demos', 'mani', 'manis', 'protesta', 'protestas', 'manifestantes', 'manifestacion', 'manifestaciones', 'manifestante', 'demonstrator', 'movilizaciones', 'movilizacion', 'mobilisations', 'mobilizations', 'protestaban', 'protestaron'],
  ['killed', 'kill', 'killing', 'killings', 'murder', 'murders', 'murdered', 'dead', 'deaths', 'death', 'died', 'muertos', 'muertas', 'muerte', 'muertes', 'asesinados', 'asesinatos', 'fallecidos', 'murieron', 'die', 'dies', 'murio', 'mueren', 'morir', 'mataron', 'mato', 'matan', 'matar', 'matado', 'matada', 'matados', 'matadas', 'fallecio', 'fallecieron'],
  ['arrested', 'arrest', 'arrests', 'detained', 'detention', 'detainees', 'custody', 'jailed', 'imprisoned', 'incarcerated', 'detenido', 'detenida', 'detenidos', 'detenidas', 'detencion', 'arrestado', 'arrestada', 'arrestados', 'encarcelado', 'encarcelados', 'presos', 'preso', 'presas', 'presa', 'custodia', 'detuvo', 'detuvieron', 'detener', 'detienen', 'detiene', 'arrestaron', 'arresto', 'arrestar', 'apresado', 'apresados', 'capturado', 'capturados', 'capturaron', 'capturo', 'agarraron', 'agarro', 'agarrado', 'agarrada', 'aprehendido', 'aprehendida', 'aprehendieron', 'aprehension'],
  ['release', 'released', 'liberar', 'liberacion', 'liberado', 'liberada', 'free', 'freed', 'soltaron', 'solto', 'soltado', 'soltada', 'soltados', 'soltadas', 'soltar', 'soltarlo', 'soltarla', 'soltarlos'],
  ['victims', 'victim', 'victimas', 'victima'],
  ['families', 'family', 'relatives', 'familias', 'familiares', 'familia'],
  ['human', 'humanos', 'humanas'],
  ['rights', 'derechos'],
  ['defender', 'defenders', 'defensora', 'defensor', 'defensoras', 'defensores'],
  ['journalist', 'journalists', 'reporter', 'reporters', 'periodista', 'periodistas', 'reportero', 'reporteros', 'reportera', 'reporteras'],
  ['lawyer', 'lawyers', 'abogada', 'abogado', 'abogados'],
  ['director', 'directora', 'directores'],
  ['secretary', 'secretaria', 'secretario'],
  ['general', 'generala'],
  ['minister', 'ministra', 'ministro', 'ministers', 'ministros'],
  ['interviews', 'interview', 'interviewed', 'entrevistas', 'entrevistados', 'entrevisto', 'testimonies', 'testimonios'],
  ['women', 'woman', 'mujeres', 'mujer'],
  ['children', 'child', 'kids', 'kid', 'minors', 'minor', 'ninos', 'ninas', 'nino', 'nina', 'menores', 'menor'],
  ['people', 'ppl', 'persons', 'personas', 'gente'],
  ['spokesperson', 'spokesman', 'spokeswoman', 'vocera', 'vocero', 'portavoz', 'portavoces'],
  ['years', 'year', 'anos', 'ano'],
  ['ship', 'boat', 'vessel', 'barco', 'buque', 'embarcacion', 'dinghy', 'dinghies', 'raft', 'rafts', 'balsa', 'balsas', 'patera', 'pateras', 'cayuco', 'cayucos'],
  ['city', 'ciudad', 'town', 'localidad'],
  ['wealth', 'fortune', 'fortunes', 'riqueza', 'fortuna', 'fortunas'],
  ['poverty', 'poor', 'pobreza', 'pobres', 'empobrecido', 'empobrecidos'],
  ['richest', 'rich', 'wealthiest', 'ricos', 'rico', 'millonarios', 'billionaires'],
  ['weapons', 'weapon', 'arms', 'armas', 'arma'],
  ['election', 'elections', 'elecciones', 'eleccion', 'electoral'],
  ['sanctions', 'sanction', 'sanciones', 'sancion', 'sancionar'],
  // "¿Cuántas agresiones contra mujeres?" — the press-freedom releases' word for an attack on a reporter.
  ['attacks', 'attack', 'attacked', 'ataques', 'ataque', 'atacaron', 'atacado', 'atacada', 'assault', 'assaults', 'assaulted', 'agresiones', 'agresion', 'agredido', 'agredidos', 'agredida', 'agredidas', 'agredieron', 'agrede', 'agreden'],
  ['threats', 'threat', 'threatened', 'amenazas', 'amenaza', 'amenazado', 'amenazada'],
  ['charges', 'charged', 'accused', 'cargos', 'acusado', 'acusada', 'acusados', 'imputado', 'imputados'],
  ['data', 'figures', 'statistics', 'datos', 'cifras', 'estadisticas'],
  ['asked', 'ask', 'asks', 'request', 'requested', 'requests', 'pidieron', 'pedir', 'pedido', 'solicito', 'solicitaron', 'solicitud', 'solicitar'],
  ['accompany', 'accompanies', 'accompanied', 'acompana', 'acompanan', 'acompanara', 'acompanado', 'acompanada', 'acompanaron', 'acompanar'],
  ['bodies', 'body', 'corpse', 'corpses', 'remains', 'cuerpo', 'cuerpos', 'cadaver', 'cadaveres', 'restos'],
  ['discovered', 'discover', 'hallado', 'hallados', 'hallada', 'halladas', 'hallaron', 'hallo', 'encontrado', 'encontrados', 'encontrada', 'encontradas', 'encontraron', 'encontro', 'aparecieron', 'aparecio', 'localizado', 'localizados', 'localizaron'],
  ['injured', 'wounded', 'hurt', 'heridos', 'herido', 'heridas', 'herida', 'lesionados', 'lesionadas'],
  // "Who is slamming the budget?" — "delivered a damning judgement on the budget": to slam is to condemn.
  ['denounce', 'denounced', 'denounces', 'condemn', 'condemned', 'condemns', 'denuncia', 'denuncio', 'denunciaron', 'denunciar', 'condena', 'condeno', 'condenaron', 'slam', 'slams', 'slammed', 'slamming', 'lambast', 'lambasted', 'damning'],
  ['memo', 'memorandum', 'memorando', 'memorandum', 'document', 'documento', 'letter', 'carta'],
  ['prison', 'jail', 'prisons', 'carcel', 'prision'],
  ['court', 'trial', 'tribunal', 'juicio', 'corte'],
  ['hold', 'holds', 'holding', 'host', 'hosts', 'hosted', 'hosting', 'celebra', 'celebran', 'celebrara', 'celebrado', 'celebrada', 'celebrar', 'celebro', 'acoge', 'acogera'],
  ['prosecutor', 'prosecutors', 'attorney', 'fiscal', 'fiscales'],
  // "What law was he convicted under?" — "Article 117 of the penal code".
  ['law', 'laws', 'ley', 'leyes', 'legislation', 'legislacion', 'bill', 'code', 'codigo'],
  ['emergency', 'emergencia'],
  ['state', 'estado'],
  ['action', 'act', 'actions', 'accion', 'acciones', 'actuar'],
  ['help', 'support', 'ayudar', 'ayuda', 'apoyar', 'apoyo'],
  ['call', 'calls', 'called', 'calling', 'urge', 'urges', 'urged', 'urging', 'demand', 'demands', 'demanded', 'demanding', 'pide', 'piden', 'pidio', 'pidiendo', 'exige', 'exigen', 'exigio', 'exigiendo', 'insta', 'instan', 'insto', 'instaron', 'instando', 'llama', 'llaman', 'reclama', 'reclaman', 'reclamo', 'reclamaron', 'reclamando'],
  ['said', 'says', 'stated', 'declared', 'dijo', 'afirmo', 'declaro', 'senalo', 'explico'],
  ['photo', 'photograph', 'picture', 'image', 'foto', 'fotografia', 'imagen'],
  ['country', 'pais', 'paises', 'countries'],
  ['organisation', 'organization', 'organizacion', 'organisations', 'organizations', 'organizaciones', 'group', 'groups', 'ngo', 'ong'],
  // "Who organised the mission?" — "la misión, impulsada por la Fundación X", "convocada por": who set it going.
  ['organised', 'organized', 'organise', 'organize', 'organises', 'organizes', 'organising', 'organizing', 'organiser', 'organisers', 'organizer', 'organizers', 'organiza', 'organizan', 'organizo', 'organizaron', 'organizada', 'organizado', 'organizadas', 'organizados', 'organizadora', 'organizadoras', 'organizador', 'organizadores', 'convoca', 'convocan', 'convoco', 'convocaron', 'convocada', 'convocado', 'convocadas', 'convocados', 'convocante', 'convocantes', 'impulsada', 'impulsado', 'promovida', 'promovido', 'convened', 'convenes', 'convene', 'convening', 'staged', 'staging'],
  ['forced', 'forzada', 'forzadas', 'forzado', 'forzados'],
  ['disappearance', 'disappearances', 'disappeared', 'desaparicion', 'desapariciones', 'desaparecidos', 'desaparecidas'],
  ['respond', 'responded', 'responds', 'reply', 'replied', 'answered', 'respondio', 'respondieron', 'responder', 'contesto', 'contestaron', 'contestar'],
  ['ban', 'banned', 'bans', 'prohibit', 'prohibited', 'prohibition', 'prohibicion', 'prohibir', 'prohibido', 'prohibida', 'prohibio'],
  ['vote', 'voted', 'votes', 'voting', 'voto', 'votos', 'votaron', 'votacion', 'votar'],
  ['abuses', 'abuse', 'abused', 'abusos', 'abuso', 'maltrato', 'maltratos'],
  ['violations', 'violation', 'violated', 'violaciones', 'violacion', 'violo', 'vulneraciones'],
  ['harassment', 'harassed', 'harass', 'hostigamiento', 'hostigados', 'acoso', 'acosados'],
  ['freedom', 'liberty', 'libertad', 'libertades', 'freedoms'],
  ['forest', 'forests', 'rainforest', 'jungle', 'selva', 'bosque', 'bosques'],
  ['environment', 'environmental', 'ambiente', 'ambiental', 'ambientales'],
  ['land', 'lands', 'territory', 'territories', 'tierra', 'tierras', 'territorio', 'territorios'],
  ['water', 'waters', 'agua', 'aguas'],
  ['refugees', 'refugee', 'refugiados', 'refugiadas', 'refugiado'],
  ['asylum', 'asilo'],
  ['military', 'army', 'soldiers', 'troops', 'militares', 'ejercito', 'soldados', 'tropas'],
  ['students', 'student', 'estudiantes', 'estudiante', 'alumnos'],
  ['workers', 'worker', 'trabajadores', 'trabajadoras', 'trabajador'],
  ['school', 'schools', 'escuela', 'escuelas', 'colegio', 'colegios'],
  ['homes', 'home', 'house', 'houses', 'housing', 'vivienda', 'viviendas', 'casa', 'casas', 'hogar', 'hogares'],
  ['buildings', 'building', 'edificio', 'edificios'],
  ['companies', 'company', 'corporation', 'corporations', 'firms', 'empresa', 'empresas', 'corporaciones', 'corporacion'],
  ['opposition', 'opponents', 'oposicion', 'opositores', 'opositora', 'opositor'],
  ['parliament', 'congress', 'congreso', 'parlamento', 'asamblea', 'legislature'],
  ['judge', 'judges', 'juez', 'jueza', 'jueces', 'magistrado', 'magistrados'],
  ['case', 'cases', 'causa', 'causas', 'caso', 'casos', 'lawsuit'],
  ['campaign', 'campaigns', 'campana', 'campanas'],
  ['supporters', 'supporter', 'simpatizantes', 'seguidores'],
  ['activists', 'activist', 'activistas', 'activista'],
  ['members', 'member', 'miembros', 'miembro', 'integrantes', 'integrante'],
  // "¿A qué organización pertenece?" — "está vinculado a la Organización …": belonging to a body, in either language.
  ['belongs', 'belong', 'belonged', 'belonging', 'pertenece', 'pertenecen', 'pertenecia', 'pertenecian', 'perteneciente', 'pertenecientes', 'vinculado', 'vinculada', 'vinculados', 'vinculadas', 'linked', 'affiliated', 'afiliado', 'afiliada', 'afiliados'],
  ['download', 'descargar', 'descarga'],
  ['announced', 'announce', 'announces', 'anuncio', 'anuncia', 'anunciar', 'anunciaron', 'revealed', 'reveal', 'reveals'],
  ['bombing', 'bombings', 'bomb', 'bombs', 'airstrikes', 'airstrike', 'bombardeo', 'bombardeos', 'bombas'],
  ['shot', 'shooting', 'gunfire', 'disparos', 'disparo', 'dispararon', 'balas'],
  ['beaten', 'beating', 'beatings', 'golpeado', 'golpeados', 'golpes', 'golpizas'],
  ['food', 'alimentos', 'comida'],
  ['medicine', 'medicines', 'medicamentos', 'medicinas'],
  ['health', 'salud'],
  ['fishing', 'fisheries', 'fish', 'pesca', 'peces', 'pesquero', 'pesqueros', 'pesqueria'],
  ['migrants', 'migrant', 'migrantes', 'migrante', 'immigrants', 'inmigrantes'],
  ['months', 'month', 'meses', 'mes'],
  ['weeks', 'week', 'semana', 'semanas'],
  ['first', 'primera', 'primer', 'primero'],
  ['second', 'segunda', 'segundo'],
  ['new', 'nuevo', 'nueva', 'nuevos', 'nuevas'],
  ['eviction', 'evictions', 'evicted', 'desalojo', 'desalojos', 'desalojados'],
  ['torture', 'tortured', 'tortura', 'torturados'],
  ['indigenous', 'indigena', 'indigenas'],
  // "¿Qué tipo de agresiones son las más comunes?" — "las formas de ataque más frecuentes": common is not a community.
  ['common', 'commonest', 'frequent', 'comun', 'comunes', 'frecuente', 'frecuentes', 'habitual', 'habituales', 'recurrente', 'recurrentes'],
  ['communities', 'community', 'comunidades', 'comunidad'],
  ['findings', 'finding', 'conclusions', 'hallazgos', 'conclusiones'],
  ['recommendations', 'recommendation', 'recomendaciones', 'recomendacion'],
  ['married', 'marry', 'marries', 'marrying', 'marriage', 'marriages', 'wedding', 'casado', 'casada', 'casados', 'casadas', 'casarse', 'casar', 'casan', 'casaron', 'matrimonio', 'matrimonios', 'boda', 'bodas'],
  ['founded', 'found', 'founder', 'founders', 'founding', 'started', 'created', 'establish', 'established', 'fundo', 'fundaron', 'fundada', 'fundado', 'fundacion', 'fundador', 'fundadora', 'fundadores', 'creo', 'crearon', 'creado', 'creada', 'creacion', 'nacio', 'establecio',
    'cofound', 'cofounded', 'cofounder', 'cofounders', 'cofundo', 'cofundaron', 'cofundador', 'cofundadora', 'cofundadores', 'cofundadoras'],
  ['published', 'publish', 'publishes', 'publicado', 'publicada', 'difundido', 'difundio', 'launch', 'launched', 'launches', 'unveil', 'unveils', 'unveiled', 'publico', 'publica', 'publicara', 'lanzo', 'lanza', 'presenta', 'presento', 'presentara', 'present', 'presents', 'presented'],
  ['collected', 'collect', 'collecting', 'gathered', 'gather', 'raised', 'recogio', 'recogieron', 'recoger', 'recogidas', 'recogidos', 'juntaron', 'junto', 'juntar', 'recolectaron', 'recolecto', 'recabaron'],
  ['hold', 'holds', 'holding', 'host', 'hosts', 'hosted', 'hosting', 'celebra', 'celebran', 'celebrara', 'celebraran', 'celebrado', 'celebrada', 'celebrarse', 'acoge', 'acogera'],
  ['respond', 'responds', 'responded', 'responding', 'response', 'responses', 'react', 'reacts', 'reacted', 'reacting', 'reaction', 'reactions', 'responde', 'responden', 'respondio', 'respondieron', 'respuesta', 'respuestas', 'reacciona', 'reacciono', 'reaccion', 'reacciones'],
  ['deliver', 'delivered', 'delivers', 'hand', 'handed', 'entregar', 'entrega', 'entrego', 'entregara', 'entregaron', 'dictar', 'dicta', 'dictan', 'dicto', 'dictaron', 'dictado', 'dictada'],
  // What is handed over is received, or accepted: "who accepted the petition?" — "X received the petition".
  ['received', 'receive', 'receives', 'receiving', 'accepted', 'accept', 'accepts', 'accepting', 'recibio', 'recibieron', 'recibir', 'recibe', 'reciben', 'recibido', 'recibida', 'acepto', 'aceptaron', 'aceptar', 'acepta', 'aceptan'],
  // Words of the genre that English and Spanish write differently (a question in one, the article in the other).
  ['hunger', 'famine', 'famines', 'starvation', 'hambre', 'hambruna', 'hambrunas'],
  ['malnutrition', 'malnourished', 'undernourished', 'undernourishment', 'desnutricion', 'desnutrida', 'desnutridas', 'desnutrido', 'desnutridos', 'malnutricion'],
  ['ruling', 'rulings', 'verdict', 'verdicts', 'sentencia', 'sentencias', 'fallo', 'fallos', 'decision', 'decisions', 'decisiones'],
  ['overfishing', 'overfished', 'overexploited', 'sobrepesca', 'sobreexplotada', 'sobreexplotadas', 'sobreexplotado', 'sobreexplotados'],
  ['headquarters', 'headquartered', 'based', 'sede', 'sedes'],
  ['register', 'registration', 'registered', 'inscribirse', 'inscripcion', 'registrarse', 'apuntarse', 'inscribo', 'apunto'],
  ['sham', 'farce', 'farsa'],
  ['inequality', 'inequalities', 'desigualdad', 'desigualdades'],
  ['corruption', 'corrupt', 'corrupcion', 'corrupto', 'corruptos'],
  ['impunity', 'impunidad'],
  ['terrorism', 'terrorist', 'terrorists', 'terrorismo', 'terrorista', 'terroristas'],
  ['security', 'seguridad'],
  ['half', 'mitad'],
  ['famous', 'celebrities', 'celebrity', 'personalities', 'famosos', 'famosas', 'personalidades', 'celebridades'],
  ['shops', 'shop', 'stores', 'tiendas', 'tienda', 'comercios'],
  ['tour', 'tours', 'gira', 'giras'],
  ['cycling', 'cycle', 'cyclists', 'cyclist', 'bike', 'bikes', 'bicycle', 'bicycles', 'biking', 'bicicleta', 'bicicletas', 'ciclistas', 'ciclista', 'bicicletada', 'ciclismo'],
  // Campaigners climb buildings: "treparon a la Estela", "escalaron la fachada", "scaled the tower".
  ['climb', 'climbed', 'climbing', 'scaled', 'scale', 'escalaron', 'escalan', 'escalo', 'escalar', 'escalada', 'treparon', 'trepan', 'trepo', 'trepar', 'subieron', 'subio', 'subir']
]

const stemmers = {en: snowball.newStemmer('english'), es: snowball.newStemmer('spanish')}

/**
 * Spanish Snowball cuts "-ación", "-ución" and "-logía" only with their accent, and words here are
 * folded: "presentacion" would stay whole while "presentaciones" is cut to "present". These
 * endings always carry the accent, so it is put back before stemming.
 */
function stemOf(word: string, lang: Lang): string {
  if (lang === 'en') return stemmers.en.stem(word)
  // "vivían", "tenían" typed (or folded) without their accent are still the imperfect the stemmer knows ("viven", "tienen").
  // "suelta" / "soltar", "empieza" / "empezar", "puede" / "poder": a verb's root said with its stress ("ue", "ie") is the root.
  return stemmers.es.stem(irregularPreterite(word).replace(/([au])cion$/, '$1ción').replace(/logia$/, 'logía').replace(/(?<=[^aeiou]{1,2})i(an|amos)$/, 'í$1')).replace(/(?<=^[^aeiou]{0,3})ue(?=[^aeiou])/, 'o').replace(/(?<=^[^aeiou]{0,3})ie(?=[^aeiou])/, 'e')
}
/**
 * "retuvieron" / "retenidos", "detuvo" / "detener", "impusieron" / "imponer", "dijeron" / "decir": a Spanish verb whose past
 * changes its root, said as its infinitive, which the stemmer reduces like the other forms.
 */
function irregularPreterite(word: string): string {
  const root = SPANISH_PRETERITE_ROOT.exec(word)
  return root ? `${root[1]}${SPANISH_PRETERITE_INFINITIVE[root[2]!]}` : word
}

const SPANISH_PRETERITE_INFINITIVE: Readonly<Record<string, string>> = {tuv: 'tener', pus: 'poner', dij: 'decir', duj: 'ducir', traj: 'traer', vin: 'venir', hic: 'hacer', hiz: 'hacer'}
/** A prefix ("re", "de", "im", "pro") and the changed root, then a preterite ending: "re|tuv|ieron", "de|tuv|o", "pro|duj|eron". */
const SPANISH_PRETERITE_ROOT = /^((?:re|de|con|ob|sos|man|ab|a|dis|pro|im|com|ex|su|sus|pre|contra|entre|tra|intro|inter)?)(tuv|pus|dij|duj|traj|vin|hic|hiz)(?:e|iste|o|imos|isteis|ieron|eron|iera|ieran|iese)$/

/** The light words' English stems, so their other forms are light too ("taking", "mentioning"). */
const LIGHT_STEMS = new Set([...LIGHT_WORDS].map((word) => stemmers.en.stem(word)))

const CANONICAL = new Map<string, string>()
/** The glossary by stem too, so forms it does not list meet it ("murió" with "murieron"). */
const CANONICAL_STEM = {en: new Map<string, string>(), es: new Map<string, string>()}
/**
 * Groups met by their words alone: their stems are other words' too ("organis" is "organised" as
 * well as "organisation"; "start" begins a protest far more often than it founds a group).
 */
const BY_WORD_ONLY = new Set(['organisation', 'organised', 'researcher', 'climb', 'founded'])

for (const group of GLOSSARY) {
  for (const word of group) {
    if (!CANONICAL.has(word)) CANONICAL.set(word, group[0]!)
    if (BY_WORD_ONLY.has(group[0]!)) continue
    for (const lang of ['en', 'es'] as const) {
      const stem = stemOf(word, lang)
      // A stem that cut much of its word is other words' too: "autor" of "autoridades" is "autora".
      if (stem.length >= 4 && stem.length >= word.length - 4 && !CANONICAL_STEM[lang].has(stem)) CANONICAL_STEM[lang].set(stem, group[0]!)
    }
  }
}

/** Each word of the bilingual list with the words of its group. */
const TRANSLATIONS = new Map<string, readonly string[]>()
for (const group of BILINGUAL_GROUPS) for (const word of group) TRANSLATIONS.set(word, group)

/**
 * The words that say a word in either language ("alcanzados": "hit", "reach"…): for a question
 * word the article never uses, one it may use instead.
 */
export function translationsOf(word: string): readonly string[] {
  return TRANSLATIONS.get(word) ?? translationsByStem(word)
}

/** The bilingual groups by each word's Spanish stem, so a form the list does not write meets its group ("trabajaba": "worked"). */
const TRANSLATION_STEMS = new Map<string, readonly string[]>()
for (const group of BILINGUAL_GROUPS) {
  for (const word of group) {
    const stem = stemOf(word, 'es')
    if (stem.length >= 4 && stem.length >= word.length - 4 && !TRANSLATION_STEMS.has(stem)) TRANSLATION_STEMS.set(stem, group)
  }
}

const stemTranslations = new Map<string, readonly string[]>()
function translationsByStem(word: string): readonly string[] {
  return stemTranslations.get(word) ?? remember(stemTranslations, word, TRANSLATION_STEMS.get(stemOf(word, 'es')) ?? conditionalTranslations(word), 100_000)
}

/** "Recortaría" typed without its accent, which the stemmer needs to read a conditional: the group of its future, "recortara". */
const CONDITIONAL = /(?<=\p{L}{3}[aei]r)ia(n|mos|s)?$/u
function conditionalTranslations(word: string): readonly string[] {
  if (!CONDITIONAL.test(word)) return []
  const future = word.replace(CONDITIONAL, (_, ending: string | undefined) => `a${ending ?? ''}`)
  return TRANSLATIONS.get(future) ?? TRANSLATION_STEMS.get(stemOf(future, 'es')) ?? []
}

/**
 * Forms read two ways, left as they are: "held" is detained as often as hosted ("where are they
 * being held"), "found" is founded as well as discovered, "left" is a side as well as gone,
 * "lives" is living somewhere ("his wife, who lives in Sweden") as well as lives lost.
 */
const AMBIGUOUS_FORMS = new Set(['held', 'found', 'left', 'saw', 'bound', 'lay', 'lying', 'felt', 'ground', 'born', 'lives'])

/**
 * The dictionary form of an English word a stemmer cannot reach: irregular verbs and plurals
 * ("held" / "holding", "took" / "take", "children" / "child"), or the word itself.
 */
function irregularLemma(word: string): string {
  if (AMBIGUOUS_FORMS.has(word)) return word
  const lemma = irregularBase(word)
  return lemma !== undefined && stemmers.en.stem(lemma) !== stemmers.en.stem(word) ? lemma : word
}

/**
 * Stemming is most of a question's cost and the same few thousand words come back: each word is
 * stemmed once (the memo is emptied when it grows past what a vocabulary needs).
 */
function memoized(compute: (word: string, lang: Lang) => string): (word: string, lang: Lang) => string {
  const memo = {en: new Map<string, string>(), es: new Map<string, string>()}
  return (word, lang) => memo[lang].get(word) ?? remember(memo[lang], word, compute(word, lang), 100_000)
}

/** One word as the glossary's term or its Snowball stem, as written: "written" is not "writing". */
export const stemTermOf = memoized((word, lang) => {
  const known = CANONICAL.get(word)
  if (known) return known
  const stem = stemOf(word, lang)
  return CANONICAL_STEM[lang].get(stem) ?? stem
})

/** One word as a term: the glossary's term when it has one, else its Snowball stem. */
export const termOf = memoized(uncachedTermOf)

function uncachedTermOf(word: string, lang: Lang): string {
  const known = CANONICAL.get(word)
  if (known) return known
  // English forms are read as their dictionary form; in a Spanish article, only to meet the glossary.
  const lemma = irregularLemma(word)
  const glossed = CANONICAL.get(lemma)
  if (glossed) return glossed
  const stem = stemOf(lang === 'en' ? lemma : word, lang)
  return CANONICAL_STEM[lang].get(stem) ?? stem
}

/** "380 mil", "550k", "850 lucas": thousands written in words, read as the digits "$380.000" gives ("mil" alone is a word of a sentence). */
const THOUSANDS = /\b(\d+)\s?(?:k|mil|thousand|lucas)\b/g

/** A word of a folded text, or a figure as wordsOf reads it as one word ("380.000", "18 mil"): where the search's words sit in a sentence. */
export const WORD_OR_FIGURE = /\d{1,3}(?:[., ]\d{3})+(?!\d)|\d+ ?(?:k|mil|thousand|lucas)\b|[a-z0-9ñ]+/g

/** Phrases that work as prepositions: "in response to the protests" is no one's response. */
const PREPOSITION_PHRASES = /\b(?:in response to|in reaction to|en respuesta a|como respuesta a)\b/g

/** The folded words of a text, numbers joined ("12,500" → "12500"). */
export function wordsOf(text: string): string[] {
  let words = wordsOfText.get(text)
  if (!words) {
    words =
      expandContractions(fold(text))
        // "co-founded", "co-fundadora": one word, as "cofundadora" is ("co-authors" keeps its "authors").
        .replace(/\bco-(?=found|fund)/g, 'co')
        .replace(PREPOSITION_PHRASES, ' ')
        .replace(/(\d)[.,\s](?=\d{3}\b)/g, '$1')
        .replace(THOUSANDS, (_, figure: string) => `${figure}000`)
        .match(/[a-z0-9ñ]+/g) ?? []
    if (text.length <= 600) remember(wordsOfText, text, words, 20_000)
  }
  return [...words]
}

/** The words of the article's sentences and names, read for every question: each read once (a copy goes out, callers may change it). */
const wordsOfText = new Map<string, readonly string[]>()

/** Where a text writes a body or a phrase the search reads as one word, and that word: "Naciones Unidas" → "onu". */
export function phraseWords(text: string): Array<{start: number; end: number; word: string}> {
  return NAMED_BODIES.flatMap(([pattern, word]) => [...text.matchAll(pattern)].map((match) => ({start: match.index, end: match.index + match[0].length, word})))
}

/**
 * The words of a text as the search reads them: bodies the genre names in either language and
 * by acronym are one word ("United Nations", "Naciones Unidas", "UN", "ONU"), as is dying said in
 * a phrase ("perdieron la vida"), and an acronym spelled like a stopword ("US", "UN" in a
 * question) is kept apart from the word by a mark no word has.
 */
export function searchWordsOf(text: string): string[] {
  let named = text
  for (const [pattern, word] of NAMED_BODIES) named = named.replace(pattern, ` ${word} `)
  return wordsOf(keepAcronyms(named))
}

/** Bodies a release names in English, in Spanish or by acronym (acronyms only in capitals: "us", "un" are words). */
const NAMED_BODIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:(?:the\s+)?United\s+States(?:\s+of\s+America)?|(?:los\s+)?Estados\s+Unidos(?:\s+de\s+Am[eé]rica)?)(?![\p{L}])/giu, 'usa'],
  [/(?<![\p{L}.])(?:U\.S\.(?:A\.)?|USA|US|EE\.\s?UU\.?|EEUU)(?![\p{L}])/gu, 'usa'],
  [/\b(?:(?:the\s+)?United\s+Nations|(?:las\s+)?Naciones\s+Unidas)(?![\p{L}])/giu, 'onu'],
  [/(?<![\p{L}.])(?:UN|U\.N\.|ONU)(?![\p{L}])/gu, 'onu'],
  [/\b(?:(?:the\s+)?European\s+Union|(?:la\s+)?Uni[oó]n\s+Europea)(?![\p{L}])/giu, 'eu'],
  [/(?<![\p{L}.])(?:EU|UE)(?![\p{L}])/gu, 'eu'],
  [/\b(?:(?:the\s+)?United\s+Kingdom|(?:el\s+)?Reino\s+Unido|(?:Great\s+)?Britain|Gran\s+Breta[nñ]a)(?![\p{L}])/giu, 'uk'],
  [/(?<![\p{L}.])UK(?![\p{L}])/gu, 'uk'],
  // "WHO" after a word in lower case ("praised the WHO pledge"), not the question word shouted ("WHO WAS ARRESTED").
  [/\b(?:(?:the\s+)?World\s+Health\s+Organi[sz]ation|(?:la\s+)?Organizaci[oó]n\s+Mundial\s+de\s+la\s+Salud)(?![\p{L}])/giu, 'oms'],
  [/(?<=[\p{Ll}\d,;:(]\s+)WHO(?![\p{L}])|(?<![\p{L}.])OMS(?![\p{L}])/gu, 'oms'],
  // "la crisis de ddhh", "DD.HH.": human rights as Spanish shortens them.
  [/(?<![\p{L}])dd\.?\s?hh\.?(?![\p{L}])/giu, 'derechos humanos'],
  // "¿el gobierno británico …?" — "The UK government": the country by its adjective.
  [/\b(?:British|brit[aá]nic[oa]s?)(?![\p{L}])/giu, 'uk'],
  // Leading said in a phrase: "in charge of the delegation", "al frente de la misión".
  // "Well-known people" are the famous.
  [/\bwell[\s-]known(?![\p{L}])/giu, 'famous'],
  // "Free speech" is the freedom of expression, not a release.
  [/\b(?:free\s+speech|freedom\s+of\s+speech|libertad\s+de\s+palabra)(?![\p{L}])/giu, 'freedom of expression'],
  [/\b(?:in\s+charge\s+of|at\s+the\s+head\s+of|al\s+frente\s+de(?:l)?|a\s+cargo\s+de(?:l)?)(?![\p{L}])/giu, 'lead'],
  // "Jefe de la Delegación": who heads it, as "head of the delegation" says in English.
  [/\bjef[ea]s?(?=\s+de(?:l|\s+la)?\s+(?:delegaci[oó]n|misi[oó]n|equipo|comitiva)\b)/giu, 'lead'],
  // Made public said the Spanish way: "dio a conocer su informe" is "presentó su informe".
  [/\bd(?:io|ió|ieron|a|an|ará|arán|ado|ar|aba|aban)\s+a\s+conocer(?![\p{L}])/giu, 'presento'],
  // "100,000 people took to the streets", "salieron a la calle": they protested.
  [/\b(?:t(?:ook|ake|akes|aking)\s+to\s+the\s+streets?|sal(?:ieron|ir|en|e|ió|io|imos)\s+a\s+(?:la|las)\s+calles?)(?![\p{L}])/giu, 'protested'],
  // "how many workers turned up?": who came attended.
  [/\b(?:turn(?:ed|s|ing)?|show(?:ed|s|ing)?)\s+up(?![\p{L}])/giu, 'attended'],
  // "handed out roughly 50,700 tonnes of wheat": given out is distributed.
  [/\b(?:hand(?:s|ed|ing)?|gave|give(?:s|n)?|giving)\s+out(?![\p{L}])/giu, 'distributed'],
  // "when did they lock him up": jailed.
  [/\block(?:s|ed|ing)?\s+(?:(?:him|her|them|it|people|\p{Lu}\p{L}+)\s+)?up(?![\p{L}])/gu, 'jailed'],
  // "¿cuándo sacaron el pronunciamiento?": a statement put out is published.
  [/\bsac(?:aron|ó|o|an|a)(?=\s+(?:el|la|los|las|este|esta|su)\s+(?:pronunciamiento|comunicado|declaraci[oó]n|informe|carta)\b)/giu, 'publica'],
  // "A report released today", "Oxfam released its report": a work released is published, a person released is freed.
  // "the 2023 Global Hunger Index (GHI), which was released today": its letters and "which" between.
  [/(?<=\b(?:reports?|study|studies|briefings?|surveys?|findings|data|figures|papers?|statements?|bulletins?|analysis|index)(?:\s*\([^()]{1,12}\))?(?:,?\s+(?:which|that))?\s+(?:(?:was|were|is|are|has been|have been|being|to be|will be)\s+)?)released(?![\p{L}])|\breleas(?:e|es|ed|ing)(?=\s+(?:a|an|the|this|that|its|their|his|her)\s+(?:new\s+)?(?:reports?|study|briefing|survey|findings|data|figures|paper|statement|bulletin|analysis|index)\b)/giu, 'published'],
  // A work that comes out is published: "when does the report come out", "¿a qué hora sale el informe?".
  [/\b(?:com(?:e|es|ing)|came)\s+out(?![\p{L}])/giu, 'published'],
  [/\bsal(?:e|en|dr[aá]n?|i[oó]|ieron)(?=\s+(?:el|la|los|las|este|esta|su)\s+(?:informe|estudio|reporte|libro|documento|investigaci[oó]n|an[aá]lisis)\b)/giu, 'publica'],
  // "quedara en libertad", "fue puesto en libertad": released, not freedom of anything (nor "exige que los ponga en libertad", a demand).
  [/\b(?:qued(?:ó|o|aron|ara|aran)|(?:fue|fueron|ha\s+sido|han\s+sido|había\s+sido|habían\s+sido)\s+puest[oa]s?|recobr(?:ó|o|aron)|recuper(?:ó|o|aron))\s+(?:su\s+|la\s+)?(?:en\s+)?libertad(?![\p{L}])/giu, 'liberado'],
  // "A campaign that Tutu set up": founded, as "who started it" asks.
  [/\bset(?:s|ting)?\s+up(?![\p{L}])/giu, 'founded'],
  // "video conference", "videoconferencia": one word in either language.
  [/\bvideo[\s-]+conferenc\p{L}*/giu, 'videoconferencia'],
  // "When did they get to The Gambia?": to get to a place is to arrive there.
  [/\b(?:get|gets|got|gotten|getting)\s+(?:to|into)(?=\s+(?:the\s+)?\p{Lu})/gu, 'arrived'],
  [/\b(?:get|gets|got|gotten|getting)\s+there(?![\p{L}])/giu, 'arrive'],
  // "Due to hold talks with civil society": a meeting ("is she meeting civil society groups?").
  [/\b(?:(?:hold|holds|holding|held|have|has|had|having)\s+)?talks\s+with(?=\s)/giu, 'meeting with'],
  // "When is the board getting together?": meeting.
  [/\b(?:get|gets|getting|got|gotten)\s+together(?![\p{L}])/giu, 'meeting'],
  [/\b(?:mantener|mantendr[aá]n?|mantuvo|mantuvieron|mantiene|mantienen|sostener|sostendr[aá]n?|sostuvo|sostuvieron)\s+(?:conversaciones|contactos|di[aá]logos?)\s+con(?=\s)/giu, 'reunion con'],
  // Taking office said in a phrase: "took office in April 2018", "asumió el cargo", "tomó posesión".
  [/\b(?:t(?:ook|ake|akes|aken|aking)|assum(?:ed|es|e|ing))\s+office(?![\p{L}])|\bsworn\s+in(?![\p{L}])|\bt(?:om[oó]|oman|omar[aá]n?|omaron)\s+posesi[oó]n(?![\p{L}])/giu, 'asumio'],
  // Found guilty said in a phrase: "what were they found guilty of", "found him in violation of Article 117", "los declararon culpables" — convicted.
  [/\b(?:found|find|finds|finding|declared|ruled)\s+(?:them\s+|him\s+|her\s+)?(?:guilty|in\s+violation\s+of)(?![\p{L}])|\b(?:los|las|lo|la|le|les)?\s*(?:declar(?:aron|[oó]|ar[aá]n?)|hall(?:aron|[oó]))\s+culpables?(?![\p{L}])/giu, 'convicted'],
  // "Amnesty wrote to the Minister": it sent a letter ("who did they send the letter to?").
  [/\bwr(?:ote|ites|iting|itten)\s+(?:(?:a|an|the)\s+(?:open\s+|joint\s+)?letter\s+)?to(?=\s)/giu, 'sent letter to'],
  // Held said the everyday way: "behind bars", "locked up", "tras las rejas".
  [/\b(?:behind\s+bars|locked\s+(?:him\s+|her\s+|them\s+)?up|(?:tras|entre)\s+(?:las\s+)?rejas)(?![\p{L}])/giu, 'detained'],
  // A court's sentence said by its length or kind: "la pena de 15 años de cárcel" ("¿a quién condenaron?"), "an eight-year prison term".
  [/\bpenas?(?=\s+de\s+(?:\d|un[oa]?\s|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|muerte|prisi[oó]n|c[aá]rcel|cadena|reclusi[oó]n|arresto)(?![\p{L}]))/giu, 'sentence'],
  [/\b(?:prison|jail)\s+terms?(?![\p{L}])/giu, 'prison sentence'],
  // A sentence said by what was received: "each received seven years in prison", "was given 10 years in jail", "jailed for five years".
  [/\b(?:receiv(?:ed|es|e|ing)|g(?:ot|ets|iven)|handed)(?=\s+(?:each\s+)?(?:[\p{L}\d-]+\s+){1,2}?years?\s+(?:in\s+|of\s+)?(?:prison|jail|imprisonment)(?![\p{L}]))|\b(?:jailed|imprisoned)\s+for(?=\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|life)(?![\p{L}]))/giu, 'sentenced'],
  // Going into hospital said by how one got there: "moved to hospital", "admitted to King Fahd Hospital", "ingresado en el hospital".
  [/\b(?:admitted|taken|moved|transferred|rushed|brought)(?=\s+(?:back\s+)?(?:to|into)\s+(?:the\s+|a\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}[Hh]ospital)|\b(?:ingresad[oa]s?|ingres[oó]|trasladad[oa]s?|llevad[oa]s?)(?=\s+(?:en|a|al)\s+(?:el\s+|un\s+)?[Hh]ospital)/giu, 'hospitalised'],
  // Speaking said the Spanish way: "tomarán la palabra durante el acto X e Y", "hará uso de la palabra".
  [/\b(?:t(?:omar|oma|oman|omar[aá]n?|om[oó]|omaron)|har(?:[aá]n?)\s+uso\s+de)\s+la\s+palabra(?![\p{L}])/giu, 'hablaran'],
  // Found in the passive is discovered, not founded: "when were the bodies found?" — "los cuerpos fueron hallados".
  [/(?<=\b(?:was|were|be|been|being|is|are)\s+(?:[\p{L}'’-]+\s+){0,6}?)found(?!\s+guilty)(?![\p{L}])/giu, 'discovered'],
  // A demand said as a need: "subraya que es imprescindible investigar", "it is vital that the authorities act" — what is called for.
  [/\b(?:es|son|resulta|sería|seria)\s+(?:imprescindible|indispensable|fundamental|urgente|necesario)\s+(?=(?:que\s+)?\p{Ll})|\bit\s+is\s+(?:essential|vital|imperative|crucial)\s+(?=that\s|to\s)/giu, 'call'],
  // Handing over said in a phrase: "puso en manos del Secretario General la petición", "dejó a disposición de los senadores", "placed the petition in the hands of".
  [/\b(?:p(?:uso|usieron|one|onen|ondr[aá]n?|oner)|dej(?:ó|o|aron|a|an))\s+(?:en\s+(?:las\s+)?manos|a\s+disposici[oó]n)\s+de(?:l)?(?![\p{L}])|\b(?:put|puts|putting|placed|places|placing)\s+(?:[\p{L}'’-]+\s+){0,4}?in(?:to)?\s+the\s+hands\s+of(?![\p{L}])/giu, 'entrego'],
  // Dying said the genre's way: "perdieron la vida", "lost their lives", "which claimed the lives of 32", "le costó la vida".
  [/\b(?:perdi(?:ó|o|eron|do|endo)\s+la\s+vida|pierden\s+la\s+vida|lost\s+(?:their|his|her|its)\s+li(?:fe|ves)|claim(?:ed|s|ing)?\s+(?:the\s+)?li(?:fe|ves)|cost(?:ó|o|aron|ado)?\s+la\s+vida)(?![\p{L}])/giu, 'murieron']
]

/** An acronym spelled like a stopword, unless the whole text is in capitals (a shouted question, a headline). */
function keepAcronyms(text: string): string {
  if (!STOPWORD_ACRONYM.test(text)) return text
  const capitals = text.replace(/[^\p{Lu}]/gu, '').length
  const letters = text.replace(/[^\p{L}]/gu, '').length
  if (capitals * 2 > letters) return text
  return text.replace(STOPWORD_ACRONYMS, (acronym) => (STOPWORDS.has(acronym.toLowerCase()) ? `${acronym}0` : acronym))
}

const STOPWORD_ACRONYM = /(?<![\p{L}\d])\p{Lu}{2,3}(?![\p{L}\d])/u
const STOPWORD_ACRONYMS = new RegExp(STOPWORD_ACRONYM.source, 'gu')

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word)
}

/** The search terms of a text: words that are not stopwords, as terms. */
export function termsOf(text: string, lang: Lang): string[] {
  return wordsOf(text)
    .filter((word) => !STOPWORDS.has(word))
    .map((word) => termOf(word, lang))
}

/**
 * Spanish and English share much of the genre's Latin vocabulary under other endings
 * ("sanciones" / "sanctions", "detención" / "detention", "impunidad" / "impunity"): a word
 * written the same way in both, so that a question in one language meets an article in the other.
 */
const COGNATE_ENDINGS: ReadonlyArray<[RegExp, string]> = [
  [/cionales$|cional$|tionals$|tional$/, 'tional'],
  [/ciones$|cion$|tions$|tion$/, 'tion'],
  [/siones$|sion$|sions$/, 'sion'],
  [/dades$|dad$|ties$|ty$/, 'ty'],
  [/mente$|ly$/, 'ly'],
  [/os[oa]s?$|ous$/, 'ous'],
  [/istas?$|ists?$/, 'ist'],
  [/ismos?$|isms?$/, 'ism'],
  [/ic[oa]s?$|ical$|ics$|ic$/, 'ic'],
  [/encias?$|ences?$/, 'ence'],
  [/ancias?$|ances?$/, 'ance'],
  [/iv[oa]s?$|ives?$/, 'ive'],
  [/ales$|al$|als$/, 'al'],
  [/ias$|ia$|ies$|y$/, 'y'],
  [/ad[oa]s?$|ed$/, 'ed']
]

export function cognateKey(word: string): string {
  return cognateKeys.get(word) ?? remember(cognateKeys, word, uncachedCognateKey(word), 20_000)
}

/** Each word's cognate key, made once: organisation names meet every question's words. */
const cognateKeys = new Map<string, string>()

function uncachedCognateKey(word: string): string {
  // "estado" / "state", "especial" / "special": Spanish puts an "e" before s and a consonant.
  const key = word
    .replace(/^es(?=[bcdfgklmnpqtv])/, 's')
    // "ejecutivo" / "executive", "ejecución" / "execution": a Spanish "j" for the "x" of "exec-".
    .replace(/^ejec/, 'exec')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ch/g, 'c')
    .replace(/qu/g, 'c')
    .replace(/[kz]/g, (letter) => (letter === 'k' ? 'c' : 's'))
    .replace(/([a-z])\1/g, '$1')
  const ending = COGNATE_ENDINGS.find(([pattern]) => pattern.test(key))
  if (ending && key.length > 5) return key.replace(ending[0], ending[1])
  // Plural and gender endings: "protestas" / "protests", "miembros" / "members".
  return key.length > 5 ? key.replace(/s$/, '').replace(/[aeo]$/, '') : key
}
