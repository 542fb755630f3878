// Package domain holds Infoklass's plain Go types and rules: levels and
// aspects, the classification model, information assets, classifications
// with the maximum principle, floors, threshold analysis and priority.
//
// It knows nothing of Fyne or SQL; every rule here is testable alone.
// Text meant for the user is Swedish.
package domain
