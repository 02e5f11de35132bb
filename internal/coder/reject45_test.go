package coder

import "testing"

// Twenty-seventh pass (stop 45), refusals read from wire sentences written
// by hand (reject45.go, cues.tsv). Rows marked "fix" gave no such event, or
// a wrong one, at the branch point; the others are near sentences that
// must not change. The sentences are written for this test.
func TestWireFormsTwentySeventhPassReject(t *testing.T) {
	checkRuleCases(t, []codedCase{
		// A refusal announced is a refusal, not a threat.
		{"fix: a refusal of money announced",
			"Chile will turn down the money offered by Argentina for the reconstruction.",
			"REJECT", []string{"ARG", "CHL"}, true},
		{"fix: a refusal announced is no threat",
			"Chile will turn down the money offered by Argentina for the reconstruction.",
			"THREATEN", []string{"ARG", "CHL"}, false},
		{"fix: a proposal one will reject",
			"Poland will reject the German proposal on reparations.",
			"REJECT", []string{"DEU", "POL"}, true},
		{"fix: a permission one has decided to withdraw",
			"The Dutch government has decided to withdraw landing rights for the Turkish foreign minister.",
			"REJECT", []string{"NLD", "TUR"}, true},
		{"a blow announced stays a threat",
			"Russia will strike Ukraine's energy grid, the minister said.",
			"THREATEN", []string{"RUS", "UKR"}, true},
		// Talks one will not hold.
		{"fix: will not negotiate",
			"Iran will not negotiate with the United States, the supreme leader said.",
			"REJECT", []string{"IRN", "USA"}, true},
		{"fix: would never hold talks",
			"Venezuela said it would never hold talks with Colombia.",
			"REJECT", []string{"COL", "VEN"}, true},
		{"talks not held in the past are nothing",
			"Iran did not negotiate with the United States last year.",
			"REJECT", []string{"IRN", "USA"}, false},
		// Contracted negations.
		{"fix: didn't attack is no attack",
			"Iran didn't attack Iraq.",
			"ASSAULT", []string{"IRN", "IRQ"}, false},
		{"fix: won't accept refuses",
			"Iran won't accept the proposal from Iraq.",
			"REJECT", []string{"IRN", "IRQ"}, true},
		{"fix: won't accept is no agreement",
			"Iran won't accept the proposal from Iraq.",
			"AGREE", []string{"IRN", "IRQ"}, false},
		{"fix: doesn't accept refuses",
			"Hungary doesn't accept the Ukrainian proposal.",
			"REJECT", []string{"HUN", "UKR"}, true},
		{"can't accept keeps its reading",
			"Turkey can't accept the Swedish proposal.",
			"REJECT", []string{"SWE", "TUR"}, true},
		{"a negated saying leaves its act unsaid (guards the split negation)",
			"Carney said Trump didn't say he would pull back on tariffs on Canada.",
			"REJECT", []string{"CAN", "USA"}, false},
		// Claims denied.
		{"fix: the adjective of claims rejected is their maker",
			"Rwanda rejected Congolese claims of interference.",
			"REJECT", []string{"COD", "RWA"}, true},
		{"fix: the possessive of claims rejected is their maker",
			"Kenya rejected Somalia's claims of interference.",
			"REJECT", []string{"KEN", "SOM"}, true},
		{"claims as a verb of saying keeps its speaker out",
			"Kenya rejected the report, Somalia claims.",
			"REJECT", []string{"KEN", "SOM"}, false},
		// Ruled out.
		{"fix: concessions ruled out",
			"Ukraine ruled out any territorial concessions to Russia.",
			"REJECT", []string{"RUS", "UKR"}, true},
		{"fix: a role ruled out",
			"Pakistan ruled out any role for India in the talks.",
			"REJECT", []string{"IND", "PAK"}, true},
		{"fix: a role ruled out is no meeting",
			"Pakistan ruled out any role for India in the talks.",
			"CONSULT", []string{"IND", "PAK"}, false},
		{"a compromise not ruled out is no refusal",
			"Japan did not rule out a compromise with China.",
			"REJECT", []string{"CHN", "JPN"}, false},
		// Courts.
		{"fix: a court rejecting an appeal is no refusal",
			"Germany's constitutional court rejected an appeal against the Ukraine aid package.",
			"REJECT", []string{"DEU", "UKR"}, false},
		{"fix: courts rejecting a request are no refusal",
			"French courts rejected an extradition request from Algeria.",
			"REJECT", []string{"DZA", "FRA"}, false},
		{"a court telling a refusal keeps it",
			"The court said Poland rejected the request from Germany.",
			"REJECT", []string{"DEU", "POL"}, true},
		// Forecast refusals and a quoted "no".
		{"fix: a refusal expected",
			"Poland is expected to say no to the start of accession talks with Ukraine.",
			"REJECT", []string{"POL", "UKR"}, true},
		{"fix: a quoted no",
			"Hungary said “no” to the Ukrainian request.",
			"REJECT", []string{"HUN", "UKR"}, true},
		{"fix: a rejection expected",
			"Hungary is expected to reject the proposal from Ukraine.",
			"REJECT", []string{"HUN", "UKR"}, true},
		{"an attack expected stays a forecast",
			"Russia is expected to attack Ukraine.",
			"ASSAULT", []string{"RUS", "UKR"}, false},
		// No intention of doing what is asked.
		{"fix: no intention of withdrawing",
			"The Turkish president said he had no intention of withdrawing troops from Iraq.",
			"REJECT", []string{"IRQ", "TUR"}, true},
		{"fix: no intention of pursuing a deal",
			"Canada has no intention of pursuing a trade deal with China.",
			"REJECT", []string{"CAN", "CHN"}, true},
		{"no intention of attacking is a reassurance",
			"Russia has no intention of attacking Poland, the Kremlin said.",
			"REJECT", []string{"POL", "RUS"}, false},
		// Appositions.
		{"a clause appositive that refuses nothing keeps its meeting",
			"Russia, a country that rejected the proposal from Ukraine, met Belarus.",
			"CONSULT", []string{"BLR", "RUS"}, true},
	})
}

