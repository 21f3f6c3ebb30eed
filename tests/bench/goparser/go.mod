module goparserbench

go 1.19
