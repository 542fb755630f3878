package demo

// DistrictSize is how many assets the demo district has.
var DistrictSize = len(district)
