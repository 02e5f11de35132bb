package coder

import (
	"slices"
	"strings"
	"testing"

	"storyline/internal/event"
)

// The sentences are written for these tests; each rule of gate.go has
// sentences it must change (an event the coder gave before the rule, now
// gone or without the wrong party) and one it must leave alone. One-sided
// events are kept, so that a rule is seen to drop the act, not the filter.
func TestGateRules(t *testing.T) {
	tests := []struct {
		rule, body string
		gone       string // a type that must not be coded (with notParty: not with that party)
		notParty   string
		stays      string // "TYPE:AAA,BBB": an event that must be coded
	}{
		// A bare verb form after a preposition of scene or cause is a noun.
		{rule: "preposition+noun", body: "Beijing said it will restore order in Tibet amid protests.", gone: "PROTEST"},
		{rule: "preposition+noun", body: "Cairo said it would keep the Rafah crossing closed despite protests.", gone: "PROTEST"},
		{rule: "preposition+noun", body: "Tokyo said it would not change its stance on Beijing over protests.", gone: "PROTEST"},
		{rule: "preposition+noun", body: "Thousands of Serbs protested against Kosovo's government on Sunday.", stays: "PROTEST:SRB,XKX"},
		// A fronted "With/Amid/Despite" phrase is the scene.
		{rule: "fronted scene", body: "With Taiwan protests growing louder, President Xi Jinping of China is expected to act.", gone: "PROTEST"},
		{rule: "fronted scene", body: "With Belarus protests swelling, Vladimir Putin of Russia may send police.", gone: "PROTEST"},
		{rule: "fronted scene", body: "With Iran's backing, Hezbollah fired rockets at Israel on Sunday.", stays: "ASSAULT:ISR,LBN"},
		// A participle after a preposition, before its noun, is an adjective.
		{rule: "attributive participle", body: "Chinese fishing boats sailed on occupied Philippine reefs.", gone: "PROTEST"},
		{rule: "attributive participle", body: "Turkish troops patrol in occupied Cypriot villages.", gone: "PROTEST"},
		{rule: "attributive participle", body: "Israel occupied the Golan Heights in 1967.", stays: "PROTEST:ISR"},
		// The infinitive of a noun of aim is what is sought.
		{rule: "aim", body: "The senator is entangled in the president's efforts to get Kenya to investigate Ugandan President Yoweri Museveni.", gone: "ACCUSE"},
		{rule: "aim", body: "Moscow's bid to get Serbia to expel British diplomats failed.", gone: "SANCTION"},
		{rule: "aim", body: "Washington urged Ukraine to investigate Russia.", stays: "REQUEST:UKR,USA"}, // what is asked names no party (wire5_sides_test.go)
		// A gerund after a noun of fear is what might happen.
		{rule: "fear", body: "He cited his fear of being extradited from Spain to Venezuela.", gone: "COOPERATE"},
		{rule: "fear", body: "Refugees spoke of the risk of being deported from Turkey to Syria.", gone: "COERCE"},
		{rule: "fear", body: "Spain extradited the banker to Venezuela on Friday.", stays: "COOPERATE:ESP,VEN"},
		// A stated commitment: its object's acts keep their own parties.
		{rule: "stance", body: "Egypt said it is committed to the plan granting Sudan access to the port.", gone: "AGREE", notParty: "SDN"},
		{rule: "stance", body: "Israel is firmly committed to the deal giving Jordan water from the lake.", gone: "AGREE", notParty: "JOR"},
		{rule: "stance", body: "Japan committed to providing aid to Ukraine on Monday.", stays: "AGREE:JPN,UKR"},
		// The object of a verb of blocking did not happen.
		{rule: "blocked", body: "Armed groups starved the city by obstructing Qatar's aid to Gaza.", gone: "AID"},
		{rule: "blocked", body: "Egypt delayed the talks by impeding Sudan's aid to Chad.", gone: "AID"},
		{rule: "blocked", body: "Turkey delivered aid to Syria on Monday.", stays: "AID:SYR,TUR"},
		// Links to other stories.
		{rule: "promo", body: "Related: China and India hold border talks", gone: "CONSULT"},
		{rule: "promo", body: "Iran blames Israel [VIDEO] Trump threatens Iran [ANALYSIS]", gone: "ACCUSE"},
		{rule: "promo", body: "More than 40 Russian drones attacked Ukraine on Monday.", stays: "ASSAULT:RUS,UKR"},
	}
	for _, tc := range tests {
		evs := Code(art(tc.body, "2023-05-10"), Options{KeepOneSided: true})
		if tc.gone != "" {
			for _, e := range evs {
				if e.Type == tc.gone && (tc.notParty == "" || slices.Contains(e.Countries(), tc.notParty)) {
					t.Errorf("%s: %q: got %s, want no %s %s", tc.rule, tc.body, summary(evs), tc.gone, tc.notParty)
				}
			}
		}
		if tc.stays != "" && !hasEvent(evs, tc.stays) {
			t.Errorf("%s: %q: got %s, want %s", tc.rule, tc.body, summary(evs), tc.stays)
		}
	}
}

