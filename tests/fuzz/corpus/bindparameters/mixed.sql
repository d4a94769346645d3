SELECT :a, :b::int, ':no', "x:no", $$ :no $$, a[1:n], f(x := :c), q'[:no]', [:no], `:no` -- :no
/* :no /* :no */ */ BEGIN :result := :1; END;
