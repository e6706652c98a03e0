/**
 * Language-neutral knowledge: the words (English and Spanish, accents folded) that point to
 * each intent, the question words that say which aspect is asked about, and the concepts no
 * facts object can answer. Nothing here is about a particular article.
 */
import type {Intent} from './types.js'

/** Intents recognised from words (the rest come from entities or the conversation). */
export type CueIntent = Exclude<Intent, 'clarify' | 'out-of-scope' | 'person' | 'fact'>

/** A word or phrase (space-separated, folded) with how strongly it points to an intent. */
export type Cue = readonly [phrase: string, weight: number]

export const INTENT_CUES: Readonly<Record<CueIntent, readonly Cue[]>> = {
  delegation: [
    ['delegation', 1], ['delegacion', 1], ['delegates', 1], ['delegate', 0.9], ['delegados', 1],
    ['delegadas', 1], ['delegado', 0.9], ['team', 0.6], ['equipo', 0.6], ['visit', 0.6],
    ['visiting', 0.6], ['visita', 0.6], ['trip', 0.7], ['viaje', 0.7], ['mission', 0.7],
    ['mision', 0.7], ['lead', 0.8], ['leads', 0.9], ['leading', 0.9], ['leader', 0.9], ['led', 0.9],
    ['heads', 0.7], ['heading', 0.7], ['head', 0.6], ['sent', 0.6], ['send', 0.5], ['went', 0.5], ['envio', 0.6], ['enviaron', 0.6], ['in charge', 0.8], ['lidera', 0.9], ['liderada', 0.9],
    ['liderando', 0.9], ['lider', 0.9], ['encabeza', 0.9], ['encabezada', 0.9], ['dirige', 0.6],
    ['members', 0.8], ['member', 0.7], ['miembros', 0.8], ['miembro', 0.7], ['integrantes', 0.8],
    ['arrived', 0.7], ['llego', 0.7], ['llegaron', 0.7], ['llegan', 0.7], ['llega', 0.6], ['llegaran', 0.7], ['arrive', 0.7], ['arriving', 0.7], ['itinerary', 0.9], ['itinerario', 0.9],
    ['agenda', 0.7], ['plans', 0.6], ['planes', 0.6], ['plan', 0.5], ['part of', 0.6],
    ['forma parte', 0.7], ['forman parte', 0.7], ['who else', 0.6], ['quien mas', 0.6],
    ['quienes mas', 0.6], ['came', 0.5], ['come', 0.4], ['vino', 0.5], ['vinieron', 0.5],
    ['going', 0.3], ['doing', 0.4], ['haciendo', 0.4], ['accompanying', 0.5], ['acompanan', 0.5],
    ['purpose', 0.4], ['proposito', 0.4], ['goal', 0.3], ['objetivo', 0.3], ['go next', 0.6],
    ['after that', 0.3], ['afterwards', 0.3], ['travelling', 0.7], ['traveling', 0.7], ['travel', 0.6],
    ['al frente', 1], ['a la cabeza', 1], ['makes up', 0.8], ['make up', 0.8], ['who is with', 1], ['quien esta con', 1], ['quien va con', 1], ['boss', 0.8], ['in charge of', 0.8], ['manda', 0.7], ['mandan', 0.7], ['travelled', 0.7], ['traveled', 0.7], ['viajan', 0.7], ['viajaron', 0.7], ['acompana', 0.5]
  ],
  report: [
    ['report', 1], ['informe', 1], ['reporte', 1], ['title', 0.8], ['titulo', 0.8],
    ['called', 0.5], ['named', 0.4], ['llama', 0.5], ['subtitle', 0.9], ['subtitulo', 0.9],
    ['study', 0.7], ['estudio', 0.7], ['inquiry', 0.6], ['document', 0.6], ['documento', 0.6], ['analyses', 0.8],
    ['analyzes', 0.8], ['analyse', 0.8], ['analyze', 0.8], ['analysis', 0.8], ['analiza', 0.8],
    ['analisis', 0.8], ['investigation', 0.5], ['investigacion', 0.5], ['publication', 0.6],
    ['publicacion', 0.6], ['name of', 0.3], ['nombre', 0.3], ['covers', 0.5], ['cubre', 0.4],
    ['trata', 0.4], ['examines', 0.7], ['examina', 0.7], ['looks at', 0.5], ['published', 0.5], ['publico', 0.5], ['publisher', 0.9]
  ],
  findings: [
    ['findings', 1], ['finding', 1], ['hallazgos', 1], ['hallazgo', 1], ['found', 1],
    ['find', 1], ['finds', 1], ['conclusions', 1], ['conclusion', 1], ['conclusiones', 1], ['concluded', 1],
    ['concluye', 1], ['results', 0.8], ['result', 0.5], ['resultados', 0.8], ['encontraron', 1],
    ['encontro', 1], ['encuentra', 1], ['descubrio', 1], ['descubrieron', 1], ['discovered', 1], ['discover', 0.9], ['reveal', 0.7], ['reveals', 0.7], ['revealed', 0.7], ['revela', 0.7],
    ['revelo', 0.7], ['show', 0.4], ['shows', 0.4], ['muestra', 0.4], ['recommendations', 0.7],
    ['recomendaciones', 0.7], ['violations', 0.5], ['violaciones', 0.5], ['crimes', 0.5],
    ['crimenes', 0.5], ['key points', 0.8], ['main points', 0.8], ['puntos clave', 0.8]
  ],
  research: [
    ['research', 1], ['researched', 1], ['investigaron', 0.9],
    ['investigo', 0.9], ['investigar', 0.7], ['fieldwork', 1], ['trabajo de campo', 1],
    ['regions', 0.8], ['region', 0.7], ['regiones', 0.8], ['places', 0.5], ['lugares', 0.5],
    ['areas', 0.5], ['zonas', 0.5], ['where did they investigate', 1], ['further', 0.5],
    ['initial', 0.4], ['inicial', 0.4], ['adicional', 0.4], ['additional', 0.4], ['later', 0.3],
    ['conducted', 0.5], ['realizaron', 0.4], ['realizo', 0.4], ['gather', 0.4], ['evidence', 0.4],
    ['investigation', 0.6], ['investigacion', 0.6], ['investigate', 0.9], ['investigated', 0.9], ['investigating', 0.9]
  ],
  petition: [
    ['petition', 1], ['petitions', 1], ['peticion', 1], ['signatures', 1], ['signature', 1],
    ['sigs', 1], ['sig', 0.8], ['signed', 0.9], ['signers', 1], ['signatories', 1],
    ['firmas', 1], ['firma', 0.8], ['firmaron', 0.9], ['firmado', 0.9], ['firmantes', 1],
    ['deliver', 0.6], ['delivered', 0.6], ['hand in', 0.7], ['handing in', 0.7], ['delivering', 0.6], ['hand over', 0.6],
    ['handed', 0.5], ['entregar', 0.6], ['entrega', 0.6], ['entregara', 0.6], ['entregaran', 0.6],
    ['demand', 0.6], ['demands', 0.6], ['demanda', 0.6], ['exige', 0.6], ['calls on', 0.6],
    ['calling', 0.4], ['pide', 0.4], ['piden', 0.4], ['juntaron', 0.6], ['junto', 0.5], ['recogieron', 0.6], ['recogio', 0.6], ['reunio', 0.5], ['reunieron', 0.5], ['firmo', 0.9], ['piden al', 0.8], ['pide al', 0.8], ['le piden', 0.8], ['exigen', 0.7], ['asks', 0.3], ['wants', 0.45], ['want', 0.45], ['quiere', 0.45], ['quieren', 0.45], ['ask for', 0.6], ['asking for', 0.6], ['recogidas', 0.6]
  ],
  act: [
    ['action', 1], ['take action', 1.2], ['act', 0.8], ['actuar', 1], ['accion', 1],
    ['acciones', 1], ['actions', 1], ['how can i help', 1.3], ['can i help', 1.2],
    ['what can i do', 1.3], ['what should i do', 1.3], ['que puedo hacer', 1.3],
    ['como puedo ayudar', 1.3], ['puedo ayudar', 1.2], ['ayudar', 0.8], ['support', 0.8],
    ['apoyar', 0.8], ['apoyo', 0.6], ['take part', 1], ['participate', 1], ['get involved', 1], ['involucrarme', 1], ['participar', 0.7],
    ['join', 0.6], ['unirme', 0.7], ['sign', 0.7], ['firmar', 0.7], ['do something', 1],
    ['hacer algo', 1], ['campaign', 0.5], ['campana', 0.5], ['contribute', 0.7],
    ['contribuir', 0.7], ['help out', 1], ['want to help', 1.3], ['anything i can do', 1.3], ['can i do', 1.2], ['i can do', 1.2], ['puedo hacer', 1.2], ['quiero ayudar', 1.3], ['like to help', 1.3], ['firmo', 1], ['where do i sign', 1.3], ['how do i sign', 1.3],
    ['donde firmo', 1.3], ['como firmo', 1.3], ['i help', 1.3], ['we help', 1.3], ['help them', 1.2], ['help the victims', 1.3], ['como ayudo', 1.3], ['ayudo', 1.1],
    // An urgent action's letter: whom to write to is how to act.
    ['write to', 0.9], ['escribir a', 0.9], ['escribirle', 1], ['escribirles', 1], ['send a letter', 1], ['enviar una carta', 1], ['mandar una carta', 1]
  ],
  timeline: [
    ['timeline', 1.2], ['cronologia', 1.2], ['chronology', 1.2], ['what happened', 0.6],
    ['que paso', 0.6], ['que ha pasado', 0.6], ['sequence', 0.8], ['dates', 0.9], ['fechas', 0.9],
    ['schedule', 0.8], ['calendario', 0.8], ['key dates', 1.2], ['events', 0.8], ['eventos', 0.8],
    ['what is next', 0.8], ['next', 0.5], ['what happens next', 1], ['proximo', 0.5],
    ['proximos', 0.5], ['upcoming', 0.6], ['history', 0.5], ['historia', 0.4], ['order', 0.4],
    ['orden', 0.4], ['step by step', 0.7], ['important dates', 1.2], ['fechas importantes', 1.2], ['fechas clave', 1.2], ['paso a paso', 0.7], ['so far', 0.5], ['hasta ahora', 0.5]
  ],
  quote: [
    ['quote', 1.1], ['quotes', 1.1], ['quoted', 1], ['cita', 1], ['citas', 1], ['said', 0.8],
    ['say', 0.6], ['says', 0.5], ['saying', 0.6], ['dijo', 0.8], ['dice', 0.5], ['decir', 0.4],
    ['ha dicho', 0.8], ['han dicho', 0.8], ['dijeron', 0.8], ['declaro', 0.8], ['statement', 0.9], ['statements', 0.9], ['declaracion', 0.9],
    ['declaraciones', 0.9], ['words', 0.6], ['palabras', 0.6], ['message', 0.5], ['mensaje', 0.5],
    ['hope', 0.6], ['hopes', 0.6], ['espera', 0.6], ['esperan', 0.6]
  ],
  sources: [
    ['source', 1], ['sources', 1], ['fuente', 1], ['fuentes', 1], ['article', 0.6],
    ['articulo', 0.6], ['link', 0.7], ['enlace', 0.7], ['url', 0.8], ['come from', 0.9],
    ['where is this from', 1.2], ['de donde sale', 1], ['de donde viene', 1], ['de donde sacas', 1.2], ['sacas', 0.6], ['original', 0.6],
    ['read more', 0.6], ['leer mas', 0.6], ['verify', 0.7], ['verificar', 0.7], ['cite', 0.7],
    ['citation', 0.8], ['reference', 0.7], ['references', 0.7], ['referencias', 0.7],
    ['published', 0.5], ['publicado', 0.5], ['full text', 0.8], ['texto completo', 0.8],
    ['proof', 0.5], ['prueba', 0.5]
  ],
  people: [
    ['people', 0.5], ['personas', 0.5], ['mentioned', 0.8], ['mencionadas', 0.8],
    ['mencionados', 0.8], ['mencionan', 0.8], ['names', 0.7], ['nombres', 0.7],
    ['who is who', 1.2], ['quien es quien', 1.2], ['involved', 0.5], ['involucrados', 0.6],
    ['involucradas', 0.6], ['persons', 0.7], ['individuals', 0.6],
    ['everyone', 0.5], ['todos', 0.3], ['who are they', 0.4]
  ],
  'press-conference': [
    ['press conference', 1.5], ['press event', 1.3], ['press', 0.9], ['conference', 1], ['conferencia', 1],
    ['prensa', 0.9], ['rueda de prensa', 1.5], ['presser', 1], ['media event', 1],
    ['presentation', 0.8], ['presentacion', 0.8], ['present', 0.6], ['presenting', 0.6],
    ['presentar', 0.6], ['presentara', 0.6], ['presentaran', 0.6], ['presenta', 0.6],
    ['launch', 1], ['launched', 1], ['lanzamiento', 1], ['lanzo', 1], ['unveil', 0.8], ['journalists', 0.6],
    ['periodistas', 0.6]
  ],
  meeting: [
    ['meeting', 1], ['meetings', 1], ['meet', 0.9], ['met', 0.9], ['meets', 0.9],
    ['reunion', 1], ['reuniones', 1], ['reunirse', 0.9], ['reunio', 0.9], ['reunieron', 0.9],
    ['reunira', 0.9], ['reuniran', 0.9], ['reunir', 0.9], ['audience', 0.6], ['audiencia', 0.6],
    ['sit down', 0.5], ['talks', 0.5], ['requested', 0.6], ['request', 0.6], ['solicitado', 0.6],
    ['solicitud', 0.6], ['solicito', 0.6], ['pidio', 0.5], ['asked for', 0.5], ['see the', 0.2],
    ['attended', 0.6], ['attend', 0.6], ['attending', 0.6], ['asistieron', 0.6], ['asistio', 0.6], ['discuss', 0.7], ['discussed', 0.7], ['discussing', 0.7], ['talk about', 0.6], ['talked about', 0.6],
    ['hablaron', 0.6], ['discutir', 0.7], ['discutieron', 0.7], ['ask to meet', 1]
  ],
  protests: [
    ['protests', 1], ['protest', 1], ['protesters', 1], ['protestors', 1], ['protestas', 1],
    ['protesta', 1], ['protesting', 1], ['protested', 1], ['protestando', 1], ['protestar', 1], ['manifestantes', 1], ['manifestaciones', 1], ['manifestacion', 1],
    ['demonstrations', 1], ['demonstration', 1], ['demonstrators', 1], ['marchas', 0.8],
    ['unrest', 0.8], ['crisis', 0.8], ['repression', 0.7], ['represion', 0.7], ['began', 0.4],
    ['begin', 0.4], ['started', 0.4], ['start', 0.3], ['comenzaron', 0.4], ['empezaron', 0.4],
    ['empezo', 0.4], ['comenzo', 0.4], ['inicio', 0.3], ['context', 0.4], ['contexto', 0.4],
    ['background', 0.6], ['antecedentes', 0.6], ['uprising', 0.8], ['riots', 0.6]
  ],
  event: [['arrival', 1], ['llegada', 1], ['arrive', 0.6], ['arriving', 0.6], ['llegar', 0.6]],
  related: [
    ['related', 1.1], ['relacionado', 1.1], ['relacionada', 1.1], ['relacionadas', 1.1],
    ['relacionados', 1.1], ['other stories', 1.1], ['more news', 0.9], ['mas noticias', 0.9],
    ['other articles', 1], ['otros articulos', 1], ['see also', 1], ['similar', 0.6],
    ['also read', 0.8], ['other news', 0.9], ['otras noticias', 0.9], ['stories', 0.5],
    ['historias', 0.4], ['more to read', 0.9], ['read more', 0.8], ['leer mas', 0.8]
  ],
  media: [
    ['photo', 1], ['photos', 1], ['foto', 1], ['fotos', 1], ['picture', 1], ['pictures', 1],
    ['image', 1], ['images', 1], ['imagen', 1], ['imagenes', 1], ['credit', 0.9],
    ['credits', 0.9], ['credito', 0.9], ['creditos', 0.9], ['photographer', 1], ['fotografo', 1],
    ['fotografia', 1], ['pic', 0.9], ['pics', 0.9], ['header', 0.6], ['took the', 0.5],
    ['tomo la', 0.5]
  ],
  greeting: [
    ['hi', 1], ['hello', 1], ['hey', 1], ['hiya', 1], ['hola', 1], ['buenas', 1],
    ['buenos dias', 1], ['buenas tardes', 1], ['buenas noches', 1], ['good morning', 1],
    ['good afternoon', 1], ['good evening', 1], ['saludos', 1], ['que tal', 0.6], ['howdy', 1]
  ],
  thanks: [
    ['thanks', 1], ['thank you', 1.2], ['thank', 0.8], ['thx', 1], ['ty', 0.8], ['cheers', 0.8],
    ['gracias', 1], ['muchas gracias', 1.2], ['great', 0.6], ['perfect', 0.6], ['perfecto', 0.6],
    ['genial', 0.6], ['awesome', 0.6], ['cool', 0.6], ['nice', 0.6], ['ok', 0.6], ['okay', 0.6], ['vale', 0.6],
    ['got it', 0.8], ['entendido', 0.8], ['de acuerdo', 0.6]
  ],
  help: [
    ['help', 0.7], ['ayuda', 0.7], ['menu', 1], ['topics', 1], ['temas', 1],
    ['what can you do', 1.3], ['que puedes hacer', 1.3], ['what do you know', 1.1],
    ['que sabes', 1.1], ['commands', 1], ['comandos', 1], ['options', 0.7], ['opciones', 0.7],
    ['how does this work', 1.2], ['como funciona', 1.2], ['instructions', 1], ['start', 0.3],
    ['what is this', 0.6], ['que es esto', 0.6], ['who are you', 1], ['quien eres', 1], ['yes', 0.6], ['si', 0.6],
    ['no', 0.6], ['what else', 0.8], ['que mas', 0.8],
    ['summary', 1], ['summarise', 1], ['summarize', 1], ['resumen', 1], ['resume', 0.8], ['resumeme', 1],
    ['overview', 1], ['gist', 1], ['in short', 0.8], ['what is it about', 1.1], ['what is the article about', 1.2],
    ['de que trata', 1.1], ['de que va', 1.1], ['tldr', 1], ['main idea', 1], ['idea principal', 1]
  ]
}

