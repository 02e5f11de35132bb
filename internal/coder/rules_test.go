package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// expect is one event an article should yield, found by type and
// countries; the other fields are checked when set.
type expect struct {
	typ       string
	countries []string
	status    event.Status
	mode      string
	start     string // date start, "" = not checked
	end       string
	basis     event.Basis
	location  string // "-" = no location
	notActor  string // a country that must not be a party
}

// The sentences below are written for these tests, each showing one rule
// of how news English reports diplomacy on wording of its own; none comes
// from the sample captures.
func TestRules(t *testing.T) {
	const pub = "2023-05-10" // a Wednesday
	tests := []struct {
		rule, body string
		keep       bool     // KeepActorless
		want       []expect // exactly these events (nil = none at all)
		notTypes   []string // types that must not appear (then want need not be exhaustive)
	}{
		// Background and context are not the news of a sentence.
		{rule: "fronted 'faced with' phrase: no event from its noun, no party from its mentions",
			body: "Faced with Iran's missile buildup, Saudi Arabia stated on Monday that it intends to review its options."},
		{rule: "noun after 'amid' is the scene; the verb is the event",
			body: "Amid the crackdown, Canada urged Belarus to free the detainees on Monday.",
			want: []expect{{typ: "REQUEST", countries: []string{"BLR", "CAN"}, status: event.Occurred}}},
		{rule: "object of a verb of countering is a topic",
			body: "Both countries look to deter the threats they see emanating from Iran.", notTypes: []string{"THREATEN"}},
		// Metaphors.
		{rule: "force verb with an abstract object is a metaphor",
			body: "Brazil and Argentina will fight against inflation together."},
		{rule: "force verb with a possessive abstract object is a metaphor",
			body: "Mexico and Canada vowed to combat the cartels' growing influence.", notTypes: []string{"ASSAULT", "THREATEN"}},
		{rule: "a concrete object stays an attack (power station is not power)",
			body: "Rebels attacked the power station near Aleppo on Sunday.", keep: true,
			want: []expect{{typ: "ASSAULT", status: event.Occurred, start: "2023-05-07"}}},
		// Forecasts and hesitation.
		{rule: "a forecast of an act is not an event",
			body: "Germany and Poland are expected to sign a border agreement."},
		{rule: "'would likely' is speculation",
			body: "Officials said Portugal would likely join Spain in a boycott of the talks."},
		{rule: "an expected meeting stays a planned meeting",
			body: "Germany and Poland are expected to hold talks on Friday.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "POL"}, status: event.Planned, start: "2023-05-12"}}},
		{rule: "reluctance is no event",
			body: "Norway and Sweden were cautious about welcoming the proposal."},
		// Topics of talks are not parties.
		{rule: "a country after 'about' is the topic",
			body: "The foreign ministers of Chile and Peru spoke about Bolivia's gas exports on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHL", "PER"}, status: event.Occurred, start: "2023-05-08"}}},
		{rule: "countries after 'views on' are the topic",
			body: "Ghana and Togo exchanged views on Monday on promoting cooperation among Benin, Niger and Nigeria.",
			want: []expect{{typ: "CONSULT", countries: []string{"GHA", "TGO"}, status: event.Occurred}}},
		// Datelines and venues.
		{rule: "a dateline is neither party nor venue",
			body: "NAIROBI (AFP) – Kenya and Ethiopia signed a trade agreement on Monday.",
			want: []expect{{typ: "AGREE", countries: []string{"ETH", "KEN"}, status: event.Occurred, location: "-"}}},
		{rule: "'in X time' is a time zone, not a venue",
			body: "The video call between Japan and Chile, scheduled for Friday in Tokyo time, will cover trade.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHL", "JPN"}, status: event.Planned, mode: "virtual", location: "-"}}},
		{rule: "a meeting on the sidelines of a group's summit is bilateral, venue kept",
			body: "The leaders of Peru and Chile met on the sidelines of the G20 summit in Bali.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHL", "PER"}, status: event.Occurred, mode: "meet", location: "Bali"}}},
		// Agreement takes two sides.
		{rule: "a one-sided pledge is not an agreement",
			body: "Canada pledged to cut emissions by 2030."},
		// Verbs used as nouns, gerunds, the month.
		{rule: "a verb cue after a determiner is a noun; the later verb is the event",
			body: "Following a pledge in March, Norway sent aid to Sudan on Tuesday.",
			want: []expect{{typ: "AID", countries: []string{"NOR", "SDN"}, status: event.Occurred, start: "2023-05-09"}}},
		{rule: "a gerund after 'of' names an ability, not an act",
			body: "Iran said it was developing the capability of striking distant targets."},
		{rule: "'guilty of violating' is still an act",
			body: "Rebels were guilty of violating the truce, observers said.", keep: true,
			want: []expect{{typ: "REJECT", status: event.Occurred}}},
		// Infinitives of purpose and fixed phrases.
		{rule: "an infinitive of purpose is an aim, not an announced act",
			body: "Chile needed the final match to beat Peru."},
		{rule: "training forces to fight is not a threat",
			body: "Turkish officers have been training Syrian fighters to fight against Kurdish militias.", notTypes: []string{"THREATEN", "ASSAULT"}},
		{rule: "an announced act keeps its infinitive: 'vowed to retaliate' is a threat",
			body: "Iran vowed to retaliate against Israel.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "ISR"}, status: event.Occurred}}},
		{rule: "a headline subject before 'to' announces the act",
			body: "Japan to impose sanctions on Russia",
			want: []expect{{typ: "SANCTION", countries: []string{"JPN", "RUS"}, status: event.Planned}}},
		{rule: "'thanks to' is a cause, not thanks",
			body: "Thanks to Chinese loans, Kenya finished the railway on Monday.", notTypes: []string{"SUPPORT"}},
		{rule: "'defending champion' is a title, not a defence",
			body: "Spain will play defending champion Croatia on Wednesday.", notTypes: []string{"SUPPORT"}},
		{rule: "'recognize that' is a thought, not recognition",
			body: "Brazil and Chile recognize that the deal is weak.", notTypes: []string{"SUPPORT"}},
		{rule: "'warned' after a quotation only says who spoke",
			body: "“Tariffs on Mexico will hurt Canada,” the Canadian economist warned.", notTypes: []string{"THREATEN"}},
		{rule: "'warned' closing a sentence after a comma only says who spoke",
			body: "The dispute with Malaysia may hurt regional trade for years, a Philippine official warned.", notTypes: []string{"THREATEN"}},
		{rule: "a sentence-closing 'warned' tags a clause that threatens nothing",
			body: "Talks on the dam are a waste of time while Egypt and Sudan disagree, an Ethiopian minister warned.", notTypes: []string{"THREATEN"}},
		{rule: "what a sentence-closing 'warned' tags is read for itself",
			body: "Iran will retaliate against Israel for the strike, the Iranian army chief warned.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "ISR"}, status: event.Occurred}}},
		{rule: "a fronted 'at the summit' phrase gives no party",
			body: "At the recent United Nations summit, Indian Prime Minister Narendra Modi pledged that his country would double its solar power."},
		{rule: "'has' before a participle is an auxiliary, not 'have talks'",
			body: "Iran has threatened to halt negotiations with France.",
			want: []expect{{typ: "THREATEN", countries: []string{"FRA", "IRN"}, status: event.Occurred}}},
		{rule: "an intent noun after an earlier verb is that verb's object",
			body: "Syria rejected a Russian offer to host a summit in Moscow.",
			want: []expect{{typ: "REJECT", countries: []string{"RUS", "SYR"}, status: event.Occurred}}},
		{rule: "troops arriving are not a visit",
			body: "Kenyan peacekeeping troops arrived in Haiti on Tuesday.", notTypes: []string{"CONSULT"}},
		{rule: "a warm welcome on a day to a visitor is hosting",
			body: "The Polish president gave a warm welcome on Thursday to the Lithuanian president.",
			want: []expect{{typ: "CONSULT", countries: []string{"LTU", "POL"}, status: event.Occurred, mode: "visit", start: "2023-05-04"}}},
		{rule: "an irregular past before a meeting noun dates it as past",
			body: "The Qatari emir undertook a mediation mission between Egypt and Ethiopia.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "ETH", "QAT"}, status: event.Occurred}}},
		{rule: "a country naming a place is no destination",
			body: "A Canadian senator visited the Canada-Mexico border region and the Chilean coast on Monday.", notTypes: []string{"CONSULT"}},
		{rule: "'agree that' gives no party from what is agreed",
			body: "Many analysts agree that China has long taken advantage of Brazil.", notTypes: []string{"AGREE"}},
		{rule: "'agreed that' keeps the subject's parties",
			body: "Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate.",
			want: []expect{{typ: "AGREE", countries: []string{"HUN", "ROU"}, status: event.Occurred, start: "2023-05-10"}}},
		{rule: "three countries meeting for a trilateral meeting is one multilateral meeting",
			body: "The foreign ministers of Japan, China and South Korea met in Busan on Sunday for their first trilateral meeting in four years.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "JPN", "KOR"}, status: event.Occurred, mode: "multilateral", start: "2023-05-07", location: "Busan"}}},
		{rule: "a name deep in a sentence before 'to' is no headline subject",
			body: "His remarks created an opening for rivals such as the Greek prime minister and Turkish President Recep Tayyip Erdogan to attack.", notTypes: []string{"THREATEN", "ASSAULT"}},
		{rule: "a dash before 'to' ends an apposition; the infinitive is a purpose",
			body: "Turkey has been training Syrian rebels – formerly the Free Syrian Army – to fight Kurdish militias in Syria.", notTypes: []string{"THREATEN"}},
		{rule: "a present progressive of a hostile act is going on, not a threat",
			body: "Hungary is denying visas to Ukrainian officials.",
			want: []expect{{typ: "REJECT", countries: []string{"HUN", "UKR"}, status: event.Occurred}}},
		{rule: "'might not have agreed' is a hypothetical, not a refusal",
			body: "Tariffs prompted officials from Mexico and Canada to make concessions they might not otherwise have agreed to.", notTypes: []string{"REJECT"}},
		{rule: "a peaceful act of purpose is the act itself",
			body: "Palestinian workers stayed home on Monday to protest against Israel.", keep: true,
			want: []expect{{typ: "PROTEST", status: event.Occurred}}},
		// Tense.
		{rule: "'was the first ... to visit' happened",
			body: "The Ghanaian president was the first African leader to visit Japan after the pandemic.",
			want: []expect{{typ: "CONSULT", countries: []string{"GHA", "JPN"}, status: event.Occurred, mode: "visit", location: "Japan"}}},
		{rule: "'will be the first ... to visit' is planned",
			body: "The Ghanaian president will be the first African leader to visit Japan this year.",
			want: []expect{{typ: "CONSULT", countries: []string{"GHA", "JPN"}, status: event.Planned, mode: "visit"}}},
		{rule: "a time clause speaks of the future in the present",
			body: "The leaders of Kenya and Uganda will discuss trade when they meet in Kampala.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Planned, location: "Kampala"}}},
		{rule: "'phone meeting' is a phone call",
			body: "The Dutch prime minister had a phone meeting with the Belgian prime minister on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"BEL", "NLD"}, status: event.Occurred, mode: "phone", start: "2023-05-08"}}},
		// Clauses and pronouns.
		{rule: "'as they' opens a clause whose pronoun is the subject before, dated by it",
			body: "The Danish and Swedish foreign ministers set out their positions on Monday as they spoke about energy.",
			want: []expect{{typ: "CONSULT", countries: []string{"DNK", "SWE"}, status: event.Occurred, start: "2023-05-08"}}},
		{rule: "'as well as' does not cut the clause: its subject meets each partner (meetings12.go)",
			body: "The two Indian ministers will meet Egypt's foreign minister, as well as hold talks with the president of Kenya.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "IND"}, status: event.Planned},
				{typ: "CONSULT", countries: []string{"IND", "KEN"}, status: event.Planned}}},
		{rule: "a list of country adjectives qualifies the actor noun",
			body: "Talks between Danish and Swedish defence ministers took place on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"DNK", "SWE"}, status: event.Occurred, start: "2023-05-08"}}},
		// Speakers are not parties.
		{rule: "'what X called' names who called it, not a party",
			body: "Italy and Greece will hold talks on Friday to advance what Turkish President Recep Tayyip Erdogan called a historic opportunity.",
			want: []expect{{typ: "CONSULT", countries: []string{"GRC", "ITA"}, status: event.Planned, notActor: "TUR"}}},
		{rule: "the speaker's apposition is part of the speaker",
			body: "Maria Lopez, a former envoy under the Mexican president, said Chile and Peru held talks on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHL", "PER"}, status: event.Occurred, notActor: "MEX"}}},
		// Dates from the event a clause points back to.
		{rule: "'during the visit' takes the visit's date; the 'while' clause shares it; three-way talks have every party",
			body: "Spain and Morocco will hold talks in Madrid on June 5. The Spanish foreign minister will also meet the Moroccan prime minister during the visit, while the Spanish defence minister will hold three-way talks with his counterparts from Morocco and Mauritania.",
			want: []expect{
				{typ: "CONSULT", countries: []string{"ESP", "MAR"}, status: event.Planned, start: "2023-06-05", location: "Madrid"},
				{typ: "CONSULT", countries: []string{"ESP", "MAR", "MRT"}, status: event.Planned, mode: "multilateral", start: "2023-06-05", location: "Madrid"},
			}},
		{rule: "an undated past meeting that points back takes the neighbouring sentence's date",
			body: "Protesters gathered in Lima on Monday. Chile and Peru held talks at the summit.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHL", "PER"}, status: event.Occurred, start: "2023-05-08"}}, notTypes: []string{"PROTEST"}},
		{rule: "an undated past event goes on in the time of the sentence before",
			body: "Egypt and Jordan reached an agreement on Saturday. Egyptian and Jordanian ministers met in Cairo.",
			want: []expect{
				{typ: "AGREE", countries: []string{"EGY", "JOR"}, status: event.Occurred, start: "2023-05-06"},
				{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, start: "2023-05-06", basis: event.BasisRelative, location: "Cairo"},
			}},
		{rule: "an agreement takes the venue of the same day's meeting told next to it",
			body: "Chile and Peru reached an agreement on Saturday. The Chilean and Peruvian ministers met on the sidelines of the summit in Lima.",
			want: []expect{
				{typ: "AGREE", countries: []string{"CHL", "PER"}, status: event.Occurred, start: "2023-05-06", location: "Lima"},
				{typ: "CONSULT", countries: []string{"CHL", "PER"}, status: event.Occurred, start: "2023-05-06", location: "Lima"},
			}},
		{rule: "an undated past meeting with nothing to point to takes the publication date",
			body: "Chile and Peru held talks.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHL", "PER"}, status: event.Occurred, start: pub, basis: event.BasisPublication}}},
		// Meetings listed after a word of sequence.
		{rule: "'build on last month's talks' is a past meeting of the same sides",
			body: "The summit between Japan and India on Friday will build on last month's talks.",
			want: []expect{
				{typ: "CONSULT", countries: []string{"IND", "JPN"}, status: event.Planned, start: "2023-05-12"},
				{typ: "CONSULT", countries: []string{"IND", "JPN"}, status: event.Occurred, start: "2023-04-01", end: "2023-04-30"},
			}},
		{rule: "'follows talks between A and B on X and between C and D on Y' are two past meetings",
			body: "Vietnam and Thailand will hold a summit on Friday. The summit follows defence talks between Vietnam and Laos on Monday and between Thailand and Cambodia on Tuesday.",
			want: []expect{
				{typ: "CONSULT", countries: []string{"THA", "VNM"}, status: event.Planned, start: "2023-05-12"},
				{typ: "CONSULT", countries: []string{"LAO", "VNM"}, status: event.Occurred, start: "2023-05-08"},
				{typ: "CONSULT", countries: []string{"KHM", "THA"}, status: event.Occurred, start: "2023-05-09"},
			}},
		// Merging within the article.
		{rule: "a meeting in a room and a video call are two events",
			body: "Chinese and US officials met in Geneva on Monday. The Chinese and US presidents held a video call.",
			want: []expect{
				{typ: "CONSULT", countries: []string{"CHN", "USA"}, status: event.Occurred, mode: "meet", location: "Geneva"},
				{typ: "CONSULT", countries: []string{"CHN", "USA"}, status: event.Occurred, mode: "virtual"},
			}},
		{rule: "a past and a planned meeting of the same sides are two events",
			body: "Egypt and Jordan held talks. Egypt and Jordan will hold talks again.",
			want: []expect{
				{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred},
				{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Planned},
			}},
		{rule: "meetings in two countries are two events",
			body: "Egypt and Jordan held talks in Cairo. Egypt and Jordan held talks in Amman.",
			want: []expect{
				{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, location: "Cairo"},
				{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, location: "Amman"},
			}},
		{rule: "one meeting told twice is one event",
			body: "Egypt and Jordan will hold talks in Cairo on Friday. The talks will cover water and trade, officials of Egypt and Jordan said.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Planned, start: "2023-05-12", location: "Cairo"}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, pub), Options{KeepActorless: tt.keep, KeepOneSided: true})
			for _, e := range evs {
				if slices.Contains(tt.notTypes, e.Type) {
					t.Errorf("got %s %v, a type this sentence must not yield", e.Type, e.Countries())
				}
			}
			if tt.want == nil && tt.notTypes == nil {
				for _, e := range evs {
					t.Errorf("got %s %s %v, want no event", e.Type, e.Status, e.Countries())
				}
				return
			}
			if tt.want != nil && tt.notTypes == nil && len(evs) != len(tt.want) {
				t.Errorf("got %d events, want %d: %s", len(evs), len(tt.want), summary(evs))
			}
			checkWanted(t, evs, tt.want)
		})
	}
}

