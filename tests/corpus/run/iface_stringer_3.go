package main

import (
	"errors"
	"fmt"
)

type ValS struct{ N int }

func (v ValS) String() string { return fmt.Sprintf("ValS<%d>", v.N) }

type PtrS struct{ N int }

func (p *PtrS) String() string { return fmt.Sprintf("PtrS<%d>", p.N) }

type ErrV struct{ Code int }

func (e ErrV) Error() string { return fmt.Sprintf("ErrV#%d", e.Code) }

type Both struct{}

func (Both) String() string { return "as-stringer" }
func (Both) Error() string  { return "as-error" }

type Wrapper struct {
	Inner ValS
	Ptr   *PtrS
	Val   PtrS
}

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return "Level(" + fmt.Sprint(int(l)) + ")"
}

type GoStr struct{ A int }

func (g GoStr) GoString() string { return "GoStr!" }

func main() {
	v := ValS{1}
	p := PtrS{2}
	fmt.Println(v, &v)
	fmt.Println(p, &p)
	fmt.Printf("%v %s %d|%v %s\n", v, v, v, &p, &p)
	fmt.Printf("%+v %#v\n", v, v)
	fmt.Printf("%q %x %10s|%-10v|\n", v, v, v, &p)

	var s1 fmt.Stringer = v
	var s2 fmt.Stringer = &v
	var s3 fmt.Stringer = &p
	fmt.Println(s1, s2, s3)

	w := Wrapper{Inner: ValS{3}, Ptr: &PtrS{4}, Val: PtrS{5}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println([]ValS{{6}, {7}}, []*PtrS{{8}}, map[string]ValS{"k": {9}})
	fmt.Println([]PtrS{{10}})

	e := ErrV{404}
	fmt.Println(e, &e)
	fmt.Printf("%v %s %q %d\n", e, e, e, e)
	var err error = e
	fmt.Println(err, errors.Is(err, ErrV{404}))

	fmt.Println(Both{})
	fmt.Printf("%s %v\n", Both{}, Both{})

	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%v %d %s %x %05d\n", Level(1), Level(1), Level(2), Level(255), Level(42))
	levels := []Level{0, 1, 2}
	fmt.Println(levels)
	fmt.Printf("%v %#v %+v\n", GoStr{1}, GoStr{1}, GoStr{1})

	var nilp *PtrS
	fmt.Printf("%T\n", nilp)
	type plain struct{ V ValS }
	fmt.Printf("%v %+v\n", plain{ValS{11}}, plain{ValS{12}})
	type hidden struct{ v ValS }
	fmt.Printf("%v %+v\n", hidden{ValS{13}}, hidden{ValS{14}})
	fmt.Println(fmt.Sprint(v, v), fmt.Sprint(v, "x", v), fmt.Sprintln(v, 1))
}