/** What a question asks about a topic. */
export type Aspect = 'who' | 'when' | 'where' | 'why' | 'count' | 'what' | 'how'

export const ASPECT_CUES: Readonly<Record<Aspect, readonly string[]>> = {
  who: ['who', 'whom', 'whose', 'quien', 'quienes', 'which people', 'que personas', 'a quien', 'to whom'],
  when: ['when', 'date', 'what day', 'which day', 'what time', 'cuando', 'fecha', 'que dia', 'a que hora', 'what date', 'how long ago'],
  where: ['where', 'location', 'place', 'city', 'donde', 'lugar', 'ciudad', 'en que lugar', 'adonde', 'which country', 'what country', 'que pais', 'which prison', 'what prison', 'which jail', 'what jail', 'que carcel', 'que prision'],
  why: ['why', 'reason', 'purpose', 'por que', 'porque', 'motivo', 'razon', 'proposito', 'objetivo', 'goal', 'aim', 'para que', 'what for', 'how come'],
  count: ['how many', 'how much', 'number of', 'cuantos', 'cuantas', 'cuanto', 'cuanta', 'numero de', 'cantidad', 'count', 'total'],
  what: ['what', 'which', 'que', 'cual', 'cuales'],
  how: ['how', 'como']
}

/** Every word of the aspect cues: words that say what kind of answer is wanted, not what it is about. */
export const ASPECT_WORDS: ReadonlySet<string> = new Set(Object.values(ASPECT_CUES).flatMap((phrases) => phrases.flatMap((phrase) => phrase.split(' '))))