// checkWanted checks that every expected event is among evs, each matched
// to an event of its own.
func checkWanted(t *testing.T, evs []event.Event, want []expect) {
	t.Helper()
	used := map[int]bool{}
	for _, w := range want {
		i := findEvent(evs, w, used)
		if i < 0 {
			t.Errorf("no %s %s %v in %s", w.typ, w.status, w.countries, summary(evs))
			continue
		}
		used[i] = true
		checkEvent(t, evs[i], w)
	}
}

// checkNoType fails when an event of type typ is among evs; an empty typ
// checks nothing.
func checkNoType(t *testing.T, evs []event.Event, typ string) {
	t.Helper()
	if typ != "" && slices.ContainsFunc(evs, func(e event.Event) bool { return e.Type == typ }) {
		t.Errorf("a %s in %s", typ, summary(evs))
	}
}

// findEvent is the index of the first unused event with the type,
// countries (when given) and status of w, or -1.
func findEvent(evs []event.Event, w expect, used map[int]bool) int {
	for i, e := range evs {
		if used[i] || e.Type != w.typ || e.Status != w.status {
			continue
		}
		if w.countries != nil && !slices.Equal(e.Countries(), w.countries) {
			continue
		}
		if w.start != "" && (e.Date == nil || e.Date.Start != w.start) {
			continue
		}
		if w.location != "" && w.location != "-" && (e.Location == nil || e.Location.Name != w.location) {
			continue
		}
		return i
	}
	return -1
}