// The sides of a refusal told in a reduced passive, in a passive with no
// agent, or in an apposition to the proposal (reject45.go). The sentences
// are written for this test.
func TestRefusedAskSides(t *testing.T) {
	for _, tt := range []struct {
		body, source, target string
	}{
		// fix: a headline's reduced passive (was a REQUEST).
		{"Nicaragua request for extradition rejected by Costa Rica", "CRI", "NIC"},
		// fix: the sides were the other way round.
		{"Serbian bid for EU talks turned down by Croatia", "HRV", "SRB"},
		// The full passive agrees.
		{"Nicaragua's request was rejected by Costa Rica.", "CRI", "NIC"},
		// fix: the one asked refuses when no agent is named.
		{"Lebanon's request to Syria for the return of the refugees was denied on Friday.", "SYR", "LBN"},
		{"The Ecuadorian request to Britain to grant him diplomatic status was turned down.", "GBR", "ECU"},
		// An agent after "by" still refuses.
		{"Lebanon's request to Syria was rejected by Russia.", "RUS", "LBN"},
		// fix: a refusal in the apposition to a proposal.
		{"Russia proposed a ceasefire in the region, an offer that was swiftly rejected by Kyiv.", "UKR", "RUS"},
		{"Morocco proposed autonomy for the region, a plan Algeria rejected.", "DZA", "MAR"},
	} {
		evs := Code(art(tt.body, "2025-03-04"), Options{NoLearnedFilter: true})
		if !codedFromTo(evs, "REJECT", tt.source, tt.target) {
			t.Errorf("%q: want a REJECT by %s of %s, got %s", tt.body, tt.source, tt.target, summary(evs))
		}
	}
}