/** Words that refer back to the person last talked about. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['she', 'he', 'her', 'him', 'his', 'hers', 'ella'])

/** Words that refer back to the topic last talked about. */
export const TOPIC_REFERENCES: ReadonlySet<string> = new Set([
  'it', 'they', 'them', 'that', 'this', 'those', 'there', 'eso', 'esto', 'ellos', 'ellas', 'alli', 'ahi', 'alla',
  // "¿cuándo pasó?", "¿dónde fue?": Spanish leaves out the subject; what happened is the story told.
  'paso', 'ocurrio', 'sucedio', 'fue'
])

/** Words that mark a question as a follow-up ("And when?", "Who else?"). */
export const FOLLOW_UP_MARKERS: ReadonlySet<string> = new Set([
  'and', 'y', 'else', 'more', 'mas', 'also', 'tambien', 'other', 'otros', 'otras', 'otro', 'otra', 'then', 'entonces'
])

/** Asking for the others besides those already named. */
export const OTHERS_MARKERS: ReadonlySet<string> = new Set(['else', 'other', 'others', 'otros', 'otras', 'mas', 'also', 'tambien', 'besides', 'aparte'])

/** Words for dying and for killing, in English and Spanish: each set one concept of the list below. */
const DYING = ['death', 'deaths', 'died', 'die', 'dead', 'muerte', 'muertes', 'murieron', 'murio', 'muertos', 'muerto', 'muerta', 'muertas',
  'fallecidos', 'fallecidas', 'fallecio', 'fallecieron', 'fallecimiento', 'fallecimientos']
