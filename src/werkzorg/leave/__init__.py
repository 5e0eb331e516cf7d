"""The leave finder: which leave fits a situation, how much, what it pays and by when to ask (successor of the Verlofregelaar)."""
