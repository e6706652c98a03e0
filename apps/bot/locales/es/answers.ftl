# Frases de respuesta del núcleo (src/core). Los hechos rellenan las variables; nada aquí es
# de un artículo concreto. Las partes opcionales vacías ($when, $where, $about …) no dejan huecos.

## Fechas, lugares y marco

when-day = El { $date },
when-period = En { $date },
when-span = { $date },
when-day-inline = el { $date }
when-period-inline = en { $date }
as-of-article = Según el artículo ({ $date }),
according-to-article = Según el artículo,
published-on = (publicado el { $date })
# Dates Intl cannot say in one go: two months, a week, a span of days.
date-months = { $first } y { $last }
date-week = la semana del { $first }
date-days = del { $first } al { $last }
date-named = { $name } ({ $date })
where = en { $place }
to-someone = a { $name }
# Las palabras del artículo dentro de una respuesta en el otro idioma, marcadas como suyas.
quoted = “{ $text }”
# Un nombre con su cargo, el cargo después del nombre.
titled-name = { $name } ({ $title })
purpose-to = { $purpose }
event-about = para hablar de { $topic }
event-context = en el contexto de { $context }
event-default-topic = sus conclusiones

## Eventos, en el tiempo verbal que hoy es verdad

event-press-conference = { $when } { $who } { $tense ->
    [future] presentará
    [past] presentó
    [ongoing] está presentando
   *[was-to] iba a presentar
  } { $topic } en una conferencia de prensa { $where }.
event-report-launch = { $when } { $who } { $tense ->
    [future] presentará
    [past] presentó
    [ongoing] está presentando
   *[was-to] iba a presentar
  } el informe { $where }.
event-meeting = { $when } { $who } { $tense ->
    [future] { $count ->
        [one] se reunirá
       *[other] se reunirán
      }
    [ongoing] { $count ->
        [one] se está reuniendo
       *[other] se están reuniendo
      }
    [was-to] { $count ->
        [one] iba a reunirse
       *[other] iban a reunirse
      }
   *[past] { $count ->
        [one] se reunió
       *[other] se reunieron
      }
  } con { $with } { $about } { $where }.
event-meeting-all = { $when } { $who } { $tense ->
    [future] se reunirán
    [was-to] iban a reunirse
   *[other] se reunieron
  } { $about } { $where }.
event-meeting-request = { $who } solicitó una reunión con { $with } { $about }.
event-arrival = { $when } { $who } llegó a { $place }.
event-arrival-as-of = { $when } { $who } había llegado a { $place }.
event-protest = { $when } comenzaron las protestas { $where } { $context }.
event-research = { $when } { $who } investigó { $where }.
event-petition-delivery = { $when } { $who } { $tense ->
    [future] entregará
    [past] entregó
   *[other] iba a entregar
  } la petición { $where }.
event-outcome-unknown = El artículo no dice si llegó a celebrarse.
event-described = { $when } { $description }.
event-reported = { $when } { $description } (según el artículo).

## La delegación

delegation-leader = La delegación de { $org } está encabezada por { $leader }.
delegation-members = También { $count ->
    [one] forma
   *[other] forman
  } parte de ella { $members }.
delegation-members-only = También { $count ->
    [one] forma
   *[other] forman
  } parte de la delegación de { $org }: { $members }.
delegation-no-others = El artículo no nombra a más integrantes de la delegación de { $org }.
# One step of the itinerary: what, where ("in Strelsau"), when ("(3 May 2023)"); empty parts drop out.
itinerary-step = { $activity } { $place } { $dated ->
    [yes] ({ $when })
   *[no] {""}
}
delegation-itinerary = Los delegados { $tense ->
    [future] van a
   *[other] iban a
  } { $steps }.
delegation-purpose = La delegación de { $org } { $status ->
    [planned] iba a viajar a
   *[other] llegó a
  } { $destination } con este objetivo: { $purpose }.
delegation-when = { $when } la delegación de { $org } { $status ->
    [planned] iba a estar
   *[other] estuvo
  } en { $destination }.
delegation-where = { $asOf } la delegación de { $org } { $status ->
    [planned] iba a viajar a
   *[other] había llegado a
  } { $destination }.

## El informe

report-title = El informe se titula “{ $title }”.
report-by = El informe “{ $title }” es de { $publisher }.
report-subtitle = El subtítulo de “{ $title }” es “{ $subtitle }”.
report-analyses = Analiza { $analyses }.
report-documents = Documenta: { $text }
article-says = El artículo dice: «{ $sentence }»
article-says-quotation = El artículo dice: { $sentence }
findings-intro = Lo que encuentra el informe “{ $title }”, según el artículo:
line = { $text }
research = { $when } se realizó { $kind ->
    [initial] la investigación inicial
    [further] investigación adicional
   *[other] investigación
  } en { $places }.
research-with-reason = { $when } se realizó { $kind ->
    [initial] la investigación inicial
    [further] investigación adicional
   *[other] investigación
  } en { $places }: { $reason }.

## La petición y cómo actuar

petition-count = { $asOf } la petición tenía { $countText } { $count ->
    [one] firma
   *[other] firmas
  }.
