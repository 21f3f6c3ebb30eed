package main

import (
	"fmt"
	"strconv"
)

type Valuer interface{ Value() int }
type Doubler interface{ Double() Valuer }

type Num int

func (n Num) Value() int     { return int(n) }
func (n Num) Double() Valuer { return n * 2 }
func (n Num) String() string { return "Num(" + strconv.Itoa(int(n)) + ")" }

type Box struct{ v interface{} }

func (b Box) Int() (int, bool) {
	i, ok := b.v.(int)
	return i, ok
}

func toFloat(v interface{}) (float64, error) {
	switch x := v.(type) {
	case float64:
		return x, nil
	case int:
		return float64(x), nil
	case string:
		return strconv.ParseFloat(x, 64)
	case Valuer:
		return float64(x.Value()), nil
	}
	return 0, fmt.Errorf("cannot convert %T to float64", v)
}

func mustString(v interface{}) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return v.(string), nil
}

func main() {
	var v interface{} = Num(21)
	n, ok := v.(Num)
	fmt.Println(n, ok)
	i, ok := v.(int)
	fmt.Println(i, ok)
	val, ok := v.(Valuer)
	fmt.Println(val.Value(), ok)
	d, ok := v.(Doubler)
	fmt.Println(d.Double().Value(), d.Double(), ok)
	st, ok := v.(fmt.Stringer)
	fmt.Println(st.String(), ok)
	er, ok := v.(error)
	fmt.Println(er == nil, ok)

	chain := d.Double().(Doubler).Double().(Doubler).Double()
	fmt.Println(chain, chain.Value())

	for _, b := range []Box{{42}, {"42"}, {nil}, {int64(42)}} {
		x, ok := b.Int()
		fmt.Printf("%v -> %d %t\n", b.v, x, ok)
	}
	for _, in := range []interface{}{2.5, 7, "3.25", "abc", Num(9), true, nil} {
		f, err := toFloat(in)
		fmt.Printf("%v: %g %v\n", in, f, err)
	}
	fmt.Println(mustString("ok"))
	fmt.Println(mustString(12))
	fmt.Println(mustString(nil))

	var w interface{} = &n
	if p, ok := w.(*Num); ok {
		*p = 100
	}
	fmt.Println(n, v)
	var empty interface{}
	_, ok = empty.(interface{})
	fmt.Println("nil asserted to interface{}:", ok)
	var anyVal interface{} = 5
	_, ok = anyVal.(interface{})
	fmt.Println("5 asserted to interface{}:", ok)
	_, ok = anyVal.(interface{ Value() int })
	fmt.Println("5 has Value():", ok)
}
