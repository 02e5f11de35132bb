package coder

import "testing"

// Seventeenth pass (stop 35, the ba family): forces put in a state of
// readiness with one side named take the other side from the page
// (readiness17.go); a deployment of aid does not. The sentences are
// written for this test.
func TestWireFormsSeventeenthPassReadiness(t *testing.T) {
	t.Run("placed on alert", func(t *testing.T) {
		checkTypeCoded(t, "Venezuela sent a patrol boat into waters off Guyana on Monday. Guyana says the waters are its own and Venezuela has no claim to them. Guyanese troops have been placed on high alert.", "MOBILIZE", []string{"GUY", "VEN"})
	})
	t.Run("war footing", func(t *testing.T) {
		checkTypeCoded(t, "Armenia and Azerbaijan traded fire across their border on Sunday. Armenia blamed Azerbaijan for the clash, and Azerbaijan said Armenia fired first. On Monday Armenia ordered its border units onto a war footing.", "MOBILIZE", []string{"ARM", "AZE"})
	})
	t.Run("aid flown in is no readiness", func(t *testing.T) {
		checkTypeCoded(t, "A cyclone struck Mozambique on Friday. South Africa pledged help to Mozambique, and Mozambique thanked South Africa. The South African air force deployed two aircraft carrying tents and food.", "MOBILIZE", nil)
	})
}
