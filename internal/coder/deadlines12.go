package coder

// News writes a day as the end of a span as well as the day of an act:
// "doubling farmers' income by 2022", "giving the Kremlin until Aug. 8",
// "permit the continued importation of Venezuelan oil through April 28,
// 2019", "the waiver runs till March 31". Such a day is a deadline, still
// to come when the story is told, and dates no act: it is not the day of
// the act its sentence tells (dateReport), nor lent to an act of a
// neighbouring sentence (lentDate), nor the latest day an undated page
// writes of itself (textReference), nor the background after which a day
// written without its year falls (yearlessReference,
// weekdayYearReference).

// endsSpan reports a day at offset off of text written as a deadline:
// after "by", "until", "till" or "through".
func endsSpan(text string, off int) bool {
	return precededBy(text, off, "by", "until", "till", "through")
}