const KILLING = ['killed', 'kill', 'kills', 'killing', 'killings', 'murdered', 'murder', 'murders', 'asesinados', 'asesinadas', 'asesinado', 'asesinada',
  'asesinato', 'asesinatos', 'matan', 'mataron', 'mato']

/**
 * Concepts of that list an article may tell in other words, each with the words that tell it: how many died is told by
 * "291 personas fallecidas" or "14 were killed"; who killed is told only where the article speaks of killing.
 */
export const CONCEPTS_TOLD_OTHERWISE: ReadonlyArray<{concept: readonly string[]; told: readonly string[]}> = [
  {concept: DYING, told: [...DYING, ...KILLING]},
  {concept: KILLING, told: KILLING}
]

/**
 * Concepts no campaign facts object records: a question about them is declined even when
 * other words of it match ("How old is the Secretary General?").
 */
export const UNANSWERABLE_CONCEPTS: readonly string[] = [
  'weather', 'forecast', 'temperature', 'rain', 'raining', 'sunny', 'clima', 'lluvia', 'llueve', 'temperatura', 'pronostico', 'que tiempo hace', 'que tiempo hara', 'que tiempo va a hacer',
  'how do i contact', 'how can i contact', 'contact details', 'como contacto', 'como contactar', 'como me comunico',
  'did the delegation travel', 'did they travel', 'did they get there', 'como viajaron', 'como llegaron', 'by plane', 'en avion',
  'shot', 'shooting', 'shootings', 'disparo', 'dispararon', 'what time', 'a que hora', 'venue', 'exact address', 'sede', 'direccion exacta', 'change anything', 'make a difference',
  'impact', 'effective', 'succeed', 'servira', 'sirve de algo', 'biased', 'sesgado', 'charity', 'caridad', 'wrote', 'write', 'written', 'writer', 'author', 'authors', 'escribio', 'escribieron',
  'autor', 'autora', 'autores', 'pages', 'paginas', 'language', 'translated', 'traducido', 'eat', 'ate', 'food',
  'comida', 'comieron', 'hotel', 'flight', 'flew', 'organised', 'organized', 'organiser', 'organizer', 'organizo',
  'organizaron', 'outcome', 'agreed', 'agreement', 'acuerdo', 'result of the meeting', 'resultado de la reunion',
  'how long will', 'how long is', 'how long are', 'how long does', 'how long do', 'cuanto tiempo', 'stay', 'staying',
  'leave', 'leaving', 'depart', 'departure', 'quedara', 'quedaran', 'se queda', 'se quedan', 'irse',
  'fund', 'funds', 'funder', 'funders', 'position on', 'stance', 'opinion', 'postura', 'opina', 'think of',
  'still open', 'is it open', 'closed', 'deadline', 'expire', 'expires', 'sigue abierta', 'plazo',
  'live in', 'lives in', 'she live', 'he live', 'they live', 'donde vive', 'home address',
  'death', 'death count', 'body count', 'how old', 'age', 'aged', 'edad', 'cuantos anos', 'born', 'birthday', 'birth', 'nacio', 'nacimiento', 'cumpleanos',
  'died', 'die', 'dead', 'death toll', 'killed', 'kill', 'murdered', 'fatalities', 'casualties', 'injured', 'wounded',
  'murieron', 'muertos', 'muerto', 'murio', 'fallecidos', 'fallecio', 'heridos', 'asesinados', 'victimas mortales',
  'salary', 'salario', 'sueldo', 'paid', 'earn', 'earns', 'gana', 'net worth', 'money', 'dinero', 'cost', 'costs',
  'costo', 'cuesta', 'price', 'precio', 'budget', 'presupuesto', 'funding', 'funded', 'financia', 'financiado',
  'donate', 'donation', 'donations', 'donar', 'donacion', 'donaciones',
  'married', 'wife', 'husband', 'spouse', 'esposa', 'esposo', 'casada', 'casado', 'children', 'kids', 'hijos', 'hijas',
  'height', 'tall', 'altura', 'mide', 'religion', 'religious', 'phone number', 'telefono', 'email', 'correo',
  'population', 'poblacion', 'capital', 'currency', 'moneda', 'gdp', 'pib', 'inflation', 'inflacion',
  'football', 'soccer', 'futbol', 'score', 'recipe', 'receta', 'restaurant', 'restaurante', 'hotel', 'flight', 'vuelo',
  'stock', 'bitcoin', 'election', 'elections', 'elecciones', 'vote', 'votar', 'voted', 'votes', 'votos', 'party', 'partido',
  'what time is it', 'que hora es', 'time zone', 'tomorrow', 'manana', 'tonight', 'joke', 'chiste', 'song', 'cancion',
  'movie', 'pelicula', 'language do they speak', 'idioma', 'favourite', 'favorite', 'favorito', 'favorita',
  'arrested', 'arrests', 'detenidos', 'detenido', 'sentenced', 'prison', 'carcel', 'trial', 'juicio', 'verdict',
  'resign', 'resigned', 'renuncio', 'renuncia', 'impeach', 'impeachment', 'vacancia', 'respond', 'responded',
  'replied', 'reply', 'response', 'respondio', 'respuesta del gobierno', 'accepted', 'acepto', 'agreed', 'refused',
  'rechazo', 'accept', 'accepts', 'aceptara', 'outcome', 'resultado de la reunion', 'how did it go', 'como le fue', 'population of',
  'founded', 'fundada', 'fundado', 'fundaron', 'nationality', 'nacionalidad', 'degree', 'studied', 'university', 'universidad', 'instagram',
  'twitter', 'facebook', 'tiktok', 'follow her', 'seguirla', 'live stream', 'livestream', 'en vivo', 'tickets',
  'entradas', 'register', 'registrarme', 'inscribirme',
  'how many protests', 'cuantas protestas', 'go well', 'went well', 'go badly', 'salio bien', 'fue bien', 'le fue', 'directions', 'how do i get to', 'how can i get to', 'how to get to', 'how do we get to', 'how do i get there', 'how to get there', 'how can i get there', 'como llego', 'como llegar', 'como se llega', 'weapons', 'bullets', 'balas', 'guns', 'cure', 'vaccine', 'covid'
]