petition-count-text = { $asOf } la petición tenía { $countText }.
petition-demand = Pide a { $target }: { $demand }.
petition-demand-that = Pide a { $target } que { $demand }.
petition-demand-no-target = Pide lo siguiente: { $demand }.
petition-delivery = { $who } { $tense ->
    [future] la entregará
    [past] la entregó
   *[other] iba a entregarla
  } { $to } { $where } { $when }.
petition-delivery-passive = { $tense ->
    [future] Se entregará
    [past] Se entregó
   *[other] Iba a entregarse
  } { $to } { $where } { $when }.
sign-petition = Firmar la petición
act-take-action = Actúa: { $text }.
act-write-to = Escribe a { $names }.
act-petition = También puedes apoyar la petición.
act-petition-count = También puedes sumarte a la petición: según el artículo, ya { $count ->
    [one] la había firmado { $countText } persona
   *[other] la habían firmado { $countText } personas
  }.

## Personas

person-titles-of = { $name } es { $titles } de { $affiliation }.
shared-role = { $role }
person-titles = { $name } es { $titles }.
person-affiliation = { $name } pertenece a { $affiliation }.
person-mentioned = El artículo menciona a { $name }, pero no dice nada más de esa persona.
person-leads = { $name } encabeza la delegación de { $org }.
person-member = { $name } forma parte de la delegación de { $org }.
people-list = El artículo menciona a { $count ->
    [one] una persona
   *[other] { $count } personas
  }: { $people }.

## Citas, fuentes, noticias relacionadas, imágenes

quote-said = { $speaker } dijo:
quote-unattributed = El artículo cita:
article-published = El artículo se publicó el { $date }.
article-publisher = El artículo lo publicó { $publisher }.
sources-article = Esto viene del artículo “{ $title }” { $published }.
sources-untitled = Esto viene del artículo de la campaña { $published }.
sources-count = Cada respuesta cita la frase en la que se basa; el artículo tiene { $count } frases.
read-article = Leer el artículo
related-item = Relacionado: { $text }
media-credit = { $label }: { $credit }
source-button = Fuente

## Conversación

greeting = ¡Hola! Respondo preguntas sobre “{ $title }”: { $topics }. Pregúntame lo que quieras, en español o en inglés.
greeting-untitled = ¡Hola! Respondo preguntas sobre el artículo de la campaña: { $topics }. Pregúntame lo que quieras, en español o en inglés.
thanks = ¡De nada! ¿Quieres saber algo más?
help-untitled = Respondo preguntas a partir de un artículo de la campaña { $published }.
help-titled = Respondo preguntas a partir del artículo “{ $title }” { $published }.
help-gist = En resumen: “{ $gist }”
help-how = Pregúntame sobre { $topics }, en español o en inglés; cito la frase de la que sale cada respuesta.
decline = El artículo no lo dice, así que no puedo responder a eso.

## Respuestas tomadas de una frase del artículo

age = { $age } años
evidence-short = { $answer }.
evidence-says-other-language = El artículo (en inglés) dice: «{ $sentence }»
evidence-says-other-language-quotation = El artículo (en inglés) dice: { $sentence }
evidence-quote = { $speaker } dijo: “{ $quote }”
evidence-quote-unnamed = El artículo cita: “{ $quote }”
evidence-yes = Sí.
evidence-no = No.
decline-offer = Trata sobre { $topics }.
clarify = ¿Te refieres a alguna de estas opciones?

## Nombres de temas dentro de frases

topic-delegation = la delegación
topic-report = el informe
topic-petition = la petición
topic-act = cómo actuar
topic-timeline = la cronología
topic-quote = lo que se dijo
topic-people = quién es quién
topic-sources = las fuentes

## Etiquetas de botones, una por intención

intent-delegation = La delegación
intent-report = El informe
intent-act = Actúa
intent-timeline = Cronología
intent-quote = Una cita
intent-sources = Fuentes
intent-petition = La petición
intent-people = Quién es quién
intent-person = Sobre esta persona
intent-event = Eventos
intent-press-conference = Conferencia de prensa
intent-meeting = La reunión
intent-protests = Las protestas
intent-research = La investigación
intent-findings = Conclusiones
intent-related = Noticias relacionadas
intent-media = Crédito de la foto
intent-greeting = Hola
intent-thanks = Gracias
intent-help = Ayuda
intent-clarify = No estoy seguro
intent-out-of-scope = Otro

## Respuestas entre varios artículos

across-earlier = Antes{ $dated ->
    [yes] , el { $date }
   *[no] {""}
}{ $titled ->
    [yes] {" "}(«{ $title }»)
   *[no] {""}
}:
across-which = ¿A qué artículo te refieres?
decline-across = Ninguno de los { $count } artículos que conozco lo dice, así que no puedo responder a eso. /articles los muestra.
greeting-library = ¡Hola! Respondo preguntas sobre { $count } artículos de la campaña; el más reciente es «{ $title }»{ $dated ->
    [yes] {" "}({ $date })
   *[no] {""}
}. Pregúntame lo que quieras, en español o en inglés; /articles los muestra todos.

## Avisos a quienes siguen la campaña

announce-new = Nuevo: { $title }{ $dated ->
    [yes] {" "}({ $date })
   *[no] {""}
}
announce-read = Leer el artículo
announce-ask = Preguntar sobre esto
