package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

func dump(o fyne.CanvasObject, depth int, max int) {
	if depth > max {
		return
	}
	fmt.Printf("%s%T %v\n", strings.Repeat("  ", depth), o, o.MinSize())
	if c, ok := o.(*fyne.Container); ok {
		for _, x := range c.Objects {
			dump(x, depth+1, max)
		}
	}
}

func TestZZDebug(t *testing.T) {
	u := newDemoUI(t)
	u.showWorkshop(u.register.shown[0].Asset.ID)
	for _, i := range []int{2, 3, 4} {
		u.workshop.show(i)
		fmt.Println("STEP", i+1)
		dump(u.workshop.body.Objects[0], 0, 5)
	}
	fmt.Println("REGISTER")
	u.showRegister()
	u.register.list.Select(0)
	dump(u.register.content, 0, 6)
	sp := u.register.content.(*fyne.Container).Objects[0].(*container.Split)
	dump(sp.Leading, 0, 4)
	dump(sp.Trailing, 0, 6)
}