/** Words that carry no topic but are ordinary in questions (never a reason to decline). */
export const NEUTRAL_WORDS: readonly string[] = (
  'tell me about know want like please info information details detail more about explain ' +
  // "esta acción urgente", "this urgent action": what the release is, not what it is about.
  'urgent urgente ' +
  // "Who are the speakers?": those an advisory lists under "Who:", whatever word it heads them with.
  'speakers oradores oradoras panelists panellists ' +
  'give show thing things anything something everything happen happened happening going go goes ' +
  'get got new news latest update updates exactly again also just really actually ok okay yes ' +
  'yeah yep no nope bot story article summary summarise summarize overview brief briefly short ' +
  'quick quickly mean means meaning say list all any some much many first second third last ' +
  'main whole entire full exact tell remind me us let see look find out need would like could ' +
  'should can may might must will shall do does did done doing be been being is are was were am ' +
  'have has had having there here now today currently still yet already ever soon then so too ' +
  'very well good bad big little kind sort type part way one ones someone anyone everyone people ' +
  'person man woman guy lady name names called call stuff whats wat wut u ur r pls plz thx hmm ' +
  'um uh oh ah lol btw again sorry excuse hey hi hello wait right true really sure okay cool nice ' +
  'happen happens happening talk talking talked speak spoke mention mentioned mentions involved ' +
  'role roles job position positions title titles work works working do does official officials ' +
  'organisation organization organizations group groups country countries day days week weeks ' +
  'month months year years date dates time times place places city exactly precisely specific ' +
  'specifically number amount total count many much long ago since until before after during ' +
  'next previous earlier later recently when where who why how what which whom whose ' +
  'january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday ' +
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
  'lunes martes miercoles jueves viernes sabado domingo ' +
  'dime decir di saber sabes quiero quisiera queria podrias puedes puede pueden puedo podria ' +
  'informacion detalles detalle mas sobre acerca explica explicame cuentame hablame habla hablar ' +
  'cosa cosas pasa paso pasado pasara sucede sucedio ocurre ocurrio noticia noticias novedades ' +
  'resumen breve rapido todo toda todos todas algo alguien nada nadie si claro bueno vale ok ' +
  'ser es son era eran fue fueron sera seran sido estar esta estan estaba estaban estara estuvo ' +
  'haber hay habia habra ha han habian hubo tener tiene tienen tenia tenian tendra ir va van iba ' +
  'iban ira iran hacer hace hacen hizo hicieron hara haran hecho dar da dan dio dieron ver visto ' +
  'nombre nombres llama llaman llamado llamada persona personas gente senor senora cargo cargos ' +
  'puesto papel rol trabajo organizacion organizaciones grupo pais paises dia dias semana semanas ' +
  'mes meses ano anos fecha fechas vez veces hora lugar lugares ciudad numero cantidad total ' +
  'hace desde hasta antes despues durante proximo anterior luego pronto ahora hoy todavia aun ya ' +
  'exactamente especificamente concreto concretamente ' +
  'que quien quienes cuando donde como cual cuales cuanto cuantos cuanta cuantas porque ' +
  'oye mira perdon disculpa gracias por favor porfa porfavor xfa pf ayudame ' +
  'sobre respecto tema temas asunto ' +
  'besides apart except aside ask asking asked carried carry carrying conducted done coming come comes ' +
  'important importante importantes key main principal principales still stil anymore already ' +
  'ppl folks guys group groups gets get receive receives receiving received accept accepts accepting accepted recibe reciben recibir recibira recibiran recibio recibieron conf info pls frente ' +
  'decide decided decides decision decisions ruled ruling addressed aimed directed dirigida ' +
  'tomar pueda puedan podamos alguna alguno algun algo hay habra haran hara ' +
  'towns town cities villages communities pueblos ciudades comunidades areas zones ' +
  'makes make made elaboro elaboraron elaborado elaborada realizo realizaron produced primero primera primeros primeras lleva llevan llevaba juntar though tho anyway ' +
  'sirve sirven onda tal sup wassup whatsup buenas saludos wondering wonder wondered curious guess maybe perhaps basically honestly literally question pregunta preguntar preguntaba curiosidad ' +
  'celebro celebrar celebrada celebrado holding hold holds hosting host hosts read numbers leer ' +
  'quieren quiere queria querian quisieron desean desea buscan busca intentan pretenden ' +
  'the a an of in on at to for with by from into onto up down out over under as and or but if ' +
  'than that this these those it its they them their theirs she he her his him i me my you ' +
  'your yours we us our ours not any each both either neither own same other others else such ' +
  'el la los las un una unos unas de del al en con por para sin entre hacia y o u e pero ni se ' +
  'su sus lo le les mi mis te tu tus nos nuestro nuestra ellos ellas ella usted ustedes este ' +
  'estos estas ese esa esos esas aquel eso esto otro otra otros otras mismo misma cada ambos'
).split(/\s+/)