// hasEvent reports an event of "TYPE:AAA,BBB" (countries sorted).
func hasEvent(evs []event.Event, want string) bool {
	typ, countries, _ := strings.Cut(want, ":")
	for _, e := range evs {
		if e.Type == typ && strings.Join(e.Countries(), ",") == countries {
			return true
		}
	}
	return false
}

func TestGateHelpers(t *testing.T) {
	tests := []struct {
		text  string
		promo bool
		scene int // token where the scene phrase ends, 0 = none
	}{
		{text: "READ MORE: Greece expels Turkish diplomats", promo: true},
		{text: "Kyiv hit by drones [VIDEO] Putin threatens NATO [ANALYSIS]", promo: true},
		{text: "More than 40 drones attacked Kyiv on Monday."},
		{text: "Amid protests, Serbia recalled its envoy.", scene: 3},
		{text: "With protests growing, Serbia recalled its envoy.", scene: 4},
		{text: "Serbia recalled its envoy amid protests, officials said."},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text)
		if got := isPromoLine(toks); got != tc.promo {
			t.Errorf("isPromoLine(%q) = %v, want %v", tc.text, got, tc.promo)
		}
		if got := frontedSceneEnd(toks); got != tc.scene {
			t.Errorf("frontedSceneEnd(%q) = %d, want %d", tc.text, got, tc.scene)
		}
	}
}

// A subject taken over by a second verb ("... and warned that ...") acts
// in that clause too, a country before a noun of topic ("the Hong Kong
// situation") is what is spoken of, not a party, and the rules of
// reactions.go.
func TestSubjectAndTopicRoles(t *testing.T) {
	tests := []struct {
		body, country string
		role          event.Role // "" = the country must not be a party of the type
		typ           string
	}{
		{"Iran's foreign minister accused Israel of sabotage and warned that the Iranian army will respond.", "IRN", event.RoleSource, "THREATEN"},
		{"The Russian envoy criticised Poland and warned that Moscow would act against Warsaw.", "RUS", event.RoleSource, "THREATEN"},
		{"Turkey accused Greece of provocation and threatened to expel Greek diplomats.", "GRC", event.RoleTarget, "THREATEN"},
		{"Russia warned that it would retaliate if the Moldova situation worsened.", "MDA", "", "THREATEN"},
		{"China warned that it will act if the Taiwan question is not settled.", "TWN", "", "THREATEN"},
		{"Iran warned Israel that it would strike if the Israeli army entered Lebanon.", "ISR", event.RoleTarget, "THREATEN"},
		// A reaction to a country's decision is aimed at that country (reactions.go).
		{"Saudi Arabia strongly condemned the Israeli decision to annex the valley.", "ISR", event.RoleTarget, "ACCUSE"},
		{"Canada criticised the Chinese move to expel its diplomats.", "CHN", event.RoleTarget, "ACCUSE"},
		{"Egypt accused Israel of ignoring the Jordanian plan.", "JOR", "", "ACCUSE"},
		// A relative infinitive in the subject names another act's parties (reactions.go).
		{"The only Arab states to have ties with Israel, Egypt and Jordan, accused Iran of meddling.", "ISR", "", "ACCUSE"},
		{"The few nations to have traded with North Korea, such as Mongolia, criticised Japan.", "PRK", "", "ACCUSE"},
		{"Poland's ambassador to Germany accused Russia of sabotage.", "POL", event.RoleSource, "ACCUSE"},
	}
	for _, tc := range tests {
		evs := Code(art(tc.body, "2023-05-10"), Options{KeepOneSided: true})
		found := false
		for _, e := range evs {
			if e.Type != tc.typ {
				continue
			}
			for _, a := range e.Actors {
				if a.Country == nil || *a.Country != tc.country {
					continue
				}
				found = true
				if a.Role != tc.role {
					t.Errorf("%q: %s is %s of %s, want %q", tc.body, tc.country, a.Role, tc.typ, tc.role)
				}
			}
		}
		if !found && tc.role != "" {
			t.Errorf("%q: got %s, want %s with %s as %s", tc.body, summary(evs), tc.typ, tc.country, tc.role)
		}
	}
}
