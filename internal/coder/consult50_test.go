package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Thirty-second pass (stop 50): a call set after a preposition and a
// determiner is the call the clause's act was done in (consult50.go). The
// sentences are written for this test.
func TestWireFormsThirtySecondPassSettingCall(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"concern expressed in a call is told in a call",
			"Peru's foreign minister expressed concern over the fishing incident in a call with her Chilean counterpart.",
			"CONSULT", []string{"CHL", "PER"}, true},
		{"what was said in a call with a leader",
			"Peru's president said in a call with the Bolivian president that the border would stay open.",
			"CONSULT", []string{"BOL", "PER"}, true},
		{"a warning given in a call",
			"Kenya's president warned Ethiopia over the dam in a call with the Ethiopian prime minister on Friday.",
			"CONSULT", []string{"ETH", "KEN"}, true},
		{"a call with a leader told in later testimony stays no consultation",
			"The Danish minister described the president's call with the Kenyan president as improper.",
			"CONSULT", []string{"DNK", "KEN"}, false},
		{"a conference call with reporters stays no consultation",
			"In a conference call with reporters, the Brazilian minister praised Argentina's reforms.",
			"CONSULT", []string{"ARG", "BRA"}, false},
	})
}

// Thirty-second pass (stop 50): a meeting told beside another act is a
// meeting of the act's doer with the one after "with", a third state too
// (consult50.go). The sentences are written for this test.
func TestWireFormsThirtySecondPassMeetingBeside(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a demand made during a call with a third state",
			"The Ghanaian president also demanded that Togo reopen the border, during a phone call with the Nigerian president.",
			"CONSULT", []string{"GHA", "NGA"}, true},
		{"the demand stays between its sides",
			"The Ghanaian president also demanded that Togo reopen the border, during a phone call with the Nigerian president.",
			"REQUEST", []string{"GHA", "TGO"}, true},
		{"concern voiced in a call with a third state",
			"The Polish president voiced concern over the military drills by Russia in a call with the Lithuanian president on Monday.",
			"CONSULT", []string{"LTU", "POL"}, true},
		{"criticism made at a meeting with a third state",
			"The Chilean president criticised the tariffs imposed by Argentina during a meeting with the Uruguayan president in Montevideo.",
			"CONSULT", []string{"CHL", "URY"}, true},
		{"support voiced during talks, no article",
			"The Japanese prime minister voiced support for the ceasefire during talks with the Indian prime minister in Tokyo on Monday.",
			"CONSULT", []string{"IND", "JPN"}, true},
		{"aid pledged during talks",
			"The Saudi crown prince pledged $1 billion in aid to Syria during talks with the Syrian president in Riyadh.",
			"CONSULT", []string{"SAU", "SYR"}, true},
		{"no talks is no meeting",
			"Norway rejected the extradition request, and nor is it in talks with Sweden over the case.",
			"CONSULT", []string{"NOR", "SWE"}, false},
		{"what was done with reporters is no meeting",
			"Ghana's president condemned the coup in Niger at a news conference with Nigerian reporters.",
			"CONSULT", []string{"GHA", "NGA"}, false},
	})
}

// Thirty-second pass (stop 50): a pledge made during talks was made at
// talks held; a meeting set after "at" takes the tense of the verb before
// it (consult50.go, status.go).
func TestWireFormsThirtySecondPassBesideStatus(t *testing.T) {
	checkStatusAmong(t, []statusCase{
		{"aid pledged during talks: the talks were held",
			"The Saudi crown prince pledged $1 billion in aid to Syria during talks with the Syrian president in Riyadh.",
			"CONSULT", []string{"SAU", "SYR"}, event.Occurred},
		{"a need stressed at a meeting on Friday: last Friday",
			"The German chancellor stressed the need for dialogue at a meeting with the Polish president in Warsaw on Friday.",
			"CONSULT", []string{"DEU", "POL"}, event.Occurred},
		{"a need to be stressed at a meeting on Friday stays planned",
			"The German chancellor will stress the need for dialogue at a meeting with the Polish president in Warsaw on Friday.",
			"CONSULT", []string{"DEU", "POL"}, event.Planned},
	})
}

