package coder

import "testing"

// Twenty-ninth pass (stop 47): a state of affairs that prevents something
// is no side coercing another (prevent47.go). The sentences are written
// for this test; the learned filter is off.
func TestHindranceIsNoCoercion(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a dispute that prevented a peace treaty is no coercion",
			"Leaders of Japan and Russia met to resolve a territorial dispute that has prevented their countries from ending the war.",
			"COERCE", []string{"JPN", "RUS"}, false},
		{"strains between two capitals that prevent an accord are no coercion",
			"Strains between Tokyo and Seoul have prevented the two countries from signing an agreement to share military information.",
			"COERCE", []string{"JPN", "KOR"}, false},
		{"tensions that prevent an accord are no coercion",
			"Tensions between Athens and Ankara have prevented Greece and Turkey from signing a maritime accord.",
			"COERCE", []string{"GRC", "TUR"}, false},
		{"a dispute that prevents ties leaves the talks held",
			"The Armenian and Turkish leaders held talks in Vienna on Monday to try to settle a border dispute that has prevented their countries from opening diplomatic relations.",
			"CONSULT", []string{"ARM", "TUR"}, true},
		// must not change: a side that prevents another coerces it.
		{"ships that prevent vessels from reaching a shoal coerce",
			"Chinese coast guard ships prevented Philippine vessels from reaching the shoal.",
			"COERCE", []string{"CHN", "PHL"}, true},
	})
}

// Review of stop 47: a side's ships before "prevented" are its subject,
// whatever phrase with a hindrance stands before them (hindranceSubject).
func TestHindrancePhraseBeforeActingSubject(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"vessels after a phrase of tensions coerce",
			"Amid tensions with Manila Chinese vessels prevented Philippine boats from reaching the shoal.",
			"COERCE", []string{"CHN", "PHL"}, true},
		{"ships after a phrase of a row coerce",
			"In a row over fishing rights Chinese coast guard ships prevented Vietnamese boats from entering the bay.",
			"COERCE", []string{"CHN", "VNM"}, true},
	})
}