/**
 * Translations of words of office and role, so a Spanish question finds an English title
 * ("la presidenta" → "president", "directora ejecutiva" → "executive director").
 */
export const TITLE_SYNONYMS: Readonly<Record<string, string>> = {
  presidenta: 'president', presidente: 'president', secretaria: 'secretary', secretario: 'secretary',
  directora: 'director', director: 'director', ejecutiva: 'executive', ejecutivo: 'executive',
  ministra: 'minister', ministro: 'minister', alcalde: 'mayor', alcaldesa: 'mayor',
  portavoz: 'spokesperson', vocera: 'spokesperson', vocero: 'spokesperson', jefa: 'head', jefe: 'head',
  investigadora: 'researcher', investigador: 'researcher', abogada: 'lawyer', abogado: 'lawyer',
  coordinadora: 'coordinator', coordinador: 'coordinator', fundadora: 'founder', fundador: 'founder',
  gobierno: 'government', policia: 'police', militares: 'military', fuerzas: 'forces',
  victimas: 'victims', victima: 'victim', amnistia: 'amnesty', internacional: 'international',
  americas: 'americas', general: 'general', recomendaciones: 'recommendations', racismo: 'racism',
  derechos: 'rights', humanos: 'human', funcionarios: 'officials', autoridades: 'authorities'
}