// checkStatusAmong is checkStatusCases for sentences that tell more than
// one event: the event of the row's type and countries has its status.
func checkStatusAmong(t *testing.T, cases []statusCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, "2025-05-20"), Options{NoLearnedFilter: true})
			k := slices.IndexFunc(evs, func(e event.Event) bool { return e.Type == tt.typ && slices.Equal(e.Countries(), tt.cs) })
			if k < 0 || evs[k].Status != tt.status {
				t.Errorf("got %s, want %s %v %s", summary(evs), tt.typ, tt.cs, tt.status)
			}
		})
	}
}

// Thirty-second pass (stop 50): a gathering told something is the
// audience; the act is in the that-clause (consult50.go). The sentences
// are written for this test.
func TestWireFormsThirtySecondPassToldGathering(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"told a meeting: the deployment, not a meeting",
			"The Dutch defence minister told a ministerial meeting on Wednesday that the Netherlands would send 300 soldiers to Lithuania.",
			"MOBILIZE", []string{"LTU", "NLD"}, true},
		{"told a meeting is no meeting between the states",
			"The Dutch defence minister told a ministerial meeting on Wednesday that the Netherlands would send 300 soldiers to Lithuania.",
			"CONSULT", []string{"LTU", "NLD"}, false},
		{"told a summit: the troops sent",
			"The Kenyan president told a regional summit in Kampala that Kenya will send troops to South Sudan.",
			"MOBILIZE", []string{"KEN", "SSD"}, true},
		{"told a summit is no meeting with the state the troops go to",
			"The Kenyan president told a regional summit in Kampala that Kenya will send troops to South Sudan.",
			"CONSULT", []string{"KEN", "SSD"}, false},
		{"told a joint news conference with a leader: the two met",
			"The Chinese president told a joint news conference with the Brazilian president that trade would grow.",
			"CONSULT", []string{"BRA", "CHN"}, true},
	})
}

// Thirty-second pass (stop 50): a state that "would" act, in a sentence
// with no speech verb and no condition, is the backshifted future of
// reported speech: a plan (consult50.go, status.go). The sentences are
// written for this test.
func TestWireFormsThirtySecondPassBackshiftedWould(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a state that would send soldiers",
			"The minister spoke in Accra on Monday. Ghana would send 300 soldiers to Liberia.",
			"MOBILIZE", []string{"GHA", "LBR"}, true},
		{"a state that would provide aid",
			"Japan would provide $2 billion in aid to the Philippines.",
			"AID", []string{"JPN", "PHL"}, true},
		{"a state that would also impose sanctions",
			"Canada would also impose sanctions on Iran's oil sector.",
			"SANCTION", []string{"CAN", "IRN"}, true},
		{"a would under a condition stays no plan",
			"Canada would impose sanctions on Iran if the talks fail.",
			"SANCTION", []string{"CAN", "IRN"}, false},
		{"a would after a scene stays no plan",
			"Without the loans, Kenya would seek aid from China.",
			"REQUEST", []string{"CHN", "KEN"}, false},
		{"a would of a weighing subject stays no plan",
			"A strike on Iran by Israel would draw in the United States.",
			"ASSAULT", []string{"IRN", "ISR"}, false},
	})
}

// Thirty-second pass (stop 50): one told something at a meeting met the
// teller there; the one told, the meeting and its day belong to the
// telling, not to the act told (consult50.go). The sentences are written
// for this test.
func TestWireFormsThirtySecondPassToldAtMeeting(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"told a counterpart in a phone call: the call",
			"Nigeria's foreign minister told his Ghanaian counterpart in a phone call on Monday that Nigeria would reopen the border.",
			"CONSULT", []string{"GHA", "NGA"}, true},
		{"told a leader at talks: the talks",
			"The Kenyan president told the Somali president at talks in Nairobi that Kenya will withdraw its troops.",
			"CONSULT", []string{"KEN", "SOM"}, true},
		{"the one told is no side of the act told",
			"The Kenyan president told the Somali president at talks in Nairobi that Kenya will withdraw its troops.",
			"RETREAT", []string{"KEN", "SOM"}, false},
		{"told a leader at a meeting what is no act: the meeting as before",
			"The Brazilian foreign minister told President Boric at a meeting in Santiago that Brazil did not want to keep the status quo.",
			"CONSULT", []string{"BRA", "CHL"}, true},
	})
	checkStatusAmong(t, []statusCase{
		{"the call's day is the telling's",
			"Nigeria's foreign minister told his Ghanaian counterpart in a phone call on Monday that Nigeria would reopen the border.",
			"CONSULT", []string{"GHA", "NGA"}, event.Occurred},
	})
}
