package coder

import "testing"

// Stop 51 (pass ruling): a ruling, verdict or award a state refuses
// (rulings51.go; the cues are the REJECT lines "not|never|n't ~1
// implement+|apply+|respect+ ... ruling" and "not|never|n't ~1 abide by"
// of cues.tsv). Sentences written for these tests.

func TestWireFormsStop51RulingNotCarriedOut(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"will not abide by the ruling",
			"El Salvador will not abide by the ruling on the gulf with Honduras, its president said.",
			"REJECT", []string{"HND", "SLV"}, true},
		{"would never respect the award",
			"Tanzania said it would never respect the arbitration award in its lake dispute with Malawi.",
			"REJECT", []string{"MWI", "TZA"}, true},
		{"will not implement the verdict",
			"Honduras will not implement the verdict of the panel on its border with Belize.",
			"REJECT", []string{"BLZ", "HND"}, true},
		// must not: abiding by a ruling is no refusal
		{"will abide by the ruling",
			"Niger said it would abide by the court's ruling on its border with Benin.",
			"REJECT", []string{"BEN", "NER"}, false},
		// must not: a rule not applied is not a ruling refused
		{"not applying a tax",
			"Ghana said it would not apply the new levy to goods from Togo.",
			"REJECT", []string{"GHA", "TGO"}, false},
	})
}

func TestWireFormsStop51StateRefusesCourtRuling(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a state rejects the ICJ's ruling",
			"Colombia has rejected the ruling of the International Court of Justice on its maritime border with Nicaragua.",
			"REJECT", []string{"COL", "NIC"}, true},
		{"a state will not implement an international court's verdict",
			"Honduras will not implement the verdict of the international court on its border with Belize.",
			"REJECT", []string{"BLZ", "HND"}, true},
		// must not: a court's own decision on a person is court work
		{"a court rejects an appeal",
			"Ghana's court rejected the appeal of a Togolese man convicted of fraud.",
			"REJECT", []string{"GHA", "TGO"}, false},
	})
}

func TestWireFormsStop51RulingRefusedToTheOtherSide(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"the page's pair gives the other side",
			"Togo and Ghana have argued over their sea border for a decade. Ghana said on Tuesday it would not implement the tribunal's ruling.",
			"REJECT", []string{"GHA", "TGO"}, true},
		{"the dispute's other side after over",
			"Mali refused to recognise the result of the arbitration over its border with Niger.",
			"REJECT", []string{"MLI", "NER"}, true},
		{"a verdict rejected after a sentence naming both",
			"Peru and Chile disputed the fishing zone for years. Chile rejected the court's verdict on Monday, calling it unjust.",
			"REJECT", []string{"CHL", "PER"}, true},
		// must not: a decision of one's own government is no ruling
		{"a decision rejected at home",
			"Kenya and Tanzania argued over the lake for years. Tanzania rejected the decision to raise fuel prices.",
			"REJECT", []string{"KEN", "TZA"}, false},
		// must not: "award" as a verb is no ruling
		{"licences awarded",
			"Kenya and Tanzania argued over the lake for years. Tanzania said it would award exploration licences to foreign firms, ignoring calls to wait.",
			"REJECT", []string{"KEN", "TZA"}, false},
	})
}

func TestWireFormsStop51AnswerAfterBut(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a bare but before the other side's words",
			"The verdict was applauded by Namibia but Botswana said it would never abide by it.",
			"REJECT", []string{"BWA", "NAM"}, true},
		{"stated after a bare but",
			"The award was praised by Peru but Chile stated it would not apply it.",
			"REJECT", []string{"CHL", "PER"}, true},
		{"said after a comma and but: the words are the act",
			"Namibia welcomed the plan, but Botswana said it would expel the Zambian ambassador.",
			"SANCTION", []string{"BWA", "ZMB"}, true},
		// must not: a "but" before a name and no speech verb stays one clause
		{"but with no speaker",
			"The embargo on Malawi ended in 2019 but Malawi stayed wary of Zambia and Mozambique, even refusing to attend the regional summit in June.",
			"REJECT", []string{"MOZ", "MWI", "ZMB"}, false},
	})
}

func TestWireFormsStop51RulingJudgedVoid(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a ruling said not valid",
			"Speaking at the United Nations, Peru's foreign minister said the court's ruling on the fishing zone shared with Chile was not valid.",
			"REJECT", []string{"CHL", "PER"}, true},
		{"a ruling with no legal effect",
			"Nicaragua said the ruling in favour of Costa Rica would have no legal effect.",
			"REJECT", []string{"CRI", "NIC"}, true},
		{"an award null and void",
			"Argentina said the arbitration ruling over the glacier was null and void, in a setback for Chile.",
			"REJECT", []string{"ARG", "CHL"}, true},
		{"a verdict judged in a relative clause",
			"The award, which the Tunisian government said had no legal force, handed Libya most of the disputed shelf.",
			"REJECT", []string{"LBY", "TUN"}, true},
		// must not: a ruling judged valid is accepted
		{"a ruling judged valid",
			"Ghana said the ruling on its border with Togo was valid.",
			"REJECT", []string{"GHA", "TGO"}, false},
		// must not: a law judged invalid is no ruling refused
		{"a law judged invalid",
			"Ghana said the Togolese law on fishing was invalid.",
			"REJECT", []string{"GHA", "TGO"}, false},
	})
}
