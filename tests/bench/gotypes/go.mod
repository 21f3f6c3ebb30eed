module gotypesbench

go 1.19
