# Interface strings of the Telegram layer (HTML parse mode: variables arrive escaped).

welcome-intro = I answer questions about one campaign article, only from what it says, with the sentence each answer comes from.
welcome = Hi { $name }! { welcome-intro }
welcome-anonymous = Hi! { welcome-intro }
welcome-article = The article: <b>{ $title }</b>{ $date ->
    [none] {""}
   *[other] {" "}({ $date })
}.
welcome-untitled = { $date ->
    [none] {""}
   *[other] The article is from { $date }.
}
welcome-ask = Ask me anything in English or Spanish, or pick a topic:

menu-delegation = 👥 The delegation
menu-report = 📄 The report
menu-act = ✊ Take action
menu-timeline = 🗓 Timeline
menu-quote = 💬 A quote
menu-sources = 🔎 Sources
menu-language = 🌐 Language

source = Source
empty-answer = I have nothing to say about that.

help =
    <b>What I can do</b>
    I answer questions about the campaign article, only from what it says, and show the sentence each answer comes from. When the article does not say, I tell you.

    Ask in your own words, in English or Spanish: “who is in the delegation?”, “petition”, “and when?”.

    /delegation – who is going and why
    /report – the report and its findings
    /act – how to take action
    /timeline – what happens when
    /quote – what was said
    /sources – where the answers come from
    /articles – every article I know, newest first
    /all – ask across every article again
    /language – English or Spanish
    /help – this message

    In any chat, type @{ $username } and a question to share an answer.

unknown-command = I don't know that command.
text-only = I can only read text messages. Ask me a question, or send /help.
text-too-long = That message is longer than Telegram allows, so I did not read it. Ask me a shorter question.
rate-limited = You're sending messages faster than I can answer them. Wait a few seconds, then ask again.

language-choose = Choose the language of the menus. (Questions are answered in the language you ask them in.)
language-name-en = English
language-name-es = Español
language-set = Done: menus are in English now.

stale-button = That button is out of date.
stale-button-reply = That button belongs to an older message and no longer works. Here are the topics:

inline-open-bot = Ask the bot more

reload-done = Content reloaded: { $message }
reload-failed = Reload failed, still answering from the previous content: { $message }
reload-unavailable = Reloading is not available in this setup.

error-friendly = Sorry, something went wrong on my side. Please try again, or send /help.

command-start = Welcome and topics
command-delegation = Who is in the delegation and why
command-report = The report and its findings
command-act = How to take action
command-timeline = What happens when
command-quote = A quote from the article
command-sources = Where the answers come from
command-language = Change the language
command-help = What I can do

menu-articles = 📚 Articles
welcome-library = I know { $count } articles of the campaign; the newest: <b>{ $title }</b>{ $date ->
    [none] {""}
   *[other] {" "}({ $date })
}.
articles-list = <b>The articles I know</b> ({ $count }), newest first — page { $page } of { $pages }. Pick one to talk about it:
articles-focused = Now talking about: <b>{ $title }</b>. /all to ask across every article.
articles-newer = ◀ Newer
articles-older = Older ▶
articles-all = I answer from all { $count } articles again.
article-focus = Now talking about <b>{ $title }</b>{ $date ->
    [none] {""}
   *[other] {" "}({ $date })
}. Ask me anything about it, or send /all to ask across every article.
command-articles = Every article, newest first
command-all = Ask across every article

follow-button = 🔔 Tell me about new articles
follow-done = Done: I'll send you a short summary of each new article of the campaign. /unfollow to stop.
unfollow-done = Done: no more messages about new articles. /follow to hear about them again.
unfollow-not-following = You're not following the campaign. /follow to hear about new articles.
follow-unavailable = Following the campaign isn't available here.
forget-done = Done: I've deleted everything I kept about you — whether you follow the campaign, your language and our conversation.
command-follow = Hear about new articles
command-unfollow = Stop hearing about new articles
command-forget = Delete what the bot keeps about you

where-button = 📍 Where
command-map = A map of the places
map-caption = 📍 The places of <b>{ $title }</b>: { $placed }.
map-not-placed = Not on the map{ $country ->
    [none] {""}
   *[other] {" "}(not found in { $country })
}: { $unplaced }.
map-none = <b>{ $title }</b> names no place I can put on a map{ $unplaced ->
    [none] {""}
   *[other] : { $unplaced }
}.
map-more = { $count } more
map-unavailable = I can't draw maps here.
map-failed = I couldn't draw the map just now. Please try again in a minute.
timeline-past = happened
timeline-planned = planned
timeline-caption = 🗓 <b>{ $title }</b>: what happens when.
venue-press-conference = Press conference
venue-meeting = Meeting
venue-event = Event
