SELECT 1; SELECT 'unterminated; SELECT 2;