/** Words that place a question in the past ("When did she meet …") or ahead ("Will they meet …"). */
export const PAST_MARKERS: ReadonlySet<string> = new Set([
  'did', 'met', 'was', 'were', 'had', 'earlier', 'before', 'previously', 'already', 'ago', 'last',
  'reunio', 'reunieron', 'fue', 'fueron', 'hizo', 'hicieron', 'antes', 'anteriormente', 'previa', 'previo', 'pasado', 'pasada'
])
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will', 'going', 'gonna', 'plan', 'plans', 'planned', 'planning', 'request', 'requested', 'asked',
  'want', 'wants', 'upcoming', 'reunira', 'reuniran', 'quiere', 'quieren', 'solicitado', 'solicito',
  'solicitud', 'pidio', 'piden', 'proxima', 'proximo', 'va', 'van', 'sera', 'seran'
])

/**
 * When two topics both match, the narrower one is what the question is about
 * ("the report's press conference" is about the press conference).
 */
export const SPECIFICITY: Readonly<Partial<Record<CueIntent, number>>> = {
  'press-conference': 0.3, meeting: 0.3, petition: 0.3, findings: 0.3, research: 0.3, quote: 0.3,
  related: 0.3, media: 0.3, report: 0.15, protests: 0.15
}

/**
 * What a "how many" question can count, per intent: the words that may follow "how many".
 * Anything else counted ("how many deaths") is a number the facts do not give.
 */
