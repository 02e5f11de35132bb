package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// How wire copy writes an act, in forms the older rules missed. The
// sentences are written for this test; each rule has two that it must code
// and one it must leave alone.
func TestWireForms(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []struct {
		rule, body string
		want       []expect
		notTypes   []string
		anyOf      bool // want lists events that must be among the output, not all of it
	}{
		{rule: "a verb form after an adjective is a noun: the sentence's verb codes it",
			body: "In a surprise move, Canada announced the expulsion of Iran's ambassador, following accusations that Iran directed antisemitic attacks on Canadian soil.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "IRN"}, status: event.Occurred}}, notTypes: []string{"ASSAULT"}},
		{rule: "a verb form after a number is a noun",
			body: "Kenya on Tuesday summoned Somalia's ambassador over two attacks near the border.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "SOM"}, status: event.Occurred}}, notTypes: []string{"ASSAULT"}},
		{rule: "a present-tense headline verb after the subject stays a verb",
			body: "Pakistan attacks Indian border posts, army says",
			want: []expect{{typ: "ASSAULT", status: event.Occurred}}, anyOf: true},

		{rule: "'have begun' talks: the meeting is under way, not planned",
			body: "Chinese President Xi Jinping and Brazilian President Lula have begun talks in Beijing, state media said.",
			want: []expect{{typ: "CONSULT", countries: []string{"BRA", "CHN"}, status: event.Occurred, start: pub}}},
		{rule: "'has begun' a summit: under way",
			body: "Egypt has begun a summit with Jordan in Cairo, officials said on Wednesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, start: pub}}},
		{rule: "'will begin' talks is still planned",
			body: "Egypt will begin talks with Jordan in Cairo on Friday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Planned, start: "2025-06-13"}}},

		{rule: "'and' before a second verb in the same tense: a second act of the subject",
			body: "Brazil accused Venezuela of election fraud and called on Venezuela to release the tallies.",
			want: []expect{{typ: "ACCUSE", countries: []string{"BRA", "VEN"}, status: event.Occurred}, {typ: "REQUEST", countries: []string{"BRA", "VEN"}, status: event.Occurred}}},
		{rule: "'and also' before a second verb",
			body: "Japan protested the launch and also demanded that North Korea halt its tests.",
			want: []expect{{typ: "REQUEST", countries: []string{"JPN", "PRK"}, status: event.Occurred}}, anyOf: true},
		{rule: "'and' joining two objects is one act",
			body: "Canada expelled two Russian diplomats and their families on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "RUS"}, status: event.Occurred}}},

		{rule: "'the country' points back to the country named before it",
			body: "Canada said on Monday it is expelling Iran's envoy, accusing the country of plotting attacks.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "IRN"}, status: event.Occurred}, {typ: "ACCUSE", countries: []string{"CAN", "IRN"}, status: event.Occurred}}},
		{rule: "'the nation' points back too",
			body: "Kenya recalled its ambassador from Ethiopia, accusing the nation of arming rebels.",
			want: []expect{{typ: "ACCUSE", countries: []string{"ETH", "KEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'across the country' is a place, not a party",
			body: "Peru's president condemned Chile's decision as protests spread across the country.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHL", "PER"}, status: event.Occurred}}},

		{rule: "who is named after 'amid' sets the scene, not a party",
			body: "A British aid worker was arrested in Iran amid tensions over London's ties with Israel.",
			want: []expect{{typ: "COERCE", countries: []string{"GBR", "IRN"}, status: event.Occurred}}},
		{rule: "who is named after 'in response to' is the cause, not a party",
			body: "Crowds stormed the French embassy in Niamey in response to French strikes in Mali.",
			want: []expect{{typ: "PROTEST", countries: []string{"FRA", "NER"}, status: event.Occurred}}},
		{rule: "the target named before 'in response to' stays",
			body: "Britain expelled 23 Russian diplomats in response to the poisoning of a former spy.",
			want: []expect{{typ: "SANCTION", countries: []string{"GBR", "RUS"}, status: event.Occurred}}},

		{rule: "an act noun before a noun of who does it describes them: 'aid worker'",
			body:     "Two aid workers were detained in Sudan on Monday, the charity said.",
			notTypes: []string{"AID"}},
		{rule: "'attack helicopters' are weapons, not an attack",
			body:     "Egypt bought attack helicopters from Russia last year.",
			notTypes: []string{"ASSAULT"}},
		{rule: "an aid package is the act",
			body: "Germany announced an aid package for Ukraine on Tuesday.",
			want: []expect{{typ: "AID", countries: []string{"DEU", "UKR"}, status: event.Occurred}}, anyOf: true},

		{rule: "issuing a statement is speech; the participle after it is the act",
			body: "The Pentagon issued a statement warning Iran against further attacks.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "USA"}, status: event.Occurred}}},
		{rule: "releasing a video frees nobody",
			body: "Israel released a video showing the strike.", notTypes: []string{"CONCEDE"}},
		{rule: "releasing hostages is a concession",
			body: "Hamas released three hostages on Saturday.",
			want: []expect{{typ: "CONCEDE", status: event.Occurred}}},

		{rule: "a bare 'strike' is no labour protest",
			body: "The strike drew swift condemnation from Jordan.", notTypes: []string{"PROTEST"}},
		{rule: "a bare 'strike' that kills is no labour protest",
			body: "The strike on the convoy killed 12 people, Syria said.", notTypes: []string{"PROTEST"}},
		{rule: "a general strike is a protest",
			body: "Greek dockworkers began a general strike over Turkey's drilling.",
			want: []expect{{typ: "PROTEST", status: event.Occurred}}},

		{rule: "envoys expelled, in the passive, is a sanction by who expels them",
			body: "Two Iranian diplomats were expelled by Albania on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"ALB", "IRN"}, status: event.Occurred}}},
		{rule: "envoys to be expelled from a country: that country expels them",
			body: "Twelve Russian envoys will be expelled from Norway, the ministry said.",
			want: []expect{{typ: "SANCTION", countries: []string{"NOR", "RUS"}, status: event.Planned}}},
		{rule: "a journalist expelled is coercion",
			body: "A Chinese journalist was expelled from India on Friday.",
			want: []expect{{typ: "COERCE", countries: []string{"CHN", "IND"}, status: event.Occurred}}},

		{rule: "ordering a withdrawal is the withdrawal; a thousands comma is inside its number",
			body: "Washington ordered the withdrawal of 3,000 US troops from Germany on Tuesday.",
			want: []expect{{typ: "RETREAT", countries: []string{"DEU", "USA"}, status: event.Occurred}}},
		{rule: "adjectives in a row do not hide the verb before a withdrawal",
			body: "President Lula has ordered a full, rapid withdrawal of Brazilian troops from Haiti.",
			want: []expect{{typ: "RETREAT", countries: []string{"BRA", "HTI"}, status: event.Occurred}}},

		{rule: "calling an act a crime accuses whoever did it",
			body: "Egypt on Monday called the raid by Israel a flagrant violation of international law.",
			want: []expect{{typ: "ACCUSE", countries: []string{"EGY", "ISR"}, status: event.Occurred}}},
		{rule: "branding a leader a criminal accuses him",
			body: "Venezuela branded Guyana's president a criminal on Friday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"GUY", "VEN"}, status: event.Occurred}}},
		{rule: "calling talks a success accuses nobody",
			body: "Modi called the talks with Xi a success.", notTypes: []string{"ACCUSE"}},

		{rule: "whose sovereignty was violated is the victim, not the accused",
			body: "Iran condemned the strikes by Israel as a breach of the sovereignty of Syria.",
			want: []expect{{typ: "ACCUSE", countries: []string{"IRN", "ISR"}, status: event.Occurred}}},
		{rule: "a country's territorial integrity names the victim too",
			body: "Egypt condemned the Israeli raid as a violation of Lebanon's territorial integrity.",
			want: []expect{{typ: "ACCUSE", countries: []string{"EGY", "ISR"}, status: event.Occurred}}},
		{rule: "the attack 'by' a country names the accused",
			body: "Jordan condemned the attack on Lebanon by Israel.",
			want: []expect{{typ: "ACCUSE", countries: []string{"ISR", "JOR"}, status: event.Occurred}}},

		{rule: "'and has' before a second verb: a second act",
			body: "Seoul condemned the launch and has demanded that North Korea stop its tests.",
			want: []expect{{typ: "REQUEST", countries: []string{"KOR", "PRK"}, status: event.Occurred}}, anyOf: true},
		{rule: "two verbs sharing one object are one act",
			body: "Protesters stormed and set fire to the Danish embassy in Beirut.",
			want: []expect{{typ: "PROTEST", countries: []string{"DNK", "LBN"}, status: event.Occurred}}},
		{rule: "a crowd that storms and then sets fire is still one protest, in the past",
			body: "Protesters stormed the Danish embassy in Beirut and set fire to it.",
			want: []expect{{typ: "PROTEST", countries: []string{"DNK", "LBN"}, status: event.Occurred}}, anyOf: true},

		{rule: "an apposition after the subject describes it: who it names is no party",
			body: "Iran, a key Hamas backer, condemned the attack by Israel.",
			want: []expect{{typ: "ACCUSE", countries: []string{"IRN", "ISR"}, status: event.Occurred}}},
		{rule: "an apposition naming an alliance leaves the subject acting",
			body: "Japan, a close US ally, held talks with China on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "JPN"}, status: event.Occurred}}},
		{rule: "a list after the subject is no apposition",
			body: "Egypt, Jordan and Qatar condemned the attack by Israel.",
			want: []expect{{typ: "ACCUSE", countries: []string{"EGY", "ISR", "JOR", "QAT"}, status: event.Occurred}}},

		{rule: "'and said' opens a second act of the subject, told as its words",
			body: "Canada accused Iran of plotting attacks and said its government is expelling Iran's ambassador.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CAN", "IRN"}, status: event.Occurred}, {typ: "SANCTION", countries: []string{"CAN", "IRN"}, status: event.Occurred}}},
		{rule: "'and announced' opens a second act too",
			body: "Japan condemned the launch by North Korea and announced it would impose new sanctions on North Korea.",
			want: []expect{{typ: "SANCTION", countries: []string{"JPN", "PRK"}, status: event.Planned}}, anyOf: true},
		{rule: "'and said' after an attack adds the attacker's words, no second act",
			body: "Russia fired missiles at Kyiv and said the strikes hit military targets.",
			want: []expect{{typ: "ASSAULT", countries: []string{"RUS", "UKR"}, status: event.Occurred}}},

		{rule: "'while visiting' is the circumstance of the act: the place it is in",
			body: "A former Canadian diplomat has been detained while visiting Beijing.",
			want: []expect{{typ: "COERCE", countries: []string{"CAN", "CHN"}, status: event.Occurred}}},
		{rule: "'while attending' a summit is where a meeting took place",
			body: "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan while attending a summit in Astana.",
			want: []expect{{typ: "CONSULT", countries: []string{"RUS", "TUR"}, status: event.Occurred}}},
		{rule: "'while' with a subject of its own is a second act",
			body: "Israel struck Beirut on Monday while Iran fired missiles at Israel.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ISR", "LBN"}, status: event.Occurred}, {typ: "ASSAULT", countries: []string{"IRN", "ISR"}, status: event.Occurred}}},

		{rule: "'He' opening a sentence is the person named first in the sentence before",
			body: "Brazilian President Luiz Inacio Lula da Silva spoke to reporters in Brasilia on Monday. He accused Venezuela of rigging the vote.",
			want: []expect{{typ: "ACCUSE", countries: []string{"BRA", "VEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'She' opening a sentence is the person named first before",
			body: "German Foreign Minister Annalena Baerbock arrived in Kyiv on Monday. She urged Russia to withdraw its troops.",
			want: []expect{{typ: "REQUEST", countries: []string{"DEU", "RUS"}, status: event.Occurred}}, anyOf: true},
		{rule: "'He' after a sentence naming nobody points nowhere",
			body: "Protests spread across Paris on Monday. He urged Russia to withdraw its troops.",
			want: []expect{{typ: "REQUEST", countries: []string{"RUS"}, status: event.Occurred}}},

		{rule: "a plural demonym is people of the country: a party",
			body: "Venezuela released six jailed Americans after a visit by a US envoy.",
			want: []expect{{typ: "CONCEDE", countries: []string{"USA", "VEN"}, status: event.Occurred}}},
		{rule: "a plural demonym at the end of the object is a party",
			body: "Russia detained two Estonians in Pskov on Friday.",
			want: []expect{{typ: "COERCE", countries: []string{"EST", "RUS"}, status: event.Occurred}}},
		{rule: "a singular demonym before a noun only describes it",
			body: "Russia detained an Estonian-born businessman in Pskov on Friday.",
			want: []expect{{typ: "COERCE", countries: []string{"RUS"}, status: event.Occurred}}},

		{rule: "a prisoner swap is a concession by both sides",
			body: "Russia and Ukraine swapped 150 prisoners of war each on Saturday, officials said.",
			want: []expect{{typ: "CONCEDE", countries: []string{"RUS", "UKR"}, status: event.Occurred}}},
		{rule: "receiving a president is hosting a visit",
			body: "Saudi Crown Prince Mohammed bin Salman received Turkish President Recep Tayyip Erdogan in Jeddah on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"SAU", "TUR"}, status: event.Occurred}}},
		{rule: "receiving a shipment hosts nobody",
			body: "Egypt received a shipment of wheat from Russia.", notTypes: []string{"CONSULT"}},
		{rule: "blocking a bid rejects it",
			body: "Turkey blocked Sweden's bid to join the alliance.",
			want: []expect{{typ: "REJECT", countries: []string{"SWE", "TUR"}, status: event.Occurred}}},

		{rule: "a rally outside an embassy protests against its country",
			body: "Armenian protesters rallied outside the Russian embassy in Yerevan.",
			want: []expect{{typ: "PROTEST", countries: []string{"ARM", "RUS"}, status: event.Occurred}}},
		{rule: "a crowd noun with a past verb after it has happened",
			body: "Hundreds of protesters gathered outside the US embassy in Seoul on Saturday.",
			want: []expect{{typ: "PROTEST", countries: []string{"KOR", "USA"}, status: event.Occurred}}},
		{rule: "talks at an embassy are held at a venue, not against it",
			body: "Japan and China held talks at the Chinese embassy in Tokyo.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "JPN"}, status: event.Occurred}}},

		{rule: "a label before a colon tells no act: the news after it does",
			body: "India-China Meeting: Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Tianjin on Sunday.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "IND"}, status: event.Occurred}}},
		{rule: "a label naming a war names no party",
			body: "Ukraine War: Russia fired missiles at Kyiv on Monday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"RUS", "UKR"}, status: event.Occurred}}},
		{rule: "a colon after a sentence's words is no label",
			body: "Japan's foreign minister told reporters on Monday: Japan will impose sanctions on Russia.",
			want: []expect{{typ: "SANCTION", countries: []string{"JPN", "RUS"}, status: event.Planned}}, anyOf: true},

		{rule: "'in the port city of X' names the venue X",
			body: "Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in the port city of Tianjin on Sunday.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "IND"}, status: event.Occurred, location: "Tianjin"}}},
		{rule: "'at the capital of X' names the venue X",
			body: "Egypt and Jordan held talks in the Egyptian capital of Cairo on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, location: "Cairo"}}},
		{rule: "'the leader of X' is no venue",
			body: "US President Donald Trump met the leader of North Korea in Singapore on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"PRK", "USA"}, status: event.Occurred, location: "Singapore"}}},

		{rule: "a capitalised 'May' inside a sentence is a name, not the modal",
			body: "British Prime Minister Theresa May condemned Russia on Monday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"GBR", "RUS"}, status: event.Occurred}}},
		{rule: "a capitalised 'May' is the month too",
			body: "Kenya and Uganda held talks on 3 May in Kampala.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "a lower-case 'may' stays a modal: no event",
			body: "Britain may expel Russian diplomats.", notTypes: []string{"SANCTION", "THREATEN"}},

		{rule: "a country's spies are its agents: a party",
			body: "British Prime Minister Theresa May accused the diplomats of being Russian spies.",
			want: []expect{{typ: "ACCUSE", countries: []string{"GBR", "RUS"}, status: event.Occurred}}},
		{rule: "a country's agents are a party",
			body: "Canada accused Indian agents of the killing.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CAN", "IND"}, status: event.Occurred}}},

		{rule: "'the US' before 'of' is the country named, not a modifier",
			body: "China's ambassador to Britain accused the UK and the US of meddling in Hong Kong.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHN", "GBR", "USA"}, status: event.Occurred}}},
		{rule: "'the UK' before 'in' is the country named",
			body: "Iran accused the UK in a statement on Monday of backing the protests.",
			want: []expect{{typ: "ACCUSE", countries: []string{"GBR", "IRN"}, status: event.Occurred}}},
		{rule: "'the US' before a noun only describes it",
			body: "China condemned the US sanctions on Huawei.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHN", "USA"}, status: event.Occurred}}, anyOf: true},

		{rule: "a capital after 'protested to' is its government",
			body: "Tokyo protested to Seoul over the islands.",
			want: []expect{{typ: "ACCUSE", countries: []string{"JPN", "KOR"}, status: event.Occurred}}},
		{rule: "a capital after 'its ambassador to' is its government",
			body: "Paris recalled its ambassador to Algiers.",
			want: []expect{{typ: "SANCTION", countries: []string{"DZA", "FRA"}, status: event.Occurred}}},
		{rule: "a city after 'travelled to' is a place",
			body: "Egypt's president travelled to Riyadh on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "SAU"}, status: event.Occurred, location: "Riyadh"}}},
		{rule: "'the US' before 'against' is the country warned",
			body: "Russia warned the US against sending long-range missiles.",
			want: []expect{{typ: "THREATEN", countries: []string{"RUS", "USA"}, status: event.Occurred}}},

		{rule: "hit with sanctions, in the passive: who is hit is the target",
			body: "Iran has been hit with new sanctions by the European Union.",
			want: []expect{{typ: "SANCTION", countries: []string{"IRN"}, status: event.Occurred}}},
		{rule: "'the US hit' names the country before an irregular past",
			body: "The US hit Russia with new sanctions on Friday.",
			want: []expect{{typ: "SANCTION", countries: []string{"RUS", "USA"}, status: event.Occurred}}},
		{rule: "launching a cross-border operation into a country attacks it",
			body: "Turkish troops launched a cross-border operation into northern Syria.",
			want: []expect{{typ: "ASSAULT", countries: []string{"SYR", "TUR"}, status: event.Occurred}}},
		{rule: "a rescue operation attacks nobody",
			body: "Indonesia launched a rescue operation after the ferry sank.", notTypes: []string{"ASSAULT"}},

		{rule: "a noun after a fronted preposition does not make the speech verb a tail",
			body: "Earlier on Thursday, following the ending of a siege, Secretary of Defense Mark Esper released a statement warning Iran.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "USA"}, status: event.Occurred}}},
		{rule: "after talks, a speaker's warning is still the act",
			body: "After the talks, Japan's foreign minister issued a statement urging China to release the detainees.",
			want: []expect{{typ: "REQUEST", countries: []string{"CHN", "JPN"}, status: event.Occurred}}, anyOf: true},
		{rule: "an event told before the speech verb keeps the speaker out",
			body: "Russia fired missiles at Kyiv on Monday, Ukrainian officials said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"RUS", "UKR"}, status: event.Occurred}}},

		{rule: "appointing envoys to each other restores relations: cooperation",
			body: "Canada and India appointed new high commissioners to each other's capitals on Thursday.",
			want: []expect{{typ: "COOPERATE", countries: []string{"CAN", "IND"}, status: event.Occurred}}},
		{rule: "naming ambassadors to each other is cooperation",
			body: "Israel and Turkey named new ambassadors to each other on Monday.",
			want: []expect{{typ: "COOPERATE", countries: []string{"ISR", "TUR"}, status: event.Occurred}}},
		{rule: "an envoy for a cause cooperates with nobody",
			body: "The president appointed a special envoy for climate.", notTypes: []string{"COOPERATE"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, pub), Options{KeepOneSided: true})
			for _, e := range evs {
				if slices.Contains(tt.notTypes, e.Type) {
					t.Errorf("got %s %v, a type this sentence must not yield", e.Type, e.Countries())
				}
			}
			if !tt.anyOf && tt.want != nil && len(evs) != len(tt.want) {
				t.Errorf("got %d events, want %d: %s", len(evs), len(tt.want), summary(evs))
			}
			checkWanted(t, evs, tt.want)
		})
	}
}
