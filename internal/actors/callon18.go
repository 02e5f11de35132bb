package actors

// Twentieth pass (stop 38), cooperative forms written by hand: a capital
// after "called on". News writes a request between governments as
// "Beijing called on Washington to stop interfering", "Berlin calls upon
// Moscow to end its attacks": the capital is the government asked, as
// after "urged" ("urged Tokyo"), where the object of a verb already
// stands for its country. The preposition hid it: "on" reads as no verb,
// so "called on Washington" left the request with its asker alone.

// callVerbs are the forms of "call" that, with "on" or "upon", ask
// someone to act.
var callVerbs = map[string]bool{"call": true, "calls": true, "called": true, "calling": true}
