# Answer sentences of the answering core (src/core). Facts fill the variables; nothing here
# is about one article. Empty optional parts ($when, $where, $about …) leave no gap.

## Dates, places and framing

when-day = On { $date },
when-period = In { $date },
when-span = { $date },
when-day-inline = on { $date }
when-period-inline = in { $date }
as-of-article = As of the article ({ $date }),
according-to-article = According to the article,
published-on = (published { $date })
# Dates Intl cannot say in one go: two months, a week, a span of days.
date-months = { $first } and { $last }
date-week = the week of { $first }
date-days = from { $first } to { $last }
date-named = { $name } ({ $date })
where = in { $place }
to-someone = to { $name }
# The article's own words inside an answer in the other language, marked as its wording.
quoted = “{ $text }”
# A name with its title: a short title before the name ("President Ana Souza"), a long one after it.
titled-name = { $short ->
    [yes] { $title } { $name }
   *[no] { $name } ({ $title })
  }
purpose-to = to { $purpose }
event-about = to discuss { $topic }
event-context = in the context of { $context }
event-default-topic = its findings

## Events, told in the tense that is true today

event-press-conference = { $when } { $who } { $tense ->
    [future] will present
    [past] presented
    [ongoing] is presenting
   *[was-to] was to present
  } { $topic } at a press conference { $where }.
event-report-launch = { $when } { $who } { $tense ->
    [future] will launch
    [past] launched
    [ongoing] is launching
   *[was-to] was to launch
  } the report { $where }.
event-meeting = { $when } { $who } { $tense ->
    [future] will meet with
    [ongoing] { $count ->
        [one] is meeting with
       *[other] are meeting with
      }
    [was-to] { $count ->
        [one] was to meet with
       *[other] were to meet with
      }
   *[past] met with
  } { $with } { $about } { $where }.
event-meeting-all = { $when } { $who } { $tense ->
    [future] will meet
    [was-to] were to meet
   *[other] met
  } { $about } { $where }.
event-meeting-request = { $who } requested a meeting with { $with } { $about }.
event-arrival = { $when } { $who } arrived in { $place }.
event-arrival-as-of = { $when } { $who } had arrived in { $place }.
event-protest = { $when } protests began { $where } { $context }.
event-research = { $when } { $who } conducted research { $where }.
event-petition-delivery = { $when } { $who } { $tense ->
    [future] will deliver
    [past] delivered
   *[other] was to deliver
  } the petition { $where }.
event-outcome-unknown = The article does not say whether it took place.
event-described = { $when } { $description }.
event-reported = { $when } { $description } (according to the article).

## The delegation

delegation-leader = The { $org } delegation is led by { $leader }.
delegation-members = { $members } { $count ->
    [one] is
   *[other] are
  } also part of it.
delegation-members-only = { $members } { $count ->
    [one] is
   *[other] are
  } also part of the { $org } delegation.
delegation-no-others = The article names no other members of the { $org } delegation.
# One step of the itinerary: what, where ("in Strelsau"), when ("(3 May 2023)"); empty parts drop out.
itinerary-step = { $activity } { $place } { $dated ->
    [yes] ({ $when })
   *[no] {""}
}
delegation-itinerary = The delegates { $tense ->
    [future] will
   *[other] were to
  } { $steps }.
# $form: "inline" when $purpose reads on ("to present …"), "aim" when it is quoted.
delegation-purpose = The { $org } delegation { $status ->
    [planned] was to travel to
   *[other] came to
  } { $destination } { $form ->
    [inline] { $purpose }
   *[aim] with this aim: { $purpose }
  }.
delegation-when = { $when } the { $org } delegation { $status ->
    [planned] was due to be
   *[other] was
  } in { $destination }.
delegation-where = { $asOf } the { $org } delegation { $status ->
    [planned] was due to travel to
   *[other] had arrived in
  } { $destination }.

## The report

report-title = The report is “{ $title }”.
report-by = The report “{ $title }” is by { $publisher }.
report-subtitle = The subtitle of “{ $title }” is “{ $subtitle }”.
report-analyses = It analyses { $analyses }.
report-documents = It documents: { $text }
article-says = The article says: “{ $sentence }”
article-says-quotation = The article says: { $sentence }
findings-intro = What the report “{ $title }” finds, as the article tells it:
line = { $text }
research = { $when } { $kind ->
    [initial] initial research
    [further] further research
   *[other] research
  } was conducted in { $places }.
research-with-reason = { $when } { $kind ->
    [initial] initial research
    [further] further research
   *[other] research
  } was conducted in { $places }: { $reason }.

## The petition and taking action

petition-count = { $asOf } the petition had { $countText } { $count ->
    [one] signature
   *[other] signatures
  }.