func checkEvent(t *testing.T, e event.Event, w expect) {
	t.Helper()
	if w.mode != "" && e.Mode != w.mode {
		t.Errorf("%s %v: mode %q, want %q", e.Type, e.Countries(), e.Mode, w.mode)
	}
	if w.end != "" && (e.Date == nil || e.Date.End != w.end) {
		t.Errorf("%s %v: date %+v, want end %s", e.Type, e.Countries(), e.Date, w.end)
	}
	if w.basis != "" && (e.Date == nil || e.Date.Basis != w.basis) {
		t.Errorf("%s %v: date %+v, want basis %s", e.Type, e.Countries(), e.Date, w.basis)
	}
	if w.location == "-" && e.Location != nil {
		t.Errorf("%s %v: location %+v, want none", e.Type, e.Countries(), e.Location)
	}
	if w.notActor != "" && slices.Contains(e.Countries(), w.notActor) {
		t.Errorf("%s %v: %s is a party, want it left out", e.Type, e.Countries(), w.notActor)
	}
}

func summary(evs []event.Event) string {
	s := "["
	for i, e := range evs {
		if i > 0 {
			s += "; "
		}
		d := "undated"
		if e.Date != nil {
			d = e.Date.Start + ".." + e.Date.End
		}
		loc := ""
		if e.Location != nil {
			loc = " @" + e.Location.Name
		}
		s += e.Type + "/" + e.Mode + " " + string(e.Status) + " " + d + loc + " " + stringsJoin(e.Countries())
	}
	return s + "]"
}

