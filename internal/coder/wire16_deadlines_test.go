package coder

import "testing"

// Sixteenth pass (stop 34): a time given to leave is a demand by the one
// who gives it, an expulsion when envoys are told to go; the leaving it
// asks for is no withdrawal. The sentences are written for this test.
func TestWireFormsSixteenthPassDeadlines(t *testing.T) {
	t.Run("a state given hours to withdraw is asked to", func(t *testing.T) {
		codedOne(t, art("Armenia gave Azerbaijan a week to pull out its troops from the villages.", "2025-05-20"), "REQUEST", []string{"ARM", "AZE"})
	})
	t.Run("a time given with a day between", func(t *testing.T) {
		codedOne(t, art("Ghana has given 48 hours Sunday to Togo to withdraw its soldiers from the border villages.", "2025-05-20"), "REQUEST", []string{"GHA", "TGO"})
	})
	t.Run("envoys given hours to leave are expelled", func(t *testing.T) {
		codedOne(t, art("Peru gave the Chilean ambassador and the Bolivian consul in Lima 72 hours to leave the country.", "2025-05-20"), "SANCTION", []string{"BOL", "CHL", "PER"}) // the consul's state expelled too (stop 40)
	})
	t.Run("the envoys' deadline is no withdrawal of theirs", func(t *testing.T) {
		if evs := Code(art("Peru's decision means the Chilean ambassador and two Bolivian diplomats have 72 hours to leave the country.", "2025-05-20"), Options{}); len(evs) != 0 {
			t.Errorf("got %s, want nothing", summary(evs))
		}
	})
	t.Run("a withdrawal on the state's own timetable stays one", func(t *testing.T) {
		codedOne(t, art("Norway will withdraw all its troops from Mali within six months.", "2025-05-20"), "RETREAT", []string{"MLI", "NOR"})
	})
	t.Run("a time of something else before the verb", func(t *testing.T) {
		codedOne(t, art("The statement came a day after Norway's decision to pull out its troops from Mali.", "2025-05-20"), "RETREAT", []string{"MLI", "NOR"})
	})
}
