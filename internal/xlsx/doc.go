// Package xlsx exports Infoklass's prioritised list, classifications,
// threshold analyses and requirements to an Excel workbook, and imports
// lists kept in Excel. Text is always written as text: a cell that
// starts with = + - @ is never a formula.
package xlsx
