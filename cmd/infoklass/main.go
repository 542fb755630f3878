package main

import (
	_ "fyne.io/fyne/v2/app"
	_ "github.com/xuri/excelize/v2"
	_ "modernc.org/sqlite"
)

func main() {}
