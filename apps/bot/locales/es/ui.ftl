# Textos de la interfaz de Telegram (modo HTML: las variables llegan escapadas).

welcome-intro = Respondo preguntas sobre un artículo de campaña, solo con lo que dice, y con la frase de la que sale cada respuesta.
welcome = ¡Hola { $name }! { welcome-intro }
welcome-anonymous = ¡Hola! { welcome-intro }
welcome-article = El artículo: <b>{ $title }</b>{ $date ->
    [none] {""}
   *[other] {" "}({ $date })
}.
welcome-untitled = { $date ->
    [none] {""}
   *[other] El artículo es del { $date }.
}
welcome-ask = Pregúntame lo que quieras en español o en inglés, o elige un tema:

menu-delegation = 👥 La delegación
menu-report = 📄 El informe
menu-act = ✊ Actúa
menu-timeline = 🗓 Cronología
menu-quote = 💬 Una cita
menu-sources = 🔎 Fuentes
menu-language = 🌐 Idioma

source = Fuente
empty-answer = No tengo nada que decir sobre eso.

help =
    <b>Qué puedo hacer</b>
    Respondo preguntas sobre el artículo de campaña, solo con lo que dice, y muestro la frase de la que sale cada respuesta. Si el artículo no lo dice, te lo digo.

    Pregunta con tus palabras, en español o en inglés: «¿quién está en la delegación?», «petición», «¿y cuándo?».

    /delegation – quién va y para qué
    /report – el informe y sus conclusiones
    /act – cómo actuar
    /timeline – qué pasa y cuándo
    /quote – qué se dijo
    /sources – de dónde salen las respuestas
    /articles – todos los artículos que conozco
    /all – volver a preguntar sobre todos
    /language – español o inglés
    /help – este mensaje

    En cualquier chat, escribe @{ $username } y una pregunta para compartir una respuesta.

unknown-command = No conozco ese comando.
text-only = Solo puedo leer mensajes de texto. Hazme una pregunta o envía /help.
text-too-long = Ese mensaje es más largo de lo que Telegram permite, así que no lo leí. Hazme una pregunta más corta.
rate-limited = Estás enviando mensajes más rápido de lo que puedo responderlos. Espera unos segundos y vuelve a preguntar.

language-choose = Elige el idioma de los menús. (Las preguntas se responden en el idioma en que las hagas).
language-name-en = English
language-name-es = Español
language-set = Listo: los menús están ahora en español.

stale-button = Ese botón ya no está vigente.
stale-button-reply = Ese botón pertenece a un mensaje anterior y ya no funciona. Estos son los temas:

inline-open-bot = Pregúntale más al bot

reload-done = Contenido recargado: { $message }
reload-failed = La recarga falló; sigo respondiendo con el contenido anterior: { $message }
reload-unavailable = La recarga no está disponible en esta configuración.

error-friendly = Lo siento, algo falló de mi lado. Inténtalo de nuevo o envía /help.

command-start = Bienvenida y temas
command-delegation = Quién está en la delegación y por qué
command-report = El informe y sus conclusiones
command-act = Cómo actuar
command-timeline = Qué pasa y cuándo
command-quote = Una cita del artículo
command-sources = De dónde salen las respuestas
command-language = Cambiar el idioma
command-help = Qué puedo hacer

menu-articles = 📚 Artículos
welcome-library = Conozco { $count } artículos de la campaña; el más reciente: <b>{ $title }</b>{ $date ->
    [none] {""}
   *[other] {" "}({ $date })
}.
articles-list = <b>Los artículos que conozco</b> ({ $count }), del más reciente al más antiguo — página { $page } de { $pages }. Elige uno para hablar de él:
articles-focused = Ahora hablamos de: <b>{ $title }</b>. /all para preguntar sobre todos los artículos.
articles-newer = ◀ Más recientes
articles-older = Más antiguos ▶
articles-all = Vuelvo a responder con los { $count } artículos.
article-focus = Ahora hablamos de <b>{ $title }</b>{ $date ->
    [none] {""}
   *[other] {" "}({ $date })
}. Pregúntame lo que quieras sobre él, o envía /all para preguntar sobre todos los artículos.
command-articles = Todos los artículos, del más reciente
command-all = Preguntar sobre todos los artículos

follow-button = 🔔 Avísame de artículos nuevos
follow-done = Hecho: te enviaré un breve resumen de cada artículo nuevo de la campaña. /unfollow para dejar de recibirlos.
unfollow-done = Hecho: no recibirás más mensajes sobre artículos nuevos. /follow para volver a recibirlos.
unfollow-not-following = No sigues la campaña. /follow para recibir los artículos nuevos.
follow-unavailable = Seguir la campaña no está disponible aquí.
forget-done = Hecho: he borrado todo lo que guardaba sobre ti: si sigues la campaña, tu idioma y nuestra conversación.
command-follow = Recibir los artículos nuevos
command-unfollow = Dejar de recibir los artículos nuevos
command-forget = Borrar lo que el bot guarda sobre ti

where-button = 📍 Dónde
command-map = Un mapa de los lugares
map-caption = 📍 Los lugares de <b>{ $title }</b>: { $placed }.
map-not-placed = Fuera del mapa{ $country ->
    [none] {""}
   *[other] {" "}(no los encuentro en { $country })
}: { $unplaced }.
map-none = <b>{ $title }</b> no nombra ningún lugar que pueda poner en un mapa{ $unplaced ->
    [none] {""}
   *[other] : { $unplaced }
}.
map-more = { $count } más
map-unavailable = Aquí no puedo dibujar mapas.
map-failed = No he podido dibujar el mapa ahora. Inténtalo de nuevo en un minuto.
timeline-past = ocurrido
timeline-planned = previsto
timeline-caption = 🗓 <b>{ $title }</b>: qué pasa y cuándo.
venue-press-conference = Rueda de prensa
venue-meeting = Reunión
venue-event = Acto