export const COUNT_ANCHORS: Readonly<Partial<Record<CueIntent, ReadonlySet<string>>>> = {
  petition: new Set(['petition', 'peticion', 'signatures', 'signature', 'sigs', 'sig', 'signed', 'signers', 'firmas', 'firmaron', 'firmantes', 'firmado', 'firmo']),
  delegation: new Set(['delegation', 'delegates', 'delegacion', 'delegados', 'delegadas', 'team', 'equipo', 'mission', 'mision']),
  research: new Set(['research', 'researched', 'investigate', 'investigated', 'investigaron', 'investigo', 'investigacion', 'investigation', 'fieldwork'])
}

/** Words asking what is true now, which an article can only tell as of its date. */
export const NOW_WORDS: ReadonlySet<string> = new Set(['still', 'currently', 'now', 'today', 'anymore', 'todavia', 'sigue', 'actualmente', 'hoy', 'ahora', 'aun'])

export const COUNTABLE: Readonly<Partial<Record<CueIntent, ReadonlySet<string>>>> = {
  petition: new Set(['signatures', 'signature', 'sigs', 'signed', 'signers', 'signatories', 'firmas', 'firmaron', 'firmantes', 'people', 'personas', 'gente', 'persons', 'ppl', 'petition', 'peticion']),
  delegation: new Set(['members', 'delegates', 'people', 'persons', 'miembros', 'integrantes', 'delegados', 'personas']),
  research: new Set(['places', 'regions', 'cities', 'areas', 'lugares', 'regiones', 'ciudades', 'zonas', 'sitios'])
}

/** Social intents: answered only when no topic is asked about. */
export const SOCIAL: ReadonlySet<CueIntent> = new Set(['greeting', 'thanks', 'help'])

/** Words asking for a delegation's plans rather than its members. */
export const ITINERARY_WORDS: ReadonlySet<string> = new Set([
  'itinerary', 'itinerario', 'plans', 'plan', 'planes', 'agenda', 'schedule', 'do', 'hacer', 'haran', 'hara', 'haremos',
  'week', 'semana', 'next', 'then', 'after', 'luego', 'despues', 'programa', 'route', 'ruta'
])

/** Words that name a role: one of them alone ("the minister") can point to the person holding it. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'director', 'researcher', 'secretary', 'spokesperson', 'lawyer', 'coordinator',
  'founder', 'head', 'chair', 'chief', 'mayor', 'governor', 'commissioner', 'ambassador', 'adviser', 'advisor',
  'officer', 'manager', 'editor', 'rapporteur', 'activist', 'defender', 'journalist', 'judge', 'prosecutor',
  'presidente', 'ministro', 'ministra', 'directora', 'investigadora', 'investigador', 'secretaria', 'secretario'
])

/** Month and weekday names: a question naming one asks about what happened then. */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'
])

/** Words that name a day the article cannot know about: its facts are as of its own date. */
export const TODAY_WORDS: ReadonlySet<string> = new Set(['today', 'tonight', 'hoy', 'yesterday', 'ayer'])

/** Words of a span of time an answer may give instead of a date ("this week", "last December"). */
export const SPAN_WORDS: ReadonlySet<string> = new Set(['during', 'durante', 'after', 'before', 'despues', 'antes', 'week', 'weeks', 'semana', 'semanas', 'month', 'mes', 'year', 'ano', 'weekend', 'yesterday', 'ayer', 'today', 'hoy'])

/** Chat shorthand read as the word it stands for ("q" is "que", "xq" is "porque"). */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  q: 'que', k: 'que', ke: 'que', hw: 'how', journo: 'journalist', journos: 'journalists', xq: 'porque', pq: 'porque', xk: 'porque', tb: 'tambien', tmb: 'tambien',
  d: 'de', x: 'por', w: 'with', msg: 'message', abt: 'about', bc: 'because', cuz: 'because', coz: 'because', wht: 'what', wat: 'what', wut: 'what', wen: 'when', whn: 'when', wher: 'where', whr: 'where', rn: 'now', atm: 'now', yo: 'hey',
  yr: 'year', yrs: 'years', govt: 'government', govts: 'governments', gov: 'government', gvt: 'government', intl: 'international',
  org: 'organisation', orgs: 'organisations', uni: 'university', unis: 'universities', conf: 'conference', approx: 'approximately', pres: 'president', dept: 'department', gob: 'gobierno', pdte: 'presidente', pta: 'presidenta'
}

/**
 * Openings in which people say where they are or who they are before asking ("i'm in spain, what
 * can i do"): the words after them describe the asker, not what is asked, up to the next question word.
 */
export const ABOUT_ME_OPENINGS: readonly string[] = [
  'im in', 'i am in', 'im from', 'i am from', 'i live in', 'i m in', 'estoy en', 'soy de', 'vivo en', 'ando en'
]

/** Words by which the asker speaks of themselves: "from <place>" at the end is where they are. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'yo', 'mi', 'puedo', 'firmo', 'ayudo', 'hago', 'participo', 'apoyo'])

/** Words that place an asker ("from abroad", "desde el extranjero"): not about the article. */
export const ASKER_PLACES: ReadonlySet<string> = new Set(['abroad', 'overseas', 'extranjero', 'afuera', 'fuera'])
