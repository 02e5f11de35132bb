package coder

// Stop 47 (groups cp, cq): the penalty of an ultimatum tied on by "or
// risk" or "or suffer" as by "or face" (ultimatum19.go): "demanded that
// Canada take back its trash or risk war", "must withdraw its troops or
// suffer the consequences". The penalty is the threat either way.
var penaltyVerbs = map[string]bool{"face": true, "risk": true, "suffer": true}
