// Package app is Infoklass's use-case layer: each exported method of
// Service is one thing a user does — open a file, rate an aspect, decide
// a classification, export the list, import a workbook — validated
// through the domain and written as one transaction by the store.
//
// The front ends (cmd/infoklass and internal/ui) call this package and
// nothing below it, so that a rule holds whichever front end, import or
// script makes the change.
package app