petition-count-text = { $asOf } the petition had { $countText }.
petition-demand = It calls on { $target } to { $demand }.
petition-demand-that = It asks { $target } that { $demand }.
petition-demand-no-target = It calls for this: { $demand }.
petition-delivery = { $who } { $tense ->
    [future] will deliver
    [past] delivered
   *[other] was to deliver
  } it { $to } { $where } { $when }.
petition-delivery-passive = It { $tense ->
    [future] will be delivered
    [past] was delivered
   *[other] was to be delivered
  } { $to } { $where } { $when }.
sign-petition = Sign the petition
act-take-action = Take action: { $text }.
act-write-to = Write to { $names }.
act-petition = You can also support the petition.
act-petition-count = You can also add your name to the petition: { $countText } { $count ->
    [one] person had
   *[other] people had
  } signed it, according to the article.

## People

person-titles-of = { $name } is { $titles } of { $affiliation }.
shared-role = { $vowel ->
    [yes] an
   *[no] a
  } { $role }
person-titles = { $name } is { $titles }.
person-affiliation = { $name } is with { $affiliation }.
person-mentioned = The article mentions { $name } but says nothing more about them.
person-leads = { $name } leads the { $org } delegation.
person-member = { $name } is part of the { $org } delegation.
people-list = The article names { $count ->
    [one] one person
   *[other] { $count } people
  }: { $people }.

## Quotes, sources, related stories, media

quote-said = { $speaker } said:
quote-unattributed = The article quotes:
article-published = The article was published on { $date }.
article-publisher = The article was published by { $publisher }.
sources-article = This comes from the article “{ $title }” { $published }.
sources-untitled = This comes from the campaign article { $published }.
sources-count = Every answer quotes the sentence it rests on; the article has { $count } sentences.
read-article = Read the article
related-item = Related: { $text }
media-credit = { $label }: { $credit }
source-button = Source

## Conversation

greeting = Hi! I answer questions about “{ $title }”: { $topics }. Ask me anything, in English or Spanish.
greeting-untitled = Hi! I answer questions about the campaign article: { $topics }. Ask me anything, in English or Spanish.
thanks = You're welcome! Anything else you'd like to know?
help-untitled = I answer questions from a campaign article { $published }.
help-titled = I answer questions from the article “{ $title }” { $published }.
help-gist = In short: “{ $gist }”
help-how = Ask me about { $topics }, in English or Spanish; I quote the sentence each answer comes from.
decline = The article doesn't say, so I can't answer that.

## Answers drawn from one sentence of the article

age = { $age } years old
evidence-short = { $answer }.
evidence-says-other-language = The article (in Spanish) says: “{ $sentence }”
evidence-says-other-language-quotation = The article (in Spanish) says: { $sentence }
evidence-quote = { $speaker } said: “{ $quote }”
evidence-quote-unnamed = The article quotes: “{ $quote }”
evidence-yes = Yes.
evidence-no = No.
decline-offer = It covers { $topics }.
clarify = Did you mean one of these?

## Topic names inside sentences

topic-delegation = the delegation
topic-report = the report
topic-petition = the petition
topic-act = how to take action
topic-timeline = the timeline
topic-quote = what was said
topic-people = who is who
topic-sources = the sources

## Button labels, one per intent

intent-delegation = The delegation
intent-report = The report
intent-act = Take action
intent-timeline = Timeline
intent-quote = A quote
intent-sources = Sources
intent-petition = The petition
intent-people = Who's who
intent-person = About this person
intent-event = Events
intent-press-conference = Press conference
intent-meeting = The meeting
intent-protests = The protests
intent-research = The research
intent-findings = Findings
intent-related = Related stories
intent-media = Photo credit
intent-greeting = Hello
intent-thanks = Thanks
intent-help = Help
intent-clarify = Not sure
intent-out-of-scope = Other

## Answers across several articles

across-earlier = Earlier{ $dated ->
    [yes] , on { $date }
   *[no] {""}
}{ $titled ->
    [yes] {" "}(“{ $title }”)
   *[no] {""}
}:
across-which = Which article do you mean?
decline-across = None of the { $count } articles I know says that, so I can't answer it. /articles lists them.
greeting-library = Hi! I answer questions about { $count } articles of the campaign, the newest “{ $title }”{ $dated ->
    [yes] {" "}({ $date })
   *[no] {""}
}. Ask me anything, in English or Spanish; /articles lists them all.

## Announcements to followers

announce-new = New: { $title }{ $dated ->
    [yes] {" "}({ $date })
   *[no] {""}
}
announce-read = Read the article
announce-ask = Ask about it
