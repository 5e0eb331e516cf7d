"""Route to paid work: what working more yields from bijstand, month by month, and a step plan for barriers."""
