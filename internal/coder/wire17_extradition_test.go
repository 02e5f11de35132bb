package coder

import "testing"

// Seventeenth pass (stop 35, the ba family): the charge an extradition is
// sought on is neither an act nor a side (extradition17.go); the Home
// Office is Britain's. The sentences are written for this test.
func TestWireFormsSeventeenthPassExtraditionCharge(t *testing.T) {
	t.Run("on allegations of breaking sanctions", func(t *testing.T) {
		checkTypeCoded(t, "Germany will proceed with a formal request to extradite the trader from Austria on allegations of violating German sanctions against Syria.", "REQUEST", []string{"AUT", "DEU"})
	})
	t.Run("on charges of fraud", func(t *testing.T) {
		checkTypeCoded(t, "Following the prosecutors' decision, the Home Office has sent an extradition request to Spain for the businessman on charges of violating British sanctions against Russia.", "REQUEST", []string{"ESP", "GBR"})
		checkTypeCoded(t, "Following the prosecutors' decision, the Home Office has sent an extradition request to Spain for the businessman on charges of violating British sanctions against Russia.", "SANCTION", nil)
	})
	t.Run("charges with no extradition stay a charge", func(t *testing.T) {
		checkTypeCoded(t, "Poland sent a formal protest to Belarus on charges of spying against its border guards.", "REQUEST", nil)
	})
}