func stringsJoin(xs []string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}

func TestOfficeWithoutDateNamesNobody(t *testing.T) {
	body := "The Japanese prime minister met the Indian prime minister in Tokyo."
	for _, e := range Code(art(body, ""), Options{}) {
		for _, a := range e.Actors {
			if a.Name != "Japan" && a.Name != "India" {
				t.Errorf("undated article: actor %q named from an office alone, want the country", a.Name)
			}
		}
	}
	// With a date the office resolves to its holder (when the catalog knows one).
	dated := Code(art(body, "2023-05-10"), Options{})
	if len(dated) != 1 {
		t.Fatalf("dated article: got %d events, want 1: %s", len(dated), summary(dated))
	}
}

func TestOfficesNamedByCountryResolveToHolders(t *testing.T) {
	tests := []struct {
		body, pub string
		wantNamed int // actors that are people, not countries
	}{
		{"Foreign and defence ministers from Japan and India will hold talks in Tokyo on Friday.", "2023-05-10", 4},
		{"The Japanese and Indian prime ministers will meet next week.", "2023-05-10", 2},
		// Without a date the holders are not known: the countries stay.
		{"The Japanese and Indian prime ministers will meet next week.", "", 0},
		// A named person is not replaced.
		{"Indian Prime Minister Narendra Modi and the Japanese and Indian foreign ministers met in Delhi.", "2023-05-10", -1},
	}
	for _, tt := range tests {
		evs := Code(art(tt.body, tt.pub), Options{})
		if len(evs) != 1 {
			t.Errorf("%q: got %d events, want 1: %s", tt.body, len(evs), summary(evs))
			continue
		}
		named := 0
		for _, a := range evs[0].Actors {
			if a.Country == nil || a.Name != "" && a.Name != "Japan" && a.Name != "India" {
				named++
			}
		}
		if tt.wantNamed >= 0 && named != tt.wantNamed {
			t.Errorf("%q (published %q): %d named people in %+v, want %d", tt.body, tt.pub, named, evs[0].Actors, tt.wantNamed)
		}
		if tt.wantNamed < 0 {
			for _, a := range evs[0].Actors {
				if a.Name == "India" {
					t.Errorf("%q: India left as a country beside its named prime minister: %+v", tt.body, evs[0].Actors)
				}
			}
		}
	}
}
